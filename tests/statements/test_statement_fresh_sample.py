"""Constructions met in a fresh sample of Sky News Arabia, France24, Al Arabiya and CNN articles (corpus
sentences, not the gold ones): noun phrases that run on, words that only look like cues, and time words."""
from conftest import speaker_name


def cues_of(doc):
    return [s.cue.text for s in doc.statements]


def test_negated_adjective_stays_in_the_source_phrase(analyse):
    doc = analyse("اتهمت منظمات غير حكومية حقوقية فرنسا بتقديم الدعم لنظام الرئيس عبد الفتاح السيسي على مدى الخمس "
                  "سنوات الأخيرة.", [("فرنسا", "LOC"), ("عبد الفتاح السيسي", "PER")])
    st, = doc.statements
    assert st.speaker.text == "منظمات غير حكومية حقوقية"
    assert st.content.text.startswith("فرنسا بتقديم الدعم")


def test_participle_keeps_its_complement(analyse):
    doc = analyse("ونفى محامي المشتبه بهم هذه الاتهامات.")
    st, = doc.statements
    assert st.speaker.text == "محامي المشتبه بهم" and st.content.text == "هذه الاتهامات"


def test_dotted_ya_spells_an_adjective_not_the_verb(analyse):
    doc = analyse("ولا يزال من غير المعروف إذا ما كان بوفاتش سيعود إلى الكادر التدريبي، أم ستتحول إجازته الإجبارية "
                  "إلى وداع أبدي، بينه وبين رفيق الدرب، يورغن كلوب.", [("يورغن كلوب", "PER"), ("بوفاتش", "PER")])
    assert cues_of(doc) == []


def test_abbreviation_letters_are_no_complementizer(analyse):
    doc = analyse("وأوضحت شقيقة توماس لشبكة إن.بي.سي أن شقيقها كان يعاني من اضطراب عقلي، بسبب حزنه الشديد على غرق "
                  "طفليه.")
    st, = doc.statements
    assert st.speaker.text == "شقيقة توماس"
    assert st.content.text.startswith("شقيقها كان يعاني")


def test_start_of_the_month_is_when_not_who(analyse):
    doc = analyse("وكانت صحيفة \"جمهورييت\" التركية، قالت مطلع الشهر الحالي، إن سيدات بيكر يواجه لائحة اتهام تدعو "
                  "لسجنه خمسة أعوام.", [("جمهورييت", "ORG"), ("سيدات بيكر", "PER")])
    st, = doc.statements
    assert speaker_name(doc, st) == "جمهورييت"


def test_benefited_is_no_report_and_a_far_b_phrase_no_content(analyse):
    doc = analyse("ووقع إصابة الحارس في الدقيقة الـ58 من عمر المباراة، ويبدو أن خطوة الحارس أفادت المنتخب التونسي، إذ كان "
                  "متأخرا بنيجة 2-1.")
    assert cues_of(doc) == []


def test_is_considered_is_passive_and_stays_in_the_content(analyse):
    doc = analyse("قال أنور قرقاش، وزير الدولة الإماراتي للشؤون الخارجية، إن عدم حضور جماعة الحوثي لمحادثات السلام التي "
                  "ترعاها الأمم المتحدة حول اليمن في جنيف، يعتبر دليلا على أن تحرير منطقة الحديدة مطلوب لـ\"إعادتهم إلى "
                  "رشدهم\".", [("أنور قرقاش", "PER"), ("جماعة الحوثي", "ORG"), ("الأمم المتحدة", "ORG")])
    st, = doc.statements
    assert speaker_name(doc, st) == "أنور قرقاش"
    assert st.content.text.endswith("يعتبر دليلا على أن تحرير منطقة الحديدة مطلوب لـ\"إعادتهم إلى رشدهم\"")


def test_what_he_denies_takes_up_the_accusation(analyse):
    doc = analyse("واتهمت تركيا غولن بأنه العقل المدبر لمحاولة إطاحة الرئيس رجب طيب أردوغان في 15 تموز/يوليو 2016، وهو ما "
                  "ينفيه بشدة.", [("تركيا", "LOC"), ("غولن", "PER"), ("رجب طيب أردوغان", "PER")])
    accusation, denial = doc.statements
    assert denial.cue.text == "ينفيه" and speaker_name(doc, denial) == "غولن"
    assert denial.content.text == accusation.content.text


def test_defective_verb_with_a_pronoun_and_a_named_denier(analyse):
    doc = analyse("ولكن أصدقاء وأقارب للممثل تحدثوا عن انتزاع هذه الاعترافات تحت التعذيب، وهو ما نفاه المدعي العام.")
    denial = doc.statements[-1]
    assert denial.cue.text == "نفاه" and denial.speaker.text == "المدعي العام"
    assert denial.content.text == "انتزاع هذه الاعترافات تحت التعذيب"


