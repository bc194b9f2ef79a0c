"""2D key slices: windowing, PNG rendering and image-text pairs."""
