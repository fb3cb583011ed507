"""Subcommands of the ``mapviewer`` command line, one module each, none of them Qt."""
