"""HTML fragments (feed summaries, JSON fields) to plain paragraphs."""
from __future__ import annotations

import re
from html.parser import HTMLParser

# tags that end a paragraph; everything else is inline
_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
          "section", "article", "header", "footer", "table", "tr", "figure", "figcaption", "hr", "pre"}
_SKIP = {"script", "style", "noscript", "template"}
_SPACES = re.compile(r"[^\S\n]+")


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Visible text of an HTML fragment, one paragraph per block, paragraphs separated by a blank line."""
    if "<" not in fragment and "&" not in fragment:
        return paragraphs(fragment)
    collector = _Collector()
    collector.feed(fragment)
    collector.close()
    return paragraphs("".join(collector.parts))


def paragraphs(text: str) -> str:
    """Collapse spaces and make each non-empty line its own paragraph (blank line between)."""
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return "\n\n".join(line for line in lines if line)
