"""A token-level view of a document for the statement extractor: the sentence and paragraph of every
token, the quotes, and the entity mention under every token (unresolved mentions stand for themselves)."""
from __future__ import annotations

from ..document import Document, Entity, Mention
from . import cues, quotes
from .cues import norm
from .words import (FUNCTION, L_NOUNS, PSEUDO)


class Article:
    """Token-level view of a document for the extractor."""

    def __init__(self, doc: Document):
        self.doc, self.text = doc, doc.text
        self.toks = doc.tokens
        self.n = [norm(t.text) for t in self.toks]
        self.entities = {e.id: e for e in doc.entities}
        self.mentions = []
        # mentions not (yet) resolved to an entity stand for themselves: one pseudo-entity per name
        pseudo: dict[tuple[str, str], str] = {}
        for m in sorted(doc.mentions, key=lambda m: m.start):
            if m.entity is None or m.entity not in self.entities:
                key = (m.type, norm(m.text))
                if key not in pseudo:
                    pseudo[key] = f"{PSEUDO}{len(pseudo)}"
                    self.entities[pseudo[key]] = Entity(pseudo[key], m.type, m.text)
                m = Mention(m.start, m.end, m.text, m.type, pseudo[key])
            self.mentions.append(m)
        # sentence and paragraph of every token
        self.sent_end: list[int] = []
        self.sent_start: list[int] = []
        si = 0
        sents = doc.sentences or []
        for t in self.toks:
            while si < len(sents) - 1 and t.start >= sents[si].end:
                si += 1
            s = sents[si] if sents else None
            self.sent_start.append(s.start if s else 0)
            self.sent_end.append(s.end if s else len(self.text))
        self.para_of: list[tuple[int, int, str]] = []
        pi, paras = 0, doc.paragraphs or []
        for t in self.toks:
            while pi < len(paras) - 1 and t.start >= paras[pi].end:
                pi += 1
            p = paras[pi] if paras else None
            self.para_of.append((p.start, p.end, p.kind) if p else (0, len(self.text), "body"))
        self.quotes = []
        for p in paras or []:
            self.quotes += quotes.find(self.text, p.start, p.end)
        self.mention_of: list[Mention | None] = [None] * len(self.toks)
        mi = 0
        for i, t in enumerate(self.toks):
            while mi < len(self.mentions) and self.mentions[mi].end <= t.start:
                mi += 1
            if mi < len(self.mentions) and self.mentions[mi].start < t.end:
                self.mention_of[i] = self.mentions[mi]
        self.start_idx = {t.start: i for i, t in enumerate(self.toks)}

    # token predicates
    def ch(self, i: int) -> str:
        if not 0 <= i < len(self.toks):
            return ""
        t = self.toks[i]
        if t.kind == "word" and len(t.text) <= 3 and self.text[t.end:t.end + 1] == "." \
                and self.text[t.end + 1:t.end + 2].isalpha():
            return t.text + "."  # "إن.بي.سي": a letter of an abbreviation, not the word "إن"
        return t.text

    def is_word(self, i: int) -> bool:
        return 0 <= i < len(self.toks) and self.toks[i].kind == "word"

    def quote_opening(self, i: int) -> quotes.Quote | None:
        for q in self.quotes:
            if q.open == self.toks[i].start:
                return q
        return None

    def inside_quote(self, pos: int) -> quotes.Quote | None:
        for q in self.quotes:
            if q.open < pos < q.close:
                return q
        return None

    def prefixed(self, i: int) -> bool:
        """Whether token i carries a preposition clitic (ب ل ك) before its mention ("لرويترز")."""
        t, m = self.toks[i], self.mention_of[i]
        if m is not None and t.start < m.start:
            return self.text[t.start:m.start].strip("وف")[:1] in ("ب", "ل", "ك")
        if m is not None and m.start == t.start and norm(m.text)[:1] in ("ب", "ل", "ك"):
            # a mention spanning its clitic ("لبي بي سي") whose entity name has none
            ent = self.entities[m.entity]
            bare = norm(m.text)[1:]
            if any(norm(x) == bare for x in [ent.name, *(y.text for y in ent.mentions)]):
                return True
        return any(p.role == "proclitic" and self.text[p.start:p.end] in ("ب", "ل", "ك", "لل") for p in t.pieces) \
            or self.n[i].startswith(("لل", "بال", "كال"))

    def definite(self, i: int) -> bool:
        """Whether token i carries the article ("الرئيس"; not "إلى" or "الذي")."""
        w = self.n[i]
        return w.startswith("ال") and len(w) > 3 and w not in FUNCTION

    def conj(self, i: int) -> bool:
        """Whether a cue token starts with the conjunction و/ف ("وقال"، "فأجاب"; not "وصف"، "فند")."""
        w = self.toks[i].text  # as written: a final ي spells a noun, ى the verb (cues.match)
        return norm(w)[:1] in "وف" and cues.match(w[1:]) is not None

    def lam(self, i: int) -> bool:
        """Whether token i starts with the preposition لـ ("لوسائل"، "للصحفيين"; not "لجنة")."""
        w = self.n[i]
        if len(w) <= 3 or w[:1] != "ل":
            return False
        return self.proclitic(i)[:1] == "ل" or w not in L_NOUNS

    def prep_clitic(self, i: int) -> bool:
        """Whether the tokenizer split a preposition clitic (ب ل ك) off token i."""
        return self.proclitic(i).lstrip("وف")[:1] in ("ب", "ل", "ك")

    def proclitic(self, i: int) -> str:
        """The proclitics the tokenizer split off token i ("" when none or unknown)."""
        pre = "".join(self.text[p.start:p.end] for p in self.toks[i].pieces if p.role == "proclitic")
        return pre[:-2] if pre.endswith("ال") else pre  # the article is not a clitic word

    def mention_end(self, i: int) -> int:
        """Index of the last token of the mention covering token i."""
        m = self.mention_of[i]
        j = i
        while j + 1 < len(self.toks) and self.mention_of[j + 1] is m:
            j += 1
        return j

    def considered(self, i: int) -> bool:
        """"يعتبر دليلا": the passive "is considered", an indefinite accusative right after it."""
        cw = cues.match(self.ch(i))
        if cw is None or cw.lemma != "اعتبر" or cw.form != "imperfect" or cw.suffix or self.conj(i):
            return False
        nxt = self.n[i + 1] if self.is_word(i + 1) and self.in_sentence(i + 1, i) else ""
        return nxt.endswith("ا") and len(nxt) > 3 and not self.definite(i + 1) and self.mention_of[i + 1] is None \
            and nxt not in FUNCTION

    def in_sentence(self, i: int, ref: int) -> bool:
        return 0 <= i < len(self.toks) and self.sent_start[i] == self.sent_start[ref]
