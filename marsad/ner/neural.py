"""Run-time BiLSTM-CRF tagger in numpy (the model is trained with torch by `marsad train ner`, then exported).

Speed comes from batching: all sentences of a call run through the LSTM together, one matrix product per
time step, and each word type's input vector (corpus vector, feature embeddings, character CNN) is computed
once and cached."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from threadpoolctl import ThreadpoolController

from .features import Lexicon
from .inputs import TYPE_FIELDS, Inputs

TAGS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")


class BiLSTMCRF:
    # word types whose LSTM input gates are kept (8 x hidden floats each: 2 KB at hidden 64)
    MAX_TYPES = 40_000
    # longer sentences (a text without punctuation) are tagged in pieces: memory grows with the longest
    # sentence of a batch (~1 GB for 150k tokens in one piece), and news sentences are far shorter
    MAX_LEN = 400

    def __init__(self, model: str | Path, lexicon: str | Path):
        with np.load(model) as z:
            p = {k: z[k] for k in z.files}
        meta = json.loads(bytes(p.pop("meta")).decode("utf-8"))
        lex = Lexicon.load(lexicon)
        words = sorted(lex.clusters, key=lambda w: lex.clusters[w][0])
        if len(words) + 1 != len(p["vectors"]):
            raise ValueError(f"{model} does not match {lexicon}: retrain with `marsad train ner`")
        self.inputs = Inputs(lex, words, meta["vocabs"], meta["chars"])
        self.p = p
        self.hidden = p["w_hh_f"].shape[1]
        self.cache: dict[str, np.ndarray] = {}
        # Each word type's contribution to the input gates of both directions is computed once and cached;
        # the phrase mark, which depends on the sentence, enters through its own columns, folded in here.
        # Input order (see neural_train.Net): corpus vector, type-field embeddings, mark embedding, char CNN.
        # Gate rows are reordered from torch's (i, f, g, o) to (i, f, o, g), the three sigmoid gates first.
        hsz = self.hidden
        gate = np.r_[0:2 * hsz, 3 * hsz:4 * hsz, 2 * hsz:3 * hsz]
        w_ih = np.concatenate([p["w_ih_f"][gate], p["w_ih_b"][gate]])  # [8H, inputs]
        at = p["vectors"].shape[1] + sum(p[f"emb_{f}"].shape[1] for f in TYPE_FIELDS)
        mark = slice(at, at + p["emb_mg"].shape[1])
        self.w_type = np.delete(w_ih, np.r_[mark], axis=1).T.copy()
        self.b_type = np.concatenate([p["b_f"][gate], p["b_b"][gate]])
        self.w_mark = p["emb_mg"] @ w_ih[:, mark].T  # [mark values, 8H]
        self.w_hh = np.stack([p["w_hh_f"][gate].T, p["w_hh_b"][gate].T])  # [2, H, 4H]
        # sigmoid(x) = (tanh(x / 2) + 1) / 2: with the i, f, o pre-activations halved in the weights, one tanh
        # call per step serves all four gates
        half = np.ones(8 * hsz, np.float32)
        half[np.r_[0:3 * hsz, 4 * hsz:7 * hsz]] = 0.5
        self.w_type *= half
        self.b_type *= half
        self.w_mark *= half
        self.w_hh *= half[:4 * hsz]
        self.w_out = (p["out_w"][:, :hsz].T.copy(), p["out_w"][:, hsz:].T.copy())
        self.blas = ThreadpoolController()

    def _type_vectors(self, toks: list[str]) -> np.ndarray:
        """Input vectors [len(toks), inputs]: corpus vector, type-feature embeddings, character CNN."""
        p = self.p
        types = [self.inputs.word_type(t) for t in toks]
        fields = np.array([ids for _, ids, _ in types])
        width = max(len(c) for _, _, c in types)
        chars = np.zeros((len(types), width + 2), np.int64)  # one zero (padding) char either side
        for row, (_, _, c) in zip(chars, types):
            row[1:len(c) + 1] = c
        emb = p["char_emb"][chars]  # [types, width + 2, cdim]; the padding char's row is zero
        w = p["conv_w"]  # [filters, cdim, 3]
        conv = sum(emb[:, k:k + width] @ w[:, :, k].T for k in range(w.shape[2])) + p["conv_b"]
        conv = np.maximum(conv, 0) * (chars[:, 1:width + 1, None] > 0)  # positions past the word: 0
        parts = [p["vectors"][[v for v, _, _ in types]].astype(np.float32)]
        parts += [p[f"emb_{f}"][fields[:, i]] for i, f in enumerate(TYPE_FIELDS)]
        parts.append(conv.max(axis=1))
        return np.concatenate(parts, axis=1)

    def _gates(self, tokens: list[str]) -> np.ndarray:
        cache = self.cache
        new = [t for t in dict.fromkeys(tokens) if t not in cache]
        if new:
            if len(cache) + len(new) > self.MAX_TYPES:
                cache.clear()
                new = list(dict.fromkeys(tokens))
            for tok, row in zip(new, self._type_vectors(new) @ self.w_type + self.b_type):
                cache[tok] = row
        return np.stack([cache[t] for t in tokens])

    def emissions(self, sentences: list[list[str]]) -> list[np.ndarray]:
        """Per sentence (all non-empty), the [tokens, tags] scores of the output layer."""
        order = sorted(range(len(sentences)), key=lambda i: -len(sentences[i]))
        em, lens = self._forward([sentences[i] for i in order])
        res: list[np.ndarray] = [None] * len(sentences)  # type: ignore[list-item]
        for row, (i, k) in enumerate(zip(order, lens)):
            res[i] = em[row, :k]
        return res

    def _forward(self, sents: list[list[str]]) -> tuple[np.ndarray, np.ndarray]:
        """Padded emissions [b, n, tags] and lengths of non-empty sentences sorted longest first."""
        lens = np.array([len(s) for s in sents])
        gates = self._gates([t for s in sents for t in s])  # [all tokens, 8H]: both directions
        gates += self.w_mark[[m for s in sents for m in self.inputs.phrase_marks(s)]]
        hf, hb = self._run(gates.reshape(len(gates), 2, -1), lens)
        flat = hf @ self.w_out[0] + hb @ self.w_out[1] + self.p["out_b"]  # [all tokens, tags]
        starts = np.concatenate([[0], np.cumsum(lens)[:-1]])
        pos = np.arange(lens[0])[None, :]
        return flat[np.where(pos < lens[:, None], starts[:, None] + pos, 0)], lens

    def _run(self, gates: np.ndarray, lens: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Both LSTM directions at once over the concatenated sentences (sorted longest first), gates
        [tokens, 2, 4H] in order (i, f, o, g). Step t reads token t of each sentence longer than t, from
        the start (forward) and from the end (backward); returns the hidden states [tokens, H] of each."""
        hsz = self.hidden
        starts = np.concatenate([[0], np.cumsum(lens)[:-1]])
        live = (lens[None, :] > np.arange(lens[0])[:, None]).sum(axis=1)
        # the inputs in step order, so each step reads one contiguous block
        fwd = np.concatenate([starts[:k] + t for t, k in enumerate(live)])
        bwd = np.concatenate([starts[:k] + lens[:k] - 1 - t for t, k in enumerate(live)])
        x = np.stack([gates[fwd, 0], gates[bwd, 1]])  # [2, tokens, 4H]
        out = np.empty((2, len(fwd), hsz), np.float32)
        h = np.zeros((2, len(lens), hsz), np.float32)
        c = np.zeros((2, len(lens), hsz), np.float32)
        at = 0
        for k in live:
            h, c = h[:, :k], c[:, :k]
            z = x[:, at:at + k] + h @ self.w_hh  # [2, k, 4H]
            np.tanh(z, out=z)
            s = z[..., :3 * hsz]
            s += 1.0
            s *= 0.5
            c = s[..., hsz:2 * hsz] * c + s[..., :hsz] * z[..., 3 * hsz:]
            h = out[:, at:at + k]
            np.tanh(c, out=h)
            h *= s[..., 2 * hsz:]
            at += k
        hf = np.empty((len(gates), hsz), np.float32)
        hb = np.empty((len(gates), hsz), np.float32)
        hf[fwd], hb[bwd] = out[0], out[1]
        return hf, hb

    def viterbi(self, em: np.ndarray, lens: np.ndarray) -> list[list[int]]:
        """Best tag sequence of each sentence from padded emissions [b, n, tags], sentences longest first."""
        trans, start, end = self.p["trans"], self.p["start"], self.p["end"]
        score = start + em[:, 0]
        back = []
        for t in range(1, em.shape[1]):
            k = int((lens > t).sum())
            s = score[:k, :, None] + trans
            back.append(s.argmax(axis=1))
            score[:k] = s.max(axis=1) + em[:k, t]
        out = []
        for i, n in enumerate(lens):
            best = [int((score[i] + end).argmax())]
            for t in range(n - 2, -1, -1):
                best.append(int(back[t][i, best[-1]]))
            out.append(best[::-1])
        return out

    def tag_sentences(self, sentences: list[list[str]], batch_tokens: int = 4096) -> list[list[str]]:
        # The matrices are small: a second BLAS thread only adds hand-offs (1.5x slower per article here).
        with self.blas.limit(limits=1, user_api="blas"):
            return self._tag(sentences, batch_tokens)

    def _tag(self, sentences: list[list[str]], batch_tokens: int) -> list[list[str]]:
        if any(len(s) > self.MAX_LEN for s in sentences):  # tag over-long runs in pieces, then join them
            pieces = [(i, s[k:k + self.MAX_LEN]) for i, s in enumerate(sentences)
                      for k in range(0, max(len(s), 1), self.MAX_LEN)]
            joined: list[list[str]] = [[] for _ in sentences]
            for (i, _), tags in zip(pieces, self._tag([p for _, p in pieces], batch_tokens)):
                joined[i] += tags
            return joined
        out: list[list[str]] = [[] for _ in sentences]
        order = sorted((i for i, s in enumerate(sentences) if s), key=lambda i: -len(sentences[i]))
        k = 0
        while k < len(order):  # similar lengths together, so little padding is computed
            j, size = k, 0
            while j < len(order) and (size == 0 or size + len(sentences[order[j]]) <= batch_tokens):
                size += len(sentences[order[j]])
                j += 1
            group = order[k:j]
            em, lens = self._forward([sentences[i] for i in group])
            for i, tags in zip(group, self.viterbi(em, lens)):
                out[i] = [TAGS[t] for t in tags]
            k = j
        return out
