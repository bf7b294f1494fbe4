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

from ..document import Cue, Document, Entity, Mention, Span, Speaker, Statement
from . import cues, quotes
from .cues import CueWord, is_complementizer, norm
from .speakers import Salience, Source, entity_gender, nominal_agreement

PSEUDO = "~"  # id prefix of the stand-in entities of unresolved mentions
_N = lambda words: {norm(w) for w in words.split()}  # noqa: E731

ADVERBS = _N("أيضا وأيضا كذلك مجددا مجدداً سابقا لاحقا الآن اليوم أمس غدا الليلة مساء صباح ظهر عصر الأحد "
             "الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت قد ولقد لقد كان كانت بدوره بدورها "
             "بدورهم صراحة رسميا علنا يوم مؤخرا بالقول")
TIME_AFTER_FI = _N("وقت وقت وقتٍ الوقت نفس ذات")
MEDIUM_NOUNS = _N("مقابلة حديث بيان تصريح تصريحات تصريحه تصريحها تغريدة تغريدات رسالة كلمة مؤتمر لقاء خطاب "
                  "تعليق تعليقات مقال منشور حوار إفادة شهادة برنامج جلسة اجتماع بيانه بيانها كلمته كلمتها "
                  "مداخلة تسجيل فيديو صفحته صفحتها حسابه حسابها موقع")
MEDIUM_PREPS = _N("في خلال عبر أثناء وفي وخلال")
FUNCTION = _N("في من إلى الى على عن مع بين حول خلال بعد قبل منذ حتى عند لدى ضد نحو أن إن لا لم لن ما ماذا "
              "هذا هذه ذلك تلك هو هي هم هما هن كل بعض أي التي الذي الذين اللذين اللتين اللاتي و أو ثم "
              "لكن لكنه لكنها لكنهم ولكن ولكنه ولكنها بل كما بينما إذا إذ لو قد وقد كان كانت وكان وكانت "
              "عليه عليها عليهم له لها لهم به بها بهم فيه فيها منه منها عنه عنها إنه إنها أنه أنها "
              "ليس ليست غير سوى هناك هنا حيث كيف متى أين لماذا الذي")
RELATIVES = _N("التي الذي الذين اللذين اللتين اللاتي اللائي اللواتي")
PRONOUN_SUBJECTS = {norm(w): (g, n) for w, g, n in (
    ("لكنه", "m", "sg"), ("لكنها", "f", "sg"), ("لكنهم", "m", "pl"), ("ولكنه", "m", "sg"),
    ("ولكنها", "f", "sg"), ("ولكنهم", "m", "pl"), ("إنه", "m", "sg"), ("إنها", "f", "sg"),
    ("فإنه", "m", "sg"), ("فإنها", "f", "sg"), ("هو", "m", "sg"), ("وهو", "m", "sg"), ("هي", "f", "sg"),
    ("وهي", "f", "sg"), ("هم", "m", "pl"), ("وهم", "m", "pl"))}
LEFT_SKIP = _N("قد وقد لقد ولقد لا ولا لم ولم لن تزال يزال تزل يزل زال زالت ما وما أيضا كذلك بدوره بدورها "
               "بدورهم فقط أمس الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت اليوم")
CLAUSE_BREAKS = _N("لكن لكنه لكنها لكنهم ولكن ولكنه ولكنها ولكنهم فيما بينما كما وكما ثم")
SOURCE_CUES = {norm(w): w for w in ("بحسب", "وبحسب", "حسب", "وحسب", "حسبما", "وحسبما", "بحسبما", "وبحسبما",
                                     "وفقا", "ووفقا", "وفق", "ووفق", "طبقا", "وطبقا", "نقلا")}
STANCE_NOUNS = {norm(w): s for w, s in (
    ("أمله", "hope"), ("أملها", "hope"), ("أملهم", "hope"), ("الأمل", "hope"), ("أمل", "hope"),
    ("أسفه", "regret"), ("أسفها", "regret"), ("الأسف", "regret"), ("أسف", "regret"), ("ندمه", "regret"),
    ("قلقه", "warn"), ("قلقها", "warn"), ("القلق", "warn"), ("مخاوف", "warn"), ("مخاوفه", "warn"),
    ("رفضه", "reject"), ("رفضها", "reject"), ("رفضهم", "reject"), ("إدانته", "accuse"), ("إدانتها", "accuse"),
    ("استنكاره", "accuse"), ("غضبه", "accuse"), ("استيائه", "accuse"), ("دعمه", "other"), ("تأييده", "other"),
    ("ترحيبه", "other"), ("ترحيبها", "other"), ("شكره", "other"), ("تفاؤله", "hope"), ("ثقته", "assert"))}
B_CONTENT = {"أفاد", "أقر", "اعترف", "صرح", "أبلغ", "طالب", "ندد", "ناشد", "اتهم", "حذر", "نوه", "أشاد", "تعهد",
             "وعد", "هدد", "توعد"}


@dataclass
class _Found:
    cue: tuple[int, int, str]  # start, end, stance
    speaker: Source | None
    explicit: bool
    content: tuple[int, int]
    kind: str
    addressee: tuple[int, int] | None = None
    continues: bool = False


