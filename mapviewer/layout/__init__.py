"""Node positions and edge geometry as plain numbers. No Qt."""
