"""Paragraph kinds and sentence boundaries, on the sample article and on real news sentences."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.document import Document
from marsad.text import segment


def _sentences(text: str) -> list[str]:
    doc = segment.annotate(Document(text))
    return [text[s.start:s.end] for s in doc.sentences]


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(p.kind, text[p.start:p.end]) for p in segment.paragraphs(text)]


def test_sample_article_headline_and_two_captions(aleppo_text):
    kinds = _kinds(aleppo_text)
    assert kinds[0] == ("headline", "عشرات الأشخاص قتلوا في شرق حلب بسبب قصف قوات الحكومة")
    assert [t for k, t in kinds if k == "caption"] == [
        "روسيا تقول إنها تستهدف الإرهابيين وستلاحقهم في سوريا",
        "الأمم المتحدة ناشدت بوقف العنف للسماح بدخول المساعدات للمناطق المحاصرة",
    ]
    assert sum(k == "body" for k, _ in kinds) == len(kinds) - 3


BODY = "وقال المتحدث إن القوات دخلت المدينة بعد معارك عنيفة استمرت عدة أيام."


def test_question_subheading_is_body_not_caption():
    text = f"قافلة المساعدات تغادر الغوطة الشرقية\n\n{BODY}\n\nكيف هي الظروف الإنسانية في المدينة اليوم؟\n\n{BODY}"
    assert [k for k, _ in _kinds(text)] == ["headline", "body", "body", "body"]


def test_caption_needs_body_on_both_sides_and_no_final_punctuation():
    caption = "الأمم المتحدة ناشدت بوقف العنف للسماح بدخول المساعدات"
    text = f"عنوان الخبر\n{BODY}\n{caption}\n{BODY}\n{caption}"
    assert [k for k, _ in _kinds(text)] == ["headline", "body", "caption", "body", "body"]
    assert [k for k, _ in _kinds(f"عنوان\n{BODY}\n{caption}.\n{BODY}")][2] == "body"
    # labels, list items, short subheadings and paragraphs that go on with و are not captions
    for line in ["للمزيد: الأمم المتحدة ناشدت بوقف العنف للسماح بدخول المساعدات",
                 "3. التجارة والاستثمار والقطاع الخاص والعام",
                 "ضغوط دولية متزايدة", "وقال مسؤول فلسطيني إن الاتفاق سيسري اعتبارا من الساعة"]:
        assert _kinds(f"عنوان\n{BODY}\n{line}\n{BODY}")[2][0] == "body", line


def test_first_paragraph_is_headline_only_when_it_looks_like_one():
    assert _kinds(f"{BODY}\n{BODY}")[0][0] == "body"  # feed text without its title
    assert _kinds(f"{BODY}\n{BODY}")[0][0] == "body"
    long_title = "x " * 40
    doc = segment.annotate(Document(f"{long_title.strip()}\n{BODY}", meta={"title": long_title}))
    assert doc.paragraphs[0].kind == "headline"  # equal to meta title
    assert _kinds(BODY)[0][0] == "body"  # a single paragraph is no headline


def test_sentence_ends_and_line_ends():
    text = "رفض بوتين الاتهامات. وقال إنها كلام خطابي! هل هذا صحيح؟ نعم…\nسطر بلا نقطة\nوسطر آخر"
    assert _sentences(text) == ["رفض بوتين الاتهامات.", "وقال إنها كلام خطابي!", "هل هذا صحيح؟", "نعم…",
                                "سطر بلا نقطة", "وسطر آخر"]


def test_no_end_inside_numbers_or_after_abbreviations():
    assert len(_sentences("ارتفع معدل البطالة إلى 8.5% في مارس، و3.5 مليون شخص بلا عمل.")) == 1
    assert len(_sentences("قال مسؤول في وزارة الخارجية U.S. إن المحادثات ستستمر.")) == 1
    assert len(_sentences("وقال د. محمد البرادعي إن الوضع خطير.")) == 1
    assert len(_sentences("بنيت المدينة عام 1200 م. على ضفاف النهر.")) == 1
    assert len(_sentences("حسبما قالت الطبيبة جولي ل. غربردينغ الرئيس السابق للمراكز.")) == 1
    assert len(_sentences("وشملت القائمة: 18. الوقوف على الحافة. 19. تسلق رافعة.")) == 3


def test_quotation_that_goes_on_does_not_end_the_sentence():
    text = ('ووصف الادعاءات بأنها "خطابة سياسية لا تعني الكثير. وأنا مقتنع تماما بأن حلفاءنا هم المسؤولون عن الوضع." '
            "وقد اتهمت روسيا الولايات المتحدة بدعم المسلحين.")
    assert _sentences(text) == [
        'ووصف الادعاءات بأنها "خطابة سياسية لا تعني الكثير. وأنا مقتنع تماما بأن حلفاءنا هم المسؤولون عن الوضع."',
        "وقد اتهمت روسيا الولايات المتحدة بدعم المسلحين."]
    text = "وقال «لن نتراجع. سنواصل العمل». وأضاف أن القرار نهائي."
    assert _sentences(text) == ["وقال «لن نتراجع. سنواصل العمل».", "وأضاف أن القرار نهائي."]


def test_unclosed_or_stray_quotes_do_not_swallow_the_paragraph():
    text = 'الهدف هو تشجيع التجارة الحرة". وتدفع الدول الست الرسوم. وهيمن الموضوع على المناقشات.'
    assert len(_sentences(text)) == 3
    text = 'وقال "إن الوضع خطير. وتدفع الدول الست الرسوم. وهيمن الموضوع على المناقشات.'
    assert len(_sentences(text)) == 3


def test_spaced_ellipsis_is_a_pause_and_stray_marks_stay_with_their_sentence():
    assert len(_sentences("قدموا مشروع القرار وهم يعلمون أنه لن يمر ... من أجل إثارتنا.")) == 1
    assert _sentences('قال إنه سيعود حسب تعبيره. "\nسطر') == ['قال إنه سيعود حسب تعبيره. "', "سطر"]


PARTS = ["قال", "بوتين", "وروسيا", "3.5", "U.S.", "د.", ".", "!", "؟", "…", "...", "«", "»", '"', "،",
         " ", " ", " ", "\n", "\n\n", "\u200f", "ً", "ـ", "x"]
TEXT = st.lists(st.sampled_from(PARTS), max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_sentences_cover_paragraphs(text):
    doc = segment.annotate(Document(text))
    paras, sents = doc.paragraphs, doc.sentences
    assert all(text[p.start:p.end].strip() == text[p.start:p.end] != "" for p in paras)
    assert all(a.end < b.start for a, b in zip(paras, paras[1:]))
    for p in paras:
        inside = [s for s in sents if p.start <= s.start < p.end]
        assert inside and inside[0].start == p.start and inside[-1].end == p.end
        for a, b in zip(inside, inside[1:]):
            assert a.end <= b.start and text[a.end:b.start].strip() == ""
        assert all(s.start < s.end <= p.end for s in inside)
    assert sum(1 for s in sents if any(p.start <= s.start < p.end for p in paras)) == len(sents)
