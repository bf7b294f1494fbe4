"""Hand-built analysed Documents for the web tests, so the UI is tested with real entities and
statements whatever the state of the NER and statement models."""
from __future__ import annotations

from marsad.document import Cue, Document, Entity, Span, Speaker, Statement
from marsad.text import segment


def _find(text: str, needle: str, after: int = 0) -> int:
    i = text.find(needle, after)
    assert i >= 0, f"{needle!r} not in the text"
    return i


def build(text: str, meta: dict, entities: list[tuple], statements: list[tuple]) -> Document:
    """entities: (id, type, name, name_en, key, [surface forms]); every occurrence of a form becomes a mention.
    statements: (speaker entity id or None, speaker words or None, cue words, stance, content words, kind)."""
    doc = segment.annotate(Document(text=text, meta=meta))
    taken: list[tuple[int, int]] = []
    for eid, etype, name, name_en, key, forms in entities:
        ent = Entity(id=eid, type=etype, name=name, name_en=name_en, key=key,
                     name_en_source="lexicon" if name_en else None)
        for form in sorted(forms, key=len, reverse=True):
            i = text.find(form)
            while i >= 0:
                end = i + len(form)
                if not any(s < end and i < e for s, e in taken):
                    ent.mentions.append(Span(i, end, form))
                    taken.append((i, end))
                i = text.find(form, end)
        ent.mentions.sort(key=lambda m: m.start)
        doc.entities.append(ent)
    for n, (eid, speaker_words, cue_words, stance, content_words, kind) in enumerate(statements, 1):
        c = _find(text, cue_words)
        q = _find(text, content_words, c)
        speaker = Speaker(eid)
        if speaker_words:
            s = _find(text, speaker_words, c)
            speaker = Speaker(eid, speaker_words, s, s + len(speaker_words))
        doc.statements.append(Statement(id=f"S{n}", speaker=speaker, cue=Cue(c, c + len(cue_words), cue_words, stance),
                                        content=Span(q, q + len(content_words), content_words), kind=kind))
    doc.check_offsets()
    return Document.from_json(doc.to_json())


def aleppo(text: str) -> Document:
    return build(text, {"title": text.split("\n", 1)[0], "source": "BBC", "published": "2016-10-12",
                        "url": "https://www.bbc.com/arabic/example"},
                 [("E1", "PER", "فلاديمير بوتين", "Vladimir Putin", "PER:فلاديمير بوتين", ["فلاديمير بوتين", "بوتين"]),
                  ("E2", "LOC", "حلب", "Aleppo", "LOC:حلب", ["حلب"]),
                  ("E3", "LOC", "روسيا", "Russia", "LOC:روسيا", ["روسيا"]),
                  ("E4", "PER", "فرانسوا هولاند", "Francois Hollande", "PER:فرانسوا هولاند", ["فرانسوا هولاند"]),
                  ("E5", "PER", "فيتالي تشوركين", "Vitaly Churkin", "PER:فيتالي تشوركين", ["فيتالي تشوركين", "تشوركين"]),
                  ("E6", "ORG", "الأمم المتحدة", "United Nations", "ORG:الأمم المتحدة", ["الأمم المتحدة"]),
                  ("E7", "LOC", "سوريا", "Syria", "LOC:سوريا", ["سوريا"])],
                 [("E1", "بوتين", "وقال", "reject", "تلك الاتهامات \"كلام خطابي\" لا يأخذ في الاعتبار الوقائع في سوريا",
                   "mixed"),
                  ("E4", None, "أشار", "accuse", "الغارات الجوية الروسية على حلب قد تبلغ حد جرائم الحرب", "indirect"),
                  ("E5", "تشوركين", "ورفض", "reject", "الادعاءات بأن روسيا ارتكبت جرائم حرب في شرق حلب", "indirect")])


HOSTILE = ("عاجل <script>alert(1)</script> رئيس \u202eالوزراء\u202c يرفض\n\n"
           "قال المتحدث <img src=x onerror=alert(2)> إن \"الوضع <b>خطير</b> جدا\" في المدينة.")


def hostile() -> Document:
    return build(HOSTILE, {"title": "<script>alert('title')</script> \u202eعنوان", "source": "<i>src</i>",
                           "published": "2018-03-01", "url": "javascript:alert(3)"},
                 [("E1", "PER", "<b>المتحدث</b>", "<script>x</script>", "PER:<b>المتحدث</b>", ["المتحدث"]),
                  ("E2", "MISC", "<script>alert(1)</script>", None, "MISC:<script>", ["<script>alert(1)</script>"])],
                 [("E1", "المتحدث", "قال", "assert", "\"الوضع <b>خطير</b> جدا\"", "direct")])


def other(n: int) -> Document:
    """Small articles from another outlet and date, sharing Putin and Aleppo with the seed."""
    text = (f"بوتين يلتقي وفدا في موسكو رقم {n}\n\n"
            f"قال الرئيس فلاديمير بوتين إن المحادثات في موسكو كانت مفيدة بشأن حلب في الجولة {n}.")
    return build(text, {"title": text.split("\n", 1)[0], "source": "skynews", "published": f"2018-0{1 + n % 9}-1{n % 10}"},
                 [("E1", "PER", "فلاديمير بوتين", "Vladimir Putin", "PER:فلاديمير بوتين", ["فلاديمير بوتين", "بوتين"]),
                  ("E2", "LOC", "موسكو", "Moscow", "LOC:موسكو", ["موسكو"]),
                  ("E3", "LOC", "حلب", "Aleppo", "LOC:حلب", ["حلب"])],
                 [("E1", "فلاديمير بوتين", "قال", "assert", f"المحادثات في موسكو كانت مفيدة بشأن حلب في الجولة {n}",
                   "indirect")])
