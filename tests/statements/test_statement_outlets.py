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


# --- who the subject phrase is ---------------------------------------------------------------------------

def test_nouns_starting_with_waw_are_not_conjunctions(analyse):
    doc = analyse("وقال رئيس وحدة مكافحة الإرهاب في الشرطة نيل باسو خلال مؤتمر صحفي إن الشخصين تعرضا لغاز الأعصاب.\n\n"
                  "قال نائب وزير الداخلية الألماني شتيفان ماير إن المكتب الاتحادي سيعيد النظر في قرارات اللجوء.",
                  [("نيل باسو", "PER"), ("شتيفان ماير", "PER")])
    assert [speaker_name(doc, s) for s in doc.statements] == ["نيل باسو", "شتيفان ماير"]


def test_ambassador_to_a_country_then_the_name(analyse):
    doc = analyse("أكد السفير الإماراتي لدى المملكة العربية السعودية الشيخ شخبوط بن نهيان آل نهيان أن المجلس التنسيقي "
                  "هو تتويج لعمق العلاقة بين البلدين.",
                  [("شخبوط بن نهيان آل نهيان", "PER"), ("المملكة العربية السعودية", "LOC")])
    assert speaker_name(doc, doc.statements[0]) == "شخبوط بن نهيان آل نهيان"


def test_coordinated_words_stay_in_the_subject(analyse):
    doc = analyse("كشفت لجنة الانضباط والتفتيش المركزي في الحزب الشيوعي الحاكم في الصين، الأحد، عن مصير رئيس منظمة "
                  "الشرطة الدولية.\n\nندد مسؤولون أمريكيون وإسرائيليون الأربعاء بتصريحات للرئيس الفلسطيني.\n\n"
                  "نددت إسرائيل وحليفها الأمريكي الأربعاء بتصريحات أدلى بها الرئيس الفلسطيني.",
                  [("الحزب الشيوعي", "ORG"), ("الصين", "LOC"), ("إسرائيل", "LOC")])
    committee, officials, israel = doc.statements
    assert committee.speaker.text.startswith("لجنة الانضباط والتفتيش المركزي")
    assert committee.content.text.startswith("مصير رئيس")
    assert officials.speaker.text == "مسؤولون أمريكيون وإسرائيليون"
    assert israel.content.text.startswith("تصريحات أدلى") and speaker_name(doc, israel) == "إسرائيل"


def test_outlet_named_in_latin_letters(analyse):
    doc = analyse("وذكرت شبكة CNN، في وقت سابق من هذا الأسبوع، أن ترامب مازال غير مقتنع بهذا الامر.")
    assert doc.statements[0].speaker.text == "شبكة CNN"


def test_quoted_body_after_title_then_the_name(analyse):
    doc = analyse("كما نفى رئيس \"مجموعة العمل\"، براين هوك وجود أي علاقة بين إعلان بومبيو وتزامنه مع ذكرى الانقلاب.",
                  [("براين هوك", "PER"), ("مجموعة العمل", "ORG"), ("بومبيو", "PER")])
    st = doc.statements[0]
    assert speaker_name(doc, st) == "براين هوك" and st.content.text.startswith("وجود أي علاقة")


def test_time_phrase_after_the_verb_is_not_the_subject(analyse):
    doc = analyse("وكان مارك زوكربرغ أعلن عن حملة كبح على من يشترون الإعلانات، وقال الشهر الجاري إن الشركة ستلزم "
                  "كل من يسعى لنشر إعلان بتأكيد هويته.", [("مارك زوكربرغ", "PER")])
    said = doc.statements[-1]
    assert said.cue.text == "وقال" and said.speaker.text is None and speaker_name(doc, said) == "مارك زوكربرغ"


def test_abbreviation_in_parentheses_after_the_subject(analyse):
    doc = analyse("أعلن الاتحاد الدولي لكرة القدم (فيفا)، الإثنين، عن اختيار اللاعب المصري محمد صلاح من ضمن المرشحين "
                  "لجائزة أفضل لاعب.", [("الاتحاد الدولي لكرة القدم", "ORG"), ("فيفا", "ORG"), ("محمد صلاح", "PER")])
    st = doc.statements[0]
    assert speaker_name(doc, st) == "الاتحاد الدولي لكرة القدم" and st.content.text.startswith("اختيار اللاعب")


def test_state_word_before_a_country(analyse):
    doc = analyse("أعلنت دولة الإمارات العربية المتحدة، الجمعة، تشكيل \"لجنة وطنية عاجلة\" بهدف \"إغاثة المتضررين\" "
                  "جراء الفيضانات.", [("الإمارات العربية المتحدة", "LOC")])
    st = doc.statements[0]
    assert speaker_name(doc, st) == "الإمارات العربية المتحدة" and st.content.text.startswith("تشكيل")


def test_announcing_body_before_a_complementizer(analyse):
    doc = analyse("وأعلنت المفوضية العليا المستقلة للانتخابات الأسبوع الماضي أن عملية إعادة فرز الأصوات ستكون جزئية.\n\n"
                  "كشفت دراسة أميركية أن معظم إعلانات الدعاية السياسية كانت ترعاها جماعات مريبة.")
    commission, study = doc.statements
    assert commission.speaker.text.startswith("المفوضية العليا المستقلة")
    assert study.speaker.text == "دراسة أميركية"


