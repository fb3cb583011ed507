"""Everything Qt: the app, the main window, the map scene and items, the panels."""
