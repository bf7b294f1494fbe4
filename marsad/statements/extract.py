"""Placeholder until statement extraction lands."""
from ..document import Document


def annotate(doc: Document) -> Document:
    doc.statements = []
    return doc