def test_profession_is_a_source_and_call_content_after_ila(analyse):
    doc = analyse("دعا كاتب سياسي أميركي وزارة الخارجية إلى استدعاء السفير القطري في واشنطن.", [("واشنطن", "LOC")])
    st = doc.statements[0]
    assert st.speaker.text == "كاتب سياسي أميركي" and st.content.text == "استدعاء السفير القطري في واشنطن"


def test_prepositional_object_is_not_a_title_before_a_name(analyse):
    doc = analyse("وندد سياسيون روس مؤيدون للحكومة بتعليقات بابتشينكو على مواقع التواصل الاجتماعي.",
                  [("بابتشينكو", "PER")])
    st = doc.statements[0]
    assert st.speaker.entity is None and st.speaker.text.startswith("سياسيون روس")


def test_description_takes_up_the_latest_source_so_described(analyse):
    doc = analyse("دعا كاتب سياسي أميركي وزارة الخارجية إلى استدعاء السفير القطري.\n\n"
                  "وقال الكاتب توم روجر في صحيفة واشنطن إكزامينر إنه ينبغي على وزارة الخارجية استدعاء السفير.\n\n"
                  "وأوضح الكاتب أن رئيس الوزراء كان يعرف مع من يلتقي.",
                  [("توم روجر", "PER"), ("واشنطن إكزامينر", "ORG")])
    assert speaker_name(doc, doc.statements[-1]) == "توم روجر"


def test_magazines_media_and_relatives_are_sources(analyse):
    doc = analyse("وبحسب المجلة الفرنسية فإن ناديي أودينيزي الإيطالي وفياريال الإسباني يسعيان إلى ضم اللاعب.\n\n"
                  "وبحسب الإعلام المحلي فإن البريطانيين اللذين تعرضا للمادة السامة هما رجل وامرأة.\n\n"
                  "وقد فقد هونغوي بعد أن غادر فرنسا أواخر سبتمبر الماضي، وفقاً لما قالته زوجته، التي تقيم في ليون.",
                  [("هونغوي", "PER"), ("فرنسا", "LOC"), ("ليون", "LOC")])
    assert [s.speaker.text for s in doc.statements] == ["المجلة الفرنسية", "الإعلام المحلي", "زوجته"]


def test_alongside_is_not_what_is_called_for(analyse):
    doc = analyse("ودعت راشيل بوتشبيندر، إلى جانب أطباء شاركوا في الدراسة، إلى تبني معايير عالمية خاصة بآلام الظهر.",
                  [("راشيل بوتشبيندر", "PER")])
    assert doc.statements[0].content.text == "تبني معايير عالمية خاصة بآلام الظهر"


# --- whom an implicit or described subject is -------------------------------------------------------------

def test_statement_noun_keeps_its_own_gender(analyse):
    doc = analyse("وأكدت منظمة حظر الأسلحة الكيماوية أن غاز الكلور استخدم كسلاح.\n\n"
                  "وأفاد بيان المنظمة أن بعثة التحقيق توصلت إلى أن الكلور انبعث من الاسطوانات.\n\n"
                  "وأضاف أن الاستنتاجات مبنية على العثور على اسطوانتين.", [("منظمة حظر الأسلحة الكيماوية", "ORG")])
    assert speaker_name(doc, doc.statements[-1]) == "منظمة حظر الأسلحة الكيماوية"


def test_two_coordinated_sources_are_plural(analyse):
    doc = analyse("وقال محاميان ومصدر قضائي الاثنين إن الحكم يعني أن هؤلاء سيبقون على القائمة.\n\n"
                  "وأضافوا أن الحكم الجديد يستلزم الطعن مرة أخرى.")
    assert doc.statements[-1].speaker.text == "محاميان ومصدر قضائي"


def test_related_article_title_is_no_antecedent(analyse):
    doc = analyse("الأمم المتحدة: اليمن يجسد أسوأ أزمة إنسانية\n\n"
                  "وقال غوتيريس إن 8 ملايين شخص لا يعرفون من أين يحصلون على وجبتهم التالية.\n\n"
                  "اليونيسيف: مليونا طفل يمني باتوا خارج المدرسة\n\n"
                  "ومع تزايد الفقر تصاعدت نسبة زواج الأطفال، وأضاف \"حوالي ثلثي الفتيات يتزوجن قبل سن الثامنة عشر.\"",
                  [("الأمم المتحدة", "ORG"), ("غوتيريس", "PER"), ("اليونيسيف", "ORG"), ("اليمن", "LOC")])
    assert speaker_name(doc, doc.statements[-1]) == "غوتيريس"


def test_coordinated_verb_shares_a_verb_first_subject(analyse):
    doc = analyse("شن إيان رايت مهاجم أرسنال السابق هجوما عنيفا ضد أرسين فينغر مدرب الفريق الحالي وأكد أنه ينبغي "
                  "رحيله في نهاية الموسم.", [("إيان رايت", "PER"), ("أرسين فينغر", "PER"), ("أرسنال", "ORG")])
    assert speaker_name(doc, doc.statements[-1]) == "إيان رايت"


