"""Word lists the statement extractor reads text with (all normalized with ``cues.norm``), and small
predicates over single words."""
from __future__ import annotations

from . import cues
from .cues import norm

PSEUDO = "~"  # id prefix of the stand-in entities of unresolved mentions
words_of = lambda words: {norm(w) for w in words.split()}  # noqa: E731

ADVERBS = words_of("أيضا وأيضا كذلك مجددا مجدداً سابقا لاحقا الآن اليوم أمس غدا الليلة مساء صباح ظهر عصر الأحد "
             "الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت قد ولقد لقد كان كانت بدوره بدورها "
             "بدورهم صراحة رسميا علنا يوم مؤخرا بالقول")
TIME_AFTER_FI = words_of("وقت وقت وقتٍ الوقت نفس ذات")
MEDIUM_NOUNS = words_of("مقابلة حديث بيان تصريح تصريحات تصريحه تصريحها تغريدة تغريدات رسالة كلمة مؤتمر لقاء خطاب "
                  "تعليق تعليقات مقال منشور حوار إفادة شهادة برنامج جلسة اجتماع بيانه بيانها كلمته كلمتها "
                  "مداخلة تسجيل فيديو صفحته صفحتها حسابه حسابها موقع")
MEDIUM_PREPS = words_of("في خلال عبر أثناء وفي وخلال")
FUNCTION = words_of("في من إلى الى على عن مع بين حول خلال بعد قبل منذ حتى عند لدى ضد نحو أن إن لا لم لن ما ماذا "
              "هذا هذه ذلك تلك هو هي هم هما هن كل بعض أي التي الذي الذين اللذين اللتين اللاتي و أو ثم "
              "لكن لكنه لكنها لكنهم ولكن ولكنه ولكنها بل كما بينما إذا إذ لو قد وقد كان كانت وكان وكانت "
              "عليه عليها عليهم له لها لهم به بها بهم فيه فيها منه منها عنه عنها إنه إنها أنه أنها "
              "ليس ليست غير سوى هناك هنا حيث كيف متى أين لماذا الذي")
RELATIVES = words_of("التي الذي الذين اللذين اللتين اللاتي اللائي اللواتي")
PRONOUN_SUBJECTS = {norm(w): (g, n) for w, g, n in (
    ("لكنه", "m", "sg"), ("لكنها", "f", "sg"), ("لكنهم", "m", "pl"), ("ولكنه", "m", "sg"),
    ("ولكنها", "f", "sg"), ("ولكنهم", "m", "pl"), ("إنه", "m", "sg"), ("إنها", "f", "sg"),
    ("فإنه", "m", "sg"), ("فإنها", "f", "sg"), ("هو", "m", "sg"), ("وهو", "m", "sg"), ("هي", "f", "sg"),
    ("وهي", "f", "sg"), ("هم", "m", "pl"), ("وهم", "m", "pl"))}
LEFT_SKIP = words_of("قد وقد لقد ولقد لا ولا لم ولم لن تزال يزال تزل يزل زال زالت ما وما أيضا كذلك بدوره بدورها "
               "بدورهم فقط أمس الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت اليوم")
# "وكانت الحكومة قد أعلنت": the subject stands between كان and the verb
KANA = words_of("كان كانت وكان وكانت فكان فكانت")
CLAUSE_BREAKS = words_of("لكن لكنه لكنها لكنهم ولكن ولكنه ولكنها ولكنهم فيما بينما كما وكما ثم")
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

