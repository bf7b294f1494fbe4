"""What was said: where the content starts after the cue (a quote, a colon, a complementizer, a preposition
or an object phrase, past addressees and adverbials) and where the reported clause ends."""
from __future__ import annotations

from . import cues, quotes
from .cues import CueWord, is_complementizer
from .words import (ADVERBS, B_CONTENT, NOUN_BEFORE, CLAUSE_BREAKS, FUNCTION, HUMAN_HEADS, IMPERSONAL, NAMED_HEADS, RELATIVES, LEFT_SKIP, MANNER, MEDIUM_NOUNS,
                    MEDIUM_PREPS, NOT_OBJECT_START, NOT_REPORTING_BEFORE, SOURCE_CUES, TIME_AFTER_FI,
                    TIME_PREPS, TITLE_WORDS, TITLES, reporting, stripped_end, words_of)


class ContentFinder:
    """The extractor's content methods; they read ``self.a`` (the Article) and ``self.used``."""

    def _addressee_end(self, k: int, ref: int) -> int:
        a = self.a
        j = k + 1
        while j < len(a.toks) and a.in_sentence(j, ref) and j - k < 10:
            w = a.n[j]
            if a.ch(j) in "،,:" or is_complementizer(a.ch(j)) or a.quote_opening(j) is not None \
                    or w in ADVERBS or reporting(a.ch(j)) or (w in MEDIUM_PREPS and j - k >= 2):
                break
            if j - k >= 2 and a.definite(j - 1) and a.is_word(j) and not w.startswith("ال") \
                    and a.mention_of[j] is None and not a.prep_clitic(j) and w not in FUNCTION:
                break  # a new noun phrase (the object) after "في تصريح للتلفزيون الرسمي"
            j += 1
        return j

    def opener(self, k: int, ref: int, cw: CueWord | None, frame: str
               ) -> tuple[str, int, tuple[int, int] | None] | None:
        """Where the content starts after token k: ('quote'|'comp'|'colon'|'prep'|'obj', index, addressee)."""
        a = self.a
        addressee = None
        gap = 0
        needs_prep = cw is not None and bool(cw.prep)  # "عبر" is only a cue in "عبر ... عن"
        if frame == "obj" and cw is not None and cw.stance == "assert" and not needs_prep:
            comp = self._complementizer_ahead(k, ref, 30 if self._title_after_name(k) else 16)
            if comp is not None:  # "أعلنت اللجنة في مجلس النواب … في بيان، أنها …"
                return comp
        while k < len(a.toks) and a.in_sentence(k, ref) and gap < 20:
            w, t = a.n[k], a.ch(k)
            q = a.quote_opening(k)
            if q is not None and q.closed and a.n[k - 1] in TITLE_WORDS:
                k = a.start_idx.get(q.close, k) + 1  # "في مقال بعنوان "هل يجب …؟" إن …": a title, not the content
                gap += 1
                continue
            prepositional = frame == "obj" and a.text[q.open + 1:q.open + 2] in ("ب", "ل") if q is not None else False
            if q is not None and not needs_prep:
                named = a.n[k - 1].removeprefix("ال") in NAMED_HEADS and len(a.text[q.open:q.close].split()) <= 5
                if q.closed and (len(a.text[q.open:q.close].split()) <= 2 or named) and not prepositional and (
                        self._opens_later(q.close, ref) or self._words_after(q.close, ref) >= 3 or gap >= 2):
                    # "مع محطة "سي بي إس فيلادلفيا" المحلية إن": the station's name, not what was said
                    # a quoted name ("بموقع التواصل الاجتماعي "فيسبوك"") before the content proper
                    k = a.start_idx.get(q.close, k) + 1
                    gap += 1
                    continue
                return "quote", k, addressee
            if t == ":" and not needs_prep:
                return "colon", k, addressee
            if is_complementizer(t) and a.n[k - 1] not in NOT_REPORTING_BEFORE and not needs_prep \
                    and a.text[a.toks[k].start - 1] != ".":  # "(سي.إن.إن)": a letter of an abbreviation
                if a.ch(k + 1) == ":":
                    return "colon", k + 1, addressee  # "وقال إن: "…""
                return "comp", k, addressee
            if cw is not None and cw.prep:
                if w == cw.prep:
                    return "prep", k, addressee
            elif frame == "obj" and w in ("إلى", "الى", "الي", "من", "علي", "عن", "ب") and gap == 0 \
                    and a.n[k + 1:k + 2] != ["جانب"]:  # "إلى جانب أطباء": alongside, not what is called for
                return "prep", k, addressee
            if w in MEDIUM_PREPS and k + 1 < len(a.toks) and a.n[k + 1] in MEDIUM_NOUNS:
                e = self._addressee_end(k + 1, ref)
                addressee = addressee or (a.toks[k].start, a.toks[e - 1].end)
                k = e
                continue
            if w in MEDIUM_PREPS and k + 1 < len(a.toks) and a.n[k + 1] in TIME_AFTER_FI:
                k += 3
                continue
            if cw is not None and cw.stance == "appeal" and a.lam(k) and a.mention_of[k] is None \
                    and not w.startswith(("لكن", "لل")) and frame == "obj":
                return "obj", k, addressee  # "يدعو لاستفتاء": what is called for
            prep_ahead = needs_prep and any(a.n[x] == cw.prep for x in range(k + 1, min(k + 8, len(a.toks)))
                                            if a.in_sentence(x, ref))  # "الدول الحليفة لأنقرة … عن قلقها"
            if a.lam(k) and w not in FUNCTION and a.is_word(k) and not w.startswith("لكن") and not prep_ahead \
                    and (a.mention_of[k] is None or a.prefixed(k)):
                e = self._addressee_end(k, ref)
                addressee = addressee or (a.toks[k].start, a.toks[e - 1].end)
                k = e
                continue
            if t in "،," and a.n[k + 1:k + 2] and a.n[k + 1] in RELATIVES:
                close = next((x for x in range(k + 2, min(k + 22, len(a.toks))) if a.ch(x) in "،,"
                              or a.quote_opening(x) is not None or is_complementizer(a.ch(x))), None)
                if close is not None and a.ch(close) in "،," and a.in_sentence(close, ref):
                    k = close + 1  # "وأكد بولتون، الذي عينه ترامب في مارس …، في المقابلة أن": a relative aside
                    continue
            if t in "،," or w in ADVERBS:
                k += 1
                continue
            pcw = cues.match(t)
            if pcw is not None and pcw.form == "participle" and gap <= 1 and frame == "say":
                self.used.add(k)  # "وأضاف المصدر قائلا: …": one statement, the first cue (D3)
                k += 1
                continue
            if w in SOURCE_CUES and gap <= 8:
                # "وقال عباس …، حسبما نقلت وكالة وفا: "…"": the source phrase sits before the content
                x = k + 1
                while x < len(a.toks) and a.in_sentence(x, ref) and x - k < 10 and a.ch(x) not in "،,:" \
                        and a.quote_opening(x) is None:
                    x += 1
                k = x
                continue
            if reporting(t) or w in SOURCE_CUES:
                return None
            if cw is not None and cw.lemma == "قدر" and w.startswith("ب"):
                return None  # "وقدرت الخسائر بنحو مليار": estimated at, not an estimate someone states
            if frame == "obj" and not needs_prep or (cw is not None and cw.lemma in B_CONTENT and w.startswith("ب")
                                                     and len(w) > 3 and gap <= 3):
                # "بمقتل" right after the verb and its subject; not "أفادت المنتخب، إذ كان متأخرا بنتيجة"
                if w in words_of("بسبب جراء نتيجة لأسباب"):
                    return None  # "واتهمت بسبب منشورات": passive, no content of its own
                if (a.is_word(k) or a.mention_of[k] is not None or a.toks[k].kind == "number") \
                        and w not in NOT_OBJECT_START:
                    return "obj", k, addressee
                if (w in TIME_PREPS or w in MANNER) and k + 1 < len(a.toks) and not is_complementizer(a.ch(k + 1)):
                    k += 1  # "أعلن ترامب قبل أسبوعين انسحاب بلاده": the time phrase is not the object
                elif w in NOT_OBJECT_START and k + 2 < len(a.toks) and a.mention_of[self._past_hash(k + 1)] is not None \
                        and a.entities[a.mention_of[self._past_hash(k + 1)].entity].type == "LOC":
                    # "كشفت اللجنة … في الصين، الأحد، عن مصير"، "في #أفغانستان": where, not what
                    k = a.mention_end(self._past_hash(k + 1)) + 1
                    continue
            k += 1
            gap += 1
            if frame == "say" and gap > 18 or frame == "obj" and gap > (14 if needs_prep else 6):
                return None  # too far from the verb to be its content
        return None

    def _past_hash(self, k: int) -> int:
        """The name a hashtag sign sets off ("#أفغانستان"), else k itself."""
        return k + 1 if self.a.ch(k) == "#" else k

    def _title_after_name(self, k: int) -> bool:
        """"أعلن ليث حمزة المتحدث الرسمي باسم المفوضية …": a title set after the name without a comma."""
        a = self.a
        return k > 0 and a.mention_of[k - 1] is not None and a.mention_of[k] is None and a.definite(k) \
            and (a.n[k] in TITLES or a.n[k][2:] in HUMAN_HEADS)

    def _complementizer_ahead(self, k: int, ref: int, reach: int = 16) -> tuple[str, int, None] | None:
        """A complementizer within reach of an announcing verb, with no other report in between."""
        a = self.a
        for x in range(k, min(k + reach, len(a.toks))):
            if not a.in_sentence(x, ref) or reporting(a.ch(x)) or a.quote_opening(x) is not None:
                return None
            if is_complementizer(a.ch(x)) and a.n[x - 1] not in NOT_REPORTING_BEFORE \
                    and a.text[a.toks[x].start - 1] != ".":
                return "comp", x, None
        return None

    def _words_after(self, pos: int, ref: int) -> int:
        """Words after offset ``pos`` up to the sentence end."""
        a = self.a
        return sum(1 for x in range(ref, len(a.toks)) if a.toks[x].start > pos and a.in_sentence(x, ref)
                   and a.is_word(x))

    def _opens_later(self, pos: int, ref: int) -> bool:
        """Whether a quote, colon or complementizer follows offset ``pos`` in the sentence."""
        a = self.a
        i = next((x for x in range(ref, len(a.toks)) if a.toks[x].start > pos), len(a.toks))
        for x in range(i, min(i + 12, len(a.toks))):
            if not a.in_sentence(x, ref) or cues.match(a.ch(x)):
                return False
            if a.quote_opening(x) is not None or a.ch(x) == ":" or is_complementizer(a.ch(x)):
                return True
        return False

    def reported(self, k: int, ref: int, cw: CueWord | None, frame: str
                 ) -> tuple[tuple[int, int] | None, tuple[int, int, str, bool]] | None:
        """Opener and content together, for cues that need no step between them: (addressee, content)."""
        op = self.opener(k, ref, cw, frame)
        if op is None:
            return None
        how, j, addressee = op
        got = self.content(how, j, ref)
        return None if got is None else (addressee, got)

    def content(self, how: str, k: int, ref: int) -> tuple[int, int, str, bool] | None:
        """Content span (start, end), kind and whether a quote runs on, from the opener at token k."""
        a = self.a
        if how == "colon":
            k += 1
            if k >= len(a.toks):
                return None
            how = "quote" if a.quote_opening(k) is not None else "clause"
        if how == "quote":
            q = a.quote_opening(k)
            s, e = q.inner
            while s < e and a.text[s].isspace():
                s += 1
            e2 = stripped_end(a.text, s, e)
            # a quote that only opens the clause ("إن "X" مع ...") still counts as direct
            return (s, e2, "direct", not q.closed) if e2 > s else None
        if how in ("comp", "prep"):
            k += 1
        if k >= len(a.toks) or not a.in_sentence(k, ref) and a.quote_opening(k) is None:
            return None
        if a.quote_opening(k) is not None:
            q = a.quote_opening(k)
            after = self._clause_end(q.close + 1, ref)
            # a quote opening the clause is direct speech unless more of the clause follows it than it holds
            if not q.closed or after - q.close <= q.close - q.open:
                s, e = q.inner
                while s < e and a.text[s].isspace():
                    s += 1
                return s, stripped_end(a.text, s, e), "direct", not q.closed
        start = a.toks[k].start
        if how == "obj" and a.n[k][:1] in "بل" and len(a.n[k]) > 3 and a.mention_of[k] is None \
                and not a.n[k].startswith(("لل", "بال")) and a.proclitic(k)[-1:] in ("", "ب", "ل"):
            start += 1  # "ناشدت بوقف العنف" → "وقف العنف"، "يدعو لاستفتاء" → "استفتاء"
        end = self._clause_end(start, ref, phrase=how in ("obj", "prep"))
        if end <= start:
            return None
        body = a.text[start:end]
        kind = "mixed" if any(c in quotes.MARKS for c in body) else "indirect"
        return start, end, kind, False

    def _clause_end(self, start: int, ref: int, phrase: bool = False) -> int:
        """End of the reported clause that starts at offset ``start``."""
        a = self.a
        text = a.text
        end = a.sent_end[ref]
        i = a.start_idx.get(start)
        if i is None:
            i = next((x for x, t in enumerate(a.toks) if t.end > start), len(a.toks))
        open_q = None
        while i < len(a.toks):
            t = a.toks[i]
            if t.start >= end and open_q is None:
                break
            q = a.quote_opening(i)
            if open_q is None and q is not None and q.open >= start:
                open_q = q
                i = a.start_idx.get(q.close, i) + 1 if q.closed else len(a.toks)
                end = max(end, a.sent_end[i - 1] if q.closed and i - 1 < len(a.toks) else end)
                if not q.closed:
                    end = q.close
                    break
                open_q = None
                # a quote that closes after the sentence end carries the clause on to its own sentence end
                if a.toks[i - 1].end > a.sent_end[ref]:
                    end = a.sent_end[i - 1]
                continue
            if i > (a.start_idx.get(start) or 0) and (self._breaks(i) or phrase and a.ch(i) in "،,"
                                                        and a.n[i + 1:i + 2] and a.n[i + 1][:1] in "وف"):
                end = t.start  # an object phrase ends before a coordinated clause ("، وصاح")
                break
            i += 1
        return stripped_end(text, start, min(end, len(text)))

    def _breaks(self, i: int) -> bool:
        """Whether a new reporting clause starts at token i (", مشيرا"، "لكنه أقر"، "وقالت")."""
        a = self.a
        w, t = a.n[i], a.ch(i)
        nxt = i + 1
        if t in "،,":
            if nxt < len(a.toks) and (a.n[nxt] in SOURCE_CUES or self._is_cue_start(nxt)):
                return True
            if nxt < len(a.toks) and a.n[nxt] in CLAUSE_BREAKS and any(
                    self._is_cue_start(x) for x in range(nxt + 1, min(nxt + 8, len(a.toks))) if a.in_sentence(x, i)):
                return True  # "…، لكن المتحدث باسمه تركي المالكي قال"
            if nxt < len(a.toks) and a.n[nxt] in IMPERSONAL:
                return True  # "…، يعتقد أن …": the reported clause has ended
            return False
        if w in CLAUSE_BREAKS and self._is_cue_start(nxt):
            return True
        cw = cues.match(t)
        if cw and i > 0 and a.n[i - 1] in NOUN_BEFORE:
            return False  # "أي فرد": a noun after "any", not "فرد" (and he replied)
        if cw and a.conj(i) and cw.form in ("perfect", "imperfect") and self._starts_statement(i, cw):
            return True
        if cw and cw.form == "participle" and self._starts_statement(i, cw):
            return True  # "… فكرة المفاوضات قائلا "…""
        return False

    def _is_cue_start(self, i: int) -> bool:
        a = self.a
        if i >= len(a.toks):
            return False
        while i < len(a.toks) and a.n[i] in LEFT_SKIP:
            i += 1
        cw = cues.match(a.ch(i)) if i < len(a.toks) else None
        return bool(cw) and cw.form != "noun" and not a.considered(i)

    def _starts_statement(self, i: int, cw: CueWord) -> bool:
        a = self.a
        j = i + 1
        for _ in range(12):
            if j >= len(a.toks) or not a.in_sentence(j, i):
                return cw.frame == "obj"
            if is_complementizer(a.ch(j)) or a.quote_opening(j) is not None or a.ch(j) == ":":
                return True
            j += 1
        return cw.frame == "obj"

