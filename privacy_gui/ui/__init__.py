"""Thin Qt views over the core. Nothing in ``privacy_gui.core`` imports from here."""
