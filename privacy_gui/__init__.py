"""privacy_gui: a guided walk through the privacy settings of Microsoft products."""

__version__ = "0.1.0"
