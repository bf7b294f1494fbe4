"""Resolution rules on real news sentences, with mentions placed by hand (as NER would give them)."""
from __future__ import annotations

import re

from marsad.document import Document, Mention
from marsad.entities import cluster


def resolve(text: str, names: list[tuple[str, str]]) -> Document:
    """Mark every occurrence of each (surface, type), longest surfaces first, and resolve."""
    doc = Document(text)
    ms: list[Mention] = []
    for s, t in sorted(names, key=lambda x: -len(x[0])):
        for m in re.finditer(re.escape(s), text):
            if not any(m.start() < x.end and x.start < m.end() for x in ms):
                ms.append(Mention(m.start(), m.end(), s, t))
    doc.mentions = sorted(ms, key=lambda m: m.start)
    cluster.annotate(doc)
    doc.check_offsets()
    return doc


def by_name(doc: Document) -> dict:
    return {e.name: e for e in doc.entities}


def texts(ent) -> list[str]:
    return [m.text for m in ent.mentions]


def test_short_name_joins_full_name_even_when_it_comes_first():
    doc = resolve("بوتين يرفض اتهامات الغرب\n\nقال فلاديمير بوتين إن الاتهامات كلام خطابي. وأضاف بوتين أنه مستعد.",
                  [("بوتين", "PER"), ("فلاديمير بوتين", "PER")])
    assert len(doc.entities) == 1
    ent = doc.entities[0]
    assert ent.name == "فلاديمير بوتين"
    assert texts(ent) == ["بوتين", "فلاديمير بوتين", "بوتين"]
    assert all(m.entity == ent.id for m in doc.mentions)


def test_two_people_sharing_a_surname_stay_apart_and_short_form_goes_to_the_nearest():
    doc = resolve("التقى محمد باجي قايد السبسي بالوزراء. وقال حافظ قايد السبسي إن الحزب موحد. وأضاف حافظ السبسي أن الأزمة عابرة.",
                  [("محمد باجي قايد السبسي", "PER"), ("حافظ قايد السبسي", "PER"), ("حافظ السبسي", "PER")])
    ents = by_name(doc)
    assert set(ents) == {"محمد باجي قايد السبسي", "حافظ قايد السبسي"}
    assert "حافظ السبسي" in texts(ents["حافظ قايد السبسي"])


def test_clitic_forms_join_the_bare_name_and_the_name_has_no_clitic():
    doc = resolve("وقال لافروف إن موسكو مستعدة. وأكدت روسيا ذلك، ونقل عن لافروف قوله إن لروسيا مصالح. وقالت وروسيا",
                  [("لافروف", "PER"), ("موسكو", "LOC"), ("روسيا", "LOC"), ("لروسيا", "LOC"), ("وروسيا", "LOC")])
    ents = by_name(doc)
    assert set(ents) == {"لافروف", "موسكو", "روسيا"}
    assert texts(ents["روسيا"]) == ["روسيا", "لروسيا", "وروسيا"]


def test_clitic_only_name_keeps_its_clitic_as_written():
    doc = resolve("ودعا الأمين العام إلى احترام للقانون الإنساني الدولي في اليمن.",
                  [("للقانون الإنساني الدولي", "MISC"), ("اليمن", "LOC")])
    assert by_name(doc)["للقانون الإنساني الدولي"].name_en == "International humanitarian law"


def test_spelling_variants_of_one_name_join():
    doc = resolve("قال أنطونيو غوتيريش إن الوضع خطير، وأضاف غوتيريس أن المساعدات لا تصل. ودعا انطونيو غوتيريش",
                  [("أنطونيو غوتيريش", "PER"), ("غوتيريس", "PER"), ("انطونيو غوتيريش", "PER")])
    assert len(doc.entities) == 1
    assert len(doc.entities[0].mentions) == 3


