"""mapviewer: an interactive map of who does what to whom, every link backed by a checked quote."""

__version__ = "0.1.0"