class _Article:
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
        return self.toks[i].text if 0 <= i < len(self.toks) else ""

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
        w = self.n[i]
        return w[:1] in "وف" and cues.match(w[1:]) is not None

    def lam(self, i: int) -> bool:
        """Whether token i starts with the preposition لـ ("لوسائل"، "للصحفيين"; not "لجنة")."""
        w = self.n[i]
        if len(w) <= 3 or w[:1] != "ل":
            return False
        return self.proclitic(i)[:1] == "ل" or w not in _L_NOUNS

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

    def in_sentence(self, i: int, ref: int) -> bool:
        return 0 <= i < len(self.toks) and self.sent_start[i] == self.sent_start[ref]


def _stripped_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".،,:؛;!-–—"):
        end -= 1
    return end


class _Extractor:
    def __init__(self, doc: Document):
        self.a = _Article(doc)
        self.found: list[_Found] = []
        self.used: set[int] = set()  # cue tokens already consumed (relay nouns, participles)
        self.salience = Salience({})

    # ---- subjects -------------------------------------------------------------------------------
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
            if a.ch(k) in "،," and ent.type == "PER":
                k = self._skip_apposition(k, ref)
            else:
                app = self._apposition(k, ref)
                if app is not None:
                    m2, k = app
                    src = self._named(m2, m.start, m2.end)
            return src, k
        if nj in _N("هذه هذا هؤلاء") and j + 1 < len(a.toks) and a.definite(j + 1):
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
        if nj in _N("كل أحد بعض") and j + 1 < len(a.toks) and a.is_word(j + 1) and a.n[j + 1] not in FUNCTION:
            nj = "quantifier"  # "كل طرف"، "أحد سكان الغوطة"، "بعض المعلقين"
        if nj in FUNCTION or nj in ADVERBS or is_complementizer(a.ch(j)) or cues.match(a.ch(j)) \
                or nj in SOURCE_CUES or a.lam(j) or len(nj) < 2:
            return None
        surname = self._surname(j)
        if surname is not None:  # "وأشار خليل" after "علي حسن خليل"
            return surname, j + 1
        # a nominal phrase: head + adjectives / idafa / a prepositional tail after an indefinite head
        k, last_def, after_bism, seen_nisba = j + 1, nj.startswith("ال"), False, False
        if nj == "كل" and k < len(a.toks) and a.is_word(k) and not a.definite(k) and a.mention_of[k] is None:
            start, end = a.toks[j].start, a.toks[k].end  # "واتهم كل طرف الطرف الآخر": "كل طرف" is whole
            g, n = nominal_agreement(a.text[start:end])
            return Source(None, a.text[start:end], start, end, g, n), k + 1
        while k < len(a.toks) and a.in_sentence(k, ref) and k - j < 16:
            w, m = a.n[k], a.mention_of[k]
            if m is not None:
                if a.prefixed(k) and a.ch(k - 1) not in ("في", "من"):
                    break  # "مسؤول أمريكي لرويترز": the addressee starts
                if a.entities[m.entity].type == "PER" and after_bism and a.mention_of[k - 1] is not None:
                    # "المتحدثة باسم وزارة الخارجية الأمريكية هيذر ناورت": the name after the party
                    return self._named(m, a.toks[j].start, m.end), self._skip_apposition(a.mention_end(k) + 1, ref)
                if a.entities[m.entity].type == "PER" and a.definite(k - 1) and k - 1 >= j \
                        and not after_bism:
                    # a title before the name: "المدعي كرسبين أيلت"، "الرئيس السوري بشار الأسد"
                    return self._named(m, a.toks[j].start, m.end), self._skip_apposition(a.mention_end(k) + 1, ref)
                if last_def and a.ch(k - 1) not in ("في", "من") and not a.n[k - 1].startswith(("ال", "ب")):
                    break
                k = a.mention_end(k) + 1
                last_def = True
                continue
            if not a.is_word(k) or is_complementizer(a.ch(k)) or cues.match(a.ch(k)) or w in ADVERBS \
                    or w in SOURCE_CUES or w in RELATIVES:
                break
            if w in ("في", "من", "باسم") and (not last_def or w == "باسم") and k + 1 < len(a.toks) \
                    and a.in_sentence(k + 1, ref) and (a.mention_of[k + 1] is not None or a.is_word(k + 1)
                                                      and a.n[k + 1] not in FUNCTION and not a.prep_clitic(k + 1)):
                after_bism = after_bism or w == "باسم"  # "المتحدث باسم الرئيس": the party spoken for
                k += 1
                continue
            if a.ch(k) == "#" and k + 1 < len(a.toks) and a.is_word(k + 1):
                k += 1  # "قوات #الجيش_اليمني"
                continue
            if seen_nisba and a.definite(k) and not _nisba(w) and a.mention_of[k] is None:
                break  # "وسائل الإعلام الإسبانية الأسلوب المتحفظ": the object starts
            if w.startswith("ال") and w not in FUNCTION or last_def and w in _N("ذاته ذاتها نفسه نفسها ذاتهم"):
                seen_nisba = seen_nisba or _nisba(w)
                last_def = True
                k += 1
                continue
            if not last_def and (w.endswith(("ي", "ية", "يون", "يين")) and w not in FUNCTION) and k == j + 1 \
                    and not a.prep_clitic(k) and w[:1] not in "لب":
                k += 1  # "مسؤول أمريكي"، "مصادر أمنية"
                continue
            if not last_def and w not in FUNCTION and w[:1] not in "وفبلك" and k - j < 4 \
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
            if w.startswith("و") and len(w) > 3 and w[1:] in _HEAD_NOUNS:
                k += 1  # "مصادر في المعارضة وتقارير صحفية"
                last_def = False
                continue
            break
        start, end = a.toks[j].start, a.toks[k - 1].end
        app = self._apposition(k, ref) or (None if after_bism else self._name_after_title(k, ref))
        if app is None and (a.n[j].removeprefix("ال") in _HUMAN_HEADS or a.n[j] in _TITLES):
            app = self._untagged_name(k, ref, after_title=k == j + 1 and a.n[j] in _TITLES)
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
                    return m, self._skip_apposition(a.mention_end(x + 1) + 1, ref)
                return None
        return None

    def _surname(self, j: int) -> Source | None:
        """A bare last name of a person named earlier in full, when NER did not tag it."""
        a = self.a
        w = a.n[j]
        if len(w) < 3 or a.definite(j) or w in FUNCTION or w in _HUMAN_HEADS:
            return None
        for m in reversed(a.mentions):
            if m.end > a.toks[j].start:
                continue
            ent = a.entities[m.entity]
            words = ent.name.split()
            if ent.type == "PER" and len(words) > 1 and norm(words[-1]) == w:
                t = a.toks[j]
                return Source(ent.id, t.text, t.start, t.end, self.salience.gender_of.get(ent.id) or "m", "sg")
        return None

    def _issuer(self, j: int, k: int, start: int, end: int) -> Source | None:
        """"تقرير الصحيفة"، "وحسب البيان": a statement speaks for whoever issued it."""
        a = self.a
        head = a.n[j].removeprefix("ال")
        if head not in _STATEMENT_NOUNS:
            return None
        phrase = a.text[start:end]
        if k > j + 1:
            m = a.mention_of[j + 1]
            if m is not None:
                owner = self._named(m, start, end)
                return Source(owner.entity, phrase, start, end, owner.gender, owner.number)
            if a.definite(j + 1):
                ref = self._definite_reference(a.ch(j + 1), a.toks[j + 1].start, a.toks[j + 1].end)
                if ref is not None:
                    return Source(ref.entity, phrase, start, end, ref.gender, ref.number)
            return None
        if not a.definite(j):
            return None
        for pos, src in reversed(self.salience.speakers):
            if start - pos > 1500:
                break
            if src.entity is not None and not src.entity.startswith(PSEUDO) \
                    and a.entities[src.entity].type in ("ORG", "PER"):
                return Source(src.entity, phrase, start, end, src.gender, src.number)
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
        x = c
        while x < len(a.toks) and x - c < 3 and a.is_word(x) and a.mention_of[x] is None \
                and not a.n[x].startswith("ال") and a.n[x] not in FUNCTION and not cues.match(a.ch(x)) \
                and a.n[x] not in _HUMAN_HEADS and a.n[x] not in ADVERBS and not is_complementizer(a.ch(x)) \
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
                                        or a.proclitic(x) in ("ب", "ل", "لل")):
                return None
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
            if len(words) == 1 and src.entity is None and src.text \
                    and norm(src.text.split()[0]).removeprefix("ال") == bare:
                return src
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
        for j in range(k + 1, min(len(a.toks), k + 14)):
            if not a.in_sentence(j, ref) or is_complementizer(a.ch(j)) or a.quote_opening(j) or a.ch(j) == ":":
                return k
            if a.ch(j) in "،,":
                return j + 1
        return k

    def left_subject(self, i: int) -> tuple[Source | None, tuple[str, str] | None]:
        """Subject-first order: an entity or noun phrase right before the cue, or a pronoun (لكنه)."""
        a = self.a
        end = self._before_anonymity(i)
        after_comp = self._subject_after_complementizer(i, end)
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
                        and not a.definite(first - 1) and a.n[first - 1] not in FUNCTION \
                        and not a.prep_clitic(first - 1) and not cues.match(a.ch(first - 1)):
                    first -= 1  # the construct head
                start, end = a.toks[first].start, a.toks[j].end
                g, n = nominal_agreement(a.text[start:end])
                if a.n[j + 1] in _N("الذين اللذين اللتين اللاتي"):
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
            if not relative and (a.prefixed(first) or before in _PREPOSITIONS):
                return None, None  # "في موسكو قال": a place, not the subject
            head = first
            while head - 1 >= 0 and first - head < 3 and a.in_sentence(head - 1, i) and a.is_word(head - 1) \
                    and a.mention_of[head - 1] is None and not a.definite(head - 1) \
                    and a.n[head - 1] not in FUNCTION and a.n[head - 1] not in LEFT_SKIP \
                    and not cues.match(a.ch(head - 1)) and not a.prep_clitic(head - 1):
                head -= 1  # a title in construct before the name: "رئيس وزراء تونس يتهم"، "مستشار ترمب يقول"
            if head < first and a.entities[m.entity].type != "PER":
                phrase = a.text[a.toks[head].start:m.end]
                eid = self._title_entity(phrase)
                if eid:
                    ent = a.entities[eid]
                    return Source(eid, phrase, a.toks[head].start, m.end,
                                  self.salience.gender_of.get(eid) or entity_gender(ent), "sg"), None
                g, n = nominal_agreement(phrase)
                return Source(None, phrase, a.toks[head].start, m.end, g, n), None
            return self._named(m, m.start, m.end), None
        bare = a.n[j][2:] if a.definite(j) else ""
        if bare in _HUMAN_HEADS and a.mention_of[j] is None:
            # a definite source noun right before the verb: "إن السلطات أعلنت"، "لكن الحكومة نفت"
            t = a.toks[j]
            g, n = nominal_agreement(t.text)
            return Source(None, t.text, t.start, t.end, g, n), None
        # a short noun phrase opening the sentence: "ناشطون يقولون"، "مصادر أمنية تقول"
        first = j
        while first - 1 >= 0 and a.in_sentence(first - 1, i) and j - first < 3 and a.is_word(first - 1):
            first -= 1
        if a.toks[first].start == a.sent_start[i] and all(a.is_word(x) and a.n[x] not in FUNCTION
                                                          for x in range(first, j + 1)):
            w0 = a.n[first]
            head = w0[1:] if w0[:1] in "وف" and w0[1:] in _HUMAN_HEADS else w0
            head = head[2:] if head.startswith("ال") else head
            headline = a.para_of[i][2] in ("headline", "caption") and not a.conj(first)
            if cues.match(a.ch(first)) or head not in _HUMAN_HEADS and not head.endswith(("ون", "يون")) \
                    and not headline:
                return None, None  # "ومضى يقول": a verb, not a subject (a headline opens with its subject)
            start = a.toks[first].start + (1 if w0[:1] in "وف" and w0[1:] in _HEAD_NOUNS else 0)
            phrase = a.text[start:a.toks[j].end]
            g, n = nominal_agreement(phrase)
            return Source(None, phrase, start, a.toks[j].end, g, n), None
        return None, None

    # ---- addressee and content ---------------------------------------------------------------------
    def _addressee_end(self, k: int, ref: int) -> int:
        a = self.a
        j = k + 1
        while j < len(a.toks) and a.in_sentence(j, ref) and j - k < 10:
            w = a.n[j]
            if a.ch(j) in "،,:" or is_complementizer(a.ch(j)) or a.quote_opening(j) is not None \
                    or w in ADVERBS or _reporting(a.ch(j)) or (w in MEDIUM_PREPS and j - k >= 2):
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
        while k < len(a.toks) and a.in_sentence(k, ref) and gap < 20:
            w, t = a.n[k], a.ch(k)
            q = a.quote_opening(k)
            if q is not None and not needs_prep:
                if q.closed and len(a.text[q.open:q.close].split()) <= 2 and (
                        self._opens_later(q.close, ref) or self._words_after(q.close, ref) >= 3 or gap >= 2):
                    # a quoted name ("بموقع التواصل الاجتماعي "فيسبوك"") before the content proper
                    k = a.start_idx.get(q.close, k) + 1
                    gap += 1
                    continue
                return "quote", k, addressee
            if t == ":" and not needs_prep:
                return "colon", k, addressee
            if is_complementizer(t) and a.n[k - 1] not in _NOT_REPORTING_BEFORE and not needs_prep:
                if a.ch(k + 1) == ":":
                    return "colon", k + 1, addressee  # "وقال إن: "…""
                return "comp", k, addressee
            if cw is not None and cw.prep:
                if w == cw.prep:
                    return "prep", k, addressee
            elif frame == "obj" and w in ("إلى", "الى", "من", "على", "عن", "ب") and gap == 0:
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
            if a.lam(k) and w not in FUNCTION and a.is_word(k) and not w.startswith("لكن") \
                    and (a.mention_of[k] is None or a.prefixed(k)):
                e = self._addressee_end(k, ref)
                addressee = addressee or (a.toks[k].start, a.toks[e - 1].end)
                k = e
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
            if _reporting(t) or w in SOURCE_CUES:
                return None
            if frame == "obj" and not needs_prep or (cw is not None and cw.lemma in B_CONTENT and w.startswith("ب")
                                                     and len(w) > 3):
                if w in _N("بسبب جراء نتيجة لأسباب"):
                    return None  # "واتهمت بسبب منشورات": passive, no content of its own
                if (a.is_word(k) or a.mention_of[k] is not None or a.toks[k].kind == "number") \
                        and w not in _NOT_OBJECT_START:
                    return "obj", k, addressee
                if (w in _TIME_PREPS or w in _MANNER) and k + 1 < len(a.toks) and not is_complementizer(a.ch(k + 1)):
                    k += 1  # "أعلن ترامب قبل أسبوعين انسحاب بلاده": the time phrase is not the object
            k += 1
            gap += 1
            if frame == "say" and gap > 18 or frame == "obj" and gap > (14 if needs_prep else 6):
                return None  # too far from the verb to be its content
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
            e2 = _stripped_end(a.text, s, e)
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
                return s, _stripped_end(a.text, s, e), "direct", not q.closed
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
        return _stripped_end(text, start, min(end, len(text)))

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
            if nxt < len(a.toks) and a.n[nxt] in _IMPERSONAL:
                return True  # "…، يعتقد أن …": the reported clause has ended
            return False
        if w in CLAUSE_BREAKS and self._is_cue_start(nxt):
            return True
        cw = cues.match(t)
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
        return bool(cw) and cw.form != "noun"

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

    # ---- cues ----------------------------------------------------------------------------------------
    def run(self) -> list[_Found]:
        a = self.a
        for i, tok in enumerate(a.toks):
            if i in self.used or a.inside_quote(tok.start):
                continue
            if tok.text == ":":
                self._colon(i)
                continue
            if a.n[i] in SOURCE_CUES:
                self._source(i)
                continue
            cw = cues.match(tok.text)
            if cw is None:
                if a.n[i] in _RELAY or a.n[i][1:] in _RELAY and a.n[i][:1] in "وف":
                    self._relay(i)
                continue
            if cw.form == "noun":
                continue  # relay nouns are taken with their relay verb
            if _future(tok.text):
                continue  # the future "سيعلن" reports nothing said yet
            self._verb(i, cw)
        return self.found

    def _add(self, f: _Found, i: int, cw: CueWord | None) -> None:
        if f.speaker is not None:
            if f.explicit and f.speaker.entity and cw is not None and cw.form in ("perfect", "imperfect"):
                self.salience.gender_of.setdefault(f.speaker.entity, cw.gender)
                f.speaker.gender = self.salience.gender_of[f.speaker.entity]
            self.salience.note(self.a.toks[i].start, f.speaker)
        self.found.append(f)

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
        src = self._sentence_subject(i, gender, number) \
            or self.salience.resolve(a.toks[i].start, gender, number, a.mentions, a.entities)
        if src is None:
            return None
        if src.entity is None or src.entity.startswith(PSEUDO):
            # a nominal or unresolved antecedent is only known by its words: keep them
            return src
        return Source(src.entity, None, None, None, src.gender, src.number)

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
            if a.n[start] in _N("رفض طلب مشترطا") and a.in_sentence(start, i) \
                    and any(a.n[x] in _ANONYMOUS for x in range(start + 1, i)) \
                    and all(a.is_word(x) for x in range(start, i)):
                return start
        return i

    def _subject_after_complementizer(self, i: int, end: int) -> Source | None:
        """"على الرغم من أن مسؤولا رفيعا في إدارة ترامب قال إن …": the noun phrase after أن/إن."""
        a = self.a
        for x in range(end - 1, max(-1, end - 10), -1):
            if not a.in_sentence(x, i) or a.ch(x) in "،,.:" or cues.match(a.ch(x)) or a.quote_opening(x):
                return None
            if is_complementizer(a.ch(x)) and a.n[x] in _N("أن إن لأن") and x < end - 1:
                sub = self.subject(x + 1, i)
                if sub is not None and sub[1] == end:
                    return sub[0]
                return None
        return None

    def _statement_noun_clause(self, i: int, cw: CueWord) -> None:
        """"أصدر الوزراء بيانا مشتركا يقول إن …": what the statement says, the issuer says."""
        a = self.a
        if not any(a.n[x].removeprefix("ال").rstrip("ا") in _SOURCE_HEADS for x in (i - 1, i - 2) if x >= 0):
            return
        first = a.start_idx.get(a.sent_start[i])
        if first is None:
            return
        x = first
        while x < i and (a.n[x] in LEFT_SKIP or a.n[x] in _N("وقد لقد")):
            x += 1
        sub = self.subject(x + 1, i) if x < i - 2 and cues.match(a.ch(x)) is None else None
        op = self.opener(i + 1, i, cw, cw.frame)
        if sub is None or op is None:
            return
        how, j, addressee = op
        got = self.content(how, j, i)
        if got is None:
            return
        s, e, kind, runs_on = got
        tok = a.toks[i]
        self._add(_Found((tok.start, tok.end, cw.stance), sub[0], True, (s, e), kind, addressee, runs_on), i, cw)

    def _sentence_subject(self, i: int, gender: str, number: str) -> Source | None:
        """A coordinated verb shares the subject of the sentence's first verb: "وحمل عباس إسرائيل
        المسؤولية، وأعلن السبت يوم حداد"، "وكانت الفتاة الهاربة قد أدلت بشهادتها، ووصفت ما حدث"."""
        a = self.a
        first = a.start_idx.get(a.sent_start[i])
        cw = cues.match(a.ch(i))
        if first is None or first >= i - 1 or number != "sg" or not (a.conj(i) or cw and cw.form == "participle"):
            return None
        head = a.n[first]
        if not (head[:1] in "وف" and len(head) > 2) or a.mention_of[first] is not None:
            return None
        sub = self.subject(first + 1, i)
        if sub is None or a.toks[sub[1] - 1].end > a.toks[i].start:
            return None
        src = sub[0]
        if src.entity is None and not (src.text or "").startswith("ال"):
            return None
        return src if src.gender == gender and src.number == "sg" else None

    def _verb(self, i: int, cw: CueWord) -> None:
        a = self.a
        tok = a.toks[i]
        if cw.lemma == "رد" and a.n[i + 1:i + 2] == ["فعل"]:
            return  # "رد فعل": a reaction, the noun
        if cw.lemma in ("رفض", "طلب") and any(a.n[x] in _ANONYMOUS for x in range(i + 1, min(i + 5, len(a.toks)))):
            return  # "رفض ذكر اسمه": the source's anonymity, not a statement
        if i > 0 and a.in_sentence(i - 1, i) and a.n[i - 1] in _N("لم ولم لن ولن"):
            return  # "لم تكشف المحكمة": nothing was said
        if i > 0 and a.in_sentence(i - 1, i) and a.n[i - 1] in _PREPOSITIONS:
            return  # "إلى كشف غموض الجريمة": after a preposition the word is a noun
        headline = a.para_of[i][2] in ("headline", "caption")
        if cw.form == "imperfect" and not a.conj(i) and not headline and i > 0 and a.in_sentence(i - 1, i) \
                and a.is_word(i - 1) \
                and a.mention_of[i - 1] is None and not a.definite(i - 1) and not a.prep_clitic(i - 1) \
                and a.n[i - 1] not in FUNCTION and a.n[i - 1] not in LEFT_SKIP and a.n[i - 1] not in PRONOUN_SUBJECTS \
                and a.n[i - 1] not in _HUMAN_HEADS and not a.n[i - 1].endswith(("ون", "ين")) \
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
        if speaker is None and a.n[i][:1] == "ف" and a.conj(i) and first is not None and first < i - 1 \
                and a.n[first] in _N("أما وأما"):
            sub = self.subject(first + 1, i)  # "أما منظمة التحرير فقالت"
            if sub is not None and a.toks[sub[1] - 1].end <= tok.start:
                speaker, explicit = sub[0], True
        if speaker is None and finite:
            while k < len(a.toks) and a.in_sentence(k, i):
                if a.n[k] in ADVERBS or a.ch(k) in "،," and a.n[k - 1] in ADVERBS | _SIDE:
                    k += 1
                elif a.n[k] in _N("من ومن") and a.n[k + 1:k + 2] and a.n[k + 1] in _SIDE:
                    k += 2  # "من جانبه"
                else:
                    break
            sub = self.subject(k, i)
            if sub is not None:
                src, k2 = sub
                # with an object verb, a lone noun phrase is the object and the subject is implicit
                if cw.frame != "obj" or resumptive or self._subject_confirmed(k2, i, cw, src):
                    speaker, explicit, k = src, True, k2
        if cw.lemma in _REQUIRES and not any(a.n[x] in _REQUIRES[cw.lemma] for x in range(k, min(k + 10, len(a.toks)))):
            return  # "حمل" reports only when it lays a responsibility on someone
        if resumptive and speaker is not None:
            # "الانتقادات التي رفضها حافظ السبسي": the pronoun takes up the noun before the relative
            self._resumptive(i, cw, speaker)
            return
        op = self.opener(k, i, cw, cw.frame)
        if op is None:
            self._postposed(i, cw, speaker)
            return
        how, j, addressee = op
        stance = cw.stance
        if how == "prep" and cw.prep and j + 1 < len(a.toks):
            stance = STANCE_NOUNS.get(a.n[j + 1], stance)
        if how == "obj" and cw.lemma in _SECOND_PREP:
            # "حذر X من Y"، "دعا X إلى Y": the content is Y
            for x in range(j, min(j + 10, len(a.toks))):
                if a.n[x] in _SECOND_PREP[cw.lemma] and a.in_sentence(x, i):
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
        return head.removeprefix("ال") in _N("محكمة محكمه قاض قاضي هيئة قضاء")

    def _can_be_source(self, src: Source) -> bool:
        if src.entity is not None:
            return self.a.entities[src.entity].type in ("PER", "ORG")
        head = norm((src.text or "").split()[0]) if src.text else ""
        head = head[2:] if head.startswith("ال") else head
        return head in _HUMAN_HEADS or head in _SOURCE_HEADS or head.endswith(("ون", "يون", "يين"))

    def _postposed(self, i: int, cw: CueWord, speaker: Source | None) -> None:
        """"…، كما أفاد وكيل الدفاع عنه": an attribution after the clause it reports."""
        a = self.a
        if i < 2 or a.n[i - 1] not in _N("كما وكما حسبما") or a.ch(i - 2) not in "،," or speaker is None:
            return
        s = a.sent_start[i]
        e = _stripped_end(a.text, s, a.toks[i - 2].start)
        if e - s < 10:
            return
        kind = "mixed" if any(c in quotes.MARKS for c in a.text[s:e]) else "indirect"
        self._add(_Found((a.toks[i].start, a.toks[i].end, cw.stance), speaker, True, (s, e), kind), i, cw)

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
        if src.entity is None:
            head = norm(src.text.split()[0]) if src.text else ""
            head = head[2:] if head.startswith("ال") else head
            if head not in _HUMAN_HEADS and not head.endswith(("ون", "يون")):
                return False
        w = a.n[k]
        if w in CLAUSE_BREAKS or cues.match(a.ch(k)) and a.conj(k) or w in RELATIVES:
            return False
        return a.is_word(k) or a.quote_opening(k) is not None or a.mention_of[k] is not None

    def _relay(self, i: int) -> None:
        """"نقلت X عن Y قوله إن …": speaker Y, addressee X; a second record for the relaying medium."""
        a = self.a
        sub = self.subject(i + 1, i)
        if sub is None:
            return
        medium, k = sub
        while k < len(a.toks) and a.in_sentence(k, i) and (a.n[k] in ADVERBS or a.ch(k) in "،,"):
            k += 1
        if k < len(a.toks) and a.n[k] == "عن":
            src = self.subject(k + 1, i)
            if src is None:
                return
            source, k2 = src
            noun = next((x for x in range(k + 2, min(k2 + 8, len(a.toks)))
                         if a.in_sentence(x, i) and cues.match(a.ch(x)) and cues.match(a.ch(x)).form == "noun"), None)
            if noun is not None and noun != k2 and source.entity is None:
                # the source phrase runs up to the relay noun: "عن مصدر مقرب من تحقيق الأمن قوله"
                end = a.toks[noun - 1].end
                source = Source(None, a.text[source.start:end], source.start, end, source.gender, source.number)
            op = self.opener(noun + 1 if noun is not None else k2, i, None, "say")
            if op is None:
                return
            how, j, _ = op
            got = self.content(how, j, i)
            if got is None:
                return
            s, e, kind, runs_on = got
            cue_tok = a.toks[noun] if noun is not None else a.toks[i]
            if noun is not None:
                self.used.add(noun)
            med_span = (medium.start, medium.end)
            # D2: the original source speaks; the relaying medium is the addressee
            primary = _Found((cue_tok.start, cue_tok.end, "assert"), source, True, (s, e), kind, med_span, runs_on)
            self._add(primary, noun if noun is not None else i, None)
            return
        op = self.opener(k, i, None, "obj")
        if op is None:
            return
        how, j, addressee = op
        got = self.content(how, j, i)
        if got is not None:
            s, e, kind, runs_on = got
            self._add(_Found((a.toks[i].start, a.toks[i].end, "assert"), medium, True, (s, e), kind, addressee,
                             runs_on), i, None)

    def _source(self, i: int) -> None:
        """"بحسب X"، "وفقا لـ X"، "حسبما ذكرت X": X is the source of the clause around it."""
        a = self.a
        k = i + 1
        # skip "لـ"، "لما"، "ما"، "عن" and a verb of saying with its pronoun ("حسب ما أفادت به")
        for _ in range(4):
            if k >= len(a.toks):
                return
            w = a.n[k]
            if w in _N("ل لما ما عن به بها ذلك له لها إليه إليها عنه عنها") or _saying(a.ch(k)):
                self.used.add(k)  # "حسب ما أعلنه": the verb is part of this cue
                k += 1
            else:
                break
        sub = self.subject(k, i)
        if sub is None and a.n[k].startswith("ل") and a.mention_of[k] is not None:  # "وفقا لرويترز"
            m = a.mention_of[k]
            sub = self._named(m, m.start, m.end), a.mention_end(k) + 1
        if sub is None:
            return
        source, after = sub
        if not self._can_be_source(source):
            return  # "وفقا للقانون الدولي"، "بحسب الاتفاق": according to a text, not a source
        first = a.sent_start[i]
        cue_start = a.toks[i].start
        x = after
        q = a.quote_opening(x) if x < len(a.toks) else None
        if q is not None and q.closed and len(a.text[q.open:q.close].split()) <= 2 \
                and self._words_after(q.close, i) >= 3:
            x = after = a.start_idx.get(q.close, x) + 1  # a quoted name: "بحسب صحيفة "الشرق الأوسط""
        # the source phrase runs to the next comma or colon: "حسبما قالت قناة الميادين اللبنانية ونقلت …،"
        y = x
        while y < len(a.toks) and a.in_sentence(y, i) and y - x < 8 and a.ch(y) not in "،,:" \
                and a.quote_opening(y) is None and not is_complementizer(a.ch(y)):
            y += 1
        if y < len(a.toks) and a.in_sentence(y, i) and (a.ch(y) in "،,:" or a.quote_opening(y) is not None):
            x = y
        while x < len(a.toks) and a.in_sentence(x, i) and a.ch(x) in "،,":
            x += 1
        before_words = sum(1 for y in range(a.start_idx.get(first, i), i) if a.is_word(y))
        if x < len(a.toks) and a.in_sentence(x, i) and (a.ch(x) == ":" or a.quote_opening(x) is not None):
            got = self.content("colon" if a.ch(x) == ":" else "quote", x, i)  # "حسبما نقلت وفا: "…""
            if got is not None:
                s, e, kind, runs_on = got
                self._add(_Found((a.toks[i].start, a.toks[i].end, "assert"), source, True, (s, e), kind, None,
                                 runs_on), i, None)
            return
        if 0 < before_words <= 5 and x > after and self._words_after(a.toks[x - 1].end, i) >= 3:
            # a parenthetical source: "كما يتضمن الاتفاق، حسبما قالت قناة الميادين، إقامة خط …"
            s = a.toks[x].start
            e = self._clause_end(s, i)
        elif cue_start - first <= 2:  # "بحسب X، فإن …" / "وبحسب X، قتل …"
            while after < len(a.toks) and a.in_sentence(after, i) and (a.ch(after) in "،," or a.n[after] in ("فان",)
                                                                       or is_complementizer(a.ch(after))):
                after += 1
            if after >= len(a.toks) or not a.in_sentence(after, i):
                return
            s = a.toks[after].start
            e = self._clause_end(s, i)
        else:  # "… قتل 10 أشخاص، بحسب X"; "…، فيما دارت اشتباكات …، حسب ما أعلنه X"
            s = first
            for x in range(i - 1, a.start_idx.get(first, i) - 1, -1):
                if a.n[x] in _CLAUSE_OPENERS:
                    s = a.toks[x + 1].start if x + 1 < i else first
                    break
            e = _stripped_end(a.text, s, cue_start)
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
        if not named:
            return
        m = named[-1]
        if a.mention_of[first] is not None and a.entities[a.mention_of[first].entity].type in ("PER", "ORG"):
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
        self._add(_Found((a.toks[i].start, a.toks[i].end, "assert"), speaker, True, (s, e), kind2, None, runs_on),
                  i, None)


