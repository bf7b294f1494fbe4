"""Placeholder until entity resolution lands: one entity per mention."""
from ..document import Document


def annotate(doc: Document) -> Document:
    doc.entities = []
    return doc
