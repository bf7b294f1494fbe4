"""One test per attribution construction, on real news sentences."""
from conftest import speaker_name

PUTIN = ("فلاديمير بوتين", "PER", ["بوتين", "الرئيس الروسي"], ["الرئيس الروسي"])
HOLLANDE = ("فرانسوا هولاند", "PER", ["هولاند", "الرئيس الفرنسي"], ["الرئيس الفرنسي"])
CHURKIN = ("فيتالي تشوركين", "PER", ["تشوركين"], ["مندوب روسيا في الأمم المتحدة"])
RUSSIA = ("روسيا", "LOC")
SYRIA = ("سوريا", "LOC")
UN = ("الأمم المتحدة", "ORG")


def only(doc):
    assert len(doc.statements) == 1, [(s.cue.text, s.content.text) for s in doc.statements]
    return doc.statements[0]


def test_verb_first_with_addressee_and_mixed_quote(analyse):
    doc = analyse('وقال بوتين لوسائل إعلام فرنسية إن تلك الاتهامات "كلام خطابي" لا يأخذ في الاعتبار الوقائع في سوريا.',
                  [PUTIN, SYRIA])
    st = only(doc)
    assert (st.cue.text, st.cue.stance, st.kind) == ("وقال", "assert", "mixed")
    assert speaker_name(doc, st) == "فلاديمير بوتين" and st.speaker.text == "بوتين"
    assert st.addressee.text == "لوسائل إعلام فرنسية"
    assert st.content.text == 'تلك الاتهامات "كلام خطابي" لا يأخذ في الاعتبار الوقائع في سوريا'


def test_subject_first_headline_without_full_stop(analyse):
    doc = analyse("روسيا تقول إنها تستهدف الإرهابيين وستلاحقهم في سوريا", [RUSSIA, SYRIA])
    st = only(doc)
    assert speaker_name(doc, st) == "روسيا" and st.cue.text == "تقول"
    assert st.content.text == "تستهدف الإرهابيين وستلاحقهم في سوريا" and st.kind == "indirect"


def test_apposition_with_rejected_object(analyse):
    doc = analyse("رفض الرئيس الروسي، فلاديمير بوتين، الاقتراحات التي تقول إن روسيا قد تواجه تهما بارتكاب جرائم حرب.",
                  [PUTIN, RUSSIA])
    st = doc.statements[0]
    assert speaker_name(doc, st) == "فلاديمير بوتين" and st.cue.stance == "reject"
    assert st.content.text.startswith("الاقتراحات التي تقول إن روسيا")


def test_subject_before_verb_with_apposition_and_qad(analyse):
    doc = analyse("وكان الرئيس الفرنسي، فرانسوا هولاند، قد أشار إلى أن الغارات الجوية الروسية على حلب قد تبلغ حد "
                  "جرائم الحرب.", [HOLLANDE, ("حلب", "LOC")])
    st = only(doc)
    assert speaker_name(doc, st) == "فرانسوا هولاند" and st.cue.text == "أشار"
    assert st.content.text == "الغارات الجوية الروسية على حلب قد تبلغ حد جرائم الحرب"


def test_pronoun_suffix_and_implicit_subject(analyse):
    doc = analyse("وعبر مندوب روسيا في الأمم المتحدة، فيتالي تشوركين، عن أمله في إحراز بعض التقدم في المحادثات، "
                  "لكنه أقر بأنها ستكون صعبة.\n\nوقال إن هناك فوضى دولية الآن بشأن كيفية إنهاء القتال.",
                  [CHURKIN, RUSSIA, UN])
    hope, admit, said = doc.statements
    assert hope.cue.stance == "hope" and hope.content.text == "أمله في إحراز بعض التقدم في المحادثات"
    assert admit.cue.text == "أقر" and admit.cue.stance == "admit" and admit.content.text == "ستكون صعبة"
    assert said.content.text == "هناك فوضى دولية الآن بشأن كيفية إنهاء القتال"
    for st in (hope, admit, said):
        assert speaker_name(doc, st) == "فيتالي تشوركين"
    assert admit.speaker.text is None and said.speaker.text is None  # implicit: resolved, no words


