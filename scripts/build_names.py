#!/usr/bin/env python3
"""Build the compact English-name lexicons and the transliteration model shipped in marsad/data.

Reads ../shared/data/names (see each folder's SOURCE.txt) and babel's CLDR data; writes
  marsad/data/names_places.tsv.gz    folded Arabic place/organization name -> type, English name, source
  marsad/data/names_tokens.tsv.gz    folded Arabic name word -> English spelling, votes
  marsad/data/names_translit.json.gz character model for words in no lexicon (marsad.entities.translit)
marsad/data/names_manual.tsv is hand-written and read as is.

Usage: python scripts/build_names.py [--shared ../shared] [--out marsad/data]
"""
from __future__ import annotations

import argparse
import collections
import gzip
import io
import json
import re
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from marsad.entities import translit  # noqa: E402
from marsad.entities.arabic import fold, key  # noqa: E402
from marsad.entities.names import without_article  # noqa: E402

# Letters only Persian, Urdu or Kurdish use: a GeoNames alternate name with one of them is not Arabic.
NON_ARABIC = set("پچژگکیۀەێۆڵڕھےۓ")
ARABIC_WORD = re.compile(r"^[\u0621-\u064a ]+$")
# Countries of the Arab League: their cities win when an Arabic spelling is shared with a city elsewhere.
ARAB_CC = set("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE".split())


def gz_text(path: Path):
    """gzip text writer with no timestamp, so a rebuild from the same data gives the same bytes."""
    return io.TextIOWrapper(gzip.GzipFile(path, "wb", compresslevel=9, mtime=0), encoding="utf-8")


