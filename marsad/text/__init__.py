"""Arabic text layer: normalization view, segmentation, tokenization, all with offsets.

normalize.py  ``normalize(text)`` -> NormalizedView (normalized text + offset map back); ``norm_word``
segment.py    paragraphs (headline / caption / body) and sentences: ``annotate(doc)``
tokenize.py   tokens with ``norm`` and clitic ``pieces``: ``annotate(doc)``, ``tokenize(text, start, end)``
clitics.py    clitic segmentation of one Arabic word: ``split(word)``
"""
