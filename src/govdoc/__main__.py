"""``python -m govdoc`` runs the command line."""

from __future__ import annotations

import sys

from govdoc.cli import main

sys.exit(main())
