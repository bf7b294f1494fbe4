"""marsad (مرصد): Arabic news in, searchable knowledge out."""
__version__ = "0.1.0"  # before the imports: pipeline reads it

from .document import Document  # noqa: E402
from .pipeline import InputError, Options, analyze  # noqa: E402

__all__ = ["analyze", "Document", "Options", "InputError"]
