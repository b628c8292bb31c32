"""Editorial seed content (plain Python data) for the La Clef Archive site."""
