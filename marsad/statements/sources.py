"""Who speaks: subject phrases after the cue (verb-first) and before it (subject-first), appositions and
titles, names NER missed, definite references back to earlier sources ("المصدر"، "هذه الدول"، "تقرير
الصحيفة"), and implicit subjects resolved by agreement and salience."""
from __future__ import annotations

from dataclasses import replace

from ..document import Entity, Mention
from . import cues
from .cues import CueWord, is_complementizer, norm
from .speakers import Source, entity_gender, nominal_agreement
from .words import (ALLIES, KIN, NOT_REPORTING_BEFORE, NUMBER_WORDS, RECORDS, SIDE, head_noun, KANA, QUANTIFIED, PLACE_PREPS, NAME_LINKS, NAMED_HEADS, ADVERBS, ANONYMOUS, CLAUSE_BREAKS, FUNCTION, HEAD_NOUNS, HUMAN_HEADS, LEFT_SKIP,
                    PREPOSITIONS, PRONOUN_SUBJECTS, PSEUDO, RELATIVES, SOURCE_CUES, SOURCE_HEADS,
                    STATE_WORDS, STATEMENT_NOUNS, STEM_INITIAL, TITLES, nisba, time_phrase, words_of)


class SourceFinder:
    """The extractor's speaker methods; they read ``self.a`` (the Article), ``self.salience``, ``self.found``."""

    def _named(self, m: Mention, start: int, end: int) -> Source:
        ent = self.a.entities[m.entity]
        g = self.salience.gender_of.get(ent.id) or entity_gender(ent)
        return Source(ent.id, self.a.text[start:end], start, end, g, "sg")

    def _title_entity(self, phrase: str) -> str | None:
        key = norm(phrase)
        for e in self.a.entities.values():
            if e.type == "PER" and any(norm(t) == key for t in e.titles):
                return e.id
        return None

    def subject(self, j: int, ref: int) -> tuple[Source, int] | None:
        """A subject noun phrase starting at token j (same sentence as ref); returns it and the next index."""
        a = self.a
        if not a.in_sentence(j, ref):
            return None
        q = a.quote_opening(j)
        if q is not None and a.mention_of[j + 1] is not None and a.mention_of[j + 1].end == q.close:
            m = a.mention_of[j + 1]  # a quoted name: "وأفاد "المرصد السوري" المعارض"
            return self._named(m, m.start, m.end), a.start_idx.get(q.close, j + 1) + 1
        if a.ch(j) == "#" and j + 1 < len(a.toks) and a.mention_of[j + 1] is not None:
            j += 1  # a hashtag name: "وأبدى #هادي"
        elif a.ch(j) == "#" and a.is_word(j + 1) and not a.definite(j + 1) and a.n[j + 1] not in FUNCTION \
                and not cues.match(a.ch(j + 1)) and a.in_sentence(j + 1, ref):
            k = j + 2  # a name NER missed, set off as a hashtag: "وأعربت #أنغام"، "#عاصي_الحلاني"
            while k + 1 < len(a.toks) and a.ch(k) == "_" and a.is_word(k + 1) and a.toks[k].start == a.toks[k - 1].end:
                k += 2
            start, end = a.toks[j + 1].start, a.toks[k - 1].end
            g, n = nominal_agreement(a.text[start:end])
            return Source(None, a.text[start:end], start, end, g, n), k
        if not a.is_word(j) and a.mention_of[j] is None:
            return None
        nj = a.n[j]
        if a.mention_of[j] is not None:
            m = a.mention_of[j]
            if a.prefixed(j):
                return None  # "لرويترز": an addressee, not a subject
            k = a.mention_end(j) + 1
            src = self._named(m, m.start, m.end)
            ent = a.entities[m.entity]
            while k < len(a.toks) and a.mention_of[k] is not None and a.n[k][:1] == "و" and a.in_sentence(k, ref):
                k = a.mention_end(k) + 1  # "بريطانيا وفرنسا وألمانيا": the first stands for the group
                src = Source(src.entity, a.text[m.start:a.toks[k - 1].end], m.start, a.toks[k - 1].end, "f", "pl")
            k = self._skip_parenthesis(k, ref)  # "الاتحاد الدولي لكرة القدم (فيفا)"
            ally = self._coordinated_ally(k, ref)
            if ally is not None:  # "نددت إسرائيل وحليفها الأمريكي"
                k = ally
                src = Source(src.entity, a.text[m.start:a.toks[k - 1].end], m.start, a.toks[k - 1].end, "m", "pl")
            if a.ch(k) in "،," and ent.type == "PER":
                k = self._skip_apposition(k, ref)
            else:
                x = k
                while x < len(a.toks) and a.definite(x) and nisba(a.n[x]):
                    x += 1  # only the name's adjectives before the comma: not "… الرسمية على لسان X، المتحدث"
                app = self._apposition(k, ref) if a.ch(x) in "،," else None
                if app is not None:
                    m2, k = app
                    src = self._named(m2, m.start, m2.end)
            return src, k
        if nj in words_of("هذه هذا هؤلاء") and j + 1 < len(a.toks) and a.definite(j + 1):
            # "وتعهدت هذه الدول": the sources just named
            k = j + 2
            phrase = a.text[a.toks[j].start:a.toks[j + 1].end]
            ref_src = self._definite_reference(a.text[a.toks[j + 1].start:a.toks[j + 1].end],
                                               a.toks[j + 1].start, a.toks[j + 1].end)
            if ref_src is None and self.salience.speakers:
                ref_src = self.salience.speakers[-1][1]
            if ref_src is not None:
                return Source(ref_src.entity, phrase, a.toks[j].start, a.toks[j + 1].end, ref_src.gender,
                              ref_src.number), k
        if nj in QUANTIFIED:
            return self._quantified(j, ref)
        m = a.mention_of[j + 1] if j + 1 < len(a.toks) else None
        if nj in STATE_WORDS and m is not None and m.start == a.toks[j + 1].start \
                and a.entities[m.entity].type == "LOC" and not a.prefixed(j + 1):
            # "أعلنت دولة الإمارات العربية المتحدة": the country speaks
            src = self._named(m, a.toks[j].start, m.end)
            return src, self._skip_parenthesis(a.mention_end(j + 1) + 1, ref)
        if nj == "كل" and j + 2 < len(a.toks) and a.n[j + 1] == "من":
            sub = self.subject(j + 2, ref)  # "وأكد كل من بومبيو ونظيره لافروف": the first named speaks for both
            if sub is not None:
                return replace(sub[0], number="pl"), self._list_end(sub[1], ref)
        if nj in words_of("كل أحد بعض") and j + 1 < len(a.toks) and a.is_word(j + 1) and a.n[j + 1] not in FUNCTION:
            nj = "quantifier"  # "كل طرف"، "أحد سكان الغوطة"، "بعض المعلقين"
        if nj in FUNCTION or nj in ADVERBS or is_complementizer(a.ch(j)) or cues.match(a.ch(j)) \
                or nj in SOURCE_CUES or a.lam(j) or len(nj) < 2 or nj in PLACE_PREPS:
            return None  # "وكتب تحت الصورة": a place, not who wrote
        surname = self._surname(j)
        if surname is not None:  # "وأشار خليل" after "علي حسن خليل"
            return surname, j + 1
        short = self._short_name(j, ref) or self._name_before_title(j, ref)
        if short is not None:  # "وكان حافظ السبسي" after "حافظ قايد السبسي"
            return short
        # a nominal phrase: head + adjectives / idafa / a prepositional tail after an indefinite head
        k, last_def, after_bism, seen_nisba = j + 1, nj.startswith("ال"), False, False
        if nj == "كل" and k < len(a.toks) and a.is_word(k) and not a.definite(k) and a.mention_of[k] is None:
            start, end = a.toks[j].start, a.toks[k].end  # "واتهم كل طرف الطرف الآخر": "كل طرف" is whole
            g, n = nominal_agreement(a.text[start:end])
            return Source(None, a.text[start:end], start, end, g, n), k + 1
        while k < len(a.toks) and a.in_sentence(k, ref) and k - j < 16:
            w, m = a.n[k], a.mention_of[k]
            nm = a.mention_of[k + 1] if k + 1 < len(a.toks) else None
            m_next_org = nm is not None and a.entities[nm.entity].type == "ORG"  # "في الحزب الشيوعي": membership
            if m is not None:
                if a.prefixed(k) and a.ch(k - 1) not in ("في", "من"):
                    break  # "مسؤول أمريكي لرويترز": the addressee starts
                party = next((x + 1 for x in range(k - 1, j - 1, -1) if a.n[x] == norm("باسم")), k)
                if a.entities[m.entity].type == "PER" and after_bism \
                        and (a.mention_of[k - 1] is not None or a.definite(k - 1) and a.n[party] not in TITLES):
                    # not "المتحدث باسم الرئيس الفلسطيني محمود عباس": there the name is the one spoken for
                    # "المتحدثة باسم وزارة الخارجية الأمريكية هيذر ناورت": the name after the party
                    return self._named(m, a.toks[j].start, m.end), self._skip_apposition(a.mention_end(k) + 1, ref)
                if a.entities[m.entity].type == "PER" and a.definite(k - 1) and k - 1 >= j \
                        and not after_bism:
                    # a title before the name: "المدعي كرسبين أيلت"، "الرئيس السوري بشار الأسد"
                    return self._named(m, a.toks[j].start, m.end), self._skip_apposition(a.mention_end(k) + 1, ref)
                if last_def and a.ch(k - 1) not in ("في", "من", "لدى") and not a.n[k - 1].startswith(("ال", "ب")):
                    break
                if k == j + 1 and a.definite(j) and head_noun(nj) in HUMAN_HEADS \
                        and a.entities[m.entity].type != "PER":
                    break  # "وحمل الأهالي ميليشيا الحوثي المسؤولية": a body named after a bare source is the object
                k = a.mention_end(k) + 1
                last_def, seen_nisba = True, False  # the name's own adjectives follow it: "الحزب الشيوعي الحاكم"
                continue
            if a.toks[k].kind == "latin" and k - j < 4 and (a.is_word(k - 1) or a.toks[k - 1].kind == "latin"):
                k += 1  # a name in Latin letters: "شبكة CNN"
                continue
            if a.ch(k) == "#" and k + 1 < len(a.toks) and a.is_word(k + 1):
                k += 1  # "قوات #الجيش_اليمني"، "رئيس #مجلس التنمية"
                continue
            if w == "غير" and k > j and a.is_word(k + 1) and nisba(a.n[k + 1]) and a.mention_of[k + 1] is None:
                k += 2  # "منظمات غير حكومية": a negated adjective, the phrase goes on
                while k < len(a.toks) and a.is_word(k) and nisba(a.n[k]) and a.mention_of[k] is None \
                        and a.definite(k) == a.definite(k - 1):
                    k += 1  # and its fellow adjectives: "منظمات غير حكومية حقوقية"
                last_def = True  # an object may follow: "… حقوقية فرنسا"
                continue
            prev = a.n[k - 1]
            if w in words_of("به بها بهم بهما") and prev.removeprefix("ال")[:1] == "م" and len(prev) > 4:
                k += 1  # "محامي المشتبه بهم": the participle's own complement
                continue
            if not a.is_word(k) or is_complementizer(a.ch(k)) or cues.match(a.ch(k)) or w in ADVERBS \
                    or w in SOURCE_CUES or w in RELATIVES or time_phrase(a.n, k):
                break
            if after_bism and last_def and nisba(a.n[k - 1]) and a.is_word(k) and not a.definite(k) \
                    and a.mention_of[k] is None and w not in FUNCTION:
                break  # "المتحدث باسم الرئاسة الفلسطينية نبيل أبو ردينة": the name NER missed starts
            if w in ("في", "من", "باسم", "لدي") and (not last_def or w in ("باسم", "لدي") or w == "في" and m_next_org) \
                    and k + 1 < len(a.toks) \
                    and a.in_sentence(k + 1, ref) and (a.mention_of[k + 1] is not None or a.is_word(k + 1)
                                                      and a.n[k + 1] not in FUNCTION and not a.prep_clitic(k + 1)):
                after_bism = after_bism or w == "باسم"  # "المتحدث باسم الرئيس": the party spoken for
                k += 1
                last_def = False  # a new noun phrase: "المتحدثة باسم وزارة الخارجية"
                continue
            if seen_nisba and a.definite(k) and not nisba(w) and a.mention_of[k] is None:
                break  # "وسائل الإعلام الإسبانية الأسلوب المتحفظ": the object starts
            if w.startswith("ال") and w not in FUNCTION or last_def and w in words_of("ذاته ذاتها نفسه نفسها ذاتهم"):
                seen_nisba = seen_nisba or nisba(w)
                last_def = True
                k += 1
                continue
            if not last_def and (w.endswith(("ي", "ية", "يون", "يين")) and w not in FUNCTION) and k == j + 1 \
                    and not a.prep_clitic(k) and w[:1] not in "لب":
                k += 1  # "مسؤول أمريكي"، "مصادر أمنية"
                continue
            if w[:1] == "و" and (a.definite(k - 1) and w.startswith("وال") and nisba(w) == nisba(a.n[k - 1])
                                 or nisba(a.n[k - 1]) and nisba(w) and not w.startswith("وال")) \
                    and a.mention_of[k - 1] is None and k - j < 8:
                k += 1  # "لجنة الانضباط والتفتيش"، "مسؤولون أمريكيون وإسرائيليون"
                continue
            prev = a.n[k - 1]
            if w.startswith("لل") and prev[:1] == "م" and len(prev) > 4 and prev.endswith(("ون", "ين", "ة")) \
                    and k - j < 6:
                k += 1  # "سياسيون روس مؤيدون للحكومة": the complement of a participle
                last_def = True
                continue
            accusative = w.endswith("ا") and prev.endswith("ا") and not w.startswith(("بال", "لل"))  # "مسؤولا بارزا"
            if not last_def and w not in FUNCTION and (w[:1] not in "وفبل" or w in STEM_INITIAL or accusative) \
                    and k - j < 4 \
                    and not (nisba(a.n[k - 1]) and k - 1 > j and not nisba(w)) \
                    and not (k + 1 < len(a.toks) and is_complementizer(a.ch(k + 1)) and a.n[k][:1] == "ب"):
                k += 1  # an indefinite chain: "أحد سكان الغوطة"، "مصدر مقرب من التحقيق"
                continue
            if w == "كل" and a.n[k + 1:k + 2] == ["من"]:
                k += 2  # "وزراء خارجية كل من بريطانيا وفرنسا"
                continue
            if a.n[k - 1:k] and a.mention_of[k - 1] is not None and w[:1] == "و" and len(w) > 3 and k - j < 14:
                k += 1  # "… وألمانيا ومسؤولة العلاقات الخارجية": the coordination goes on
                last_def = False
                continue
            if w.startswith("و") and len(w) > 3 and w[1:] in HEAD_NOUNS:
                k += 1  # "مصادر في المعارضة وتقارير صحفية"
                last_def = False
                continue
            break
        q = a.quote_opening(k) if k < len(a.toks) else None
        if q is not None and q.closed and head_noun(a.n[j]) in SOURCE_HEADS | NAMED_HEADS | HUMAN_HEADS \
                and len(a.text[q.open:q.close].split()) <= 4:
            k = a.start_idx.get(q.close, k) + 1  # the outlet's quoted name: "صحيفة "وول ستريت جورنال""
        start, end = a.toks[j].start, a.toks[k - 1].end
        app = self._apposition(k, ref) or (None if after_bism else self._name_after_title(k, ref))
        if app is None and (a.n[j].removeprefix("ال") in HUMAN_HEADS or a.n[j] in TITLES):
            titled = k > j + 1 and a.definite(k - 1) and nisba(a.n[k - 1])  # "نائب رئيس الوزراء التركي رجب أقداغ إن"
            app = (self._untagged_name(k, ref, after_title=True) if titled else None) \
                or self._untagged_name(k, ref, after_title=k == j + 1 and a.n[j] in TITLES)
        if app is not None:  # "منسق الأمم المتحدة الإقليمي للشؤون الإنسانية، بانوز مومزيس"
            m2, k = app
            return self._named(m2, start, m2.end), k
        phrase = a.text[start:end]
        issuer = self._issuer(j, k, start, end)
        if issuer is not None:
            return issuer, k
        ref_src = self._definite_reference(phrase, start, end)
        if ref_src is not None:
            return ref_src, k
        g, n = nominal_agreement(phrase)
        return Source(None, phrase, start, end, g, n), k

    def _list_end(self, k: int, ref: int) -> int:
        """Past the other members of a "كل من X و Y" list, each joined by و."""
        a = self.a
        while k < len(a.toks) and a.n[k][:1] == "و" and a.in_sentence(k, ref) and not cues.match(a.ch(k)):
            member = self.subject(k, ref)
            if member is None or member[1] <= k:
                break
            k = member[1]
        return k

    def _skip_parenthesis(self, k: int, ref: int) -> int:
        """Index after a short parenthesis at k ("(فيفا)"، "(بي.إيه.ام.اف)"), else k."""
        a = self.a
        if a.ch(k) != "(":
            return k
        for x in range(k + 1, min(k + 5, len(a.toks))):
            if not a.in_sentence(x, ref):
                return k
            if a.ch(x) == ")":
                return x + 1
        return k

    def _coordinated_ally(self, k: int, ref: int) -> int | None:
        """"وحليفها الأمريكي" after a named subject: the index after the coordinated source, else None."""
        a = self.a
        if k >= len(a.toks) or not a.in_sentence(k, ref) or a.n[k][:1] != "و" or a.mention_of[k] is not None:
            return None
        w = a.n[k][1:]
        if not any(w == x or w.startswith(x) and w[len(x):] in ("ه", "ها", "هم", "هما") for x in ALLIES):
            return None
        k += 1
        while k < len(a.toks) and a.in_sentence(k, ref) and a.definite(k) and nisba(a.n[k]):
            k += 1
        return k

    def _apposition(self, k: int, ref: int) -> tuple[Mention, int] | None:
        """", فرانسوا هولاند،" after a title: the person named, and the index after the apposition."""
        a = self.a
        for x in range(k, min(len(a.toks), k + 8)):
            if not a.in_sentence(x, ref) or is_complementizer(a.ch(x)) or a.quote_opening(x) is not None \
                    or a.ch(x) == ":" or cues.match(a.ch(x)):
                return None
            if a.ch(x) in "،," and x + 1 < len(a.toks):
                m = a.mention_of[x + 1]
                if m is not None and a.entities[m.entity].type == "PER" and m.start == a.toks[x + 1].start:
                    e = a.mention_end(x + 1) + 1  # "رئيس اللجنة، عصام عبد الفتاح، صحة التصريحات": the comma closes it
                    return m, e + 1 if a.ch(e) in "،," else e
                return None
        return None

    def _surname(self, j: int) -> Source | None:
        """A bare last name of a person named earlier in full, when NER did not tag it."""
        a = self.a
        w = a.n[j]
        if len(w) < 3 or w in FUNCTION or head_noun(w) in HUMAN_HEADS:
            return None  # a definite surname counts too: "وأشار العلمي" after "فواز العلمي"
        for m in reversed(a.mentions):
            if m.end > a.toks[j].start:
                continue
            ent = a.entities[m.entity]
            words = ent.name.split()
            if ent.type == "PER" and len(words) > 1 and norm(words[-1]) == w:
                t = a.toks[j]
                return Source(ent.id, t.text, t.start, t.end, self.salience.gender_of.get(ent.id) or "m", "sg")
        return None

    def _quantified(self, j: int, ref: int) -> tuple[Source, int] | None:
        """"واستنكر أغلبهم"، "واقترح بعضهم": part of the plural source the sentence or the text just named."""
        a = self.a
        first = a.start_idx.get(a.sent_start[ref])
        if first is not None and first < j - 1 and a.n[first][:1] in "وف" and a.mention_of[first] is None:
            sub = self.subject(first + 1, ref)  # "وتفاعل مستخدمو مواقع التواصل، … واستنكر أغلبهم"
            if sub is not None and sub[0].number == "pl" and a.toks[sub[1] - 1].end <= a.toks[j].start:
                return sub[0], j + 1
        ante = self.salience.resolve(a.toks[j].start, "m", "pl", [], a.entities)
        return (ante, j + 1) if ante is not None else None

    def _short_name(self, j: int, ref: int) -> tuple[Source, int] | None:
        """First and last name of a person named earlier in full ("حافظ السبسي" after "حافظ قايد السبسي"),
        when NER did not tag the short form."""
        a = self.a
        if j + 1 >= len(a.toks) or not a.in_sentence(j + 1, ref) or a.mention_of[j + 1] is not None \
                or not a.is_word(j + 1) or a.definite(j):
            return None
        pair = [a.n[j], a.n[j + 1]]
        for m in reversed(a.mentions):
            if m.end > a.toks[j].start:
                continue
            ent = a.entities[m.entity]
            words = [norm(w) for w in ent.name.split()]
            if ent.type == "PER" and len(words) > 2 and words[0] == pair[0] and words[-1] == pair[1]:
                start, end = a.toks[j].start, a.toks[j + 1].end
                src = Source(ent.id, a.text[start:end], start, end, self.salience.gender_of.get(ent.id) or "m", "sg")
                return src, self._skip_apposition(j + 2, ref)
        return None

    def _name_before_title(self, j: int, ref: int) -> tuple[Source, int] | None:
        """A name NER missed, known by the title set off after it: "شرف لقمان، المتحدث باسم القوات،"."""
        a = self.a
        x = j
        while x < len(a.toks) and x - j < 3 and a.is_word(x) and a.mention_of[x] is None and a.in_sentence(x, ref) \
                and (not a.definite(x) or x > j and a.n[x - 1] in NAME_LINKS) and a.n[x] not in FUNCTION \
                and a.n[x] not in HUMAN_HEADS and a.n[x] not in ADVERBS and not cues.match(a.ch(x)) \
                and not is_complementizer(a.ch(x)) and not a.prep_clitic(x) and not nisba(a.n[x]):
            x += 1
        if x == j or x + 2 >= len(a.toks) or a.ch(x) not in "،," or not a.in_sentence(x + 1, ref):
            return None
        t = a.n[x + 1]
        if not (t in TITLES or t in HUMAN_HEADS and a.definite(x + 2) and a.mention_of[x + 2] is None):
            return None
        start, end = a.toks[j].start, a.toks[x - 1].end
        key = f"{PSEUDO}name:{start}"
        a.entities[key] = Entity(key, "PER", a.text[start:end])
        g = self.salience.gender_of.get(key) or "m"
        return Source(key, a.text[start:end], start, end, g, "sg"), self._skip_apposition(x, ref)

    def _issuer(self, j: int, k: int, start: int, end: int) -> Source | None:
        """"تقرير الصحيفة"، "وحسب البيان": a statement speaks for whoever issued it."""
        a = self.a
        head = a.n[j].removeprefix("ال")
        if head not in STATEMENT_NOUNS:
            return None
        phrase = a.text[start:end]
        if k > j + 1:
            m = a.mention_of[j + 1]
            g, n = nominal_agreement(phrase)  # "وأفاد بيان المنظمة … وأضاف": the noun's gender, not the body's
            if m is not None:
                owner = self._named(m, start, end)
                return Source(owner.entity, phrase, start, end, g, n, issued=True)
            if a.definite(j + 1):
                ref = self._definite_reference(a.ch(j + 1), a.toks[j + 1].start, a.toks[j + 1].end)
                if ref is not None:
                    return Source(ref.entity, phrase, start, end, g, n, issued=True)
            return None
        if not a.definite(j):
            return None
        for pos, src in reversed(self.salience.speakers):
            if start - pos > 1500:
                break
            if src.entity is not None and not src.entity.startswith(PSEUDO) \
                    and a.entities[src.entity].type == "ORG":  # "وأشار التقرير": a body's report, not a person's
                g, n = nominal_agreement(phrase)
                return Source(src.entity, phrase, start, end, g, n, issued=True)
        return None

    def _untagged_name(self, k: int, ref: int, after_title: bool) -> tuple[Mention, int] | None:
        """When NER missed the name: "منسق الأمم المتحدة للشؤون الإنسانية، بانوز مومزيس، إن …" (one to
        three article-less words between commas) or a name right after a title ("القمص عبد المسيح بسيط إن")."""
        a = self.a
        c = k
        if not after_title:
            while c < len(a.toks) and c - k < 6 and a.ch(c) not in "،," and a.in_sentence(c, ref) \
                    and not is_complementizer(a.ch(c)) and a.quote_opening(c) is None and not cues.match(a.ch(c)):
                c += 1
            if c >= len(a.toks) or a.ch(c) not in "،,":
                return None
            c += 1
            if c + 1 < len(a.toks) and a.n[c] in TITLES and a.mention_of[c] is None:
                c += 1  # "، القمص عبد المسيح بسيط،": the name after its title
        x = c
        while x < len(a.toks) and x - c < 3 and a.is_word(x) and a.mention_of[x] is None \
                and (not a.n[x].startswith("ال") or x > c and a.n[x - 1] in NAME_LINKS) and a.n[x] not in FUNCTION and not cues.match(a.ch(x)) \
                and a.n[x] not in HUMAN_HEADS and a.n[x] not in ADVERBS and not is_complementizer(a.ch(x)) \
                and not a.prep_clitic(x) and a.in_sentence(x, ref):
            x += 1
        if x == c or x >= len(a.toks):
            return None
        closes = a.ch(x) in "،," if not after_title else (
            a.ch(x) in "،,:" or is_complementizer(a.ch(x)) or a.quote_opening(x) is not None
            or a.n[x] in ADVERBS or a.proclitic(x) == "ل")
        if not closes:
            return None
        start, end = a.toks[c].start, a.toks[x - 1].end
        key = f"{PSEUDO}name:{start}"
        a.entities[key] = Entity(key, "PER", a.text[start:end])
        return Mention(start, end, a.text[start:end], "PER", key), x + 1 if a.ch(x) in "،," else x

    def _name_after_title(self, k: int, ref: int) -> tuple[Mention, int] | None:
        """A person's name closing a long title without commas: "نائب مفوض الشؤون السياسية في الأمم المتحدة
        تاي بروك زيريهون"، "مبعوث إسرائيل إلى الأمم المتحدة داني داون"."""
        a = self.a
        x = k
        while x < len(a.toks) and x - k < 7 and a.in_sentence(x, ref):
            m = a.mention_of[x]
            if m is not None:
                if a.entities[m.entity].type == "PER" and not a.prefixed(x):
                    return m, self._skip_apposition(a.mention_end(x) + 1, ref)
                x = a.mention_end(x) + 1
                continue
            w = a.n[x]
            if not a.is_word(x) or not (w in ("في", "من", "إلى", "الى", "لدى", "لشؤون") or w.startswith("ال")
                                        or a.proclitic(x) in ("ل", "لل")
                                        or a.proclitic(x) == "ب" and (w.startswith("بال") or w == norm("باسم"))):
                return None  # "سياسيون مؤيدون للحكومة بتعليقات بابتشينكو": the object, not a title
            x += 1
        return None

    def _definite_reference(self, phrase: str, start: int, end: int) -> Source | None:
        """"المتحدثة"، "الصحيفة"، "المصدر": a definite description that takes up an earlier source."""
        words = phrase.split()
        head = norm(words[0])
        if not head.startswith("ال") or len(words) > 3:
            return None
        at = start
        bare = head[2:]
        if len(bare) < 3:
            return None
        for pos, src in reversed(self.salience.speakers):
            if len(words) != 1 or not src.text:
                continue
            first = norm(src.text.split()[0]).removeprefix("ال")
            if src.entity is None and first in (bare, bare + "ا"):  # "مسؤولا رفيعا"
                return src
            if src.entity is not None and not src.entity.startswith(PSEUDO) and first == bare:
                # "وقال الكاتب توم روجر … وأوضح الكاتب": the latest source so described
                return Source(src.entity, phrase, start, end, src.gender, src.number)
        best = None
        for m in self.a.mentions:
            if m.start >= at:
                break
            ent = self.a.entities[m.entity]
            names = ent.titles + ([ent.name] + [x.text for x in ent.mentions] if ent.type == "ORG" else [])
            if any(norm(t.split()[0]).removeprefix("ال") == bare for t in names if t.split()):
                best = ent
        if best is not None:
            g = self.salience.gender_of.get(best.id) or entity_gender(best)
            return Source(best.id, phrase, start, end, g, "sg")
        return None

    def _skip_apposition(self, k: int, ref: int) -> int:
        """After "X،": skip a title apposition up to its closing comma ("سجاد مالك، ممثل المفوضية،")."""
        a = self.a
        if a.ch(k) not in "،," or not a.is_word(k + 1) or a.n[k + 1] in FUNCTION or cues.match(a.ch(k + 1)) \
                or a.mention_of[k + 1] is None and a.proclitic(k + 1)[:1] in ("و", "ف", "ب", "ل"):
            return k  # what follows the comma is not a title ("، عن أمله"، "، وقال")
        j = k + 1
        while j < min(len(a.toks), k + 14):
            q = a.quote_opening(j)
            if q is not None and q.closed and len(a.text[q.open:q.close].split()) <= 4 and j > k + 1 \
                    and a.n[j - 1].removeprefix("ال") in NAMED_HEADS:
                j = a.start_idx.get(q.close, j) + 1  # "أخصائية … في جامعة "موناش" بأستراليا،": a quoted name
                continue
            if not a.in_sentence(j, ref) or is_complementizer(a.ch(j)) or q is not None or a.ch(j) == ":":
                return k
            if a.ch(j) in "،,":
                return j + 1
            j += 1
        return k

    def left_subject(self, i: int) -> tuple[Source | None, tuple[str, str] | None]:
        """Subject-first order: an entity or noun phrase right before the cue, or a pronoun (لكنه)."""
        a = self.a
        end = self._before_anonymity(i)
        after_comp = self._subject_after_complementizer(i, end) or self._subject_after_but(i, end)
        if after_comp is not None:
            return after_comp, None
        j = end - 1
        while j >= 0 and a.in_sentence(j, i) and a.n[j] in LEFT_SKIP:
            j -= 1
        if j < 0 or not a.in_sentence(j, i):
            return None, None
        if a.n[j] in PRONOUN_SUBJECTS:
            return None, PRONOUN_SUBJECTS[a.n[j]]
        relative = a.n[j] in RELATIVES
        if relative:
            j -= 1
            if j >= 0 and a.mention_of[j] is None and a.definite(j) and a.in_sentence(j, i):
                # "المرأة الثالثة التي تتهم"، "أعضاء البرلمان الذين ينتقدون": the described phrase is the source
                first = j
                while first - 1 >= 0 and j - first < 2 and a.definite(first - 1) \
                        and a.mention_of[first - 1] is None and a.in_sentence(first - 1, i):
                    first -= 1
                if first - 1 >= 0 and a.in_sentence(first - 1, i) and a.is_word(first - 1) \
                        and not a.definite(first - 1) and a.n[first - 1] not in FUNCTION | SOURCE_CUES.keys() \
                        and not a.prep_clitic(first - 1) and not cues.match(a.ch(first - 1)):
                    first -= 1  # the construct head
                start, end = a.toks[first].start, a.toks[j].end
                g, n = nominal_agreement(a.text[start:end])
                if a.n[j + 1] in words_of("الذين اللذين اللتين اللاتي"):
                    n = "pl"
                return Source(None, a.text[start:end], start, end, g, n), None
        if a.ch(j) in "،," and a.mention_of[j - 1] is not None \
                and a.entities[a.mention_of[j - 1].entity].type == "PER":
            j -= 1  # "وكان الرئيس الفرنسي، فرانسوا هولاند، قد أشار"
        m = a.mention_of[j] if j >= 0 else None
        if m is not None:
            first = j
            while first - 1 >= 0 and a.mention_of[first - 1] is m:
                first -= 1
            before = a.n[first - 1] if first > 0 and a.in_sentence(first - 1, i) else ""
            if before == norm("باسم"):
                # "متحدث باسم محمود عباس ينتقد": the spokesperson, not the person spoken for
                head = first - 1
                while head - 1 >= 0 and first - head < 4 and a.in_sentence(head - 1, i) and a.is_word(head - 1) \
                        and a.n[head - 1] not in FUNCTION and not cues.match(a.ch(head - 1)):
                    head -= 1
                if head < first - 1:
                    start, end = a.toks[head].start, m.end
                    g, n = nominal_agreement(a.text[start:end])
                    return Source(None, a.text[start:end], start, end, g, n), None
            if not relative and (a.prefixed(first) or before in PREPOSITIONS):
                opening = a.start_idx.get(a.sent_start[i], first)
                if before == "في" and a.para_of[i][2] in ("headline", "caption") and first - opening in (2, 3, 4) \
                        and a.definite(opening) and head_noun(a.n[opening]) in HUMAN_HEADS \
                        and all(a.definite(x) for x in range(opening, first - 1)):
                    # "الحزب الحاكم في الصين يكشف": the body the headline opens with
                    start = a.toks[opening].start
                    g, n = nominal_agreement(a.text[start:m.end])
                    return Source(None, a.text[start:m.end], start, m.end, g, n), None
                return None, None  # "في موسكو قال": a place, not the subject
            head = first
            while head - 1 >= 0 and first - head < 3 and a.in_sentence(head - 1, i) and a.is_word(head - 1) \
                    and a.mention_of[head - 1] is None and not a.definite(head - 1) \
                    and a.n[head - 1] not in FUNCTION and a.n[head - 1] not in LEFT_SKIP \
                    and not cues.match(a.ch(head - 1)) and not a.prep_clitic(head - 1):
                head -= 1  # a title in construct before the name: "رئيس وزراء تونس يتهم"، "مستشار ترمب يقول"
            if head < first and (a.entities[m.entity].type != "PER" or head_noun(a.n[first - 1]) in KIN):
                # "رئيس وزراء تونس يتهم"؛ "أسرة جمال خاشقجي تطالب": someone else than the one named
                phrase = a.text[a.toks[head].start:m.end]
                eid = self._title_entity(phrase)
                if eid:
                    ent = a.entities[eid]
                    return Source(eid, phrase, a.toks[head].start, m.end,
                                  self.salience.gender_of.get(eid) or entity_gender(ent), "sg"), None
                g, n = nominal_agreement(phrase)
                return Source(None, phrase, a.toks[head].start, m.end, g, n), None
            return self._named(m, m.start, m.end), None
        bare = a.n[j][2:] if a.definite(j) else a.n[j]
        if (bare in HUMAN_HEADS or bare in SOURCE_HEADS) and a.mention_of[j] is None \
                and (a.definite(j) or bare in SOURCE_HEADS):
            # a source noun right before the verb: "إن السلطات أعلنت"، "بعد تقارير تحدثت عن"
            # a definite source noun right before the verb: "إن السلطات أعلنت"، "لكن الحكومة نفت"
            t = a.toks[j]
            g, n = nominal_agreement(t.text)
            return Source(None, t.text, t.start, t.end, g, n), None
        first = j
        while first - 1 >= 0 and j - first < 2 and a.in_sentence(first - 1, i) and a.definite(first - 1) \
                and a.mention_of[first - 1] is None:
            first -= 1
        if a.definite(j) and a.mention_of[j] is None and first - 1 >= 0 and a.in_sentence(first - 1, i) \
                and a.n[first - 1] in words_of("لكن ولكن بينما وبينما فيما وفيما"):
            # a definite noun phrase after لكن/بينما, right before the verb: "لكن الأغلبية الساحقة رفضت"
            start, end = a.toks[first].start, a.toks[j].end
            g, n = nominal_agreement(a.text[start:end])
            return Source(None, a.text[start:end], start, end, g, n), None
        # a short noun phrase opening the sentence: "ناشطون يقولون"، "مصادر أمنية تقول"
        first = j
        while first - 1 >= 0 and a.in_sentence(first - 1, i) and j - first < 3 and a.is_word(first - 1):
            first -= 1
        after_comma = first > 0 and a.ch(first - 1) in "،," and a.in_sentence(first - 1, i) \
            and a.n[first][:1] not in "وف"  # "قبيل حلول يوم النكبة، مكتب الإحصاء الفلسطيني يقول"
        after_colon = first > 0 and a.ch(first - 1) == ":" and a.para_of[i][2] in ("headline", "caption")
        if (a.toks[first].start == a.sent_start[i] or after_comma or after_colon) \
                and all(a.is_word(x) and a.n[x] not in FUNCTION for x in range(first, j + 1)):
            w0 = a.n[first]
            head = w0[1:] if w0[:1] in "وف" and w0[1:] in HUMAN_HEADS else w0
            head = head[2:] if head.startswith("ال") else head
            headline = a.para_of[i][2] in ("headline", "caption") and not a.conj(first)
            if cues.match(a.ch(first)) or head not in HUMAN_HEADS and not head.endswith(("ون", "يون")) \
                    and not headline:
                return None, None  # "ومضى يقول": a verb, not a subject (a headline opens with its subject)
            start = a.toks[first].start + (1 if w0[:1] in "وف" and w0[1:] in HEAD_NOUNS else 0)
            phrase = a.text[start:a.toks[j].end]
            g, n = nominal_agreement(phrase)
            return Source(None, phrase, start, a.toks[j].end, g, n), None
        return None, None

    def _implicit(self, i: int, gender: str, number: str) -> Source | None:
        a = self.a
        # a participle (قائلا، مشيرا) shares the subject of its clause's verb
        for f in reversed(self.found):
            if f.cue[0] < a.sent_start[i]:
                break
            if f.speaker is not None:
                src = f.speaker
                if (src.gender, src.number) != (gender, number) and number == "sg":
                    break  # "بعدما أكد" after a plural subject: someone else
                if src.entity is None or src.entity.startswith(PSEUDO):
                    return src
                return Source(src.entity, None, None, None, src.gender, src.number)
        src = self._sentence_subject(i, gender, number) or self._embedded_subject(i, gender, number) \
            or self.salience.resolve(a.toks[i].start, gender, number, a.mentions, a.entities,
                                     speaks=lambda src: src.entity is not None or not src.text
                                     or head_noun(src.text.split()[0]) not in RECORDS)
        # "ذكرت قاعدة البيانات أن … وأشارت": a database cited is not who goes on speaking
        if src is None:
            return None
        if src.entity is None or src.entity.startswith(PSEUDO):
            # a nominal or unresolved antecedent is only known by its words: keep them
            return src
        return Source(src.entity, None, None, None, src.gender, src.number)

    def _embedded_subject(self, i: int, gender: str, number: str) -> Source | None:
        """A verb inside the sentence (a relative or "ما" clause, not a coordinated one) takes up the
        sentence's named subject, not an earlier speaker: "وقد عرض الرئيس الأفغاني أشرف غني الاعتراف
        بطالبان ضمن عملية مقترحة قال إنها …"، "وبثت وزارة الدفاع الروسية فيديو لما وصفته بجيل جديد"."""
        a = self.a
        first = a.start_idx.get(a.sent_start[i])
        if first is None or number != "sg" or a.conj(i) or i - first < 3 or a.n[first][1:] in PREPOSITIONS:
            return None  # "وعن تقييم فترة تولي المفوض السامي منصبه، أضاف": a fronted phrase, not the subject
        start = first + 2 if a.n[first] in words_of("من ومن") and a.n[first + 1:first + 2] \
            and a.n[first + 1] in SIDE else first  # "من جهته أشاد رئيس الوزراء … نتانياهو …، واصفا"
        for x in range(start, min(i, start + 6)):
            m = a.mention_of[x]
            if m is None or m.start != a.toks[x].start:
                continue
            if a.prefixed(x) or x > first and a.n[x - 1] in PREPOSITIONS:
                return None  # "في موسكو": a place named in passing, not the subject
            ent = a.entities[m.entity]
            if ent.type not in ("PER", "ORG") or ent.id.startswith(PSEUDO):
                return None
            g = self.salience.gender_of.get(ent.id) or entity_gender(ent)
            return Source(ent.id, None, None, None, g, "sg") if g == gender else None
        return None

    def _topic(self, i: int, gender: str) -> Source | None:
        a = self.a
        first = a.start_idx.get(a.sent_start[i])
        if first is None or first >= i - 2:
            return None
        m = a.mention_of[first]
        if m is None or a.entities[m.entity].type not in ("PER", "ORG") or a.prefixed(first):
            return None
        ent = a.entities[m.entity]
        if (self.salience.gender_of.get(ent.id) or entity_gender(ent)) != gender:
            return None
        src = self._named(m, m.start, m.end)
        return Source(src.entity, None, None, None, src.gender, "sg")

    def _before_anonymity(self, i: int) -> int:
        """Index the subject ends before: "مسؤول رفض ذكر اسمه قال" reads as "مسؤول قال"."""
        a = self.a
        for start in range(max(0, i - 5), i - 1):
            if a.n[start] in words_of("رفض طلب مشترطا") and a.in_sentence(start, i) \
                    and any(a.n[x] in ANONYMOUS for x in range(start + 1, i)) \
                    and all(a.is_word(x) for x in range(start, i)):
                return start
        return i

    def _subject_after_but(self, i: int, end: int) -> Source | None:
        """"لكن مسؤولاً حكومياً يمنياً كشف أن": the noun phrase between لكن and the verb (accusative after لكن)."""
        a = self.a
        x = next((x for x in range(end - 2, max(-1, end - 9), -1) if a.in_sentence(x, i)
                  and a.n[x] in words_of("لكن ولكن")), None)
        if x is None or not a.in_sentence(x, i):
            return None
        sub = self.subject(x + 1, i)
        if sub is None or sub[1] != end or sub[0].entity is not None or not sub[0].text:
            return None  # a name before the verb is found the usual way
        head = head_noun(sub[0].text.split()[0])
        return sub[0] if head in HUMAN_HEADS | SOURCE_HEADS else None

    def _subject_after_complementizer(self, i: int, end: int) -> Source | None:
        """"على الرغم من أن مسؤولا رفيعا في إدارة ترامب قال إن …": the noun phrase after أن/إن, and
        likewise after كان: "وكانت الرئاسة الأفغانية (قد) أعلنت"."""
        a = self.a
        comma = False  # only كان reaches over an apposition: "وكان حافظ السبسي، الرئيس التنفيذي للحزب، قد دعا"
        for x in range(end - 1, max(-1, end - 16), -1):
            if not a.in_sentence(x, i) or a.ch(x) in ".:" or cues.match(a.ch(x)) or a.quote_opening(x):
                return None
            if a.ch(x) in "،,":
                comma = True
                continue
            complementizer = a.n[x] in words_of("أن إن لأن ولأن")  # "لأن السلطات اعتبرتها": because, then the subject
            if complementizer and (comma or end - x >= 10):
                return None
            if a.n[x] in KANA and all(a.n[y] in LEFT_SKIP for y in range(x + 1, end)):
                continue  # "أن الإنتربول كانت قد طالبت": the subject stands before كان
            if (complementizer or a.n[x] in KANA) and x < end - 1:
                sub = self.subject(x + 1, i)
                k = self._skip_apposition(sub[1], i) if sub is not None else end
                while k < end and (a.n[k] in LEFT_SKIP or a.n[k] in KANA):
                    k += 1  # "أن الحكومة قد أعلنت"
                if sub is not None and k == end:
                    return sub[0]
                return None
        return None

    def _sentence_subject(self, i: int, gender: str, number: str) -> Source | None:
        """A coordinated verb shares the subject of the sentence's first verb: "وحمل عباس إسرائيل
        المسؤولية، وأعلن السبت يوم حداد"، "وكانت الفتاة الهاربة قد أدلت بشهادتها، ووصفت ما حدث"."""
        a = self.a
        first = a.start_idx.get(a.sent_start[i])
        cw = cues.match(a.ch(i))
        coordinated = a.conj(i) or cw and cw.form == "participle"
        if first is None or first >= i - 1 or number != "sg" or not coordinated and i - first < 3:
            return None
        front = self._fronted_subject(first, i, gender) if coordinated and number == "sg" else None
        if front is not None:
            return front
        head = a.n[first]
        verb_first = a.is_word(first) and a.mention_of[first] is None and not a.definite(first) \
            and head not in FUNCTION | LEFT_SKIP and head_noun(head) not in HUMAN_HEADS and head not in TITLES \
            and first + 1 < len(a.toks) and a.mention_of[first + 1] is not None \
            and a.mention_of[first + 1].start == a.toks[first + 1].start and not a.prefixed(first + 1) \
            and a.entities[a.mention_of[first + 1].entity].type == "PER"  # "شن إيان رايت هجوما … وأكد"
        but = head in words_of("لكن ولكن") and coordinated  # "لكن مسؤولا كبيرا في حماس رد على عباس وأكد"
        if not (head[:1] in "وف" and len(head) > 2 or verb_first and coordinated or but) or a.mention_of[first] is not None \
                or head[1:] in PREPOSITIONS:
            return None
        sub = self.subject(first + 1, i)
        if sub is None or a.toks[sub[1] - 1].end > a.toks[i].start:
            return None
        src = sub[0]
        if not coordinated:
            if not self._can_be_source(src):
                return None  # inside the sentence ("وبثت وزارة الدفاع فيديو لما وصفته"), only a source speaks
        elif src.entity is None and not (src.text or "").startswith("ال") \
                and not any(c in '"«»“”' for c in src.text or "") and head_noun((src.text or " ").split()[0]) not in HUMAN_HEADS:
            return None  # a bare indefinite noun is no subject to share; a quoted name is ("حركة "حسم"")
        return src if src.gender == gender and src.number == "sg" else None

    def _fronted_subject(self, first: int, i: int, gender: str) -> Source | None:
        """"تركيا تقبض على … وتوجه اتهاما": a name opening the sentence before an imperfect verb of the same
        gender is the subject its coordinated verbs share."""
        a = self.a
        m = a.mention_of[first]
        if m is None or m.start != a.toks[first].start or a.prefixed(first) \
                or a.entities[m.entity].type not in ("PER", "ORG", "LOC"):
            return None
        v = a.mention_end(first) + 1
        if v >= i or not a.is_word(v) or a.mention_of[v] is not None or a.definite(v) or a.n[v] in FUNCTION:
            return None
        prefix = {"ت": "f", "ي": "m"}.get(a.n[v][:1])
        if prefix != gender or len(a.n[v]) < 4 or norm(a.ch(i))[1:2] != a.n[v][:1]:
            return None  # the coordinated verb has the same person prefix: "تقبض … وتوجه"
        named = self._named(m, m.start, m.end)
        return Source(named.entity, None, None, None, named.gender, "sg")

    def _subject_confirmed(self, k: int, i: int, cw: CueWord, src: Source) -> bool:
        """Verb-first object verbs: a noun phrase is the subject when it names a source (an entity or a
        person-like noun) and more follows it (an object, a prepositional phrase, a quote)."""
        a = self.a
        while k < len(a.toks) and a.in_sentence(k, i) and (a.n[k] in ADVERBS or a.ch(k) in "،,"):
            k += 1
        if k >= len(a.toks) or not a.in_sentence(k, i):
            return False
        if is_complementizer(a.ch(k)) and src.entity is None and src.text and len(src.text.split()) == 1 \
                and not src.text.startswith("ال"):
            return True  # "لا ينفي حجازيين أن …": a name, then what he does not deny
        if is_complementizer(a.ch(k)) and cw.stance == "assert" and a.n[k][:1] != "ب" \
                and a.n[k - 1] not in NOT_REPORTING_BEFORE:
            return True  # "وأعلنت المفوضية العليا المستقلة للانتخابات الأسبوع الماضي أن": who announced what
        hashtag = src.start is not None and a.text[src.start - 1:src.start] == "#"  # "وأعربت #أنغام": a name
        if src.entity is None and not hashtag:
            head = head_noun(src.text.split()[0]) if src.text else ""
            sources = SOURCE_HEADS if cw.stance == "assert" else set()  # "فند التقارير": a report is denied
            if head not in HUMAN_HEADS | sources and not head.endswith(("ون", "يون")):
                return False
        if cw.stance == "describe" and (a.n[k].startswith("ب") and is_complementizer(a.ch(k))
                                        or cw.lemma == "اعتبر" and a.quote_opening(k) is not None):
            return False  # "كما وصف جماعة الإخوان بأنها …"، "ويعتبر جماعة الإخوان "حاضنة"": the one described
        if a.ch(k) == "#" and a.is_word(k + 1) and a.in_sentence(k + 1, i):
            k += 1  # "دعا الأمين العام … غوتيريس #إسرائيل": the object as a hashtag
        w = a.n[k]
        if w in CLAUSE_BREAKS or cues.match(a.ch(k)) and a.conj(k) or w in RELATIVES:
            return False
        return a.is_word(k) or a.quote_opening(k) is not None or a.mention_of[k] is not None

    def _can_be_source(self, src: Source) -> bool:
        if src.entity is not None:
            return self.a.entities[src.entity].type in ("PER", "ORG")
        words = (src.text or "").split()
        if len(words) > 1 and norm(words[0]) in NUMBER_WORDS:
            words = words[1:]  # "ثلاثة مصادر مطلعة": the counted noun is the head
        head = head_noun(words[0]) if words else ""
        # a plural of persons ("ناشطون"), not "قانون"
        return head in HUMAN_HEADS or head in SOURCE_HEADS or len(head) > 5 and head.endswith(("ون", "يين"))

