"""The command line: ``mapviewer [FILE]`` opens the window; subcommands work without one.

Subcommands are looked up in ``SUBCOMMANDS`` and imported only when used, so ``validate`` never
loads Qt and the window starts without loading the importers.
"""

from __future__ import annotations

import importlib
import sys

#: subcommand -> module with ``main(argv: list[str]) -> int``
SUBCOMMANDS = {
    "validate": "mapviewer.commands.validate",
    "extract": "mapviewer.commands.extract",
    "import": "mapviewer.commands.import_file",
    "export": "mapviewer.commands.export_file",
}


def main(argv: list[str] | None = None) -> int:
    """Run the command line and return the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in SUBCOMMANDS:
        module = importlib.import_module(SUBCOMMANDS[args[0]])
        status: int = module.main(args[1:])
        return status
    from mapviewer.ui.app import run_app

    return run_app(args)


if __name__ == "__main__":
    raise SystemExit(main())
