"""An in-memory Store for fast API/page unit tests: plain loops over the documents, no SQL.

It follows the Store contract loosely (substring search, keys or names as filters); the real SQLite
store is exercised by the browser test and by tests/store."""
from __future__ import annotations

from collections import Counter

from marsad.document import Document
from marsad.store.base import ArticleHit, EntityRow, IngestResult, Query, Store, StatementRow


def _matches(ent, ref: str) -> bool:
    ref = ref.casefold()
    return ref in (ent.key.casefold(), ent.name.casefold(), (ent.name_en or "").casefold())


class FakeStore(Store):
    def __init__(self, docs: list[Document] = ()):
        self.docs: dict[str, Document] = {}
        for doc in docs:
            self.add(doc)

    def add(self, doc, embedding=None) -> IngestResult:
        new = doc.id not in self.docs
        self.docs[doc.id] = doc
        return IngestResult(doc.id, new)

    def has(self, article_id):
        return article_id in self.docs

    def get(self, article_id):
        doc = self.docs.get(article_id)
        return Document.from_json(doc.to_json()) if doc else None

    def _in_range(self, doc, date_from, date_to) -> bool:
        day = (doc.meta.get("published") or "")[:10]
        return (not date_from or day >= date_from) and (not date_to or day <= date_to)

    def search(self, query: Query) -> list[ArticleHit]:
        hits = []
        for doc in self.docs.values():
            words = query.text.casefold().split()
            haystack = " ".join([doc.text, *(e.name_en or "" for e in doc.entities)]).casefold()
            if any(w not in haystack for w in words):
                continue
            if query.entity and not any(_matches(e, query.entity) for e in doc.entities):
                continue
            rows = self._statement_rows(doc)
            speakers = [doc.entity(st.speaker.entity) for st in doc.statements]
            if query.speaker and not any(e and _matches(e, query.speaker) for e in speakers):
                continue
            if query.stance and not any(r.stance == query.stance for r in rows):
                continue
            if query.source and doc.meta.get("source") != query.source:
                continue
            if not self._in_range(doc, query.date_from, query.date_to):
                continue
            i = max(0, doc.text.casefold().find(words[0])) if words else 0
            hits.append(ArticleHit(doc.id, doc.meta.get("title") or "", doc.meta.get("source"),
                                   doc.meta.get("published"), doc.meta.get("url"), doc.text[max(0, i - 40):i + 160],
                                   float(len(words))))
        hits.sort(key=lambda h: (h.published or ""), reverse=True)
        return hits[query.offset:query.offset + query.limit]

    def _rows(self) -> dict[str, EntityRow]:
        rows: dict[str, EntityRow] = {}
        for doc in self.docs.values():
            for ent in doc.entities:
                row = rows.setdefault(ent.key, EntityRow(ent.key, ent.type, ent.name, ent.name_en))
                row.articles += 1
                row.mentions += len(ent.mentions)
                row.statements += sum(1 for s in doc.statements if s.speaker.entity == ent.id)
                row.titles = sorted(set(row.titles) | set(ent.titles))
        return rows

    def find_entities(self, name="", type=None, limit=20, offset=0):
        rows = [r for r in self._rows().values()
                if (not type or r.type == type) and (not name or name.casefold() in r.name.casefold()
                                                     or name.casefold() in (r.name_en or "").casefold())]
        rows.sort(key=lambda r: (-r.articles, r.key))
        return rows[offset:offset + limit]

    def entity(self, key):
        return self._rows().get(key)

    def _statement_rows(self, doc) -> list[StatementRow]:
        out = []
        for st in doc.statements:
            ent = doc.entity(st.speaker.entity)
            out.append(StatementRow(doc.id, st.id, ent.name if ent else st.speaker.text, ent.key if ent else None,
                                    ent.name_en if ent else None, st.cue.text, st.cue.stance, st.kind,
                                    st.content.text, st.addressee.text if st.addressee else None,
                                    doc.meta.get("published"), doc.meta.get("title"), doc.meta.get("source"),
                                    st.content.start, st.content.end))
        return out

    def statements(self, speaker=None, about=None, stance=None, text=None, source=None, date_from=None,
                   date_to=None, article_id=None, limit=50, offset=0):
        out = []
        for doc in self.docs.values():
            if (article_id and doc.id != article_id) or (source and doc.meta.get("source") != source):
                continue
            if not self._in_range(doc, date_from, date_to):
                continue
            for st, row in zip(doc.statements, self._statement_rows(doc)):
                ent = doc.entity(st.speaker.entity)
                if speaker and not (ent and _matches(ent, speaker)):
                    continue
                if about and not any(_matches(e, about) and any(st.content.start <= m.start < st.content.end
                                                                for m in e.mentions) for e in doc.entities):
                    continue
                if (stance and row.stance != stance) or (text and text not in row.content):
                    continue
                out.append(row)
        out.sort(key=lambda r: (r.published or "", r.statement_id), reverse=True)
        return out[offset:offset + limit]

    def related_entities(self, key, limit=20):
        shared: Counter = Counter()
        for doc in self.docs.values():
            keys = {e.key for e in doc.entities}
            if key in keys:
                shared.update(keys - {key})
        rows = self._rows()
        return [(rows[k], n) for k, n in shared.most_common(limit)]

    def timeline(self, key):
        days: Counter = Counter()
        for doc in self.docs.values():
            if any(e.key == key for e in doc.entities) and doc.meta.get("published"):
                days[doc.meta["published"][:10]] += 1
        return sorted(days.items())

    def stats(self):
        return {"articles": len(self.docs), "entities": len(self._rows()),
                "statements": sum(len(d.statements) for d in self.docs.values())}

    def close(self):
        pass