def test_descriptor_and_adjective_extensions_join_but_places_inside_other_places_do_not():
    doc = resolve("سيطرت حركة حماس على غزة. وقالت حماس إن مطار الحديدة ومدينة الحديدة تحت القصف. "
                  "وبحث مجلس الأمن الدولي الوضع، ودعا مجلس الأمن إلى وقف النار.",
                  [("حركة حماس", "ORG"), ("حماس", "ORG"), ("غزة", "LOC"), ("مطار الحديدة", "LOC"),
                   ("الحديدة", "LOC"), ("مجلس الأمن الدولي", "ORG"), ("مجلس الأمن", "ORG")])
    ents = by_name(doc)
    assert texts(ents["حركة حماس"]) == ["حركة حماس", "حماس"]
    assert "الحديدة" in ents and "مطار الحديدة" in ents  # the airport is not the city
    assert texts(ents["مجلس الأمن الدولي"]) == ["مجلس الأمن الدولي", "مجلس الأمن"]


def test_acronym_in_parentheses_joins_its_expansion():
    doc = resolve("وقال المتحدث باسم حلف شمالي الأطلسي (ناتو) في أفغانستان إن الغارة نجحت.",
                  [("حلف شمالي الأطلسي", "ORG"), ("ناتو", "ORG"), ("أفغانستان", "LOC")])
    ents = by_name(doc)
    assert texts(ents["حلف شمالي الأطلسي"]) == ["حلف شمالي الأطلسي", "ناتو"]
    assert ents["حلف شمالي الأطلسي"].name_en == "NATO"


def test_names_the_lexicon_gives_one_english_name_join():
    doc = resolve("أعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم. ويسيطر داعش على مناطق. وقالت أمريكا إن الولايات المتحدة سترد.",
                  [("تنظيم الدولة الإسلامية", "ORG"), ("داعش", "ORG"), ("أمريكا", "LOC"), ("الولايات المتحدة", "LOC")])
    ents = by_name(doc)
    assert set(ents) == {"تنظيم الدولة الإسلامية", "الولايات المتحدة"}
    assert ents["تنظيم الدولة الإسلامية"].name_en == "Islamic State"
    assert ents["الولايات المتحدة"].name_en == "United States"


def test_apposition_title_is_attached_and_later_title_use_refers_to_the_person():
    text = ("قال الرئيس الروسي، فلاديمير بوتين، إن الاتهامات لا أساس لها. "
            "وكان الرئيس الروسي قد التقى نظيره الفرنسي. وقال الرئيس الأمريكي السابق باراك أوباما إن ذلك مقلق.")
    doc = resolve(text, [("فلاديمير بوتين", "PER"), ("باراك أوباما", "PER")])
    putin = by_name(doc)["فلاديمير بوتين"]
    assert putin.titles == ["الرئيس الروسي"]
    refs = [m for m in putin.mentions if m.text == "الرئيس الروسي"]
    assert len(refs) == 1 and refs[0].start == text.index("وكان الرئيس الروسي") + len("وكان ")
    assert by_name(doc)["باراك أوباما"].titles == ["الرئيس الأمريكي السابق"]
    assert any(m.text == "الرئيس الروسي" and m.entity == putin.id for m in doc.mentions)


def test_premodifier_title_and_apposition_after_the_name():
    text = ("وأضاف وزير الخارجية الروسي سيرغي لافروف أن الهدنة انهارت. "
            "وقال فرحان حق، المتحدث باسم الأمم المتحدة، إن المنظمة قلقة.")
    doc = resolve(text, [("سيرغي لافروف", "PER"), ("فرحان حق", "PER"), ("الأمم المتحدة", "ORG")])
    ents = by_name(doc)
    assert ents["سيرغي لافروف"].titles == ["وزير الخارجية الروسي"]
    assert ents["فرحان حق"].titles == ["المتحدث باسم الأمم المتحدة"]


def test_title_shared_by_two_people_refers_to_neither():
    text = ("التقى الرئيس دونالد ترامب بالرئيس إيمانويل ماكرون. وقال الرئيس إن اللقاء كان مثمرا.")
    doc = resolve(text, [("دونالد ترامب", "PER"), ("إيمانويل ماكرون", "PER")])
    assert all(m.text != "الرئيس" for e in doc.entities for m in e.mentions)


