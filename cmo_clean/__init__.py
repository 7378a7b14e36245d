"""cmo-clean: clean clipped web pages into normalized Markdown, reporting every removal."""

from cmo_clean.api import CleanResult, InputError, clean_bytes, clean_file, clean_text
from cmo_clean.document import Removal

__version__ = "0.1.0"
__all__ = [
    "CleanResult",
    "InputError",
    "Removal",
    "__version__",
    "clean_bytes",
    "clean_file",
    "clean_text",
]
