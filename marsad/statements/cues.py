"""Reporting cues: a lexicon of verbs, participles and prepositional phrases, inflected from a few forms.

Every lemma lists its perfect (3rd masc. sing.), imperfect (3rd masc. sing.) and active participle
(masc. accusative, the form news prose uses: "قائلا"), a stance and a frame:
  say  the verb takes reported content: a complement clause (إن / أن / بأن), a quote, or a colon;
  obj  the verb may also take an object phrase as its content (رفض الاتهامات، اتهم X بـ، دعا إلى).
Forms are generated for gender and number, prefixed with the clitics و ف س ل and, for object verbs,
suffixed with object pronouns (وصفه، اتهمها). Matching uses ``norm`` on both sides.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_DIAC = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def norm(word: str) -> str:
    """Matching form: no diacritics or tatweel, bare alef, final ya (ta marbuta kept: إدانة is not أدانه)."""
    w = _DIAC.sub("", word)
    w = re.sub("[إأآٱ]", "ا", w)
    return w.replace("ى", "ي")


# perfect | imperfect | participle (- for none) | stance | frame [| preposition the content must follow]
_LEMMAS = """
قال|يقول|قائلا|assert|say
أضاف|يضيف|مضيفا|assert|say
تابع|يتابع|-|assert|say
أكد|يؤكد|مؤكدا|assert|say
شدد|يشدد|مشددا|assert|say
أوضح|يوضح|موضحا|assert|say
أشار|يشير|مشيرا|assert|say
لفت|يلفت|لافتا|assert|say
نوه|ينوه|منوها|assert|say
ذكر|يذكر|ذاكرا|assert|say
أفاد|يفيد|-|assert|say
أعلن|يعلن|معلنا|assert|obj
صرح|يصرح|مصرحا|assert|say
كشف|يكشف|كاشفا|assert|obj
أورد|يورد|موردا|assert|say
كتب|يكتب|-|assert|say
غرد|يغرد|مغردا|assert|say
أبلغ|-|-|assert|say
أجاب|يجيب|مجيبا|assert|say
رد|يرد|رادا|assert|say
علق|يعلق|معلقا|assert|say
روى|يروي|راويا|assert|say
حكى|يحكي|حاكيا|assert|say
زعم|يزعم|زاعما|assert|say
ادعى|-|مدعيا|assert|say
أصر|يصر|مصرا|assert|say
جدد|يجدد|-|assert|obj
اعتبر|يعتبر|معتبرا|describe|say
رأى|يرى|رائيا|describe|say
وصف|يصف|واصفا|describe|obj
شبه|يشبه|مشبها|describe|obj
نفى|ينفي|نافيا|deny|obj
أنكر|ينكر|منكرا|deny|obj
فند|يفند|مفندا|reject|obj
رفض|يرفض|رافضا|reject|obj
اتهم|يتهم|متهما|accuse|obj
حمل|يحمل|-|accuse|obj
وجه|يوجه|-|accuse|obj
أدان|يدين|-|accuse|obj
دان|يدين|-|accuse|obj
انتقد|ينتقد|منتقدا|accuse|obj
ندد|يندد|منددا|accuse|obj
استنكر|يستنكر|مستنكرا|accuse|obj
دعا|يدعو|داعيا|appeal|obj
طالب|يطالب|-|appeal|obj
ناشد|يناشد|مناشدا|appeal|obj
حث|يحث|حاثا|appeal|obj
طلب|يطلب|-|appeal|obj
اقترح|يقترح|-|appeal|obj
حذر|يحذر|محذرا|warn|obj
هدد|يهدد|مهددا|warn|say
توعد|يتوعد|متوعدا|warn|obj
تعهد|يتعهد|متعهدا|promise|obj
وعد|-|-|promise|obj
أمل|يأمل|آملا|hope|say
تمنى|يتمنى|متمنيا|hope|say
أسف|يأسف|آسفا|regret|say
اعتذر|يعتذر|معتذرا|regret|obj|عن
أقر|يقر|-|admit|say
اعترف|يعترف|معترفا|admit|say
تساءل|يتساءل|متسائلا|question|say
سأل|يسأل|سائلا|question|say
أعرب|يعرب|معربا|other|obj|عن
عبر|يعبر|-|other|obj|عن
أبدى|يبدي|مبديا|other|obj
تحدث|يتحدث|متحدثا|assert|say|عن
نصح|ينصح|ناصحا|appeal|obj
طمأن|يطمئن|مطمئنا|assert|say
ختم|يختم|-|assert|say
توقع|-|-|other|say
قدر|يقدر|مقدرا|assert|say
استبعد|يستبعد|مستبعدا|deny|say
لمح|يلمح|ملمحا|assert|say
سلط|يسلط|مسلطا|assert|obj|على
شكك|يشكك|مشككا|reject|obj|في
"""

# nouns of saying that open reported content after "عن X" in relays ("نقلت رويترز عن مسؤول قوله إن")
_RELAY_NOUNS = {"قول": "assert"}
# verbs of relaying: "نقلت X عن Y", "نقل", "تنقل"; "نسبت X لـ Y قوله" (attributed to)
RELAY_VERBS = {"نقل", "نقلت", "نقلوا", "ينقل", "تنقل", "نسب", "نسبت", "ينسب", "تنسب"}
_OBJ_SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "ني", "نا")
# forms that are mostly something else in news prose: "يذكر أن" (it is worth noting), "ردا على" (in response),
# "شبه" (quasi-)
_NOT_CUES = {"يذكر", "ردا", "أملا", "شبه", "أقرا", "يقدر"}  # "أقرا" reads as "اقرأ" (read!);
# "يقدر" is mostly the passive "يُقدَّر بـ" (is estimated at)
# forms that are cues only with a conjunction ("ودان"، "وطلب"): bare, they are mostly a name or a noun
_NOT_BARE = {"دان", "طلب"}
_PROCLITICS = ("", "و", "ف", "ل", "س", "وس", "فس", "ول", "فل")


@dataclass(frozen=True, slots=True)
class CueWord:
    lemma: str
    stance: str
    frame: str  # say | obj
    form: str  # perfect | imperfect | participle | noun
    gender: str  # m | f | ?
    number: str  # sg | pl
    suffix: str = ""  # attached object/possessive pronoun, normalized
    prep: str = ""  # the content must follow this preposition ("عبر عن أمله")


def _perfect_forms(p: str) -> dict[str, tuple[str, str]]:
    if p.endswith(("ى", "ا")):  # defective: نفى نفت نفوا، دعا دعت دعوا
        b = p[:-1]
        # no dual "نفيا": it reads as the verbal noun ("ينفي نفيا قاطعا")
        return {p: ("m", "sg"), b + "ت": ("f", "sg"), b + "وا": ("m", "pl"), b + "تا": ("f", "pl")}
    return {p: ("m", "sg"), p + "ت": ("f", "sg"), p + "وا": ("m", "pl"), p + "ا": ("m", "pl"),
            p + "تا": ("f", "pl"), p + "ن": ("f", "pl")}


def _imperfect_forms(i: str) -> dict[str, tuple[str, str]]:
    stem = i[1:]
    out: dict[str, tuple[str, str]] = {}
    for pre, g in (("ي", "m"), ("ت", "f")):
        out[pre + stem] = (g, "sg")
        if stem.endswith(("ي", "و")):
            out[pre + stem[:-1] + "ون"] = (g if g == "m" else "f", "pl")
        elif stem.endswith("ى"):
            out[pre + stem[:-1] + "ون"] = ("m", "pl")
        else:
            out[pre + stem + "ون"] = ("m", "pl")
            out[pre + stem + "ان"] = (g, "pl")
    return out


def _participle_forms(a: str) -> dict[str, tuple[str, str]]:
    b = a[:-1]
    # singular only: plural participles are mostly nouns ("متهمين" the accused)
    return {a: ("m", "sg"), b + "ة": ("f", "sg")}


_NOT_BARE_NORM = {norm(w) for w in _NOT_BARE}


@lru_cache(maxsize=1)
def lexicon() -> dict[str, CueWord]:
    """Normalized surface form (clitics included) -> cue word."""
    bare: dict[str, CueWord] = {}
    for line in _LEMMAS.strip().splitlines():
        perf, imp, part, stance, frame, *prep = line.split("|")
        imperfect = _imperfect_forms(imp) if imp != "-" else {}
        participle = _participle_forms(part) if part != "-" else {}
        for forms, kind in ((_perfect_forms(perf), "perfect"), (imperfect, "imperfect"), (participle, "participle")):
            for f, (g, n) in forms.items():
                if f in _NOT_CUES:
                    continue
                bare.setdefault(norm(f), CueWord(perf, stance, frame, kind, g, n, prep=norm(prep[0]) if prep else ""))
    out: dict[str, CueWord] = {}
    for f, cw in bare.items():
        for pre in _PROCLITICS:
            if pre.endswith(("ل", "س")) and cw.form != "imperfect":
                continue  # ل/س only before imperfect verbs (سيقول، ليؤكد)
            if pre or f not in _NOT_BARE_NORM:
                out.setdefault(pre + f, cw)
            if (cw.frame == "obj" or cw.lemma == "اعتبر") and cw.form != "participle":  # "الأمر الذي اعتبرته الرياض"
                base = f[:-1] if f.endswith("وا") else f  # the plural alef drops: اتهموه
                if cw.form == "perfect" and cw.lemma.endswith("ى") and f == norm(cw.lemma):
                    base = f[:-1] + "ا"  # the final ى is written alef before a pronoun: نفاه، أبداها
                for suf in _OBJ_SUFFIXES:
                    out.setdefault(pre + base + suf, CueWord(cw.lemma, cw.stance, cw.frame, cw.form, cw.gender,
                                                             cw.number, suf, cw.prep))
    for noun, stance in _RELAY_NOUNS.items():
        for pre in ("", "ب"):
            for suf, g, n in (("ه", "m", "sg"), ("ها", "f", "sg"), ("هم", "m", "pl"), ("هما", "m", "pl")):
                out.setdefault(norm(pre + noun + suf), CueWord(noun, stance, "say", "noun", g, n, suf))
    return out


_TANWEEN = re.compile("[\u064b-\u064d]")


def match(word: str) -> CueWord | None:
    """The cue a word is, if any (``word`` as it stands in the text, clitics included)."""
    cw = lexicon().get(norm(word))
    if cw is not None and cw.form in ("perfect", "imperfect") and _TANWEEN.search(word):
        return None  # "حذراً": nunation marks a noun or adjective, never a finite verb
    if cw is not None and cw.form == "perfect" and not cw.suffix and cw.lemma.endswith("ى") and word.endswith("ي"):
        return None  # "أبدي"، "رأي"، "نفي": a final dotted ya spells the adjective or noun, not the verb in ى
    return cw


# Complementizers that open indirect content; the content starts after them.
_COMP = {"ان", "انه", "انها", "انهم", "انهما", "اننا", "انني", "اني", "انهن", "انك"}
COMPLEMENTIZERS = _COMP | {"ب" + c for c in _COMP} | {"ف" + c for c in _COMP} | {"و" + c for c in _COMP}


def is_complementizer(word: str) -> bool:
    return norm(word) in COMPLEMENTIZERS