def test_entity_key_is_type_and_normalized_clitic_free_name():
    doc = resolve("قالت الأمم المتحدة إن للأمم المتحدة دورا. وقال أنطونيو غوتيريش ذلك.",
                  [("الأمم المتحدة", "ORG"), ("للأمم المتحدة", "ORG"), ("أنطونيو غوتيريش", "PER")])
    ents = by_name(doc)
    assert ents["الأمم المتحدة"].key == "ORG:الامم المتحده"
    assert ents["أنطونيو غوتيريش"].key == "PER:انطونيو غوتيريش"
    assert len(ents["الأمم المتحدة"].mentions) == 2


def test_no_mentions_gives_no_entities():
    doc = resolve("لا أسماء هنا.", [])
    assert doc.entities == []


def test_lexicon_finds_unambiguous_names_the_tagger_missed_but_not_common_words():
    text = "وقالت منظمة الصحة العالمية إن الوضع في لفرنسا صعب، بحسب قناة العربية والحياة."
    doc = resolve(text, [])
    found = {e.name: e for e in doc.entities}
    assert found["منظمة الصحة العالمية"].type == "ORG"
    assert found["منظمة الصحة العالمية"].name_en == "World Health Organization"
    assert [m.text for m in found["فرنسا"].mentions] == ["لفرنسا"]
    assert "العربية" not in found and "الحياة" not in found  # a channel's name is also an adjective


def test_lexicon_type_corrects_the_tagger_type():
    doc = resolve("وقال مكتب الإحصاءات الأوروبي يوروستات إن التضخم ارتفع.", [("يوروستات", "LOC")])
    assert [(e.name, e.type) for e in doc.entities] == [("مكتب الإحصاءات الأوروبي", "ORG")]


def test_words_the_tagger_took_into_a_mention_stay_out_of_the_name():
    text = ("وقال الرئيس محمود عباس إن القرار مرفوض. وشدد على عباس أن القدس عاصمة. "
            "وكتب المدون الشاب شادي أبوزيد على فيسبوك. وقالت منظمة الصحة العالمية قوله إن الوضع كارثي.")
    doc = resolve(text, [("محمود عباس", "PER"), ("على عباس", "PER"), ("المدون الشاب شادي أبوزيد", "PER"),
                         ("منظمة الصحة العالمية قوله", "ORG")])
    ents = by_name(doc)
    assert {"محمود عباس", "شادي أبوزيد", "منظمة الصحة العالمية"} <= set(ents)
    assert "على عباس" not in ents and "على عباس" in texts(ents["محمود عباس"])
    assert {"القدس", "فيسبوك"} <= set(ents)  # the lexicon finds what the hand-placed mentions left out
    assert ents["شادي أبوزيد"].name_en.endswith("Abu Zayd") or "Abu" in ents["شادي أبوزيد"].name_en
    assert ents["منظمة الصحة العالمية"].name_en == "World Health Organization"


def test_title_stops_at_the_nearest_role_unless_it_is_a_compound_role():
    text = ("وقال المتحدث باسم الرئيس الفلسطيني محمود عباس إن القرار مرفوض. "
            "وأكد نائب الرئيس الأميركي مايك بنس ذلك. وقال متحدث باسم كريس غانيس إن الوكالة تعمل.")
    doc = resolve(text, [("محمود عباس", "PER"), ("مايك بنس", "PER"), ("كريس غانيس", "PER")])
    ents = by_name(doc)
    assert ents["محمود عباس"].titles == ["الرئيس الفلسطيني"]
    assert ents["مايك بنس"].titles == ["نائب الرئيس الأميركي"]
    assert ents["كريس غانيس"].titles == []  # "a spokesman for X" is not X's role