def test_implicit_subject_agrees_in_gender(analyse):
    doc = analyse("وقال هولاند إن الغارات قد تبلغ حد جرائم الحرب.\n\n"
                  "وقالت وزارة الخارجية الأمريكية إن كيري سيناقش الأزمة في لوزان.\n\n"
                  "وأضافت أن المحادثات ستستمر.\n\nوأضاف أن فرنسا لن تتراجع.",
                  [HOLLANDE, ("وزارة الخارجية الأمريكية", "ORG"), ("كيري", "PER"), ("لوزان", "LOC"),
                   ("فرنسا", "LOC")])
    by_cue = {s.cue.text: speaker_name(doc, s) for s in doc.statements}
    assert by_cue["وأضافت"] == "وزارة الخارجية الأمريكية"
    assert by_cue["وأضاف"] == "فرانسوا هولاند"


def test_nominal_sources(analyse):
    doc = analyse("ويقول ناشطون إن عشرات الأشخاص قتلوا جراء الغارات الجوية.\n\n"
                  "وقال مسؤول أمريكي لرويترز إن العقوبات ستفرض قريبا.", [("رويترز", "ORG")])
    activists, official = doc.statements
    assert activists.speaker.entity is None and activists.speaker.text == "ناشطون"
    assert official.speaker.entity is None and official.speaker.text == "مسؤول أمريكي"
    assert official.addressee.text == "لرويترز"


def test_according_to(analyse):
    doc = analyse("قتل عشرة أشخاص في الغارة، بحسب المرصد السوري لحقوق الإنسان.",
                  [("المرصد السوري لحقوق الإنسان", "ORG")])
    st = only(doc)
    assert st.cue.text == "بحسب" and speaker_name(doc, st) == "المرصد السوري لحقوق الإنسان"
    assert st.content.text == "قتل عشرة أشخاص في الغارة"


def test_according_to_at_sentence_start(analyse):
    doc = analyse("ووفقا لوكالة رويترز، فإن المفاوضات ستستأنف الأسبوع المقبل.", [("وكالة رويترز", "ORG")])
    st = only(doc)
    assert speaker_name(doc, st) == "وكالة رويترز" and st.content.text == "المفاوضات ستستأنف الأسبوع المقبل"


def test_relay_speaker_is_the_source_and_medium_the_addressee(analyse):
    doc = analyse("ونقلت وكالة رويترز عن مسؤول في منظمة الصحة العالمية قوله إن السلطات السورية نزعت المساعدات.",
                  [("رويترز", "ORG", ["وكالة رويترز"]), ("منظمة الصحة العالمية", "ORG")])
    st = only(doc)
    assert st.cue.text == "قوله" and st.speaker.entity is None
    assert st.speaker.text == "مسؤول في منظمة الصحة العالمية"
    assert st.addressee.text == "وكالة رويترز" and st.content.text == "السلطات السورية نزعت المساعدات"


def test_direct_quote_and_participle_cue(analyse):
    doc = analyse('وقال بوتين إن روسيا ستلاحق الإرهابيين.\n\nوأضاف "لا يمكن أن نسمح للإرهابيين باستخدام الناس '
                  'دروعا بشرية"، قائلا إن موت المدنيين هو "حقيقة محزنة للحرب".', [PUTIN, RUSSIA])
    _, added, saying = doc.statements
    assert added.kind == "direct" and added.content.text == "لا يمكن أن نسمح للإرهابيين باستخدام الناس دروعا بشرية"
    assert saying.cue.text == "قائلا" and saying.kind == "mixed"
    assert saying.content.text == 'موت المدنيين هو "حقيقة محزنة للحرب"'
    assert speaker_name(doc, added) == speaker_name(doc, saying) == "فلاديمير بوتين"


def test_quote_over_several_sentences(analyse):
    doc = analyse('وقال بوتين "إنهم قدموا مشروع القرار وهم يعلمون أنه لن يمر. لماذا؟ كان الهدف هو إشعال الوضع."',
                  [PUTIN])
    st = only(doc)
    assert st.kind == "direct" and not st.continues
    assert st.content.text == "إنهم قدموا مشروع القرار وهم يعلمون أنه لن يمر. لماذا؟ كان الهدف هو إشعال الوضع"


def test_quote_running_over_paragraphs_continues(analyse):
    doc = analyse('غير أن هولاند قال: "هؤلاء أناس هم اليوم ضحايا جرائم حرب.\n\n'
                  'ومن ارتكبوا هذه الأعمال عليهم أن يواجهوا مسؤولية أفعالهم."', [HOLLANDE])
    st = only(doc)
    assert speaker_name(doc, st) == "فرانسوا هولاند" and st.continues
    assert st.content.text == "هؤلاء أناس هم اليوم ضحايا جرائم حرب"


