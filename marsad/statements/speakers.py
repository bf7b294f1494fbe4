"""Who speaks: grammatical gender/number of sources and salience-based resolution of implicit subjects.

An implicit subject ("وأضاف"، "لكنه أقر"، "وقالت") refers back to the most recent source that agrees
with the verb: first the speakers of earlier statements (the usual antecedent in news prose), then
entity mentions. Gender comes from what the text showed (a source that was the subject of "قالت" is
feminine) and otherwise from the entity type and the shape of its name.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..document import Entity
from .cues import norm

# broken plurals and collective nouns that head nominal sources ("مصادر"، "شهود")
_PLURAL_HEADS = {norm(w) for w in (
    "مصادر", "تقارير", "وسائل", "شهود", "سكان", "مسؤولون", "مسؤولين", "ناشطون", "ناشطين", "خبراء", "محللون",
    "محللين", "مراقبون", "مراقبين", "معارضون", "المعارضون", "المعارضين", "منظمات", "جماعات", "وزراء", "قادة",
    "زعماء", "نشطاء", "أطباء", "قضاة", "محامون", "بعض", "البعض", "كثيرون", "الكثيرون", "آخرون", "نواب",
    "أعضاء", "سفراء", "رؤساء", "مراسلون", "مسعفون", "عمال", "أهالي", "متظاهرون", "محتجون", "سلطات", "بيانات")}
# singular person nouns that coordinate into a plural source ("محاميان ومصدر قضائي")
_PERSONS = {norm(w) for w in ("مصدر", "مسؤول", "محام", "محامي", "شاهد", "طبيب", "خبير", "ناشط", "قيادي", "مواطن",
                              "عضو", "نائب", "آخر", "مسعف", "عناصر", "مسؤولون")}
# plurals of people: a pronoun referring to them is plural ("قالوا"), never feminine singular ("قالت")
_PEOPLE = {norm(w) for w in (
    "شهود", "سكان", "خبراء", "وزراء", "قادة", "زعماء", "نشطاء", "أطباء", "قضاة", "نواب", "أعضاء", "سفراء",
    "رؤساء", "عمال", "أهالي", "كثيرون", "آخرون")}


def people_plural(phrase: str | None) -> bool:
    """"مسؤولون أمنيون أفغان"، "شهود": a plural of persons (not "مصادر"، "السلطات"، "تقارير")."""
    words = (phrase or "").split()
    head = norm(words[0]) if words else ""
    if head[:1] in "وف" and head[1:] in _PEOPLE | _PLURAL_HEADS:
        head = head[1:]
    head = head.removeprefix("ال")
    return head in _PEOPLE or len(head) > 4 and head.endswith(("ون", "ين"))


@dataclass(slots=True)
class Source:
    """A resolved speaker: a named entity (entity id) or a nominal phrase (text only)."""
    entity: str | None
    text: str | None
    start: int | None
    end: int | None
    gender: str  # m | f
    number: str  # sg | pl
    issued: bool = False  # a statement noun speaking for its issuer ("بيان المنظمة"): its own gender


def entity_gender(ent: Entity) -> str:
    """Default grammatical gender of a named entity before the text shows one."""
    if ent.type == "PER":
        return "m"
    if ent.type == "LOC":
        return "f"
    first = norm(ent.name.split()[0]) if ent.name.split() else ""
    if first.endswith(("ة", "ه", "ات")) or first.startswith("الامم") or first.startswith("الولايات"):
        return "f"
    # a one-word foreign name (رويترز، هيومن) stands for "وكالة/منظمة ...": feminine
    return "m" if first.startswith("ال") or len(ent.name.split()) > 1 else "f"


def nominal_agreement(phrase: str) -> tuple[str, str]:
    words = phrase.split()
    head = norm(words[0]) if words else ""
    if head.startswith(("و", "ف")) and head[1:] in _PLURAL_HEADS:
        head = head[1:]
    if head in _PLURAL_HEADS or head.endswith(("ون", "ين")) and len(head) > 4:
        return "m", "pl"
    if head.removeprefix("ال")[:-2] in _PERSONS and head.endswith("ان") or len(words) > 1 and norm(words[1])[:1] == "و" \
            and norm(words[1])[1:] in _PERSONS:
        return "m", "pl"  # "محاميان ومصدر قضائي": two sources speak as a plural
    if head.endswith("و") and len(head) > 5 and not head.startswith("ال") and len(words) > 1:
        return "m", "pl"  # a plural in construct: "مستخدمو مواقع التواصل"، "منتقدو الخطة"
    if any(norm(w).endswith(("يون", "يين")) for w in words[1:3]):
        return "m", "pl"  # a plural adjective: "قضاة التحقيق الفرنسيون"
    if head.endswith(("ة", "ه", "ات")):
        return "f", "sg"
    return "m", "sg"


class Salience:
    """Sources seen so far, most recent last."""

    def __init__(self, gender_of: dict[str, str]):
        self.speakers: list[tuple[int, Source]] = []  # (char offset of the statement, source)
        self.gender_of = gender_of  # entity id -> gender the text showed

    def note(self, at: int, src: Source) -> None:
        self.speakers.append((at, src))

    def resolve(self, at: int, gender: str, number: str, mentions: list, entities: dict[str, Entity],
                within: int = 1500, speaks=lambda src: True) -> Source | None:
        """The most recent agreeing source before offset ``at`` (one that ``speaks``)."""
        for pos, src in reversed(self.speakers):
            if pos > at or at - pos > within:
                continue
            if self._agrees(src, gender, number) and speaks(src):
                return src
        for m in reversed(mentions):
            if m.end > at or m.entity is None or at - m.end > within:
                continue
            ent = entities.get(m.entity)
            if ent is None or ent.type in ("MISC", "LOC"):
                continue  # a place speaks only once the text has made it a source (speakers above)
            g = self.gender_of.get(ent.id) or entity_gender(ent)
            if number == "sg" and g == gender and (ent.type == "PER" or gender == "f"):
                return Source(ent.id, m.text, m.start, m.end, g, "sg")
        return None

    def _agrees(self, src: Source, gender: str, number: str) -> bool:
        if number == "pl":
            return src.number == "pl"
        if src.number == "pl":
            # verb-first agreement is singular, and non-human plurals and groups take the feminine singular
            return gender == "f" and not (src.entity is None and people_plural(src.text))
        return src.gender == gender