def test_role_words_inside_a_tagged_mention_are_the_title_not_the_name():
    text = "وقالت عزة سليمان، محامية المدون الشاب شادي أبوزيد، إن موكلها بريء."
    doc = resolve(text, [("عزة سليمان", "PER"), ("المدون الشاب شادي أبوزيد", "PER")])
    ents = by_name(doc)
    assert ents["شادي أبوزيد"].titles == ["المدون الشاب"]


def test_name_part_descriptors_join_the_mention_but_generic_ones_do_not():
    text = "محافظة هلمند تشهد معارك، بحسب وكالة فرانس برس. ونشر على موقع تويتر صورا من بحر قزوين."
    doc = resolve(text, [("هلمند", "LOC"), ("فرانس برس", "ORG"), ("تويتر", "ORG"), ("قزوين", "LOC")])
    assert set(by_name(doc)) == {"محافظة هلمند", "وكالة فرانس برس", "تويتر", "بحر قزوين"}


def test_a_mention_cut_short_by_the_tagger_gives_way_to_the_lexicon_name():
    text = "قالت هيئة تحرير الشام في بيان نشرته بي بي سي إن الهجوم فشل."
    doc = resolve(text, [("الشام", "LOC"), ("بي سي", "PER")])
    assert {(e.name, e.type) for e in doc.entities} == {("هيئة تحرير الشام", "ORG"), ("بي بي سي", "ORG")}


def test_clitic_form_is_named_by_the_bare_form_found_anywhere_in_the_text():
    text = "وقال التحالف بقيادة السعودية إن الدعم للسعودية مستمر."
    doc = resolve(text, [("التحالف بقيادة السعودية", "ORG"), ("للسعودية", "LOC")])
    saudi = [e for e in doc.entities if e.type == "LOC"][0]
    assert saudi.name == "السعودية" and saudi.name_en == "Saudi Arabia"
    assert [m.text for m in saudi.mentions] == ["للسعودية"]


def test_the_full_name_decides_the_type_over_the_taggers_votes():
    doc = resolve("قال فرانسوا هولاند إن هولاند لن يترشح، وأكد هولاند ذلك.",
                  [("فرانسوا هولاند", "LOC"), ("هولاند", "LOC")])
    assert [(e.name, e.type, e.name_en) for e in doc.entities] == [("فرانسوا هولاند", "PER", "François Hollande")]


def test_cross_document_key_is_shared_by_spellings_and_surnames_of_a_listed_person():
    a = resolve("قال ترمب إن الاتفاق سيء.", [("ترمب", "PER")])
    b = resolve("قال دونالد ترامب إن الاتفاق سيء.", [("دونالد ترامب", "PER")])
    c = resolve("وأكد أمريكا ذلك.", [("أمريكا", "LOC")])
    d = resolve("وأكدت الولايات المتحدة ذلك.", [("الولايات المتحدة", "LOC")])
    assert a.entities[0].key == b.entities[0].key == "PER:دونالد ترامب"
    assert c.entities[0].key == d.entities[0].key


def test_a_role_tagged_as_a_person_is_the_title_of_the_named_person():
    text = ("وقال ولي العهد السعودي، الأمير محمد بن سلمان، إن الإصلاحات مستمرة. "
            "وأضاف ولي العهد السعودي أن المملكة منفتحة.")
    doc = resolve(text, [("ولي العهد السعودي", "PER"), ("محمد بن سلمان", "PER")])
    assert [e.name for e in doc.entities if e.type == "PER"] == ["محمد بن سلمان"]
    mbs = by_name(doc)["محمد بن سلمان"]
    assert "ولي العهد السعودي" in " ".join(mbs.titles)
    assert [m.text for m in mbs.mentions].count("ولي العهد السعودي") == 1
    assert {e.id for e in doc.entities} == {f"E{n}" for n in range(1, len(doc.entities) + 1)}