def test_headline_colon(analyse):
    doc = analyse("بومبيو: أمن السعودية أولوية للولايات المتحدة\n\nوصل وزير الخارجية الأمريكي إلى الرياض.",
                  [("مايك بومبيو", "PER", ["بومبيو"]), ("السعودية", "LOC"), ("الولايات المتحدة", "LOC"),
                   ("الرياض", "LOC")])
    st = only(doc)
    assert st.cue.text == ":" and speaker_name(doc, st) == "مايك بومبيو"
    assert st.content.text == "أمن السعودية أولوية للولايات المتحدة"


def test_topic_colon_is_not_a_statement(analyse):
    doc = analyse("أزمة الخليج: قطر تستضيف جولة جديدة من المحادثات\n\nبدأت المحادثات في الدوحة.",
                  [("الخليج", "LOC"), ("قطر", "LOC"), ("الدوحة", "LOC")])
    assert doc.statements == []


def test_interview_addressee(analyse):
    doc = analyse("وقال تشوركين في مقابلة مع بي بي سي في نيويورك، إن هناك فوضى دولية الآن.",
                  [CHURKIN, ("بي بي سي", "ORG"), ("نيويورك", "LOC")])
    st = only(doc)
    assert st.addressee.text.startswith("في مقابلة مع بي بي سي")
    assert speaker_name(doc, st) == "فيتالي تشوركين"


def test_condemnation_and_denial_stances(analyse):
    doc = analyse("ونددت الولايات المتحدة بالحملة العسكرية الحكومية.\n\n"
                  "ولا تزال روسيا تنفي أي هجوم من جانبها على المدنيين.",
                  [("الولايات المتحدة", "LOC"), RUSSIA])
    condemn, deny = doc.statements
    assert condemn.cue.stance == "accuse" and speaker_name(doc, condemn) == "الولايات المتحدة"
    assert deny.cue.stance == "deny" and speaker_name(doc, deny) == "روسيا"
    assert deny.content.text == "أي هجوم من جانبها على المدنيين"


def test_plain_actions_are_not_statements(analyse):
    doc = analyse("والتقى لافروف نظيره الأمريكي جون كيري في جنيف.\n\nيذكر أن المحادثات توقفت الشهر الماضي.\n\n"
                  "وعبر مئات اللاجئين الحدود إلى تركيا.",
                  [("لافروف", "PER"), ("جون كيري", "PER"), ("جنيف", "LOC"), ("تركيا", "LOC")])
    assert doc.statements == []


def test_statements_without_entities_use_unresolved_mentions(analyse):
    """Before entity resolution, a mention still names the speaker by its words."""
    from marsad.document import Document, Mention
    from marsad.statements import extract
    from marsad.text import segment, tokenize

    doc = Document(text="وقال بوتين إن روسيا ستلاحق الإرهابيين.\n\nوأضاف أن الحرب ستنتهي.")
    segment.annotate(doc)
    tokenize.annotate(doc)
    doc.mentions = [Mention(5, 10, "بوتين", "PER"), Mention(14, 19, "روسيا", "LOC")]
    extract.annotate(doc)
    said, added = doc.statements
    assert said.speaker.entity is None and said.speaker.text == "بوتين"
    assert added.speaker.text == "بوتين"  # the antecedent's words, for lack of an entity


def test_relative_clause_source(analyse):
    doc = analyse("وأشار المحامي إلى المرأة الثالثة التي تتهم رمضان باغتصابها تسع مرات.", [("رمضان", "PER")])
    st = [s for s in doc.statements if s.cue.text == "تتهم"][0]
    assert st.speaker.entity is None and st.speaker.text == "المرأة الثالثة"
    assert st.content.text.startswith("رمضان باغتصابها")


def test_topic_construction_with_fa(analyse):
    doc = analyse("أما منظمة التحرير الفلسطينية فقالت في بيان إن القرار الأمريكي كان قاسيا.",
                  [("منظمة التحرير الفلسطينية", "ORG")])
    st = only(doc)
    assert speaker_name(doc, st) == "منظمة التحرير الفلسطينية" and st.content.text == "القرار الأمريكي كان قاسيا"


def test_resumptive_object_after_relative(analyse):
    doc = analyse("وهي الانتقادات التي رفضها حافظ السبسي، والذي قال إن ممارسته السياسية من حقوقه.",
                  [("حافظ السبسي", "PER")])
    rejected = doc.statements[0]
    assert rejected.cue.text == "رفضها" and rejected.content.text == "الانتقادات"
    assert speaker_name(doc, rejected) == "حافظ السبسي"


def test_negated_cue_is_not_a_statement(analyse):
    doc = analyse("ولم تكشف المحكمة عن هوية الشاهدة في الجلسة.", [])
    assert doc.statements == []