def head_noun(word: str) -> str:
    """A source phrase's head without article or possessive: "المحامي" → "محامي"، "محاميه" → "محامي"."""
    w = norm(word)
    w = w[2:] if w.startswith("ال") and len(w) > 4 else w
    if w.endswith("ا") and w[:-1] in HUMAN_HEADS:
        return w[:-1]  # the accusative after أن/لكن: "مسؤولا كبيرا"
    if w.endswith(("ان", "ين")) and w[:-2] in HUMAN_HEADS:
        return w[:-2]  # the dual: "الجانبان"، "المسؤولين"
    if w not in HUMAN_HEADS:
        for suffix in ("هما", "هم", "ها", "ه", "نا"):  # "مراسلنا"
            stem = w[:-len(suffix)]
            if stem.endswith("ت"):
                stem = stem[:-1] + "ة"  # "زوجته" → "زوجة"
            if w.endswith(suffix) and stem in HUMAN_HEADS:
                return stem
    return w


def nisba(w: str) -> bool:
    """A relational adjective ("الإسبانية"، "الأمريكي"، "السوريون")."""
    return w.endswith(("ي", "ية", "يه", "يون", "يين", "يات")) and len(w) > 4


def reporting(word: str) -> bool:
    """A cue that starts another report (not "عبر"، which without "عن" is the preposition "via")."""
    cw = cues.match(word)
    return cw is not None and not cw.prep


def future(word: str) -> bool:
    """"سيعلن"، "وستقول": an imperfect cue behind the future prefix س."""
    w = norm(word)
    for pre in ("س", "وس", "فس"):
        if w.startswith(pre):
            cw = cues.match(w[len(pre):])
            if cw is not None and cw.form == "imperfect":
                return True
    return False


def saying(word: str) -> bool:
    """A verb of saying or relaying, with or without a pronoun ("ذكرته"، "نقلته"، "أعلنه")."""
    w = norm(word)
    relay = {norm(x) for x in cues.RELAY_VERBS}
    return any(cues.match(w[:len(w) - c]) or w[:len(w) - c] in relay for c in (0, 1, 2) if len(w) - c >= 3)


RELAY = {norm(x) for x in cues.RELAY_VERBS}
# "بعد أن"، "يجب أن": a complementizer that does not open reported content
NOT_REPORTING_BEFORE = words_of("بيد بعد قبل منذ من يجب ينبغي يمكن بد لابد دون حتى رغم بمجرد شريطة بشرط مجرد")
# an adverbial where an object would start: the verb has no object here ("اتهمت بسبب"، "أعلن في المحكمة")
NOT_OBJECT_START = words_of("بشكل بصورة بطريقة بسبب بعد قبل خلال إثر اثر عقب منذ في وفي على مع أمام عند لدى "
                            "حتى رغم أثناء ضمن عبر")
REQUIRES = {"حمل": words_of("المسؤولية مسؤولية المسؤوليه مسؤوليه بالمسؤولية"),
             "وجه": words_of("انتقادات انتقادا اتهامات اتهاما اتهام تهمة تهم تهمتي تهمتين تحذيرا تحذيرات نداء "
                             "دعوة رسالة "
                      "انتقاداتها انتقاداته")}
SOURCE_HEADS = words_of("تقارير تقرير بيان بيانات إحصاءات إحصائيات أرقام تقديرات وكالة صحيفة موقع مواقع وسائل "
                   "مصادر مصدر تلفزيون التلفزيون إذاعة قناة شبكة دراسة استطلاع مكتب مرصد منظمة هيئة رواية "
                   "روايات تصريحات شهادات مستشفى مستشفيات مسعفون مجلة جريدة إعلام وثيقة تحقيق تحقيقات")
# titles that stand right before a person's name
TITLES = words_of("الرئيس الوزير الوزيرة السفير المتحدث المتحدثة الأمين القس القمص الشيخ الأمير الملك الجنرال العقيد "
             "اللواء العميد الدكتور السيد السيدة النائب النائبة القاضي المحامي المحامية الكاتب الكاتبة الصحفي "
             "الصحفية المدون الناشط الناشطة الشاعر الشاعرة المدرب اللاعب البابا الإمام الحاخام المستشار "
             "المستشارة المدعي المدير المديرة الزعيم القائد المبعوث")
