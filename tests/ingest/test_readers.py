"""Each reader on its own format: what becomes the text (headline first) and the metadata."""
import gzip
import itertools
import json

from marsad.ingest import Article, ReadError, read_sources
from marsad.ingest.markup import html_to_text

from ingest_samples import NEWS

HEADLINE = "بوتين يرفض اتهامات بارتكاب جرائم حرب في حلب"
BODY = ["رفض الرئيس الروسي فلاديمير بوتين الاقتراحات التي تقول إن روسيا قد تواجه تهما بارتكاب جرائم حرب.",
        "وقال بوتين لوسائل إعلام فرنسية إن تلك الاتهامات كلام خطابي لا يأخذ في الاعتبار الوقائع في سوريا.",
        "وكان الرئيس الفرنسي فرانسوا هولاند قد أشار إلى أن الغارات على حلب قد ترقى إلى جرائم حرب."]


def read_all(*paths, **kw):
    return list(read_sources([str(p) for p in paths], **kw))


def only_article(items) -> Article:
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


# plain text

def test_plain_text_is_kept_verbatim_with_first_line_as_title(write):
    art = only_article(read_all(write("a.txt", NEWS)))
    assert art.text == NEWS
    assert art.meta["title"] == NEWS.splitlines()[0]
    assert art.origin.endswith("a.txt")


def test_plain_text_single_long_paragraph_has_no_title(write):
    art = only_article(read_all(write("a.txt", BODY[0] * 5)))
    assert art.meta["title"] is None


# HTML

PAGE = f"""<!doctype html><html lang="ar" dir="rtl"><head><meta charset="{{charset}}">
<title>{HEADLINE} - بي بي سي عربي</title>
<meta property="og:title" content="{HEADLINE}">
<meta property="og:site_name" content="BBC News عربي">
<meta property="article:published_time" content="2016-10-12T08:30:00Z">
<link rel="canonical" href="https://www.bbc.com/arabic/middleeast-37630000">
</head><body><nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a></nav>
<article>{{h1}}{"".join(f"<p>{p}</p>" for p in BODY)}</article>
<footer>حقوق النشر محفوظة لبي بي سي</footer></body></html>"""


def test_html_title_becomes_headline_and_body_paragraphs(write):
    art = only_article(read_all(write("p.html", PAGE.format(charset="utf-8", h1=""))))
    assert art.text == HEADLINE + "\n\n" + "\n\n".join(BODY)
    assert art.meta["title"] == HEADLINE
    assert art.meta["published"].startswith("2016-10-12")
    assert art.meta["url"] == "https://www.bbc.com/arabic/middleeast-37630000"
    assert art.meta["source"] == "BBC News عربي"
    assert "الرئيسية" not in art.text and "حقوق النشر" not in art.text  # boilerplate dropped


def test_html_body_starting_with_headline_is_not_doubled(write):
    art = only_article(read_all(write("p.htm", PAGE.format(charset="utf-8", h1=f"<h1>{HEADLINE}</h1>"))))
    assert art.text.count(HEADLINE) == 1 and art.text.startswith(HEADLINE)


def test_html_in_cp1256_with_meta_charset(write):
    page = PAGE.format(charset="windows-1256", h1="").encode("cp1256")
    art = only_article(read_all(write("p.html", page)))
    assert BODY[1] in art.text


def test_html_without_declared_charset_in_cp1256_and_utf16(write):
    page = PAGE.format(charset="", h1="").replace('<meta charset="">', "")
    for name, data in (("a.html", page.encode("cp1256")), ("b.html", page.encode("utf-16"))):
        art = only_article(read_all(write(name, data)))
        assert BODY[2] in art.text, name


def test_malformed_html_recovers_the_text(write):
    broken = f"<html><body><p>{BODY[0]}<div><b>{BODY[1]}</p></span></i><p>{BODY[2]}"
    art = only_article(read_all(write("broken.html", broken)))
    for sentence in BODY:
        assert sentence in art.text


def test_html_without_text_is_an_error(write):
    [err] = read_all(write("empty.html", "<html><head><title></title></head><body><script>x()</script></body></html>"))
    assert isinstance(err, ReadError) and err.reason == "no article text found in the HTML"


# JSON Lines and JSON

CORPUS_RECORD = {"id": "BB-middleEast-1-20180301", "url": "http://www.bbc.com/arabic/x", "source": "BBC",
                 "category": "middleEast", "title": HEADLINE, "published": "2018-03-01T10:00:00+00:00",
                 "abstract": BODY[0], "text": "\n".join(BODY)}


def test_jsonl_corpus_record_headline_first_and_meta(write):
    art = only_article(read_all(write("c.jsonl", json.dumps(CORPUS_RECORD, ensure_ascii=False) + "\n")))
    assert art.text == HEADLINE + "\n\n" + "\n\n".join(BODY)
    assert art.meta == {"title": HEADLINE, "url": "http://www.bbc.com/arabic/x", "published": "2018-03-01T10:00:00+00:00",
                        "source": "BBC", "id": "BB-middleEast-1-20180301", "category": "middleEast"}
    assert art.origin.endswith("c.jsonl:1")