def test_postposed_source_takes_its_own_clause(analyse):
    doc = analyse("وقالت مصادر في المعارضة إن قصفا حكوميا أسفر عن إصابة تسعة أشخاص، فيما دارت اشتباكات على "
                  "أطراف دوما، حسب ما أعلنه جيش الإسلام.", [("جيش الإسلام", "ORG"), ("دوما", "LOC")])
    said, according = doc.statements
    assert said.speaker.text == "مصادر في المعارضة"
    assert according.cue.text == "حسب" and speaker_name(doc, according) == "جيش الإسلام"
    assert according.content.text == "دارت اشتباكات على أطراف دوما"


def test_pronoun_subject_refers_to_the_sentence_topic(analyse):
    doc = analyse("وقال المحامي إن موكله بريء.\n\nرمضان موقوف في مستشفى السجن، وهو ينفي نفيا قاطعا تهم الاغتصاب.",
                  [("رمضان", "PER")])
    denial = [s for s in doc.statements if s.cue.text == "ينفي"][0]
    assert speaker_name(doc, denial) == "رمضان" and denial.cue.stance == "deny"
    assert not any(s.cue.text == "نفيا" for s in doc.statements)


def test_spokesperson_for_someone(analyse):
    doc = analyse("وقال المتحدث باسم الرئيس الفلسطيني محمود عباس إن القرار اعتداء سافر.\n\n"
                  "وقالت المتحدثة باسم وزارة الخارجية الأمريكية، هيذر ناورت، إن الإدارة راجعت المسألة.",
                  [("محمود عباس", "PER"), ("وزارة الخارجية الأمريكية", "ORG"), ("هيذر ناورت", "PER")])
    spokesman, nauert = doc.statements
    assert spokesman.speaker.entity is None and spokesman.speaker.text.startswith("المتحدث باسم الرئيس")
    assert speaker_name(doc, nauert) == "هيذر ناورت"


def test_verdict_is_not_a_condemnation(analyse):
    doc = analyse("وأدانت محكمة إسرائيلية الشاعرة دارين طاطور بالتحريض على العنف.\n\n"
                  "وأدانت منظمة العفو الدولية الحكم.", [("دارين طاطور", "PER"), ("منظمة العفو الدولية", "ORG")])
    st = only(doc)
    assert speaker_name(doc, st) == "منظمة العفو الدولية" and st.content.text == "الحكم"


def test_subject_after_complementizer_and_anonymity(analyse):
    doc = analyse("وكشفوا عن قانون جديد، على الرغم من أن مسؤولا رفيعا في إدارة ترامب رفض ذكر اسمه قال إن الولايات "
                  "المتحدة لا تشعر بالقلق.", [("ترامب", "PER"), ("الولايات المتحدة", "LOC")])
    said = [s for s in doc.statements if s.cue.text == "قال"][0]
    assert said.speaker.entity is None and said.speaker.text == "مسؤولا رفيعا في إدارة ترامب"
    assert not any(s.cue.text == "رفض" for s in doc.statements)


def test_statement_nouns_speak_for_their_issuer(analyse):
    doc = analyse("وقالت صحيفة كوميرسانت إن التحقيق بدأ.\n\nوأشار تقرير الصحيفة إلى أن المشتبه بهم قد يحاكمون.",
                  [("كوميرسانت", "ORG", ["صحيفة كوميرسانت"])])
    report = doc.statements[1]
    assert speaker_name(doc, report) == "كوميرسانت" and report.speaker.text == "تقرير الصحيفة"


def test_demonstrative_source_takes_up_the_group(analyse):
    doc = analyse("وعبرت بريطانيا وفرنسا وألمانيا عن الأسف العميق للخطوة الأمريكية.\n\n"
                  "وتعهدت هذه الدول بمواصلة التزاماتها في الاتفاق.",
                  [("بريطانيا", "LOC"), ("فرنسا", "LOC"), ("ألمانيا", "LOC")])
    regret, promise = doc.statements
    assert regret.cue.stance == "regret" and speaker_name(doc, regret) == "بريطانيا"
    assert promise.cue.stance == "promise" and speaker_name(doc, promise) == "بريطانيا"
    assert promise.speaker.text == "هذه الدول"


def test_cue_after_preposition_is_a_noun(analyse):
    doc = analyse("الحمض النووي يقود الشرطة الفرنسية إلى كشف غموض جريمة عمرها 31 عاما", [])
    assert doc.statements == []