def _nisba(w: str) -> bool:
    """A relational adjective ("الإسبانية"، "الأمريكي"، "السوريون")."""
    return w.endswith(("ي", "ية", "يه", "يون", "يين", "يات")) and len(w) > 4


def _reporting(word: str) -> bool:
    """A cue that starts another report (not "عبر"، which without "عن" is the preposition "via")."""
    cw = cues.match(word)
    return cw is not None and not cw.prep


def _future(word: str) -> bool:
    """"سيعلن"، "وستقول": an imperfect cue behind the future prefix س."""
    w = norm(word)
    for pre in ("س", "وس", "فس"):
        if w.startswith(pre):
            cw = cues.match(w[len(pre):])
            if cw is not None and cw.form == "imperfect":
                return True
    return False


def _saying(word: str) -> bool:
    """A verb of saying or relaying, with or without a pronoun ("ذكرته"، "نقلته"، "أعلنه")."""
    w = norm(word)
    relay = {norm(x) for x in cues.RELAY_VERBS}
    return any(cues.match(w[:len(w) - c]) or w[:len(w) - c] in relay for c in (0, 1, 2) if len(w) - c >= 3)


_RELAY = {norm(x) for x in cues.RELAY_VERBS}
# "بعد أن"، "يجب أن": a complementizer that does not open reported content
_NOT_REPORTING_BEFORE = _N("بيد بعد قبل منذ من يجب ينبغي يمكن بد لابد دون حتى رغم بمجرد شريطة بشرط مجرد")
# an adverbial where an object would start: the verb has no object here ("اتهمت بسبب"، "أعلن في المحكمة")
_NOT_OBJECT_START = _N("بشكل بصورة بطريقة بسبب بعد قبل خلال إثر اثر عقب منذ في وفي على مع أمام عند لدى حتى رغم أثناء ضمن عبر")
_REQUIRES = {"حمل": _N("المسؤولية مسؤولية المسؤوليه مسؤوليه بالمسؤولية"),
             "وجه": _N("انتقادات انتقادا اتهامات اتهاما اتهام تهمة تهم تهمتي تهمتين تحذيرا تحذيرات نداء دعوة رسالة "
                      "انتقاداتها انتقاداته")}
