"""Frozen entry point of ``identity-connect`` (the GUI): the same ``ui.main:main`` the gui-script runs."""

from __future__ import annotations

import sys

from ui.main import main

if __name__ == "__main__":
    sys.exit(main())