def test_an_outlet_is_named_without_the_nationality_the_article_adds():
    text = ('وتقول وكالة انترفاكس الروسية إن الطائرات تسير دوريات، بحسب صحيفة "الشرق الأوسط". '
            "وقالت وكالة الأنباء الإماراتية إن الوزير وصل.")
    doc = resolve(text, [("وكالة انترفاكس الروسية", "ORG"), ('صحيفة "الشرق الأوسط"', "ORG"),
                         ("وكالة الأنباء الإماراتية", "ORG")])
    assert set(by_name(doc)) == {"وكالة انترفاكس", "الشرق الأوسط", "وكالة الأنباء الإماراتية"}


def test_the_english_name_is_read_from_the_name_as_written():
    # folding would turn أل into the article ال ("Sam al-Ardis")
    doc = resolve("وقال مدرب إيفرتون سام ألاردايس إن الفريق تحسن.", [("سام ألاردايس", "PER")])
    assert not by_name(doc)["سام ألاردايس"].name_en.startswith("Sam al-")


def test_hyphenated_name_cut_by_the_tagger_is_one_person():
    # corpus BB-internationalNews-481: the tagger gave "كيم هاك" + "سونغ" and "كيم دونغ" + "تشول"
    text = "وقد سجن كل من كيم هاك-سونغ وتوني كيم وكيم دونغ-تشول بتهم ارتكاب نشاطات معادية."
    doc = resolve(text, [("كيم هاك", "PER"), ("سونغ", "PER"), ("توني كيم", "PER"), ("وكيم دونغ", "PER"),
                         ("تشول", "PER")])
    assert [m.text for m in doc.mentions] == ["كيم هاك-سونغ", "توني كيم", "وكيم دونغ-تشول"]
    assert len(doc.entities) == 3


def test_hyphenated_rest_of_a_name_joins_the_mention():
    # corpus BB-internationalNews-481: "كيم جونغ" tagged without "-أون"
    text = "القمة المرتقبة بين ترامب ونظيره الكوري الشمالي كيم جونغ-أون. وقال ترامب إنه سيستقبل الرجال."
    doc = resolve(text, [("ترامب", "PER"), ("كيم جونغ", "PER")])
    kim = [e for e in doc.entities if "كيم" in e.name][0]
    assert kim.name == "كيم جونغ-أون" and kim.name_en == "Kim Jong-un"


def test_two_known_people_joined_by_a_hyphen_stay_apart():
    # corpus BB-internationalNews-571
    doc = resolve("لم تنعقد قمة ترامب-كيم حتى الآن، لكن، هل كان هذا الدرس مفيدا؟", [("ترامب", "PER"), ("كيم", "PER")])
    assert sorted(m.text for m in doc.mentions) == ["ترامب", "كيم"]


def test_a_name_cut_after_a_linking_word_is_one_person():
    # corpus AL-internationalNews-1091, AL-economy-19 and BB-middleEast-197, split as the tagger splits names
    doc = resolve("وقال محمد أبو عثمان حاكم إقليم شبيلي السفلى", [("محمد أبو", "PER"), ("عثمان", "PER")])
    assert [m.text for m in doc.mentions if m.type == "PER"] == ["محمد أبو عثمان"]
    doc = resolve("قال عبد اللطيف يوسف الحمد مدير الصندوق", [("عبد", "PER"), ("اللطيف يوسف الحمد", "PER")])
    assert [m.text for m in doc.mentions] == ["عبد اللطيف يوسف الحمد"]
    doc = resolve("قال عبد اللطيف يوسف الحمد مدير الصندوق", [("عبد اللطيف", "PER"), ("يوسف الحمد", "PER")])
    assert [m.text for m in doc.mentions] == ["عبد اللطيف يوسف الحمد"]
    doc = resolve("قال عبد الله وجعفر إن الصندوق", [("عبد الله", "PER"), ("وجعفر", "PER")])
    assert len(doc.entities) == 2
    doc = resolve("مذكرة اعتقال بحق الأميرة حصة بنت سلمان، نجلة العاهل", [("حصة", "PER"), ("بنت سلمان", "PER")])
    assert [e.name for e in doc.entities] == ["حصة بنت سلمان"]


