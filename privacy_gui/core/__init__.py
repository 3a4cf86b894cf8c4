"""The pure-Python core: content, progress, exports. It never imports Qt widgets."""
