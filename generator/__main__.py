"""`python -m generator`: the same commands as the `explainer` script."""

import sys

from .cli import main

sys.exit(main())
