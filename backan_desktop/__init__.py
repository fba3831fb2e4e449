"""backan_desktop — offline fact-sheet viewer for the economy of the former Bắc Kạn province."""

__version__ = "0.1.0"