SIDE = words_of("جانبه جانبها جانبهم جهته جهتها جهتهم ناحيته ناحيتها")
CLAUSE_OPENERS = words_of("فيما بينما حيث وفيما وبينما")
# nouns that begin with lam (not the preposition لـ)
L_NOUNS = words_of("لجنة لجان لاعب لاعبون لاعبين لاجئ لاجئون لاجئين لواء لقاء لائحة لوائح")
# prepositions of place that FUNCTION leaves out: what follows them is never the subject
PLACE_PREPS = words_of("تحت فوق أمام وراء خلف داخل خارج وسط قرب جنوب شمال شرق غرب أثناء")
# a quantifier with a plural pronoun: part of a plural source named before ("واستنكر أغلبهم")
QUANTIFIED = words_of("بعضهم أغلبهم معظمهم كلهم جميعهم أكثرهم غالبيتهم")
# name words a definite word belongs to: "عبد المسيح"، "أبو الغيط"
NAME_LINKS = words_of("عبد أبو أبي ابن بن بنت أم")
# heads of a body's name given in quotes: "جمعية "بي إي إن إنترناشيونال""، "حركة "النهضة""
NAMED_HEADS = words_of("جمعية منظمة حركة حزب شركة مؤسسة هيئة جماعة تنظيم مركز مرصد اتحاد نقابة ائتلاف تحالف "
                       "مجموعة وكالة صحيفة جريدة قناة مجلة موقع شبكة إذاعة جامعة معهد مكتب محطة حملة")
STATEMENT_NOUNS = words_of("بيان تقرير رسالة تصريح بلاغ إعلان")
ANONYMOUS = words_of("اسمه اسمها اسمهم هويته هويتها هويتهم")
IMPERSONAL = words_of("يعتقد ويعتقد يذكر ويذكر يشار ويشار يتوقع ويتوقع يرجح ويرجح")
MANNER = words_of("بشكل بصورة بطريقة")  # "نفى بشكل قاطع": a manner phrase, not the object
TIME_PREPS = words_of("قبل بعد منذ خلال عقب إثر اثر")
SECOND_PREP = {"حذر": words_of("من"), "دعا": words_of("إلى الى"), "حث": words_of("على")}
PREPOSITIONS = words_of("في وفي من ومن إلى الى على عن مع بين حول ضد لدى عند")
# words after which a cue's spelling is a noun ("بشأن تعهدهم"، "عقب إعلان")
NOUN_BEFORE = words_of("بشأن وبشأن حيال إزاء تجاه بعد قبل عقب إثر رغم أي")  # "أي فرد": any individual
HUMAN_HEADS = words_of("مسؤول مسؤولون مسؤولين مسؤولة مصدر مصادر متحدث متحدثة وزير وزيرة رئيس رئيسة نائب سفير "
                       "مندوب ممثل "
                  "مدير قائد زعيم أمين مستشار ناشط ناشطون ناشطين شهود شاهد سكان أحد مواطن مواطنون محام محامي "
                  "مدع مدعي محامو محامي قاض قاضي قضاة شرطة جيش حكومة سلطات معارضة معارضون وزارة وسائل منظمات "
                  "منظمة جانب طرف كل جماعات جماعة خبراء خبير محللون محلل مراقبون نشطاء أطباء طبيب منسق "
                  "ناطق مراسل مراسلون برلمان مجلس لجنة وزراء مسؤولو ممثلو ممثلون قادة زعماء رؤساء سفراء نواب "
                  "أعضاء محامو محامون شهود نشطاء سكان أهالي متظاهرون محتجون معارضو مؤيدو منتقدو دبلوماسي "
                  "دبلوماسيون صحيفة وكالة رئاسة قيادة إدارة شركة حزب حركة تنظيم مكتب مرصد جمعية نقابة اتحاد "
                  "مجموعة مؤسسة محكمة نيابة هيئة سفارة بعثة ائتلاف تحالف فريق عدد قوات خارجية داخلية راعي كاهن "
                  "مطران أسقف كاتب كتاب صحفي صحافي باحث باحثون أستاذ ضابط جندي جنود لاعب مدرب فنان فنانة "
                  "محقق محققون مفوضية شاعر مؤلف مخرج زوجة زوج ابن ابنة نجل شقيق شقيقة والد والدة أسرة عائلة "
                  "أقارب مفوض دول بلدان مهندس معلم مدرس طالب عالم أكاديمي اقتصادي مفتش موظف سناتور سيناتور")
