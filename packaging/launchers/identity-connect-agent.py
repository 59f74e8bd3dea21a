"""Frozen entry point of ``identity-connect-agent`` (headless): the same ``app.cli:main`` the script runs."""

from __future__ import annotations

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
