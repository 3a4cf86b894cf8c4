"""Entry point of the frozen app (PyInstaller): the same as the ``privacy-gui`` command."""

import sys

from privacy_gui.cli import main

if __name__ == "__main__":
    sys.exit(main())