def test_subject_before_kana_after_the_complementizer(analyse):
    doc = analyse("يذكر أن الإنتربول كانت قد طالبت السلطات الصينية بالكشف عن مصير رئيسها المختفي.",
                  [("الإنتربول", "ORG")])
    assert speaker_name(doc, doc.statements[0]) == "الإنتربول"


def test_family_of_a_person_is_the_source(analyse):
    doc = analyse("أسرة جمال خاشقجي تطالب بتشكيل لجنة دولية مستقلة للتحقيق في \"موته\"", [("جمال خاشقجي", "PER")])
    st = doc.statements[0]
    assert st.speaker.entity is None and st.speaker.text == "أسرة جمال خاشقجي"


def test_headline_subjects_after_a_colon_and_before_a_place(analyse):
    body = "\n\nويملك امبراطورية في مجال الخدمات اللوجستية."
    doc = analyse("فرنسا: بولوريه يندد بحملة التشهير ضده" + body, [("فرنسا", "LOC")])
    assert doc.statements[0].speaker.text == "بولوريه"
    doc = analyse("الحزب الحاكم في الصين يكشف عن مصير رئيس الإنتربول المختفي" + body, [("الصين", "LOC")])
    assert doc.statements[0].speaker.text == "الحزب الحاكم في الصين"


def test_quoted_body_is_the_subject_of_the_sentence(analyse):
    doc = analyse("وظهرت حركة \"حسم\" في 2014 وأعلنت تبني العديد من الاغتيالات في صفوف الشرطة المصرية.",
                  [("حسم", "ORG")])
    assert speaker_name(doc, doc.statements[0]) == "حسم"


def test_hashtag_name_ner_missed(analyse):
    doc = analyse("حالة من الغضب أصابت الفنانة.\n\nوأعربت #أنغام عن غضبها على حساباتها الرسمية، وأكدت أن الخبر عار "
                  "تماما من الصحة.")
    assert [s.speaker.text for s in doc.statements] == ["أنغام", "أنغام"]


def test_colon_after_a_described_source(analyse):
    doc = analyse("قضية خاشقجي.. 15 دقيقة مدة اجتماع بومبيو والملك سلمان\n\n"
                  "مسؤول تركي لـCNN: التعاون إيجابي مع السعودية في التحقيق بشأن خاشقجي", [("السعودية", "LOC")])
    st = doc.statements[0]
    assert (st.cue.text, st.speaker.text) == (":", "مسؤول تركي")
    assert st.content.text == "التعاون إيجابي مع السعودية في التحقيق بشأن خاشقجي"


# --- more cues and contents --------------------------------------------------------------------------------

def test_noun_phrase_content_after_ishara_and_tashdid(analyse):
    doc = analyse("وأشار المصدر نفسه إلى احتمال مشاركة الفنان ناصر القصبي في العمل كضيف شرف.\n\n"
                  "ودعا غوتيريس إسرائيل إلى اتخاذ أقصى درجات الحذر، مشددا في بيان له الخميس على حق المدنيين "
                  "بممارسة حقهم في التظاهر بشكل سلمي.\n\n"
                  "وطالب بضبط النفس، خاصة بعد أن أكدت إسرائيل إبقاءها على الأوامر التي أصدرتها إلى جنودها.",
                  [("ناصر القصبي", "PER"), ("غوتيريس", "PER"), ("إسرائيل", "LOC")])
    contents = {s.cue.text: s.content.text for s in doc.statements}
    assert contents["وأشار"].startswith("احتمال مشاركة")
    assert contents["مشددا"] == "حق المدنيين بممارسة حقهم في التظاهر بشكل سلمي"
    assert contents["أكدت"].startswith("إبقاءها على الأوامر")


def test_advised_reassured_and_concluded(analyse):
    doc = analyse("فقد نصح حسن روحاني نظيره الأمريكي \"بعدم اللعب بالنار\".\n\n"
                  "وطمأن المسؤول الأمني إلى أن \"الخطر ضئيل على العامة\".\n\n"
                  "وختم ساخرا: \"يبدو أن من أنكر المحرقة يبقى منكرا للمحرقة\".", [("حسن روحاني", "PER")])
    assert [s.cue.text for s in doc.statements] == ["نصح", "وطمأن", "وختم"]
    assert doc.statements[2].speaker.text != "ساخرا"


def test_considered_with_a_resumptive_pronoun(analyse):
    doc = analyse("واندلعت الأزمة عقب انتقادات كندية لحقوق الإنسان في المملكة، الأمر الذي اعتبرته الرياض تدخلا في "
                  "شؤونها الخاصة.", [("الرياض", "LOC")])
    st = doc.statements[0]
    assert st.cue.text == "اعتبرته" and speaker_name(doc, st) == "الرياض"
    assert st.content.text == "تدخلا في شؤونها الخاصة"


