"""HTML fragments built in Python: the highlighted article text, marked snippets, the timeline chart.

Every piece of article text goes through ``inert`` (escape + visible bidi controls) segment by segment;
the only markup is the tags written here, so hostile text stays text.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from markupsafe import Markup, escape

from ..document import Document

# embeddings, overrides and isolates can reorder what the reader sees (spoofed names, reversed quotes);
# they are shown as visible code points instead. LRM/RLM marks are common in news text and harmless.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def show_controls(text: str) -> str:
    return _BIDI_CONTROLS.sub(lambda m: f"⟦U+{ord(m.group()):04X}⟧", text)


def inert(text: str) -> Markup:
    return escape(show_controls(text))


def outside_link(url: str | None) -> str | None:
    """An article's own URL as a link target only when it is http(s): never javascript: or data:."""
    url = (url or "").strip()
    return url if urlsplit(url).scheme.lower() in ("http", "https") else None


def entity_url(key: str) -> str:
    return "/entities/" + quote(key, safe="")


@dataclass
class _Layer:
    start: int
    end: int
    rank: int  # outer layers first: paragraph, sentence, statement parts, entity mention
    first: str  # opening tag the first time (carries the id)
    again: str  # opening tag when reopened after a crossing span closed it
    close: str
    seq: int = 0


def _attrs(**kw: str | None) -> str:
    return "".join(f' {k.rstrip("_").replace("_", "-")}="{inert(v)}"' for k, v in kw.items() if v is not None)


def _tag(name: str, ident: str | None = None, **kw: str | None) -> tuple[str, str, str]:
    return f"<{name}{_attrs(id=ident, **kw)}>", f"<{name}{_attrs(**kw)}>", f"</{name}>"


def _layers(doc: Document, link_entities: bool) -> list[_Layer]:
    layers: list[_Layer] = []

    def add(start: int, end: int, rank: int, tags: tuple[str, str, str]) -> None:
        if 0 <= start < end <= len(doc.text):
            layers.append(_Layer(start, end, rank, *tags, seq=len(layers)))

    for i, p in enumerate(doc.paragraphs):
        add(p.start, p.end, 0, _tag("p", f"p-{i + 1}", class_=f"para para-{p.kind}"))
    for i, s in enumerate(doc.sentences):
        add(s.start, s.end, 1, _tag("span", f"s-{i + 1}", class_="sent"))
    for st in doc.statements:
        add(st.content.start, st.content.end, 2,
            _tag("span", f"q-{st.id}", class_="quote", data_statement=st.id))
        add(st.cue.start, st.cue.end, 2,
            _tag("span", None, class_=f"cue stance-{st.cue.stance}", title=st.cue.stance, data_statement=st.id))
        if st.speaker.start is not None and st.speaker.end is not None:
            add(st.speaker.start, st.speaker.end, 2, _tag("span", None, class_="speaker", data_statement=st.id))
    for ent in doc.entities:
        hover = f"{ent.name_en or ent.name} · {ent.type}"
        for m in ent.mentions:
            if link_entities and ent.key:
                tags = _tag("a", None, class_=f"ent ent-{ent.type}", href=entity_url(ent.key), title=hover,
                            data_entity=ent.id)
            else:
                tags = _tag("span", None, class_=f"ent ent-{ent.type}", title=hover, data_entity=ent.id)
            add(m.start, m.end, 3, tags)
    return layers


def highlight(doc: Document, link_entities: bool = True) -> Markup:
    """The article text as HTML: paragraphs, sentence anchors (#s-N), statement contents (#q-ID), cues,
    speakers and entity mentions, nested properly even where spans cross (a crossing tag is closed and
    reopened, its id only on the first opening)."""
    text = doc.text
    layers = _layers(doc, link_entities)
    starts: dict[int, list[_Layer]] = {}
    for layer in layers:
        starts.setdefault(layer.start, []).append(layer)
    bounds = sorted({0, len(text), *(x.start for x in layers), *(x.end for x in layers)})
    out: list[str] = []
    active: list[_Layer] = []
    stack: list[_Layer] = []  # what is open in the HTML right now, outermost first
    opened: set[int] = set()
    for a, b in zip(bounds, bounds[1:]):
        active = [x for x in active if x.end > a] + starts.get(a, [])
        want = sorted(active, key=lambda x: (x.rank, x.start, -x.end, x.seq))
        keep = 0
        while keep < min(len(stack), len(want)) and stack[keep] is want[keep]:
            keep += 1
        out.extend(x.close for x in reversed(stack[keep:]))
        for x in want[keep:]:
            out.append(x.again if x.seq in opened else x.first)
            opened.add(x.seq)
        stack = want
        out.append(str(inert(text[a:b])))
    out.extend(x.close for x in reversed(stack))
    return Markup("".join(out))


_WORD = re.compile(r"\w{2,}")


def mark_terms(snippet: str, query: str) -> Markup:
    """A plain-text snippet with the query's words wrapped in <mark> (literal, case-insensitive)."""
    words = sorted({w for w in _WORD.findall(query)}, key=len, reverse=True)
    if not words:
        return inert(snippet)
    pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
    out, last = [], 0
    for m in pattern.finditer(snippet):
        out.append(str(inert(snippet[last:m.start()])))
        out.append(f"<mark>{inert(m.group())}</mark>")
        last = m.end()
    out.append(str(inert(snippet[last:])))
    return Markup("".join(out))


@dataclass
class Bar:
    label: str
    count: int
    x: float
    y: float
    width: float
    height: float


def timeline_bars(points: list[tuple[str, int]], width: int = 640, height: int = 110) -> list[Bar]:
    """Bars for the entity timeline: by day over two months or less, by month otherwise (empty months
    kept, so gaps show)."""
    if not points:
        return []
    days = sorted((d[:10], n) for d, n in points if d)
    if not days:
        return []
    try:
        span_days = (dt.date.fromisoformat(days[-1][0]) - dt.date.fromisoformat(days[0][0])).days
    except ValueError:  # a partial date (YYYY-MM): count by month
        span_days = 366
    if span_days > 62:
        counts: dict[str, int] = {}
        for d, n in days:
            counts[d[:7]] = counts.get(d[:7], 0) + n
        first, last = min(counts), max(counts)
        y, m = int(first[:4]), int(first[5:7])
        series = []
        while f"{y:04d}-{m:02d}" <= last:
            key = f"{y:04d}-{m:02d}"
            series.append((key, counts.get(key, 0)))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    else:
        series = days
    top = max(n for _, n in series) or 1
    slot = width / len(series)
    bar_w = max(1.0, slot * 0.8)
    bars = []
    for i, (label, n) in enumerate(series):
        h = (height - 4) * n / top
        # right to left, as the page reads: the earliest date sits at the right edge
        x = width - (i + 1) * slot + (slot - bar_w) / 2
        bars.append(Bar(label, n, round(x, 1), round(height - h, 1), round(bar_w, 1), round(h, 1)))
    return bars