def ascii_latin(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def clean_en(s: str) -> str:
    return re.sub(r"[^a-z' -]", "", ascii_latin(s).lower()).strip(" -'")


# ----------------------------------------------------------------------------- places

def skeleton(latin: str) -> str:
    """Consonant skeleton of a romanized name: "Al Hudaydah" -> "hdydh"."""
    s = re.sub(r"^(al|el|ad|as|ash|ar|an|at|az)[- ]", "", clean_en(latin))
    s = re.sub(r"[^a-z]|[aeiouyw]", "", s)
    return re.sub(r"(.)\1+", r"\1", s)


def close(a: str, b: str) -> bool:
    """Skeletons that differ by at most a third of their letters (edit distance)."""
    if not a or not b:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1] <= max(1, max(len(a), len(b)) // 3)


def places(shared: Path, model, spelled: dict[str, str]) -> dict[str, tuple[str, str, str]]:
    """key -> (type, English, source); earlier sources win.

    A GeoNames city is named by its ASCII name, but an Arab town's scholarly one (the apostrophes written
    for ʿayn and hamza: Sa'dah) gives way to the alternate name the name-word pairs spell its Arabic name
    with (``spelled``: صعدة -> "saada", so Saada), else loses the marks (Dar'a -> Dara, Ha'il -> Hail).
    GeoNames alternate names carry no language tag and some Arabic-script ones are wrong (another
    town's name): one is kept only when its romanization by the character model is close to one of
    the city's Latin names.
    """
    out: dict[str, tuple[str, str, str]] = {}

    def add(ar: str, typ: str, en: str, src: str) -> None:
        k = key(ar)
        if k and en and k not in out:
            out[k] = (typ, en, src)

    for c in json.loads((shared / "data/names/countries_mledoze/countries.json").read_text(encoding="utf-8")):
        t = c.get("translations", {}).get("ara", {})
        for form in (t.get("common"), t.get("official")):
            if form:
                add(form, "LOC", c["name"]["common"], "mledoze")

    import babel
    ar, en = babel.Locale("ar"), babel.Locale("en")
    for code, name in ar.territories.items():
        if code.isalpha() and code in en.territories and code not in ("ZZ", "QO", "EZ", "UN", "EU"):
            add(name, "LOC", en.territories[code], "cldr")
    for zone, names in ar.time_zones.items():
        city = names.get("city") if hasattr(names, "get") else None
        en_city = en.time_zones.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
        if city and not zone.startswith("Etc/"):
            add(city, "LOC", en_city, "cldr-city")

    best: dict[str, tuple[int, int, str]] = {}  # key -> (arab_country, population, English)
    with open(shared / "data/names/geonames_cities15000/cities15000.txt", encoding="utf-8") as f:
        for line in f:
            col = line.rstrip("\n").split("\t")
            if len(col) < 15:
                continue
            name_en, cc, pop = (col[2] or col[1]).strip("`'"), col[8], int(col[14] or 0)
            alts = [x.strip() for x in col[3].split(",")]
            latin = {skeleton(x) for x in [col[1], col[2], *alts] if x and x.isascii()}
            # GeoNames writes some Arab towns in a scholarly romanization (Sa'dah); news writes Saada
            scholarly = cc in ARAB_CC and re.search(r"`|'[a-z]", name_en)
            ascii_alts = {x.lower(): x for x in alts if scholarly and x[:1].isupper() and x.isascii()
                          and x.replace(" ", "").isalpha()}
            for alt in alts:
                if not alt or not ARABIC_WORD.match(alt) or NON_ARABIC & set(alt):
                    continue
                k = key(alt)
                roman = " ".join(model.best(w[2:] if w.startswith("ال") else w) for w in k.split())
                if not any(close(skeleton(roman), x) for x in latin):
                    continue
                english = ascii_alts.get(spelled.get(k, "")) or (
                    re.sub(r"`|'(?=[a-z])", "", name_en) if scholarly else name_en)
                rank = (cc in ARAB_CC, pop, english)
                if k and (k not in best or rank[:2] > best[k][:2]):
                    best[k] = rank
    for k, (_, _, name_en) in best.items():
        add(k, "LOC", name_en, "geonames")
    return out


# ----------------------------------------------------------------------------- name words

def word_pairs(shared: Path, split: str) -> list[tuple[str, str, int]]:
    """(folded Arabic word, lowercase English, weight) pairs.

    split="all" gives every pair (for the lookup lexicon); "train" leaves out the held-out test parts
    (google_translit test, anetac translit test, netranslit wd_arabic_20) used by the quality test.
    """
    pairs: list[tuple[str, str, int]] = []
    n = shared / "data/names"
    tok_file = "wd_arabic.normalized.aligned.tokens" if split == "all" else "wd_arabic_80"
    for line in open(n / "netranslit_wikidata_ar" / tok_file, encoding="utf-8"):
        col = line.rstrip("\n").split("\t")
        if len(col) == 3:
            # Wikidata person names count double: real people's own spellings, unlike mined pairs.
            pairs.append((fold(col[1].replace(" ", "")), clean_en(col[0]), 2 * int(col[2] or 1)))
    for line in open(n / "anetac/EN-AR_Named-entities.txt", encoding="utf-8"):
        col = line.split()
        if len(col) == 3 and split == "all":
            pairs.append((fold(col[2]), clean_en(col[1]), 1))
    parts = ["train", "dev", "test"] if split == "all" else ["train"]
    for part in parts:
        ar = (n / f"anetac/en-ar-translit/{part}.ar").read_text(encoding="utf-8").splitlines()
        en = (n / f"anetac/en-ar-translit/{part}.en").read_text(encoding="utf-8").splitlines()
        pairs += [(fold(a.replace(" ", "")), clean_en(e.replace(" ", "")), 1) for a, e in zip(ar, en)]
    files = ["ar2en.txt"] if split == "all" else ["ar2en-train.txt"]
    for fn in files:
        for line in open(n / "google_translit_ar2en" / fn, encoding="utf-8"):
            col = line.rstrip("\n").split("\t")
            if len(col) == 2:
                pairs.append((fold(col[0]), clean_en(col[1]), 1))
    return [(a, e, w) for a, e, w in pairs if a and e and " " not in a and " " not in e]


def held_out(shared: Path) -> list[tuple[str, str]]:
    n = shared / "data/names"
    out = []
    for line in open(n / "google_translit_ar2en/ar2en-test.txt", encoding="utf-8"):
        col = line.rstrip("\n").split("\t")
        if len(col) == 2:
            out.append((fold(col[0]), clean_en(col[1])))
    return [(a, e) for a, e in out if a and e]


def token_lexicon(pairs, model) -> dict[str, tuple[str, int]]:
    """Folded Arabic word -> (English spelling, votes).

    Ties go to the spelling used most across all Arabic words ("coats" over "cots" for كوتس, "zarif" over
    "drif" for ظريف): names are written the way they are usually written. A word with the article
    (القحطاني) keeps its own record, voted on without the article ("alhariri" and "hariri" agree) and as
    written (the reader drops the article of an Arab name, keeps it in a foreign one: ألكسندر -> alexander);
    its spellings must resemble the character model's reading of the word, since mined pairs of such words
    are often misaligned ("البنا" -> "nidal").
    """
    votes: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for a, e, w in pairs:
        votes[a][e.replace(" ", "")] += w
    spelled: collections.Counter = collections.Counter()
    for c in votes.values():
        spelled.update(c)
    out = {}
    for a, c in votes.items():
        if a.startswith("ال") and len(a) > 4:
            # vote on the spelling without the article; keep the most voted way of writing the winner
            reading = skeleton(model.best(a[2:]))
            bare: collections.Counter = collections.Counter()
            for e, n in c.items():
                if close(reading, skeleton(without_article(e, a))):
                    bare[without_article(e, a)] += n
            if not bare:
                continue
            win = max(bare.items(), key=lambda kv: (kv[1], spelled[kv[0]], -len(kv[0]), kv[0]))[0]
            c = collections.Counter({e: n for e, n in c.items() if without_article(e, a) == win})
        e, n = max(c.items(), key=lambda kv: (kv[1], spelled[kv[0]], -len(kv[0]), kv[0]))
        out[a] = (e, n)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=ROOT / "marsad/data")
    ap.add_argument("--iterations", type=int, default=4)
    ap.add_argument("--reuse-model", action="store_true",
                    help="keep the shipped character model (rebuild the lexicons only)")
    a = ap.parse_args()
    t0 = time.time()

    if a.reuse_model:
        with gzip.open(a.out / "names_translit.json.gz", "rt", encoding="utf-8") as f:
            model = json.load(f)
    else:
        train = [(ar, en) for ar, en, _ in word_pairs(a.shared, "train")]
        model = translit.train(train, iterations=a.iterations, log=print)
        with gz_text(a.out / "names_translit.json.gz") as f:
            json.dump(model, f, ensure_ascii=False, separators=(",", ":"))
    m = translit.CharModel(model, beam=12)  # plain top reading: checks GeoNames spellings and article words
    test = held_out(a.shared)
    exact = sum(m.best(ar) == en for ar, en in test)
    print(f"char model: held-out google_translit test exact "
          f"{exact}/{len(test)} = {exact / len(test):.3f}; {time.time() - t0:.0f}s")

    lex = token_lexicon(word_pairs(a.shared, "all"), m)
    with gz_text(a.out / "names_tokens.tsv.gz") as f:
        for k in sorted(lex):
            f.write(f"{k}\t{lex[k][0]}\t{lex[k][1]}\n")
    print(f"name words: {len(lex)}")

    pl = places(a.shared, m, {k: en for k, (en, _) in lex.items()})
    with gz_text(a.out / "names_places.tsv.gz") as f:
        for k in sorted(pl):
            f.write("\t".join((k, *pl[k])) + "\n")
    print(f"places: {len(pl)} names ({collections.Counter(v[2] for v in pl.values())})")

    for p in sorted(a.out.glob("names_*")):
        print(f"  {p.name}: {p.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
