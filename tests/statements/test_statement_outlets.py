"""Constructions met in France24, CNN, Sky News Arabia and Al Arabiya articles (corpus sentences, not the gold
ones): what is not a report, relays, and whom a report belongs to."""
from conftest import speaker_name


def cues_of(doc):
    return [s.cue.text for s in doc.statements]


# --- spellings of cues that report nothing ---------------------------------------------------------------

def test_nunation_marks_an_adjective_not_a_dual_verb(analyse):
    doc = analyse("أشارت بعض الشركات إلى أن الشركات بقيت أكثر حذراً بشكل ملحوظ مقارنة بما كانت عليه في شهر يناير.")
    assert cues_of(doc) == ["أشارت"]


def test_relay_verb_without_source_moves_things(analyse):
    doc = analyse("أكد مصدر أمني أن الميليشيات نقلت عدداً من الشخصيات الحوثية البارزة إلى المستشفى العسكري.\n\n"
                  "ونقل جثث قتلى ومصابين إلى مستشفى \"العلفي\" وكذا المستشفى العسكري بالحديدة.")
    assert cues_of(doc) == ["أكد"]


def test_subjunctive_after_an_is_not_said(analyse):
    doc = analyse("وقال اللواء فاضل إن التحقيق لا يزال جاريا، ومن الصعب أن يعلن في مرحلة التحقيق عن المخططات "
                  "التي كانت تنوي تنفيذها.")
    assert cues_of(doc) == ["وقال"]


def test_verbal_noun_as_object_of_a_cue(analyse):
    doc = analyse("جدد الفنان السعودي محمد عبده \"الولاء والفداء للملك والوطن\"، مؤكدا رفض عائلته \"التهديدات\" "
                  "التي تستهدف بلاده وقادتها.", [("محمد عبده", "PER")])
    assert "رفض" not in cues_of(doc)


def test_affiliated_is_an_adjective(analyse):
    doc = analyse("وقال ممثل عن الادعاء إن الرئيس السابق لمكتب تابع للمكتب الاتحادي للهجرة واللاجئين في مدينة بريمن "
                  "يشتبه في أنه منح حق اللجوء لنحو 1200 شخص.")
    assert cues_of(doc) == ["وقال"]


def test_relative_clause_with_resumptive_preposition(analyse):
    doc = analyse("ويأتي التمويل الجديد امتدادا لجولة من التمويل بقيمة 502 مليون دولار أعلنت عنها ماجيك ليب، "
                  "في أكتوبر الماضي.", [("ماجيك ليب", "ORG")])
    assert cues_of(doc) == []


def test_feminine_participle_after_indefinite_noun_is_an_adjective(analyse):
    doc = analyse("وكشفت الدراسة أن معظم الإعلانات كانت ترعاها جماعات ليست هناك معلومات معلنة معروفة عنها.")
    assert cues_of(doc) == ["وكشفت"]


def test_noun_with_possessive_after_bishaan(analyse):
    doc = analyse("وقال الكاتب إن القطريين يخدعون الرئيس الأميركي بشأن تعهدهم بوقف تمويل الإرهاب.")
    assert cues_of(doc) == ["وقال"]


# --- relays ----------------------------------------------------------------------------------------------

def test_attributed_to_with_lam_and_medium_taken_up_later(analyse):
    doc = analyse("ونسبت وكالة \"خبر\" للأنباء لأحد شهود العيان قوله، إن ميليشيات الحوثي قامت باعتقال المئات من "
                  "أبناء الحديدة.\n\nوأوضحت أن حالة هستيريا أصيبت بها الميليشيات.",
                  [("ميليشيات الحوثي", "ORG"), ("خبر", "ORG")])
    relay, later = doc.statements
    assert relay.speaker.text == "أحد شهود العيان" and relay.addressee.text.startswith("وكالة \"خبر\"")
    assert relay.content.text == "ميليشيات الحوثي قامت باعتقال المئات من أبناء الحديدة"
    assert speaker_name(doc, later) == "خبر"