def test_coordinated_verb_shares_a_fronted_name(analyse):
    doc = analyse("تركيا تقبض على مخطط تفجير \"ريحانلي\" وتوجه اتهاماً للمخابرات السورية\n\n"
                  "أعلنت السلطات التركية القبض على شخص.", [("تركيا", "LOC")])
    st = doc.statements[0]
    assert st.cue.text == "وتوجه" and speaker_name(doc, st) == "تركيا"


def test_a_place_set_off_as_a_hashtag_is_no_object(analyse):
    doc = analyse("نفت منظمة حلف شمال الأطلسي (الناتو) في #أفغانستان، الاثنين، تقارير عن إعلان قائدها أن #الولايات_المتحدة "
                  "مستعدة لإجراء محادثات مباشرة مع حركة #طالبان.",
                  [("منظمة حلف شمال الأطلسي", "ORG", ["الناتو"]), ("أفغانستان", "LOC"), ("الولايات_المتحدة", "LOC"),
                   ("طالبان", "ORG")])
    st, = doc.statements
    assert st.content.text.startswith("تقارير عن إعلان قائدها")


def test_a_body_named_after_a_bare_source_is_the_object(analyse):
    doc = analyse("وحمل الأهالي ميليشيا الحوثي الإنقلابية المسؤولية عن حياة الجريح \"السمان\" وكذلك حملوهم مسؤولية أي خطر "
                  "يتعرض له أي فرد من أبناء قبيلة السمان مؤكدين بأنهم لن يسكتوا عن ظلم يتعرضون له.",
                  [("ميليشيا الحوثي", "ORG")])
    assert [s.speaker.text for s in doc.statements] == ["الأهالي", "الأهالي"]
    assert doc.statements[-1].content.text.endswith("أي فرد من أبناء قبيلة السمان مؤكدين بأنهم لن يسكتوا عن ظلم "
                                                    "يتعرضون له")


def test_what_he_described_is_no_denial_of_the_clause_before(analyse):
    doc = analyse("وفي تفاصيل المذكرة، ناقش أندرو بوزووث، بلهجة تهكمية، ما وصفه بـ\"الحقيقة القبيحة\" للشركة العملاقة، التي "
                  "تعمل وفقا لبوز بمبدأ النمو بأي ثمن.", [("أندرو بوزووث", "PER")])
    st = next(s for s in doc.statements if s.cue.text == "وصفه")
    assert st.content.text.startswith("\"الحقيقة القبيحة\"")


def test_a_conjoined_defective_verb_breaks_a_run_on_sentence(analyse):
    doc = analyse("وفي 2012، أعلنت إسرائيل أن ضباطا من الاستخبارات الإيرانية في جنوب أفريقيا قاموا بتجنيدها.ونفى محامي "
                  "المشتبه بهم هذه الاتهامات.", [("إسرائيل", "LOC")])
    assert [s.content.text for s in doc.statements] == [
        "ضباطا من الاستخبارات الإيرانية في جنوب أفريقيا قاموا بتجنيدها", "هذه الاتهامات"]


def test_every_one_of_a_list_speaks_through_its_first_member(analyse):
    doc = analyse("طالبت كل من بريطانيا وفرنسا وألمانيا بإجراء تحقيق موثوق بشأن اختفاء الصحفي.",
                  [("بريطانيا", "LOC"), ("فرنسا", "LOC"), ("ألمانيا", "LOC")])
    st, = doc.statements
    assert speaker_name(doc, st) == "بريطانيا" and st.speaker.text == "بريطانيا وفرنسا وألمانيا"
    assert st.content.text.startswith("إجراء تحقيق")


def test_list_members_with_titles_are_skipped(analyse):
    doc = analyse("وأكد كل من وزير الخارجية الأمريكي مايك بومبيو ونظيره الروسي سيرغي لافروف أن الحوار مستمر.",
                  [("مايك بومبيو", "PER"), ("سيرغي لافروف", "PER")])
    st, = doc.statements
    assert speaker_name(doc, st) == "مايك بومبيو" and st.content.text == "الحوار مستمر"


def test_an_estimate_is_stated_but_estimated_at_is_not(analyse):
    doc = analyse("وتقدر الأمم المتحدة أن نحو 400 ألف شخص محاصرون داخل الغوطة.", [("الأمم المتحدة", "ORG"),
                                                                                 ("الغوطة", "LOC")])
    st, = doc.statements
    assert speaker_name(doc, st) == "الأمم المتحدة" and st.content.text.startswith("نحو 400 ألف")
    assert analyse("وقدرت الخسائر بنحو مليار دولار، في حين أن الحكومة لم تعلن رقما.").statements == []
    assert analyse("ويقدر عدد السكان بنحو مليوني نسمة.").statements == []


def test_an_apology_is_a_regret(analyse):
    doc = analyse("واعتذر مكتب الرئيس لاحقا عن تصريحاته.")
    st, = doc.statements
    assert st.speaker.text == "مكتب الرئيس" and st.cue.stance == "regret" and st.content.text == "تصريحاته"
