"""Statements: who said what, found from reporting cues, quotes, complementizers and the entities.

For every cue (a reporting verb or participle, a relay "نقلت X عن Y قوله", a source preposition "بحسب X",
or a headline colon "ماكرون: …") the extractor finds
  the speaker   an explicit subject after the verb (verb-first) or before it (subject-first), an entity
                or a nominal phrase ("مصادر أمنية"), else the salient antecedent agreeing with the verb;
  the addressee a medium or audience between cue and content ("لوسائل إعلام فرنسية"، "في مقابلة مع بي بي سي");
  the content   a quote (direct), the clause after إن/أن/بأن (indirect, mixed when it holds a quote), or,
                for verbs like رفض/اتهم/دعا, their object phrase; it ends at the sentence end, at the closing
                quote, or where a next reporting clause starts ("، مشيرا إلى"، "لكنه أقر"، "وقالت").
"""
from __future__ import annotations

from dataclasses import dataclass

from ..document import Cue, Document, Span, Speaker, Statement
from . import cues, quotes
from .article import Article
from .content import ContentFinder
from .promote import Promoter, outlet_name
from .cues import CueWord, is_complementizer, norm
from .sources import SourceFinder
from .speakers import Salience, Source, nominal_agreement
from .words import (QUANTIFIED, ADVERBS, ANONYMOUS, CLAUSE_OPENERS, FUNCTION, HUMAN_HEADS, LEFT_SKIP, PREPOSITIONS,
                    NOUN_BEFORE, NP_CONTENT, PRONOUN_SUBJECTS, PSEUDO, RELATIVES, RELAY, REQUIRES, SECOND_PREP, SIDE, SOURCE_CUES,
                    SOURCE_HEADS, STANCE_NOUNS, STATEMENT_NOUNS, CAME_IN, future, nisba, head_noun, saying, stripped_end, time_phrase, words_of)


@dataclass
class _Found:
    cue: tuple[int, int, str]  # start, end, stance
    speaker: Source | None
    explicit: bool
    content: tuple[int, int]
    kind: str
    addressee: tuple[int, int] | None = None
    continues: bool = False