HEAD_NOUNS = words_of("مصادر تقارير وسائل شهود مسؤول مسؤولون مصدر ناشطون منظمات")


# nouns whose first letter is not a clitic (the tokenizer may split "وحدة" as و + حدة)
STEM_INITIAL = words_of("وحدة وزارة وزير وزيرة وزراء وكالة وكالات وفد وفود ولاية والي وكيل ولي وسائل وسيط فريق فرع "
                        "فصيل فصائل فرقة فيلق بعثة بلدية برلمان بنك كتلة كتيبة كلية لجنة لواء")
# people who speak for or about a person named after them: "أسرة جمال خاشقجي تطالب"
KIN = words_of("أسرة عائلة أقارب محامي محامو ابن ابنة نجل شقيق شقيقة والد والدة زوجة زوج أنصار مؤيدو مستشار "
               "مساعد متحدث ممثل حملة مكتب")
# partners named with a pronoun after a source: "إسرائيل وحليفها الأمريكي"
ALLIES = words_of("حليف حلفاء شريك شركاء أنصار مؤيدو نظير نظراء")
# verbs of saying whose content may be a noun phrase after a preposition ("" : a direct object too)
NP_CONTENT = {"أشار": words_of("إلى الى"), "لفت": words_of("إلى الى"), "نوه": words_of("إلى الى ب"),
              "شدد": words_of("على"), "أكد": words_of("على") | {""},
              "اعتبر": {"suffix"}}  # keys: lemmas as in cues; "suffix": only with an object pronoun ("اعتبرته")
# a quote after these names a work, not what was said: "في مقال بعنوان "هل يجب أن نتخلى عن أفريقيا؟""
TITLE_WORDS = words_of("بعنوان عنوان عنوانه عنوانها وعنوانه")
# records that "show" or "mention" things but do not go on speaking ("ذكرت قاعدة البيانات أن")
RECORDS = words_of("قاعدة قواعد أرقام إحصاءات إحصائيات نتائج مؤشر مؤشرات أدلة قراءة سجلات وثائق")
# "وجاء في البيان أن"، "وورد في التقرير": a text's content introduced by where it came
CAME_IN = words_of("جاء وجاء ورد وورد")
NUMBER_WORDS = words_of("اثنان اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة عدة ثلاث أربع خمس")
# "دولة الإمارات": a state word before a country's name
STATE_WORDS = words_of("دولة جمهورية مملكة إمارة سلطنة ولاية")
_TIME_NOUNS = words_of("الشهر الأسبوع العام السنة الأسابيع الأشهر الأيام الليلة")
_TIME_ADJ = words_of("الجاري الماضي الماضية المقبل المقبلة الحالي الحالية القادم القادمة المنصرم الفائت")


_TIME_PARTS = words_of("مطلع أوائل أواخر منتصف نهاية بداية أول آخر")


def time_phrase(n: list[str], k: int) -> int:
    """Length of a time phrase at normalized word k ("الشهر الجاري"، "مطلع الشهر الحالي"), else 0."""
    if n[k] in _TIME_PARTS and n[k + 1:k + 2] and n[k + 1] in _TIME_NOUNS:
        return 1 + (time_phrase(n, k + 1) or 1)
    return 2 if n[k] in _TIME_NOUNS and n[k + 1:k + 2] and n[k + 1] in _TIME_ADJ else 0


def stripped_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".،,:؛;!-–—"):
        end -= 1
    return end