def test_object_set_off_as_a_hashtag(analyse):
    doc = analyse("في حين دعا الأمين العام للأمم المتحدة انطونيو غوتيريس #إسرائيل الى اتخاذ أقصى درجات الحذر.",
                  [("انطونيو غوتيريس", "PER"), ("الأمم المتحدة", "ORG"), ("إسرائيل", "LOC")])
    assert speaker_name(doc, doc.statements[0]) == "انطونيو غوتيريس"


def test_what_indicates_and_evidence_are_no_sources(analyse):
    doc = analyse("تراجع عدد الأميركيين المتقدمين بطلبات للحصول على إعانة البطالة، ما يشير إلى استمرار قوة سوق العمل.\n\n"
                  "بينما تشير كل الأدلة إلى أهمية الحركة كجزء أساسي من علاج هذه المشكلة.")
    assert doc.statements == []


def test_accusative_source_after_lakin(analyse):
    doc = analyse("لكن مسؤولاً حكومياً يمنياً كشف أن مساعي غريفيث تتركز على بحث وضع ميناء الحديدة تحت الإشراف الأممي.\n\n"
                  "لكن مسؤولا بارزا في الشرطة رد على الانتقادات وأكد أن الزوجة سبق وحضرت إلى الشرطة طلبا للمساعدة.",
                  [("غريفيث", "PER"), ("الحديدة", "LOC")])
    assert [s.speaker.text for s in doc.statements] == ["مسؤولاً حكومياً يمنياً", "مسؤولا بارزا في الشرطة"]


# --- content spans -------------------------------------------------------------------------------------------

def test_according_to_with_a_quote_inside_the_clause(analyse):
    doc = analyse("وبحسب البيان تم كذلك توقيف \"خمسة عناصر إرهابية\" في منطقة المرج بشرق القاهرة.")
    st = doc.statements[0]
    assert st.content.text == "تم كذلك توقيف \"خمسة عناصر إرهابية\" في منطقة المرج بشرق القاهرة" and st.kind == "mixed"


def test_according_to_an_agency_with_its_quoted_short_name_at_the_end(analyse):
    doc = analyse("أصدر الشيخ خليفة بن زايد آل نهيان الإثنين مرسوما بتعديل قانون مكافحة جرائم تقنية المعلومات، "
                  "وفقا لوكالة الأنباء الإماراتية \"وام\".",
                  [("خليفة بن زايد آل نهيان", "PER"), ("وكالة الأنباء الإماراتية", "ORG")])
    assert doc.statements[0].content.text.startswith("أصدر الشيخ خليفة")


def test_according_to_a_source_phrase_up_to_the_comma(analyse):
    doc = analyse("وبحسب دراسة لمعهد صناديق الثروة السيادية بالعالم، يحل صندوق الاستثمارات السعودي بالمرتبة 11 عالميا.")
    st = doc.statements[0]
    assert st.speaker.text == "دراسة لمعهد صناديق الثروة السيادية بالعالم"
    assert st.content.text == "يحل صندوق الاستثمارات السعودي بالمرتبة 11 عالميا"


def test_according_to_a_relay_before_a_report(analyse):
    doc = analyse("وبحسب ما ذكر موقع النادي الرسمي الخميس، أكد يوسف أن إدارة الكرة لم تصلها أية عروض رسمية.",
                  [("يوسف", "PER")])
    assert [s.cue.text for s in doc.statements] == ["أكد"]


def test_according_to_inside_the_clause(analyse):
    doc = analyse("ويصعب بحسب الدراسة تحديد الأسباب الرئيسية الكامنة وراء آلام الظهر لدى معظم المرضى.")
    assert doc.statements[0].content.text == "تحديد الأسباب الرئيسية الكامنة وراء آلام الظهر لدى معظم المرضى"


def test_according_to_a_person_with_an_apposition_holding_a_quoted_name(analyse):
    doc = analyse("وبحسب البروفيسورة راشيل بوتشبيندر، أخصائية أمراض الروماتيزم في جامعة \"موناش\" بأستراليا، فإنه يتم "
                  "التعامل مع غالبية الحالات بتقديم علاجات.", [("راشيل بوتشبيندر", "PER"), ("أستراليا", "LOC")])
    assert doc.statements[0].content.text == "يتم التعامل مع غالبية الحالات بتقديم علاجات"


def test_quoted_object_with_its_preposition(analyse):
    doc = analyse("فرنسا: بولوريه يندد \"بحملة التشهير\" ضده ويحذر من أن التحقيقات معه قد تضعف علاقات باريس بأفريقيا"
                  "\n\nويملك امبراطورية في مجال الخدمات اللوجستية.", [("فرنسا", "LOC"), ("باريس", "LOC")])
    assert doc.statements[0].content.text == "بحملة التشهير"


def test_title_after_the_name_before_the_complementizer(analyse):
    doc = analyse("والسبت، أعلن ليث حمزة المتحدث الرسمي باسم المفوضية المؤلفة من تسعة قضاة عينهم مجلس القضاء الأعلى "
                  "بدلا من أعضاء المفوضية السابقين على خلفية شبهات بالتزوير أن \"عملية العد والفرز اليدوي ستبدأ "
                  "الثلاثاء\".", [("ليث حمزة", "PER")])
    assert doc.statements[0].content.text == "عملية العد والفرز اليدوي ستبدأ الثلاثاء"


