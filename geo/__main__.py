"""Allow ``python -m geo``."""

import sys

from .cli import main

sys.exit(main())