def test_people_named_side_by_side_without_a_linking_word_stay_apart():
    # corpus BB-internationalNews-481: "ترامب" and "وكيم" are adjacent mentions of two people
    doc = resolve("مفاوضات الإعداد للقاء ترامب وكيم. وأفادت تقارير", [("ترامب", "PER"), ("وكيم", "PER")])
    assert sorted(m.text for m in doc.mentions) == ["ترامب", "وكيم"]


def test_lexicon_names_with_digits_are_found():
    # corpus FR-middleEast-741 and FR-middleEast-945: the tagger marked only "فرانس"
    doc = resolve("وعادت المؤسسات الرسمية للعمل. فرانس 24/أ ف ب", [("فرانس", "ORG")])
    assert [(e.name, e.name_en) for e in doc.entities if e.type == "ORG"][0] == ("فرانس 24", "France 24")
    doc = resolve("للمزيد:مراسلة فرانس24: إسرائيل قصفت موقعا شرق غزة", [("فرانس", "ORG"), ("إسرائيل", "LOC")])
    assert "France 24" in {e.name_en for e in doc.entities}


def test_short_name_words_a_letter_apart_are_different_people():
    # corpus BB-internationalNews-481: Kim Dong-chul, a prisoner, and Kim Yong-chol, a general
    text = ("وقد سجن كل من كيم هاك-سونغ وتوني كيم وكيم دونغ-تشول بتهم ارتكاب نشاطات. وعقد بومبيو لقاء مع "
            "الجنرال السابق، كيم يونغ-تشول، المشمول بالعقوبات الأمريكية.")
    doc = resolve(text, [("كيم هاك-سونغ", "PER"), ("توني كيم", "PER"), ("وكيم دونغ-تشول", "PER"), ("بومبيو", "PER"),
                         ("كيم يونغ-تشول", "PER")])
    assert len([e for e in doc.entities if e.type == "PER"]) == 5


def test_a_given_name_and_lineage_word_before_a_tagged_name_join_it():
    # corpus BB-middleEast-197: the tagger marked only "سلمان" of "حصة بنت سلمان"
    text = "مذكرة اعتقال بحق الأميرة حصة بنت سلمان، نجلة العاهل السعودي سلمان بن عبد العزيز، في أواخر ديسمبر."
    doc = resolve(text, [("سلمان بن عبد العزيز", "PER"), ("سلمان", "PER")])
    assert sorted(e.name for e in doc.entities) == ["حصة بنت سلمان", "سلمان بن عبد العزيز"]
    # a verb before "بن" is no given name
    doc = resolve("وقال بن سلمان إن المملكة ماضية في الإصلاح.", [("سلمان", "PER")])
    assert [m.text for m in doc.mentions] == ["سلمان"]


def test_a_listed_persons_surname_left_out_by_the_tagger_joins_the_name():
    # corpus SK-middleEast-1057: the tagger marked "عبد الملك" without "الحوثي"; the gazetteer has the full name
    text = "ويبعد السوق بقرابة عشر كيلومترات عن مسقط رأس زعيم المتمردين عبد الملك الحوثي، في منطقة مران"
    doc = resolve(text, [("عبد الملك", "PER")])
    assert [(e.name, e.name_en) for e in doc.entities if e.type == "PER"] == [("عبد الملك الحوثي", "Abdul-Malik al-Houthi")]


def test_a_surname_the_article_uses_alone_continues_a_cut_name():
    # corpus BB-internationalNews-582: "مامودو" tagged without "قاساما", which the article uses alone later
    text = "ووصف جد الطفل الشاب المالي مامودو قاساما، الذي تسلق أربعة طوابق. وقال قاساما، الذي لحق بشقيق له"
    doc = Document(text)
    first, later = text.index("مامودو"), text.rindex("قاساما")
    doc.mentions = [Mention(first, first + 6, "مامودو", "PER"), Mention(later, later + 6, "قاساما", "PER")]
    cluster.annotate(doc)
    assert [m.text for m in doc.mentions] == ["مامودو قاساما", "قاساما"]
    assert len(doc.entities) == 1