def test_quoted_title_of_an_article_is_not_the_content(analyse):
    doc = analyse("وأوضح في مقال نشر على الموقع الرسمي للصندوق بعنوان \"مصر تتقدم: أهم التحديات والفرص\"، أنه على "
                  "مدار الخمس سنوات القادمة، يتوقع انضمام 3.5 مليون شخص إلى سوق العمل.", [("مصر", "LOC")])
    assert "مصر تتقدم" not in doc.statements[0].content.text


def test_according_to_a_channel_then_its_quote(analyse):
    doc = analyse("وقال التحالف بحسب ما نقلت عنه قناة الإخبارية الحكومية \"وصول قوات سعودية إلى جزيرة سقطرى اليمنية\".",
                  [("التحالف", "ORG"), ("قناة الإخبارية", "ORG"), ("سقطرى", "LOC")])
    relay = next(s for s in doc.statements if s.cue.text == "بحسب")
    assert relay.content.text == "وصول قوات سعودية إلى جزيرة سقطرى اليمنية"
    doc = analyse("وجاء في رد الأمير وفقا لوكالة الأنباء السعودية \"ما نشر في وسائل التواصل الاجتماعي أو الإعلام غير "
                  "دقيق\".", [("وكالة الأنباء السعودية", "ORG")])
    assert doc.statements[0].content.text == "ما نشر في وسائل التواصل الاجتماعي أو الإعلام غير دقيق"


def test_sources_with_a_possessive_or_a_number(analyse):
    doc = analyse("وعلى الرغم من أن الصحيفة لم تتلق تعليقا على الخبر، إلا أن مصادرها تقول إن الاستثمار سيخلق قيمة كبيرة "
                  "للممولين.\n\nفان ترامب مازال غير مقتنع بهذا الامر وفقا لما ذكرته ثلاثة مصادر مطلعة على تفكير الرئيس.",
                  [("ترامب", "PER")])
    assert [s.speaker.text for s in doc.statements] == ["مصادرها", "ثلاثة مصادر مطلعة"]


def test_paragraph_opening_on_a_verb_without_subject_is_passive(analyse):
    doc = analyse("قال أمير حاتمي، وزير الدفاع الإيراني، إن بلاده بصدد الكشف عن طائرة مقاتلة جديدة.\n\n"
                  "أعلن في سويسرا السبت عن وفاة الأمين العام الأسبق للأمم المتحدة كوفي عنان عن عمر يناهز الـ80.",
                  [("أمير حاتمي", "PER"), ("سويسرا", "LOC"), ("الأمم المتحدة", "ORG"), ("كوفي عنان", "PER")])
    assert [s.cue.text for s in doc.statements] == ["قال"]


def test_name_ner_missed_after_a_title_ending_in_a_nationality(analyse):
    doc = analyse("وقال نائب رئيس الوزراء التركي رجب أقداغ إن تركيا ستواصل فعل ذلك في المرحلة المقبلة.",
                  [("تركيا", "LOC")])
    assert speaker_name(doc, doc.statements[0]) == "رجب أقداغ"


def test_confirming_source_with_an_aside(analyse):
    doc = analyse("وأكد مفوض الشرطة في فيلادلفيا وهو أسود أن عناصره تصرفوا بطريقة مناسبة.\n\n"
                  "وأكد بولتون، الذي عينه ترامب في مارس آذار ليحل محل مستشار الأمن القومي السابق إتش.آر مكماستر، في "
                  "المقابلة مع (سي.إن.إن) أن وظيفته هي تقديم المشورة لترامب.\n\n"
                  "ولفت بولتون، الذي كان يعمل آنذاك لدى معهد أمريكان انتربرايز البحثي \"هناك الكثير مما يمكننا القيام "
                  "به، وينبغي لنا ذلك\".", [("فيلادلفيا", "LOC"), ("بولتون", "PER"), ("ترامب", "PER")])
    commissioner, confirmed, noted = doc.statements
    assert commissioner.speaker.text.startswith("مفوض الشرطة")
    assert speaker_name(doc, confirmed) == "بولتون" and confirmed.content.text.startswith("وظيفته هي")
    assert noted.content.text.startswith("هناك الكثير")


def test_quoted_words_in_the_object_are_no_apposition(analyse):
    doc = analyse("قبل نحو 3 أشهر، كشف الرئيس الروسي، فلاديمير بوتن، النقاب عن مجموعة من الأسلحة الاستراتيجية التي "
                  "\"لا تقهر\" ، وعلى رأسها صاروخ عابر للقارات، إلا أن معلومات استخباراتية نقلتها وسائل إعلام "
                  "أميركية، فجرت أخيرا مفاجأة.", [("فلاديمير بوتن", "PER")])
    assert doc.statements[0].content.text.startswith("النقاب عن مجموعة")


def test_complementizer_followed_by_a_quote_is_not_a_manner_adverb(analyse):
    doc = analyse("وكان بوتن أعلن عن مجموعة من الأسلحة النووية الاستراتيجية الجديدة، التي قال إنها \"لاتقهر\"، في واحد "
                  "من أكثر خطاباته استعراضا للقوة.", [("بوتن", "PER")])
    assert "قال" in [s.cue.text for s in doc.statements]