class _Extractor(SourceFinder, ContentFinder):
    def __init__(self, doc: Document):
        self.a = Article(doc)
        self.found: list[_Found] = []
        self.used: set[int] = set()  # cue tokens already consumed (relay nouns, participles)
        self.salience = Salience({})

    def run(self) -> list[_Found]:
        a = self.a
        for i, tok in enumerate(a.toks):
            if i in self.used or a.inside_quote(tok.start) or a.mention_of[i] is not None and tok.text != ":":
                continue  # words of a quote or of a name ("دان كوتس") are not cues
            if tok.text == ":":
                self._colon(i)
                continue
            if a.n[i] in SOURCE_CUES:
                self._source(i)
                continue
            if a.n[i] in CAME_IN and a.n[i + 1:i + 2] == ["في"]:
                self._came_in(i)
                continue
            cw = cues.match(tok.text)
            if cw is None:
                if a.n[i] in RELAY or a.n[i][1:] in RELAY and a.n[i][:1] in "وف":
                    self._relay(i)
                continue
            if cw.form == "noun":
                continue  # relay nouns are taken with their relay verb
            if future(tok.text):
                continue  # the future "سيعلن" reports nothing said yet
            self._verb(i, cw)
        return self.found

    def _add(self, f: _Found, i: int, cw: CueWord | None, salient: bool = True) -> None:
        if f.speaker is not None and salient:
            if f.explicit and f.speaker.entity and not f.speaker.issued and cw is not None \
                    and cw.form in ("perfect", "imperfect"):
                self.salience.gender_of.setdefault(f.speaker.entity, cw.gender)
                f.speaker.gender = self.salience.gender_of[f.speaker.entity]
            elif f.explicit and f.speaker.entity is None and f.speaker.number == "sg" and cw is not None \
                    and not norm(f.speaker.text or "").startswith("ال") \
                    and cw.form in ("perfect", "imperfect") and cw.number == "sg" and cw.gender in "mf":
                f.speaker.gender = cw.gender  # "وأعربت #أنغام": the verb shows the gender a bare name hides
            self.salience.note(self.a.toks[i].start, f.speaker)
        self.found.append(f)

    def _statement_noun_clause(self, i: int, cw: CueWord) -> None:
        """"أصدر الوزراء بيانا مشتركا يقول إن …": what the statement says, the issuer says."""
        a = self.a
        if not any(a.n[x].removeprefix("ال").rstrip("ا") in SOURCE_HEADS for x in (i - 1, i - 2) if x >= 0):
            return
        first = a.start_idx.get(a.sent_start[i])
        if first is None:
            return
        x = first
        while x < i and (a.n[x] in LEFT_SKIP or a.n[x] in words_of("وقد لقد")):
            x += 1
        sub = self.subject(x + 1, i) if x < i - 2 and cues.match(a.ch(x)) is None else None
        found = self.reported(i + 1, i, cw, cw.frame) if sub is not None else None
        if found is None:
            return
        addressee, (s, e, kind, runs_on) = found
        tok = a.toks[i]
        self._add(_Found((tok.start, tok.end, cw.stance), sub[0], True, (s, e), kind, addressee, runs_on), i, cw)

    def _verb(self, i: int, cw: CueWord) -> None:
        a = self.a
        tok = a.toks[i]
        if cw.lemma == "رد" and a.n[i + 1:i + 2] == ["فعل"]:
            return  # "رد فعل": a reaction, the noun
        if cw.lemma in ("رفض", "طلب") and any(a.n[x] in ANONYMOUS for x in range(i + 1, min(i + 5, len(a.toks)))):
            return  # "رفض ذكر اسمه": the source's anonymity, not a statement
        if i > 0 and a.in_sentence(i - 1, i) and a.n[i - 1] in words_of("لم ولم لن ولن"):
            return  # "لم تكشف المحكمة": nothing was said
        if i > 0 and a.in_sentence(i - 1, i) and a.n[i - 1] in PREPOSITIONS | NOUN_BEFORE:
            return  # "إلى كشف غموض الجريمة"، "بشأن تعهدهم": after a preposition the word is a noun
        if self._not_a_report(i, cw):
            return
        if self._what_is_denied(i, cw):
            return
        first = a.start_idx.get(a.sent_start[i], 0)
        headline = a.para_of[i][2] in ("headline", "caption") and i - first <= 4  # "مدون شهير يبدي ندمه"
        if cw.form == "imperfect" and not a.conj(i) and not headline and i > 0 and a.in_sentence(i - 1, i) \
                and a.is_word(i - 1) \
                and a.mention_of[i - 1] is None and not a.definite(i - 1) and not a.prep_clitic(i - 1) \
                and a.n[i - 1] not in FUNCTION and a.n[i - 1] not in LEFT_SKIP and a.n[i - 1] not in PRONOUN_SUBJECTS \
                and head_noun(a.n[i - 1]) not in HUMAN_HEADS | SOURCE_HEADS and not a.n[i - 1].endswith(("ون", "ين")) \
                and not cues.match(a.ch(i - 1)) and a.toks[i - 1].start != a.sent_start[i]:
            # "قصيدة تدعو إلى العنف" describes a thing; "بيانا مشتركا يقول" reports its issuer's words
            self._statement_noun_clause(i, cw)
            return
        speaker, explicit, k = None, False, i + 1
        gender, number = cw.gender, cw.number
        finite = cw.form in ("perfect", "imperfect")
        resumptive = bool(cw.suffix) and i > 0 and a.n[i - 1] in RELATIVES  # "الانتقادات التي رفضها X"
        if finite and not a.conj(i) and not resumptive:
            # subject-first: "روسيا تقول"، "لكن الولايات المتحدة رفضت"، "هولاند قال"
            left, pron = self.left_subject(i)
            if left is not None:
                speaker, explicit = left, True
            elif pron is not None:
                gender, number = pron
                topic = self._topic(i, gender)
                if topic is not None:  # "رمضان (55 عاما) موقوف …، وهو ينفي": the sentence's topic
                    speaker = topic
        first = a.start_idx.get(a.sent_start[i])
        before = a.n[i - 1] if i > 0 else ""
        fa = a.n[i][:1] == "ف" and a.conj(i) or before[:1] == "ف" and before[1:] in LEFT_SKIP  # "فقد قال"
        if speaker is None and fa and first is not None and first < i - 1 \
                and a.n[first] in words_of("أما وأما"):
            sub = self.subject(first + 1, i)  # "أما منظمة التحرير فقالت"
            if sub is not None and a.toks[sub[1] - 1].end <= tok.start:
                speaker, explicit = sub[0], True
        sub = None
        if speaker is None and finite:
            while k < len(a.toks) and a.in_sentence(k, i):
                if a.n[k] in ADVERBS or a.ch(k) in "،," and a.n[k - 1] in ADVERBS | SIDE:
                    k += 1
                elif time_phrase(a.n, k):
                    k += time_phrase(a.n, k)  # "وقال الشهر الجاري إن": when, not who
                elif a.is_word(k) and a.n[k].endswith("ا") and len(a.n[k]) > 3 and not a.definite(k) \
                        and a.mention_of[k] is None and k + 1 < len(a.toks) and not is_complementizer(a.ch(k)) \
                        and a.n[k] not in FUNCTION \
                        and (a.ch(k + 1) == ":" or a.quote_opening(k + 1) is not None):
                    k += 1  # "وختم ساخرا: …": how it was said, not who
                elif a.n[k] in words_of("من ومن") and a.n[k + 1:k + 2] and a.n[k + 1] in SIDE:
                    k += 2  # "من جانبه"
                else:
                    break
            if k > i + 1 and a.n[k - 1] == "يوم" and k < len(a.toks) and a.in_sentence(k, i) and a.is_word(k):
                k += 1  # "وأعلن السبت يوم حداد": the day's name, not the subject
            if a.n[k:k + 2] == [norm("على"), norm("لسان")]:
                k += 2  # "وأضافت على لسان القيادي فيها، سامي أبو زهري": the one who spoke for it
            sub = self.subject(k, i)
            if sub is not None:
                src, k2 = sub
                # with an object verb, a lone noun phrase is the object and the subject is implicit
                # "وأكد إصرار الحركة": a verb of saying with an object takes a source as its subject
                takes_object = cw.frame == "obj" or "" in NP_CONTENT.get(cw.lemma, ()) and not self._speaks(src)
                if not takes_object or resumptive or a.n[k] in QUANTIFIED or self._subject_confirmed(k2, i, cw, src):
                    speaker, explicit, k = src, True, k2
        if cw.lemma in REQUIRES and not any(a.n[x] in REQUIRES[cw.lemma] for x in range(k, min(k + 10, len(a.toks)))):
            return  # "حمل" reports only when it lays a responsibility on someone
        if speaker is None and cw.form == "perfect" and not a.conj(i) and tok.start == a.para_of[i][0] \
                and (sub is None or a.para_of[i][2] != "body"):
            # "أعلن في سويسرا السبت عن وفاة …": a paragraph opening on a verb with no subject is passive;
            # a headline "كشف هوية شيخين …" opens on a verbal noun
            return
        if resumptive and speaker is not None and cw.stance != "describe":
            # "الانتقادات التي رفضها حافظ السبسي": the pronoun takes up the noun before the relative
            self._resumptive(i, cw, speaker)
            return
        op = self.opener(k, i, cw, cw.frame)
        if op is None and cw.lemma in NP_CONTENT:
            # "وأشار المصدر إلى احتمال مشاركة"، "مشددا … على حق المدنيين"، "وأكد إصرار الحركة": a noun phrase
            op = self.opener(k, i, cw, "obj")
            allowed = NP_CONTENT[cw.lemma]
            if op is not None and op[0] == "obj" and a.n[op[1]] in allowed:
                op = ("prep", op[1], op[2])  # "وأشار العلمي في مقابلة مع "العربية" إلى تحرك الدول"
            if op is not None and not (op[0] == "prep" and a.n[op[1]] in allowed
                                       or op[0] == "obj" and ("" in allowed or "suffix" in allowed and cw.suffix)):
                op = None
            if op is not None and a.n[op[1]] in RELATIVES:
                op = None  # "وأكد بولتون، الذي عينه ترامب": an aside, not what he confirmed
            if op is not None and speaker is not None and not self._speaks(speaker):
                op = None  # "تشير كل الأدلة إلى أهمية الحركة": evidence points, no one speaks
        if op is None:
            self._postposed(i, cw, speaker)
            return
        how, j, addressee = op
        if how == "quote" and i > 1 and a.n[i - 1] in RELATIVES and a.ch(i - 2) in "،,":
            close = next((x for x in range(i + 1, j) if a.ch(x) in "،,"), None)
            if close is not None:
                return  # "وقال بولتون، الذي لمح في الماضي إلى …، في مقابلة "…"": the quote is the main verb's
        stance = cw.stance
        if how == "prep" and cw.prep and j + 1 < len(a.toks):
            stance = STANCE_NOUNS.get(a.n[j + 1], stance)
        if how == "obj" and cw.lemma in SECOND_PREP:
            # "حذر X من Y"، "دعا X إلى Y": the content is Y
            for x in range(j, min(j + 10, len(a.toks))):
                if a.n[x] in SECOND_PREP[cw.lemma] and a.in_sentence(x, i) and a.n[x + 1:x + 2] != ["جانب"]:
                    how, j = "prep", x
                    break
        if cw.lemma in ("أدان", "دان") and self._conviction(j, speaker):
            return  # "أدانت المحكمة الشاعرة بالتحريض": a verdict, not a condemnation
        got = self.content(how, j, i)
        if got is None:
            return
        s, e, kind, runs_on = got
        if speaker is None:
            speaker = self._implicit(i, gender, number)
        self._add(_Found((tok.start, tok.end, stance), speaker, explicit, (s, e), kind, addressee, runs_on), i, cw)

    def _speaks(self, src: Source) -> bool:
        """A source that says things (a country included), not evidence or a reading that indicates them."""
        if src.entity is not None:
            return self.a.entities[src.entity].type != "MISC"
        words = (src.text or "").split()
        if len(words) > 1 and norm(words[0]) in words_of("كل بعض أحد"):
            words = words[1:]
        return bool(words) and self._can_be_source(Source(None, " ".join(words), None, None, "m", "sg"))

    def _not_a_report(self, i: int, cw: CueWord) -> bool:
        """Readings of a cue's spelling that report nothing: a verbal noun, an adjective, a subjunctive."""
        a = self.a
        prev = i - 1 if i > 0 and a.in_sentence(i - 1, i) else None
        nxt = a.n[i + 1] if i + 1 < len(a.toks) and a.in_sentence(i + 1, i) else ""
        if prev is not None and cw.form == "imperfect" and not a.conj(i) and a.n[prev] in words_of("أن وأن"):
            return True  # "من الصعب أن يعلن": not (yet) said, like the future
        if prev is not None and cw.form == "imperfect" and not cw.suffix and a.n[prev] in words_of("ما مما بما") \
                and nxt in words_of("إلى الى على عن"):
            return True  # "لم يصدر عن النيابة ما يشير إلى التهم": what indicates, no one speaking
        if prev is not None and cw.form == "perfect" and not a.conj(i) and cues.match(a.ch(prev)) is not None \
                and cues.match(a.ch(prev)).form != "noun":
            return True  # "مؤكدا رفض عائلته": the object of a cue is its verbal noun
        if cw.form == "perfect" and cw.number == "pl" and norm(a.ch(i)).endswith("ا") and not a.conj(i) \
                and (nxt.startswith("لل") or a.lam(i + 1)):
            return True  # "لتصعيد الكفاح رفضا للقرار": in rejection of, the verbal noun
        if cw.lemma == "اعتبر" and cw.form == "imperfect" and prev is not None and a.n[prev] in RELATIVES:
            return True  # "قواعد المنشأ" التي تعتبر "أساس الاتفاقية": which is considered, a passive
        if cw.form == "perfect" and cw.number == "sg" and not a.conj(i) and prev is not None and a.is_word(prev) \
                and not a.definite(prev) and a.mention_of[prev] is None and len(a.n[prev]) > 4 \
                and a.n[prev].endswith(("ين", "ون")) and a.toks[prev].start != a.sent_start[i]:
            return True  # "ضحايا مدنيين جدد": after a plural noun a singular verb's spelling is an adjective
        if a.considered(i):
            return True  # "عدم حضور الحوثيين … يعتبر دليلا على": is considered (passive)
        if cw.lemma == "تابع" and not a.conj(i) and (nxt[:1] == "ل" or a.prep_clitic(i + 1)):
            return True  # "لمكتب تابع للمكتب الاتحادي": affiliated, the adjective
        if nxt in words_of("عنه عنها عنهم به بها بهم") and not a.conj(i):
            return True  # "جولة تمويل أعلنت عنها ماجيك ليب": a relative clause on what comes before
        if cw.form == "participle" and prev is not None and a.is_word(prev) and a.mention_of[prev] is None \
                and not a.definite(prev) and not cues.match(a.ch(prev)) and a.n[prev] not in FUNCTION \
                and a.n[prev] not in ADVERBS and not a.prep_clitic(prev) \
                and not (is_complementizer(a.ch(i + 1)) or nxt in words_of("إلى الى من على عن") or a.ch(i + 1) in ":"
                         or i + 1 < len(a.toks) and a.quote_opening(i + 1) is not None):
            return True  # "معلومات معلنة معروفة": after an indefinite noun, an adjective
        return False

    def _what_is_denied(self, i: int, cw: CueWord) -> bool:
        """"اتهمت تركيا غولن بأنه …، وهو ما ينفيه"، "…، وهو ما تنفيه موسكو": ما takes up the clause before
        the comma; the one who denies is the subject after the verb, or the one that clause is about."""
        a = self.a
        j = i - 1
        if not cw.suffix or cw.suffix not in ("ه", "ها") or cw.stance not in ("deny", "reject") or j < 2 \
                or a.n[j] != "ما" or a.n[j - 1] not in words_of("وهو وهي وهذا وهذه") or not a.in_sentence(j, i):
            return False  # not "ما وصفه بـ": what he described as
        j -= 2
        if j < 1 or a.ch(j) not in "،," or not a.in_sentence(j, i):
            return False
        before = a.toks[j].start
        prior = next((f for f in reversed(self.found) if a.sent_start[i] <= f.content[0] and f.content[1] <= before),
                     None)
        s, e = prior.content if prior is not None else (a.sent_start[i], stripped_end(a.text, a.sent_start[i], before))
        speaker, explicit = None, False
        sub = self.subject(i + 1, i)
        if sub is not None and (a.mention_of[i + 1] is not None or self._can_be_source(sub[0])):
            speaker, explicit = sub[0], True
        elif prior is not None:
            # the accused denies: the first name in the accusation ("غولن بأنه …")
            x = a.start_idx.get(s)
            m = a.mention_of[x] if x is not None else None
            if m is not None and m.start == s and a.entities[m.entity].type in ("PER", "ORG", "LOC"):
                named = self._named(m, m.start, m.end)
                speaker = Source(named.entity, None, None, None, named.gender, named.number)
        if speaker is None:
            speaker = self._implicit(i, cw.gender, cw.number)
        tok = a.toks[i]
        self._add(_Found((tok.start, tok.end, cw.stance), speaker, explicit, (s, e), "indirect"), i, cw)
        return True

    def _resumptive(self, i: int, cw: CueWord, speaker: Source) -> None:
        a = self.a
        j = i - 2
        first = j
        while first - 1 >= 0 and j - first < 3 and a.in_sentence(first - 1, i) and a.is_word(first - 1) \
                and a.definite(first - 1):
            first -= 1
        if not a.is_word(j) or not a.definite(first) or not a.in_sentence(first, i):
            return
        s, e = a.toks[first].start, a.toks[j].end
        self._add(_Found((a.toks[i].start, a.toks[i].end, cw.stance), speaker, True, (s, e), "indirect"), i, cw)

    def _conviction(self, j: int, speaker: Source | None) -> bool:
        a = self.a
        m = a.mention_of[j]
        if m is not None and a.entities[m.entity].type == "PER":
            return True
        head = norm((speaker.text or "").split()[0]) if speaker is not None and speaker.text else ""
        return head.removeprefix("ال") in words_of("محكمة محكمه قاض قاضي هيئة قضاء")

    def _postposed(self, i: int, cw: CueWord, speaker: Source | None) -> None:
        """"…، كما أفاد وكيل الدفاع عنه": an attribution after the clause it reports."""
        a = self.a
        if i < 2 or a.n[i - 1] not in words_of("كما وكما حسبما") or a.ch(i - 2) not in "،," or speaker is None:
            return
        s = a.sent_start[i]
        e = stripped_end(a.text, s, a.toks[i - 2].start)
        if e - s < 10:
            return
        kind = "mixed" if any(c in quotes.MARKS for c in a.text[s:e]) else "indirect"
        self._add(_Found((a.toks[i].start, a.toks[i].end, cw.stance), speaker, True, (s, e), kind), i, cw)

    def _relay(self, i: int) -> None:
        """"نقلت X عن Y قوله إن …": speaker Y, addressee X; a second record for the relaying medium."""
        a = self.a
        p = i - 1
        if p >= 0 and a.in_sentence(p, i) and a.is_word(p) and a.mention_of[p] is None and not a.definite(p) \
                and a.n[p] not in FUNCTION | LEFT_SKIP | RELATIVES | ADVERBS and not cues.match(a.ch(p)) \
                and a.n[i] == a.ch(i):
            return  # "خط نقل بحري": a noun in construct, not the verb
        sub = self.subject(i + 1, i)
        if sub is None:
            return
        medium, k = sub
        while k < len(a.toks) and a.in_sentence(k, i):
            if a.n[k] in ADVERBS or a.ch(k) in "،," or a.n[k] in words_of("للأنباء الإخبارية") \
                    or a.definite(k) and nisba(a.n[k]):
                k += 1  # "وكالة "خبر" للأنباء"، "صحيفة "وول ستريت جورنال" الأمريكية عن": the name goes on
            elif self._skip_parenthesis(k, i) > k:
                k = self._skip_parenthesis(k, i)  # "وكالة الأنباء السورية الرسمية (سانا) عن"
            else:
                break
        attributed = a.n[i].lstrip("وف").endswith(("نسب", "نسبت")) and k < len(a.toks) and a.in_sentence(k, i) \
            and (a.lam(k) or a.n[k] in ("إلى", "الى"))
        if a.n[k:k + 2] == [norm("على"), norm("لسان")]:
            k += 1  # "ونقلت الوكالة على لسان بهرام قاسمي قوله": like "عن"
        if k < len(a.toks) and (a.n[k] in ("عن", norm("لسان")) or attributed):
            src = self.subject(k + 1, i) if not attributed or not a.lam(k) else self._attributed_to(k, i)
            if src is None:
                return
            source, k2 = src
            noun = next((x for x in range(k + 2, min(k2 + 8, len(a.toks)))
                         if a.in_sentence(x, i) and cues.match(a.ch(x)) and cues.match(a.ch(x)).form == "noun"), None)
            if noun is not None and noun != k2 and source.entity is None:
                # the source phrase runs up to the relay noun: "عن مصدر مقرب من تحقيق الأمن قوله"
                # (not over an aside: "عن ولي العهد السعودي، الذي يزور الولايات المتحدة، قوله")
                stop = next((x for x in range(k + 1, noun) if a.ch(x) in "،,"), noun)
                end = a.toks[stop - 1].end
                source = Source(None, a.text[source.start:end], source.start, end, source.gender, source.number)
            found = self.reported(noun + 1 if noun is not None else k2, i, None, "say")
            if found is None:
                return
            _, (s, e, kind, runs_on) = found
            cue_tok = a.toks[noun] if noun is not None else a.toks[i]
            if noun is not None:
                self.used.add(noun)
            med_span = (medium.start, medium.end)
            # D2: the original source speaks; the relaying medium is the addressee
            primary = _Found((cue_tok.start, cue_tok.end, "assert"), source, True, (s, e), kind, med_span, runs_on)
            self._add(primary, noun if noun is not None else i, None)
            # a later "وأضافت" may take up the medium: it is a source of the text too
            self.salience.note(a.toks[i].start, medium)
            return
        found = self.reported(k, i, None, "say")  # without "عن" only what was said: "نقلت الميليشيات جثثا" moves things
        if found is not None:
            addressee, (s, e, kind, runs_on) = found
            self._add(_Found((a.toks[i].start, a.toks[i].end, "assert"), medium, True, (s, e), kind, addressee,
                             runs_on), i, None)

    def _came_in(self, i: int) -> None:
        """"وجاء في البيان أن …"، "وورد في التقرير: …": what a statement or report says, its issuer says."""
        a = self.a
        sub = self.subject(i + 2, i)
        if sub is None or not sub[0].text or head_noun(sub[0].text.split()[0]) not in STATEMENT_NOUNS | SOURCE_HEADS:
            return  # "وجاء في المرتبة الثانية": not a text
        found = self.reported(sub[1], i, None, "say")
        if found is None:
            return
        addressee, (s, e, kind, runs_on) = found
        tok = a.toks[i]
        self._add(_Found((tok.start, tok.end, "assert"), sub[0], True, (s, e), kind, addressee, runs_on), i, None)

    def _attributed_to(self, k: int, i: int) -> tuple[Source, int] | None:
        """"نسبت الوكالة لأحد شهود العيان قوله": the source after لـ, up to the relay noun."""
        a = self.a
        noun = next((x for x in range(k + 1, min(k + 8, len(a.toks))) if a.in_sentence(x, i) and cues.match(a.ch(x))
                     and cues.match(a.ch(x)).form == "noun"), None)
        if noun is None or a.n[k].startswith("لل"):
            return None  # "للمسؤول": the bare "المسؤول" is not in the text
        m = a.mention_of[k]
        if m is not None and a.mention_end(k) == noun - 1:
            return self._named(m, m.start, m.end), noun
        start, end = a.toks[k].start + 1, a.toks[noun - 1].end
        g, n = nominal_agreement(a.text[start:end])
        return Source(None, a.text[start:end], start, end, g, n), noun

    def _source(self, i: int) -> None:
        """"بحسب X"، "وفقا لـ X"، "حسبما ذكرت X": X is the source of the clause around it."""
        a = self.a
        k = i + 1
        # skip "لـ"، "لما"، "ما"، "عن" and a verb of saying with its pronoun ("حسب ما أفادت به")
        for _ in range(4):
            if k >= len(a.toks):
                return
            w = a.n[k]
            if w in words_of("ل لما ما عن به بها ذلك له لها إليه إليها عنه عنها") or saying(a.ch(k)) \
                    or w in words_of("نشر نشرت نشره نشرته نشرها"):  # "وفقا لما نشره الاتحاد": what it published
                self.used.add(k)  # "حسب ما أعلنه": the verb is part of this cue
                k += 1
            else:
                break
        sub = self.subject(k, i)
        if sub is None and a.n[k].startswith("ل") and a.mention_of[k] is not None:  # "وفقا لرويترز"
            m = a.mention_of[k]
            sub = self._named(m, m.start, m.end), a.mention_end(k) + 1
        elif sub is None and a.lam(k) and not a.n[k].startswith("لل") and a.mention_of[k] is None:
            # "وفقا لمسؤول بوزارة الدفاع الأمريكية": the source after لـ, up to the comma or the sentence end
            end = next((x for x in range(k + 1, min(k + 8, len(a.toks)))
                        if not a.in_sentence(x, i) or a.ch(x) in "،,.:" or is_complementizer(a.ch(x))
                        or cues.match(a.ch(x)) or a.n[x] in RELATIVES), k + 1)
            start, stop = a.toks[k].start + 1, a.toks[end - 1].end
            g, n = nominal_agreement(a.text[start:stop])
            sub = Source(None, a.text[start:stop], start, stop, g, n), end
        if sub is None:
            return
        source, after = sub
        if not self._can_be_source(source):
            return  # "وفقا للقانون الدولي"، "بحسب الاتفاق": according to a text, not a source
        first = a.sent_start[i]
        cue_start = a.toks[i].start
        before_words = sum(1 for y in range(a.start_idx.get(first, i), i) if a.is_word(y))
        x = after
        q = a.quote_opening(x) if x < len(a.toks) else None
        if q is not None and q.closed and len(a.text[q.open:q.close].split()) <= 2 \
                and (self._words_after(q.close, i) >= 3 or before_words >= 3):
            # a quoted name: "بحسب صحيفة "الشرق الأوسط""، "…، وفقا لوكالة الأنباء الإماراتية "وام"."
            x = after = a.start_idx.get(q.close, x) + 1
        # the source phrase runs to the next comma or colon: "حسبما قالت قناة الميادين اللبنانية ونقلت …،"
        y = x
        while y < len(a.toks) and a.in_sentence(y, i) and y - x < 8 and a.ch(y) not in "،,:" \
                and not is_complementizer(a.ch(y)) \
                and not (a.quote_opening(y) is not None and all(a.definite(z) for z in range(x, y))):
            y += 1  # "حسبما نقلت وكالة وفا الفلسطينية "…"": the name's adjectives, then the quote
        if y < len(a.toks) and a.in_sentence(y, i) and a.quote_opening(y) is not None and y > x:
            x = y
        elif y < len(a.toks) and a.in_sentence(y, i) and a.ch(y) in "،,:" and y > x:
            if source.entity is None and a.ch(y) in "،," and cue_start - first <= 2:
                # "وبحسب دراسة لمعهد صناديق الثروة السيادية، يحل …": the whole phrase names the source
                source = Source(None, a.text[source.start:a.toks[y - 1].end], source.start, a.toks[y - 1].end,
                                source.gender, source.number)
            x = y
        while x < len(a.toks) and a.in_sentence(x, i) and a.ch(x) in "،,":
            x += 1
        if x < len(a.toks) and a.in_sentence(x, i) and (a.ch(x) == ":" or a.quote_opening(x) is not None):
            got = self.content("colon" if a.ch(x) == ":" else "quote", x, i)  # "حسبما نقلت وفا: "…""
            if got is not None:
                s, e, kind, runs_on = got
                self._add(_Found((a.toks[i].start, a.toks[i].end, "assert"), source, True, (s, e), kind, None,
                                 runs_on), i, None)
            return
        if x < len(a.toks) and a.in_sentence(x, i) and is_complementizer(a.ch(x)) and x > after \
                and self._words_after(a.toks[x].end, i) >= 3:
            # "…، الذي قال، طبقا لمصادر اطلعت على التقارير، إن صاروخ "أفانغارد" …": the clause after إن
            s = a.toks[x + 1].start
            e = self._clause_end(s, i)
        elif 0 < before_words <= 5 and x > after and self._words_after(a.toks[x - 1].end, i) >= 3:
            # a parenthetical source: "كما يتضمن الاتفاق، حسبما قالت قناة الميادين، إقامة خط …"
            s = a.toks[x].start
            e = self._clause_end(s, i)
        elif cue_start - first <= 2:  # "بحسب X، فإن …" / "وبحسب X، قتل …"
            after = max(after, x)
            while after < len(a.toks) and a.in_sentence(after, i) and (a.ch(after) in "،," or a.n[after] in ("فان",)
                                                                       or is_complementizer(a.ch(after))):
                after += 1
            if after >= len(a.toks) or not a.in_sentence(after, i) or self._is_cue_start(after):
                return  # "وبحسب ما ذكر موقع النادي، أكد يوسف …": the report that follows carries it
            s = a.toks[after].start
            e = self._clause_end(s, i)
        elif before_words <= 2 and a.ch(i - 1) not in "،," and self._words_after(a.toks[after - 1].end, i) >= 3:
            # "ويصعب بحسب الدراسة تحديد الأسباب": the clause goes on after the source
            s = a.toks[after].start
            e = self._clause_end(s, i)
        else:  # "… قتل 10 أشخاص، بحسب X"; "…، فيما دارت اشتباكات …، حسب ما أعلنه X"
            s = first
            for x in range(i - 1, a.start_idx.get(first, i) - 1, -1):
                if a.n[x] in CLAUSE_OPENERS:
                    s = a.toks[x + 1].start if x + 1 < i else first
                    break
            e = stripped_end(a.text, s, cue_start)
        if e <= s:
            return
        body = a.text[s:e]
        kind = "mixed" if any(c in quotes.MARKS for c in body) else "indirect"
        self._add(_Found((a.toks[i].start, a.toks[i].end, "assert"), source, True, (s, e), kind), i, None)

    def _colon(self, i: int) -> None:
        """Headline and caption attributions: "ماكرون: …" (a topic before the colon is not a source)."""
        a = self.a
        p_start, p_end, kind = a.para_of[i]
        first = a.start_idx.get(p_start)
        if first is None or i - first > 5 or i == first:
            return
        ends_with_stop = a.text[p_start:p_end].rstrip()[-1:] in ".!؟?"
        if kind == "body" and ends_with_stop:
            return
        if any(cues.match(a.ch(x)) for x in range(first, i)):
            return  # "وقال الجبير: …" is the verb's statement
        ms = [a.mention_of[x] for x in range(first, i) if a.mention_of[x] is not None]
        named = [m for m in ms if a.entities[m.entity].type in ("PER", "ORG")]
        m = named[-1] if named else None
        if m is None:
            if head_noun(a.n[first]) not in HUMAN_HEADS or a.mention_of[first] is not None:
                return  # "أزمة الخليج: …": a topic
            # "مسؤول تركي لـCNN: …"، "سفير الإمارات بالسعودية: …": a source described, up to its addressee
            end = next((x for x in range(first + 1, i) if a.lam(x) or a.prep_clitic(x) or a.n[x] == "ل"), i)
            phrase_end = a.toks[end - 1].end
            g, n = nominal_agreement(a.text[p_start:phrase_end])
            speaker = Source(None, a.text[p_start:phrase_end], p_start, phrase_end, g, n)
        elif a.mention_of[first] is not None and a.entities[a.mention_of[first].entity].type in ("PER", "ORG"):
            m = a.mention_of[first]  # "هادي من عدن: …"
            speaker = self._named(m, m.start, m.end)
        elif a.mention_of[first] is m and a.mention_end(first) == i - 1:
            speaker = self._named(m, m.start, m.end)
        elif a.entities[m.entity].type == "PER" and a.mention_end(a.start_idx.get(m.start, i - 1)) == i - 1:
            speaker = self._named(m, a.toks[first].start, m.end)
        else:
            phrase_end = a.toks[i - 1].end
            g, n = nominal_agreement(a.text[p_start:phrase_end])
            speaker = Source(None, a.text[p_start:phrase_end], p_start, phrase_end, g, n)
        got = self.content("colon", i, i)
        if got is None:
            return
        s, e, kind2, runs_on = got
        if kind2 == "indirect" or kind2 == "mixed":
            kind2 = "direct" if not any(c in quotes.MARKS for c in a.text[s:e]) else "mixed"
        # a related-article line ("اليونيسيف: …" inside the body) is no antecedent for the next "وأضاف"
        self._add(_Found((a.toks[i].start, a.toks[i].end, "assert"), speaker, True, (s, e), kind2, None, runs_on),
                  i, None, salient=kind == "headline")


