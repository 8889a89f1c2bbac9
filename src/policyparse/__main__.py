"""``python -m policyparse`` runs the command line."""

import sys

from policyparse.cli import main

sys.exit(main())