def test_jsonl_gz_and_bad_lines_each_get_their_own_error(write):
    good = json.dumps(CORPUS_RECORD, ensure_ascii=False)
    lines = [good, "{not json", "", "[1, 2]", json.dumps({"title": "بلا نص"}), good]
    path = write("c.jsonl.gz", gzip.compress("\n".join(lines).encode("utf-8")))
    items = read_all(path)
    kinds = [(type(i).__name__, i.origin.rsplit(":", 1)[1]) for i in items]
    assert kinds == [("Article", "1"), ("ReadError", "2"), ("ReadError", "4"), ("ReadError", "5"), ("Article", "6")]
    assert items[1].reason.startswith("malformed JSON (")
    assert items[2].reason == "expected a JSON object, got list"
    assert items[3].reason == "record has no 'text'"


def test_jsonl_record_over_the_byte_limit(write):
    big = dict(CORPUS_RECORD, text="\n".join(BODY) * 50)
    path = write("c.jsonl", json.dumps(CORPUS_RECORD, ensure_ascii=False) + "\n" + json.dumps(big, ensure_ascii=False))
    items = read_all(path, max_bytes=2000)
    assert isinstance(items[0], Article)
    assert isinstance(items[1], ReadError) and items[1].reason.startswith("record too large")


def test_jsonl_in_utf16_with_bom(write):
    data = ("\ufeff" + json.dumps(CORPUS_RECORD, ensure_ascii=False) + "\n").encode("utf-16-le")
    art = only_article(read_all(write("c.jsonl", data)))
    assert art.meta["id"] == CORPUS_RECORD["id"]


def test_json_list_and_contract_json(write):
    contract = {"schema": "marsad.document/1", "id": "doc-1", "text": NEWS,
                "meta": {"title": "عنوان", "source": "BBC", "url": None, "published": None, "language": "ar"}}
    items = read_all(write("many.json", json.dumps([CORPUS_RECORD, contract], ensure_ascii=False)))
    assert [type(i).__name__ for i in items] == ["Article", "Article"]
    assert items[1].text == NEWS and items[1].meta["id"] == "doc-1" and items[1].meta["source"] == "BBC"
    assert items[1].origin.endswith("many.json[2]")


def test_real_corpus_records(shared):
    path = shared / "data" / "corpus" / "ant_v2_multisource.jsonl.gz"
    items = list(itertools.islice(read_sources([path]), 20))
    assert all(isinstance(i, Article) for i in items)
    for art in items:
        assert art.text.startswith(art.meta["title"] + "\n\n")
        assert art.meta["id"] and art.meta["source"] and art.meta["published"]


# RSS / Atom

RSS = f"""<?xml version="1.0" encoding="{{encoding}}"?>
<rss version="2.0"><channel><title>بي بي سي عربي</title><link>https://www.bbc.com/arabic</link>
<item><title>{HEADLINE}</title><link>https://www.bbc.com/arabic/1</link><guid>bbc-1</guid>
<pubDate>Wed, 12 Oct 2016 10:00:00 GMT</pubDate>
<description>&lt;p&gt;{BODY[0]}&lt;/p&gt;&lt;p&gt;&lt;b&gt;{BODY[1]}&lt;/b&gt;&lt;/p&gt;</description></item>
<item><title>خبر ثان</title><description>{BODY[2]}</description></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>الجزيرة</title>
<entry><title>{HEADLINE}</title><id>tag:x,2016:1</id><updated>2016-10-12T10:00:00+02:00</updated>
<link href="https://example.org/1"/><summary>{BODY[0]}</summary>
<content type="html">&lt;p&gt;{BODY[0]}&lt;/p&gt;&lt;p&gt;{BODY[1]}&lt;/p&gt;&lt;script&gt;track()&lt;/script&gt;</content></entry>
</feed>"""


def test_rss_entries_with_html_stripped(write):
    items = read_all(write("f.rss", RSS.format(encoding="utf-8")))
    assert [type(i).__name__ for i in items] == ["Article", "Article"]
    first, second = items
    assert first.text == f"{HEADLINE}\n\n{BODY[0]}\n\n{BODY[1]}"
    assert first.meta == {"title": HEADLINE, "url": "https://www.bbc.com/arabic/1", "published": "2016-10-12T10:00:00Z",
                          "source": "بي بي سي عربي", "id": "bbc-1"}
    assert second.text == f"خبر ثان\n\n{BODY[2]}" and first.origin.endswith("(entry 1)")


def test_rss_in_cp1256_as_declared(write):
    items = read_all(write("f.xml", RSS.format(encoding="windows-1256").encode("cp1256")))
    assert items[0].text.startswith(HEADLINE)


def test_atom_prefers_the_fuller_content(write):
    art = only_article(read_all(write("f.atom", ATOM)))
    assert art.text == f"{HEADLINE}\n\n{BODY[0]}\n\n{BODY[1]}"
    assert art.meta["published"] == "2016-10-12T08:00:00Z" and art.meta["source"] == "الجزيرة"


def test_xml_that_is_not_a_feed(write):
    [err] = read_all(write("x.xml", "<?xml version='1.0'?><note><to>x</to></note>"))
    assert isinstance(err, ReadError) and "feed" in err.reason


def test_html_to_text_keeps_paragraphs_and_drops_scripts():
    assert html_to_text("<p>أ &amp; ب</p><script>x</script><div>ج<br>د</div> ") == "أ & ب\n\nج\n\nد"