def test_comma_after_an_apposed_name_closes_it(analyse):
    doc = analyse("نفى رئيس لجنة الحكام في مصر، عصام عبد الفتاح، صحة التصريحات التي نسبت له حول استفادة النادي الأهلي "
                  "المصري من التحكيم، وفقا لما نشره الاتحاد المصري لكرة القدم عبر صفحته الرسمية على موقع تويتر، "
                  "الأربعاء", [("مصر", "LOC"), ("عصام عبد الفتاح", "PER"), ("النادي الأهلي", "ORG")])
    denied = doc.statements[0]
    assert speaker_name(doc, denied) == "عصام عبد الفتاح"
    assert denied.content.text.startswith("صحة التصريحات التي نسبت له")
    assert [s.cue.text for s in doc.statements] == ["نفى", "وفقا"]


def test_headline_opening_on_a_verbal_noun(analyse):
    doc = analyse("كشف هوية شيخين رافقا صحفياً سعودياً بجولته في سجن \"ذهبان\"\n\n"
                  "كشف الصحفي السعودي عبدالعزيز قاسم عن هوية شيخين رافقاه مؤخراً في زيارته الى سجن ذهبان.",
                  [("عبدالعزيز قاسم", "PER")])
    assert [speaker_name(doc, s) for s in doc.statements] == ["عبدالعزيز قاسم"]


def test_definite_surname_and_content_after_a_quoted_medium(analyse):
    doc = analyse("قال الدكتور فواز العلمي، الخبير السعودي في التجارة الدولية، إن الولايات المتحدة تصدرت دول العالم.\n\n"
                  "وأشار العلمي في مقابلة مع \"العربية\" إلى تحرك الدول المقابلة للولايات المتحدة في مضمار التجارة "
                  "العالمية.", [("فواز العلمي", "PER"), ("الولايات المتحدة", "LOC")])
    noted = doc.statements[-1]
    assert speaker_name(doc, noted) == "فواز العلمي"
    assert noted.content.text.startswith("تحرك الدول المقابلة")


def test_a_database_cited_does_not_go_on_speaking(analyse):
    doc = analyse("وأفادت هيومن رايتس ووتش أنها حللت معلومات من قاعدة بيانات عامة لوزارة الداخلية. وبالإضافة إلى هؤلاء، "
                  "ذكرت قاعدة البيانات أن السلطات السعودية تحتجز 1,875 شخصاً لأكثر من سنة.\n\n"
                  "وأشارت إلى \"الارتفاع الظاهر في عدد حالات الاحتجاز التعسفي\" في السنوات الأخيرة.",
                  [("هيومن رايتس ووتش", "ORG")])
    assert speaker_name(doc, doc.statements[-1]) == "هيومن رايتس ووتش"


def test_states_expressing_concern_past_a_complement_with_lam(analyse):
    doc = analyse("وأعربت الدول الغربية الحليفة لأنقرة ومن بينها الاتحاد الأوروبي عن قلقها بشأن حجم عملية التطهير.",
                  [("أنقرة", "LOC"), ("الاتحاد الأوروبي", "ORG")])
    st = doc.statements[0]
    assert st.speaker.text.startswith("الدول الغربية") and st.content.text.startswith("قلقها بشأن")


def test_quoted_station_name_before_the_complementizer(analyse):
    doc = analyse("وقال محامي الموقوفين في مقابلة مع محطة \"سي بي إس فيلادلفيا\" المحلية إن موكليه كانا ينتظران وصول "
                  "رجل ثالث في إطار موعد عمل.")
    assert doc.statements[0].content.text.startswith("موكليه كانا ينتظران")


def test_came_in_the_statement(analyse):
    doc = analyse("وجاء في البيان أن الأجهزة الأمنية أحبطت خلال العملية عددا من الهجمات.\n\n"
                  "وورد في البيان أن الخلية كانت تخطط لاستهداف \"قيادات ومنسوبي الأجهزة الأمنية\".\n\n"
                  "وجاء في المرتبة الثانية فريق برشلونة.", [("برشلونة", "ORG")])
    assert [(s.cue.text, s.speaker.text) for s in doc.statements] == [("وجاء", "البيان"), ("وورد", "البيان")]
    assert doc.statements[0].content.text == "الأجهزة الأمنية أحبطت خلال العملية عددا من الهجمات"


def test_relative_after_according_to_is_the_network(analyse):
    doc = analyse("وخضع الصاروخ بين نوفمبر وفبراير لـ4 تجارب فاشلة، وفق الشبكة الأميركية التي أضافت، نقلا عن المصدر "
                  "الاستخباراتي، أن أفضل وقت حققه السلاح الجديد محلقا في الجو كان أكثر من دقيقتين.")
    added = next(s for s in doc.statements if s.cue.text == "أضافت")
    assert added.speaker.text == "الشبكة الأميركية"


