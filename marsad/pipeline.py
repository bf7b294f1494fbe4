"""The ordered analysis components and ``analyze``.

Each component is a plain callable ``Document -> Document`` that declares what it needs and
provides; the pipeline checks the order once when it is built. Components load their models
lazily on first use (never at import time) so worker processes stay cheap to start.
"""
from __future__ import annotations

import hashlib
import importlib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable

from . import __version__
from .document import Document

# name -> (module:function, needs, provides)
COMPONENTS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "segment": ("marsad.text.segment:annotate", (), ("paragraphs", "sentences")),
    "tokenize": ("marsad.text.tokenize:annotate", ("sentences",), ("tokens",)),
    "ner": ("marsad.ner.tagger:annotate", ("tokens",), ("mentions",)),
    "entities": ("marsad.entities.cluster:annotate", ("mentions",), ("entities",)),
    "statements": ("marsad.statements.extract:annotate", ("tokens", "entities"), ("statements",)),
}
DEFAULT_STEPS = ("segment", "tokenize", "ner", "entities", "statements")


@dataclass(frozen=True)
class Options:
    """Analysis options, frozen so one object can be shared by workers."""
    steps: tuple[str, ...] = DEFAULT_STEPS
    max_chars: int = 1_000_000  # refuse larger inputs: one article is rarely over 100k characters


class InputError(ValueError):
    """The input cannot be analysed (empty, binary, too large, not Arabic...)."""


def _load(spec: str) -> Callable[[Document], Document]:
    module, func = spec.split(":")
    return getattr(importlib.import_module(module), func)


@lru_cache(maxsize=8)
def build(steps: tuple[str, ...] = DEFAULT_STEPS) -> tuple[Callable[[Document], Document], ...]:
    have: set[str] = set()
    funcs = []
    for name in steps:
        if name not in COMPONENTS:
            raise ValueError(f"unknown pipeline step {name!r}; known: {', '.join(COMPONENTS)}")
        spec, needs, provides = COMPONENTS[name]
        missing = [n for n in needs if n not in have]
        if missing:
            raise ValueError(f"step {name!r} needs {missing} from an earlier step")
        have.update(provides)
        funcs.append(_load(spec))
    return tuple(funcs)


def prepare_text(text: str, options: Options = Options()) -> str:
    """Validate and NFC-normalize raw input text (the only change ever made to the text)."""
    if not isinstance(text, str):
        raise InputError("text must be a string")
    if len(text) > options.max_chars:
        raise InputError(f"input too large: {len(text):,} characters (limit {options.max_chars:,}; "
                         "raise it with --max-chars)")
    if "\x00" in text:
        raise InputError("input looks binary (contains NUL characters)")
    text = unicodedata.normalize("NFC", text).strip()
    if not text:
        raise InputError("input is empty")
    arabic = sum(1 for ch in text if "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f")
    letters = sum(1 for ch in text if ch.isalpha())
    if letters and arabic / letters < 0.3:
        raise InputError("input is not Arabic text (under 30% of its letters are Arabic)")
    if not letters:
        raise InputError("input has no letters")
    return text


# What decides an analysis: the shipped models and lexicons and the code of the analysis steps.
_ANALYSIS_PARTS = ("models", "data", "text", "ner", "entities", "statements", "pipeline.py", "document.py")


@lru_cache(maxsize=1)
def analyzer_id() -> str:
    """"marsad VERSION+FINGERPRINT": changes whenever a model, lexicon or analysis rule changes, so an archive
    can tell which of its articles an older marsad analysed."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for part in _ANALYSIS_PARTS:
        path = root / part
        files = sorted(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts) \
            if path.is_dir() else [path]
        for f in files:
            digest.update(f.relative_to(root).as_posix().encode() + b"\0" + f.read_bytes())
    return f"marsad {__version__}+{digest.hexdigest()[:12]}"


def analyze(text: str, meta: dict | None = None, options: Options = Options()) -> Document:
    """Analyse one Arabic news text: paragraphs, sentences, tokens, entities, statements."""
    doc = Document(text=prepare_text(text, options), meta=dict(meta or {}), analyzer=analyzer_id())
    for step in build(options.steps):
        doc = step(doc)
    return doc