def _promoted(sp: Source, ex: _Extractor, promoter: Promoter) -> str | None:
    """The entity of a name-shaped speaker the entity step lacks: a name NER missed, an outlet."""
    if sp.entity is not None and sp.entity.startswith(f"{PSEUDO}name:"):
        pseudo = ex.a.entities[sp.entity]
        start = int(sp.entity.split(":")[1])
        title = ex.a.text[sp.start:start].strip(" ،,") if sp.start is not None and sp.start < start else None
        return promoter.entity("PER", start, start + len(pseudo.name), title or None)
    if sp.entity is None and sp.text and sp.start is not None:
        after = [norm(w.strip("،,.:؛\"»”")) for w in ex.a.text[sp.end:sp.end + 30].split()]
        if after and after[0].startswith("ال") and not after[0].endswith(("ية", "يه", "ي")) \
                and sp.text.rstrip()[-1:] not in "\"»”":
            return None  # the phrase stopped inside the name ("جريدة أخبار" of "أخبار اليوم")
        span = outlet_name(sp.text)
        if span is not None:
            return promoter.entity("ORG", sp.start + span[0], sp.start + span[1])
    return None


def annotate(doc: Document) -> Document:
    ex = _Extractor(doc)
    found = ex.run()
    promoter = Promoter(doc)
    out: list[Statement] = []
    text = doc.text
    for g in found:
        sp = g.speaker
        speaker = Speaker(None)
        if sp is not None:
            entity = _promoted(sp, ex, promoter)
            if entity is None:
                entity = None if sp.entity is None or sp.entity.startswith(PSEUDO) else sp.entity
            speaker = Speaker(entity, sp.text if sp.start is not None else None, sp.start, sp.end)
        cs, ce, stance = g.cue
        out.append(Statement(
            id=f"S{len(out) + 1}", speaker=speaker, cue=Cue(cs, ce, text[cs:ce], stance),
            content=Span(g.content[0], g.content[1], text[g.content[0]:g.content[1]]), kind=g.kind,
            addressee=Span(g.addressee[0], g.addressee[1], text[g.addressee[0]:g.addressee[1]])
            if g.addressee else None, continues=g.continues))
    doc.statements = out
    return doc