def test_report_issued_by_a_body_not_a_person(analyse):
    doc = analyse("وكان بوتن أعلن أن الأسلحة الجديدة لا تقهر.\n\n"
                  "وأشار التقرير إلى أنه لم يترتب أي خطر بيئي أو صحي على انفجار الصاروخ.", [("بوتن", "PER")])
    assert doc.statements[-1].speaker.entity is None and doc.statements[-1].speaker.text == "التقرير"


def test_engineer_points_to_a_problem(analyse):
    doc = analyse("وفي التسجيل، الذي لم يسمعه الموظف المسؤول قبل الجمعة، أشار المهندس إلى مشكلة لكن دون أن يذكر "
                  "بالتحديد عن خلل بنيوي وشيك.")
    assert doc.statements[0].content.text.startswith("مشكلة")


def test_relative_aside_with_its_own_cue_before_the_quote(analyse):
    doc = analyse("وقال بولتون، الذي لمح في الماضي إلى ضرورة سعي الحكومة الأميركية وراء هذا التغيير، في مقابلة مع "
                  "تلفزيون (إيه.بي.سي) \"هذه ليست سياسة الإدارة\".", [("بولتون", "PER")])
    assert [(s.cue.text, s.content.text) for s in doc.statements] == [("وقال", "هذه ليست سياسة الإدارة")]


def test_verbal_noun_in_rejection_of(analyse):
    doc = analyse("ودعا إلى حشد كل طاقات الشعب الفلسطيني لتصعيد الكفاح الوطني رفضا للقرار الأميركي والعمل على إسقاطه.")
    assert [s.cue.text for s in doc.statements] == ["ودعا"]


def test_spokesman_name_after_the_party_spoken_for(analyse):
    doc = analyse("بدوره اعتبر المتحدث باسم الرئاسة الفلسطينية نبيل أبو ردينة، أن أي خطوة أحادية الجانب لا تساهم في "
                  "تحقيق السلام.", [("نبيل أبو ردينة", "PER")])
    assert speaker_name(doc, doc.statements[0]) == "نبيل أبو ردينة"


def test_participle_after_a_side_phrase_and_a_non_cue_verb(analyse):
    doc = analyse("بدوره اعتبر المتحدث باسم الرئاسة نبيل أبو ردينة، أن أي خطوة أحادية لا تساهم في تحقيق السلام.\n\n"
                  "من جهته أشاد رئيس الوزراء الإسرائيلي بنيامين نتانياهو بقرار واشنطن في تصريح صحفي، واصفا الخطوة "
                  "بـ\"اليوم العظيم لإسرائيل\".", [("نبيل أبو ردينة", "PER"), ("بنيامين نتانياهو", "PER"),
                                                   ("واشنطن", "LOC")])
    assert speaker_name(doc, doc.statements[-1]) == "بنيامين نتانياهو"


def test_quoted_campaign_name_closed_after_a_space(analyse):
    doc = analyse("وقالت حملة \"The Clean Clothes \" التي تهدف لتحسين أوضاع صناعة الملابس حول العالم: \"يبلغ الحد الأدنى "
                  "للأجور نحو 47 جنيها إسترلينيا\".\n\nوأضافت: \"أجورهم لا تغطي حتى الاحتياجات الأساسية\".")
    said, added = doc.statements
    assert said.speaker.text.startswith("حملة \"The Clean Clothes")
    assert said.content.text == "يبلغ الحد الأدنى للأجور نحو 47 جنيها إسترلينيا"
    assert speaker_name(doc, added) == speaker_name(doc, said)


# --- found on a second fresh sample of France24 / CNN / Sky News / Al Arabiya articles -------------------------

def test_hashtag_inside_a_title_and_a_ministry_after_bism(analyse):
    doc = analyse("ولفت رئيس #مجلس التنمية_الاقتصادية_البحريني إلى أنه ستتم الموازنة بين تقليص العجز والنمو.\n\n"
                  "وقالت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا الأربعاء، إن \"ما حدث لسكريبال استخدم "
                  "على الفور\".", [("ماريا زاخاروفا", "PER")])
    noted, said = doc.statements
    assert noted.speaker.text.startswith("رئيس #مجلس")
    assert speaker_name(doc, said) == "ماريا زاخاروفا"


def test_which_is_considered_is_passive(analyse):
    doc = analyse("وتابعت فريلاند \"محورنا الأساسي حاليا هو فعلاً قواعد المنشأ\" التي تعتبر \"أساس الاتفاقية\" والتي "
                  "\"تطرح اشكالية معقدة\".", [("فريلاند", "PER")])
    assert [s.cue.text for s in doc.statements] == ["وتابعت"]


def test_relays_on_the_tongue_of_and_past_adjectives_or_a_parenthesis(analyse):
    doc = analyse("ونقلت وكالة الأنباء الإيرانية الرسمية على لسان بهرام قاسمي، المتحدث باسم الخارجية الإيرانية، قوله: "
                  "\"تم استدعاء السفير العراقي\".\n\n"
                  "ونقلت وكالة الأنباء السورية الرسمية (سانا) عن متحدث باسم القيادة العامة للجيش قوله تم \"إخراج جميع "
                  "الإرهابيين من مدينة دوما\".\n\n"
                  "ونقلت صحيفة \"وول ستريت جورنال\" الأمريكية عن ولي العهد السعودي، الذي يزور الولايات المتحدة، قوله "
                  "إن \"العقوبات ستخلق مزيدا من الضغط على النظام\".",
                  [("بهرام قاسمي", "PER"), ("سانا", "ORG"), ("وول ستريت جورنال", "ORG"), ("الولايات المتحدة", "LOC")])
    iran, syria, wsj = doc.statements
    assert speaker_name(doc, iran) == "بهرام قاسمي"
    assert syria.speaker.text == "متحدث باسم القيادة العامة للجيش"
    assert wsj.speaker.text == "ولي العهد السعودي"


