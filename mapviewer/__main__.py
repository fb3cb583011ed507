"""`python -m mapviewer` runs the same command line as the `mapviewer` script."""

from mapviewer.cli import main

raise SystemExit(main())
