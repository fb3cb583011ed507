"""Start mapviewer from a checkout: ``python main.py [FILE]`` is ``mapviewer [FILE]``."""

from mapviewer.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