_SOURCE_HEADS = _N("تقارير تقرير بيان بيانات إحصاءات إحصائيات أرقام تقديرات وكالة صحيفة موقع مواقع وسائل "
                   "مصادر مصدر تلفزيون التلفزيون إذاعة قناة شبكة دراسة استطلاع مكتب مرصد منظمة هيئة رواية "
                   "روايات تصريحات شهادات مستشفى مستشفيات مسعفون")
# titles that stand right before a person's name
_TITLES = _N("الرئيس الوزير الوزيرة السفير المتحدث المتحدثة الأمين القس القمص الشيخ الأمير الملك الجنرال العقيد "
             "اللواء العميد الدكتور السيد السيدة النائب النائبة القاضي المحامي المحامية الكاتب الكاتبة الصحفي "
             "الصحفية المدون الناشط الناشطة الشاعر الشاعرة المدرب اللاعب البابا الإمام الحاخام المستشار "
             "المستشارة المدعي المدير المديرة الزعيم القائد المبعوث")
_SIDE = _N("جانبه جانبها جانبهم جهته جهتها جهتهم ناحيته ناحيتها")
_CLAUSE_OPENERS = _N("فيما بينما حيث وفيما وبينما")
# nouns that begin with lam (not the preposition لـ)
_L_NOUNS = _N("لجنة لجان لاعب لاعبون لاعبين لاجئ لاجئون لاجئين لواء لقاء لائحة لوائح")
_STATEMENT_NOUNS = _N("بيان تقرير رسالة تصريح بلاغ إعلان")
_ANONYMOUS = _N("اسمه اسمها اسمهم هويته هويتها هويتهم")
_IMPERSONAL = _N("يعتقد ويعتقد يذكر ويذكر يشار ويشار يتوقع ويتوقع يرجح ويرجح")
_MANNER = _N("بشكل بصورة بطريقة")  # "نفى بشكل قاطع": a manner phrase, not the object
_TIME_PREPS = _N("قبل بعد منذ خلال عقب إثر اثر")
_SECOND_PREP = {"حذر": {"من"}, "دعا": {"إلى", "الى"}, "حث": {"على"}, "ناشد": {"إلى", "الى"}}
_PREPOSITIONS = _N("في وفي من ومن إلى الى على عن مع بين حول ضد لدى عند")
_HUMAN_HEADS = _N("مسؤول مسؤولون مسؤولين مسؤولة مصدر مصادر متحدث متحدثة وزير وزيرة رئيس رئيسة نائب سفير مندوب ممثل "
                  "مدير قائد زعيم أمين مستشار ناشط ناشطون ناشطين شهود شاهد سكان أحد مواطن مواطنون محام محامي "
                  "مدع مدعي قاض قاضي قضاة شرطة جيش حكومة سلطات معارضة معارضون وزارة وسائل منظمات "
                  "منظمة جانب طرف كل جماعات جماعة خبراء خبير محللون محلل مراقبون نشطاء أطباء طبيب منسق "
                  "ناطق مراسل مراسلون برلمان مجلس لجنة وزراء مسؤولو ممثلو ممثلون قادة زعماء رؤساء سفراء نواب "
                  "أعضاء محامو محامون شهود نشطاء سكان أهالي متظاهرون محتجون معارضو مؤيدو منتقدو دبلوماسي "
                  "دبلوماسيون صحيفة وكالة رئاسة قيادة إدارة شركة حزب حركة تنظيم مكتب مرصد جمعية نقابة اتحاد "
                  "مجموعة مؤسسة محكمة نيابة هيئة سفارة بعثة ائتلاف تحالف فريق عدد قوات خارجية داخلية")
_HEAD_NOUNS = _N("مصادر تقارير وسائل شهود مسؤول مسؤولون مصدر ناشطون منظمات")


def annotate(doc: Document) -> Document:
    found = _Extractor(doc).run()
    out: list[Statement] = []
    text = doc.text
    for g in found:
        sp = g.speaker
        speaker = Speaker(None)
        if sp is not None:
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
