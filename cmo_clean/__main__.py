"""`python -m cmo_clean` is the `cmo-clean` command."""

import sys

from cmo_clean.cli import main

if __name__ == "__main__":
    sys.exit(main())
