"""Allow ``python -m privacy_gui``."""

import sys

from privacy_gui.cli import main

sys.exit(main())
