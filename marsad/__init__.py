"""marsad (مرصد): Arabic news in, searchable knowledge out."""
from .document import Document
from .pipeline import InputError, Options, analyze

__all__ = ["analyze", "Document", "Options", "InputError"]
__version__ = "0.1.0"