def test_according_to_an_official_with_lam_and_to_our_correspondent(analyse):
    doc = analyse("بدأ أكثر من 100 جندي أمريكي عملية غير متوقعة في جنوب سوريا، الجمعة، وفقا لمسؤول بوزارة الدفاع "
                  "الأمريكية.\n\nلقي 4 أشخاص مصرعهم إثر سقوط قذيفة على مخيم الفلاح، وفق ما أفاد به مراسلنا.",
                  [("سوريا", "LOC")])
    assert [s.speaker.text for s in doc.statements] == ["مسؤول بوزارة الدفاع الأمريكية", "مراسلنا"]


def test_the_one_described_is_the_object(analyse):
    doc = analyse("دعا ولي العهد السعودي الأمير محمد بن سلمان المجتمع الدولي إلى الضغط على إيران، كما وصف جماعة "
                  "الإخوان المسلمين بأنها \"حاضنة الإرهابيين\".",
                  [("محمد بن سلمان", "PER"), ("إيران", "LOC"), ("جماعة الإخوان المسلمين", "ORG")])
    described = next(s for s in doc.statements if s.cue.text == "وصف")
    assert speaker_name(doc, described) == "محمد بن سلمان"


def test_state_the_two_sides_and_a_senator_as_sources(analyse):
    doc = analyse("وطلبت ولاية نيويورك حل مؤسسة ترامب واستعادة 2,8 مليون دولار.\n\n"
                  "وأكد الجانبان تطابق وجهات النظر والمواقف بين البلدين.\n\n"
                  "حذر سناتور أميركي من كبار أعضاء مجلس الشيوخ الرئيس دونالد ترامب، الأحد، من سحب القوات الأميركية.",
                  [("نيويورك", "LOC"), ("ترامب", "PER"), ("دونالد ترامب", "PER")])
    state, sides, senator = doc.statements
    assert speaker_name(doc, state) == "نيويورك"
    assert sides.speaker.text == "الجانبان"
    assert senator.cue.text == "حذر" and senator.speaker.text.startswith("سناتور أميركي")


def test_plural_noun_then_a_verb_spelling_is_an_adjective(analyse):
    doc = analyse("ويأتي وقوع ضحايا مدنيين جدد، بينما تستمر الاشتباكات بين المليشيات التي تهيمن على طرابلس.",
                  [("طرابلس", "LOC")])
    assert doc.statements == []


def test_according_to_sources_inside_a_relative_clause(analyse):
    doc = analyse("وتأتي هذه المعلومات بعد تقرير آخر للشبكة نفسها، الذي قال، طبقا لمصادر اطلعت على تقارير الاستخبارات "
                  "الأميركية، إن صاروخ \"أفانغارد\" سوف يكون جاهزا للاستخدام القتالي بحلول عام 2020.")
    relay = next(s for s in doc.statements if s.cue.text == "طبقا")
    assert relay.content.text.startswith("صاروخ \"أفانغارد\"")


def test_named_medium_does_not_take_an_apposition_past_its_own_words(analyse):
    doc = analyse("ونقلت وكالة الأنباء الإيرانية الرسمية على لسان بهرام قاسمي، المتحدث باسم الخارجية الإيرانية، قوله: "
                  "\"تم استدعاء السفير العراقي في طهران\".",
                  [("وكالة الأنباء الإيرانية الرسمية", "ORG"),
                   ("بهرام قاسمي", "PER", ["المتحدث باسم الخارجية الإيرانية"]), ("طهران", "LOC")])
    st = doc.statements[0]
    assert speaker_name(doc, st) == "بهرام قاسمي" and st.content.text == "تم استدعاء السفير العراقي في طهران"


def test_ruled_out_and_expected(analyse):
    doc = analyse("قال الدكتور فواز العلمي إن الولايات المتحدة تصدرت دول العالم بإجراءاتها التمييزية.\n\n"
                  "واستبعد أن يتراجع الرئيس الأميركي دونالد ترمب عن مواصلة فرض الرسوم.\n\n"
                  "وتوقعت مصادر مقربة من المناقشات أن يجري الكشف عن الصفقة خلال الأسابيع المقبلة.",
                  [("فواز العلمي", "PER"), ("الولايات المتحدة", "LOC"), ("دونالد ترمب", "PER")])
    ruled_out, expected = doc.statements[1:]
    assert speaker_name(doc, ruled_out) == "فواز العلمي" and ruled_out.cue.stance == "deny"
    assert expected.speaker.text == "مصادر مقربة من المناقشات"