def test_college_word_before_an_organization_is_part_of_its_name():
    # corpus CN-middleEast-1638: the tagger marked "الملك فيصل الجوية" without "كلية"
    text = "حصل على شهادة البكالوريوس في القانون من جامعة الملك سعود - وصل إلى رتبة نقيب في كلية الملك فيصل الجوية قبل أن"
    doc = resolve(text, [("جامعة الملك سعود", "ORG"), ("الملك فيصل الجوية", "ORG")])
    found = {e.name: e.name_en for e in doc.entities}
    assert found["كلية الملك فيصل الجوية"] == "King Faisal Air College"
    assert found["جامعة الملك سعود"] == "King Saud University"


def test_club_and_place_the_tagger_split_are_one_listed_club():
    # corpus SK-sport-2759-20181003
    text = "قبل أن يتلقى هزيمة مفاجئة بهدف نظيف من سسكا موسكو الروسي في دوري أبطال أوروبا"
    doc = resolve(text, [("سسكا", "ORG"), ("موسكو", "LOC"), ("دوري أبطال أوروبا", "MISC")])
    assert ("سسكا موسكو", "ORG", "CSKA Moscow") in {(e.name, e.type, e.name_en) for e in doc.entities}
    assert "موسكو" not in {e.name for e in doc.entities}


def test_a_surname_that_is_also_a_known_word_joins_the_person_when_tagged_as_one():
    # corpus FR-internationalNews-2638: "رمضان" is Tariq Ramadan here, not the month
    text = ("دفاع المفكر الإسلامي طارق رمضان الذي أوقف منذ ستة أشهر. ويؤكد رمضان (55 عاما) والذي يقبع خلف "
            "القضبان أنه بريء.")
    doc = resolve(text, [("طارق رمضان", "PER"), ("رمضان", "PER")])
    assert [(e.name, e.type, len(e.mentions)) for e in doc.entities] == [("طارق رمضان", "PER", 2)]


def test_a_listed_person_is_named_without_a_word_the_tagger_ran_on():
    # corpus CN-sport-109: the tagger took the colloquial "أومال" into the second mention
    text = ("رئيس الهيئة العامة للرياضة السعودية، تركي آل الشيخ، عبر التأكيد. وكتب أحد متابعي ساويرس: "
            "\"هو انت خفت من تركي آل الشيخ أومال عامل فيها دكر ليه\".")
    doc = resolve(text, [("تركي آل الشيخ أومال", "PER"), ("تركي آل الشيخ", "PER"), ("ساويرس", "PER")])
    assert by_name(doc)["تركي آل الشيخ"].name_en == "Turki Al-Sheikh"


def test_adjacent_name_pieces_after_a_naming_word_are_one_person():
    # corpus AL-internationalNews-908: the tagger split a four-part name after "اسمه"
    text = "روح الطفل محمد أيوب حسن (6 سنوات)، وإصابة طفل آخر اسمه عبدالرزاق عبده سعيد ثابت. وبحسب مصادر محلية"
    doc = resolve(text, [("محمد أيوب حسن", "PER"), ("عبدالرزاق عبده", "PER"), ("سعيد ثابت", "PER")])
    assert sorted(e.name for e in doc.entities) == ["عبدالرزاق عبده سعيد ثابت", "محمد أيوب حسن"]


def test_a_currency_after_an_amount_is_a_unit_not_a_name():
    from marsad.document import Mention
    from marsad.entities.cluster import _drop_amount_units
    text = "ضخ الصندوق 54 مليار دولار، ودفع 3000 دولار، بينما تراجع الريال الإيراني أمام ملياري يورو وبمليون درهم."

    def misc(word, after=""):
        start = text.index(after + word) + len(after)
        return Mention(start, start + len(word), word, "MISC")

    tagged = [misc("دولار", "مليار "), misc("دولار", "3000 "), misc("الريال الإيراني"), misc("يورو"), misc("درهم")]
    assert [m.text for m in _drop_amount_units(tagged, text)] == ["الريال الإيراني"]
