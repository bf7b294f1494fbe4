"""The highlighted article HTML: well nested whatever the spans, the text kept exactly, markup inert."""
from __future__ import annotations

import html
from html.parser import HTMLParser

from hypothesis import given, settings, strategies as st

from marsad.document import Cue, Document, Entity, Paragraph, Sentence, Span, Speaker, Statement
from marsad.web import render

from . import docs


class Tree(HTMLParser):
    """Checks nesting and collects the text; raises on a close tag that does not match."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.text, self.ids = [], [], []

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)
        self.ids += [v for k, v in attrs if k == "id"]

    def handle_endtag(self, tag):
        assert self.stack and self.stack.pop() == tag, (tag, self.stack)

    def handle_data(self, data):
        self.text.append(data)


def parse(markup: str) -> Tree:
    tree = Tree()
    tree.feed(markup)
    tree.close()
    assert tree.stack == []
    return tree


def test_aleppo_highlight_keeps_the_text_and_marks_everything(aleppo_text):
    doc = docs.aleppo(aleppo_text)
    out = str(render.highlight(doc))
    tree = parse(out)
    assert "".join(tree.text) == doc.text
    assert len(tree.ids) == len(set(tree.ids))  # reopened tags never repeat an id
    assert {f"q-{s.id}" for s in doc.statements} <= set(tree.ids)
    assert {f"s-{i + 1}" for i in range(len(doc.sentences))} <= set(tree.ids)
    putin = sum(len(e.mentions) for e in doc.entities if e.name_en == "Vladimir Putin")
    assert out.count('title="Vladimir Putin · PER"') == putin
    assert 'class="ent ent-LOC" href="/entities/LOC%3A%D8%AD%D9%84%D8%A8"' in out


def test_crossing_spans_are_closed_and_reopened():
    text = "قال زيد عمرو بكر خالد"
    doc = Document(text=text, paragraphs=[Paragraph(0, len(text))], sentences=[Sentence(0, len(text))])
    # a mention crossing the statement content's start
    doc.entities = [Entity("E1", "PER", "زيد عمرو", mentions=[Span(4, 12, text[4:12])], key="PER:x")]
    doc.statements = [Statement("S1", Speaker(None), Cue(0, 3, "قال", "assert"), Span(8, 16, text[8:16]), "direct")]
    out = str(render.highlight(doc))
    tree = parse(out)
    assert "".join(tree.text) == text
    assert out.count('data-entity="E1"') == 2 and out.count('id="q-S1"') == 1


def test_hostile_text_is_escaped_and_bidi_controls_shown():
    doc = docs.hostile()
    out = str(render.highlight(doc, link_entities=True))
    assert "<script" not in out and "<img" not in out and "<b>" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "\u202e" not in out and "⟦U+202E⟧" in out
    parse(out)


def test_mark_terms_escapes_around_matches():
    out = str(render.mark_terms("قال <b>بوتين</b> إن بوتين", "بوتين"))
    assert out == "قال &lt;b&gt;<mark>بوتين</mark>&lt;/b&gt; إن <mark>بوتين</mark>"
    assert str(render.mark_terms("a <i>", "")) == "a &lt;i&gt;"


def test_timeline_by_month_keeps_empty_months():
    bars = render.timeline_bars([("2018-01-05", 2), ("2018-01-20", 1), ("2018-04-02", 3)])
    assert [(b.label, b.count) for b in bars] == [("2018-01", 3), ("2018-02", 0), ("2018-03", 0), ("2018-04", 3)]
    assert bars[0].x > bars[-1].x  # earliest on the right, as the page reads
    assert bars[0].height == bars[-1].height > 0 and bars[1].height == 0


def test_timeline_by_day_for_short_ranges():
    bars = render.timeline_bars([("2018-03-01", 1), ("2018-03-03", 4)])
    assert [b.label for b in bars] == ["2018-03-01", "2018-03-03"]
    assert render.timeline_bars([]) == []


@st.composite
def annotated(draw):
    text = draw(st.text(alphabet="اب تث<>&\"'\u202e\n", min_size=1, max_size=40))
    n = len(text)

    def span():
        a = draw(st.integers(0, n))
        b = draw(st.integers(a, n))
        return a, b

    doc = Document(text=text)
    doc.paragraphs = [Paragraph(*span())]
    doc.sentences = [Sentence(*span()) for _ in range(draw(st.integers(0, 3)))]
    for i in range(draw(st.integers(0, 4))):
        a, b = span()
        doc.entities.append(Entity(f"E{i}", draw(st.sampled_from(["PER", "LOC", "ORG", "MISC"])), text[a:b],
                                   mentions=[Span(a, b, text[a:b])], key=f"K{i}", name_en="<x>"))
    for i in range(draw(st.integers(0, 3))):
        (a, b), (c, d) = span(), span()
        doc.statements.append(Statement(f"S{i}", Speaker(None), Cue(a, b, text[a:b], "assert"),
                                        Span(c, d, text[c:d]), "direct"))
    return doc


@settings(max_examples=150, deadline=None)
@given(annotated())
def test_any_spans_give_well_formed_html_with_the_text_intact(doc):
    tree = parse(str(render.highlight(doc)))
    shown = "".join(tree.text)
    assert shown == render.show_controls(doc.text)
    assert len(tree.ids) == len(set(tree.ids))
    assert html.escape("<") not in shown
