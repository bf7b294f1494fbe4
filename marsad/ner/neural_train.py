"""Training of the BiLSTM-CRF tagger with torch (a training-only dependency: `pip install -e .[train]`),
and its export to the numpy arrays that marsad.ner.neural runs.

Input per token: its corpus word vector (PPMI + SVD, learned from the unlabeled news corpus; frozen, so
words never seen in training keep meaningful vectors), embeddings of discrete word-type features (features.py),
a character CNN, and the multi-word gazetteer mark. A bidirectional LSTM reads the sentence and a CRF layer
scores tag sequences."""
from __future__ import annotations

import json
import random
import time

import numpy as np
import torch
from torch import nn

from .inputs import FIELDS, TYPE_FIELDS, Inputs
from .neural import TAGS

TAG_ID = {t: i for i, t in enumerate(TAGS)}


class Net(nn.Module):
    def __init__(self, vectors: np.ndarray, n_values: dict[str, int], n_chars: int, hidden: int = 64,
                 field_dim: int = 16, char_dim: int = 32, char_filters: int = 64, dropout: float = 0.5):
        super().__init__()
        self.vectors = nn.Embedding.from_pretrained(torch.tensor(vectors), freeze=True)
        self.fields = nn.ModuleList(nn.Embedding(n_values[f] + 1, field_dim) for f in FIELDS)
        self.char_emb = nn.Embedding(n_chars + 1, char_dim, padding_idx=0)
        self.conv = nn.Conv1d(char_dim, char_filters, 3, padding=1)
        self.drop = nn.Dropout(dropout)
        self.lstm = nn.LSTM(vectors.shape[1] + field_dim * len(FIELDS) + char_filters, hidden,
                            batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, len(TAGS))
        self.trans = nn.Parameter(torch.zeros(len(TAGS), len(TAGS)))
        self.start = nn.Parameter(torch.zeros(len(TAGS)))
        self.end = nn.Parameter(torch.zeros(len(TAGS)))

    def emissions(self, words, fields, chars, lens):
        b, n = words.shape
        ce = self.char_emb(chars.view(b * n, -1)).transpose(1, 2)
        # zero the filter outputs past each word's end (ReLU outputs are >= 0, so the max is unchanged for
        # real positions): the pooled value must not depend on how long the other words of the batch are
        real = (chars.view(b * n, 1, -1) > 0).float()
        cnn = (torch.relu(self.conv(ce)) * real).max(dim=2).values.view(b, n, -1)
        x = torch.cat([self.vectors(words), *(e(fields[:, :, i]) for i, e in enumerate(self.fields)), cnn], -1)
        packed = nn.utils.rnn.pack_padded_sequence(self.drop(x), lens, batch_first=True, enforce_sorted=False)
        h, _ = self.lstm(packed)
        h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=n)
        return self.out(self.drop(h))

    def nll(self, em, tags, mask):
        """Negative log-likelihood of the gold tag sequences under the linear-chain CRF."""
        n = em.shape[1]
        gold = self.start[tags[:, 0]] + em[:, 0].gather(1, tags[:, :1]).squeeze(1)
        alpha = self.start + em[:, 0]
        for t in range(1, n):
            m = mask[:, t]
            step = self.trans[tags[:, t - 1], tags[:, t]] + em[:, t].gather(1, tags[:, t:t + 1]).squeeze(1)
            gold = gold + step * m
            nxt = torch.logsumexp(alpha.unsqueeze(2) + self.trans.unsqueeze(0), dim=1) + em[:, t]
            alpha = torch.where(m.unsqueeze(1) > 0, nxt, alpha)
        last = tags.gather(1, (mask.sum(1).long() - 1).unsqueeze(1)).squeeze(1)
        gold = gold + self.end[last]
        return (torch.logsumexp(alpha + self.end, dim=1) - gold).sum()


def encode(inputs: Inputs, sents: list) -> list:
    out = []
    for s in sents:
        toks = [t for t, _ in s]
        types = [inputs.word_type(t) for t in toks]
        marks = inputs.phrase_marks(toks)
        out.append(([v for v, _, _ in types], [ids + [m] for (_, ids, _), m in zip(types, marks)],
                    [c for _, _, c in types], [TAG_ID[t] for _, t in s]))
    return out


def batch(items: list):
    b, n = len(items), max(len(it[0]) for it in items)
    nc = max(len(c) for it in items for c in it[2])
    words = torch.zeros(b, n, dtype=torch.long)
    fields = torch.zeros(b, n, len(FIELDS), dtype=torch.long)
    chars = torch.zeros(b, n, nc, dtype=torch.long)
    tags = torch.zeros(b, n, dtype=torch.long)
    mask = torch.zeros(b, n)
    for i, (w, f, c, y) in enumerate(items):
        k = len(w)
        words[i, :k], fields[i, :k], tags[i, :k], mask[i, :k] = torch.tensor(w), torch.tensor(f), torch.tensor(y), 1
        for j, cs in enumerate(c):
            chars[i, j, :len(cs)] = torch.tensor(cs)
    return words, fields, chars, tags, mask, torch.tensor([len(it[0]) for it in items])


def train(inputs: Inputs, vectors: np.ndarray, sents: list, epochs: int = 20, batch_size: int = 16,
          lr: float = 2e-3, seed: int = 0, log=print, after_epoch=None, **net_args) -> Net:
    torch.manual_seed(seed)
    torch.set_num_threads(1)  # on a shared 2-core machine one thread is faster than two fighting
    rng = random.Random(seed)
    data = encode(inputs, sents)
    net = Net(vectors, {f: len(v) for f, v in inputs.vocabs.items()}, len(inputs.chars), **net_args)
    opt = torch.optim.Adam([p for p in net.parameters() if p.requires_grad], lr=lr)
    for epoch in range(epochs):
        t0, total = time.time(), 0.0
        net.train()
        rng.shuffle(data)
        batches = []
        for k in range(0, len(data), batch_size * 50):  # sort within chunks: little padding, still random
            chunk = sorted(data[k:k + batch_size * 50], key=lambda it: len(it[0]))
            batches += [chunk[i:i + batch_size] for i in range(0, len(chunk), batch_size)]
        rng.shuffle(batches)
        for items in batches:
            words, fields, chars, tags, mask, lens = batch(items)
            loss = net.nll(net.emissions(words, fields, chars, lens), tags, mask) / len(items)
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            total += loss.item()
        log(f"epoch {epoch + 1}/{epochs}: loss {total / len(batches):.3f} ({time.time() - t0:.0f}s)")
        if after_epoch:
            after_epoch(epoch + 1, net.eval())
    return net


def export(net: Net, inputs: Inputs, path) -> None:
    """Write the numpy arrays of marsad.ner.neural (vectors as float16: half the size, same tags)."""
    sd = {k: v.detach().numpy() for k, v in net.state_dict().items()}
    arrays = {
        "vectors": sd["vectors.weight"].astype(np.float16),
        **{f"emb_{f}": sd[f"fields.{i}.weight"] for i, f in enumerate(FIELDS)},
        "char_emb": sd["char_emb.weight"], "conv_w": sd["conv.weight"], "conv_b": sd["conv.bias"],
        "w_ih_f": sd["lstm.weight_ih_l0"], "w_hh_f": sd["lstm.weight_hh_l0"],
        "b_f": sd["lstm.bias_ih_l0"] + sd["lstm.bias_hh_l0"],
        "w_ih_b": sd["lstm.weight_ih_l0_reverse"], "w_hh_b": sd["lstm.weight_hh_l0_reverse"],
        "b_b": sd["lstm.bias_ih_l0_reverse"] + sd["lstm.bias_hh_l0_reverse"],
        "out_w": sd["out.weight"], "out_b": sd["out.bias"],
        "trans": sd["trans"], "start": sd["start"], "end": sd["end"],
    }
    meta = json.dumps({"vocabs": inputs.vocabs, "chars": inputs.chars, "tags": TAGS, "type_fields": TYPE_FIELDS},
                      ensure_ascii=False, sort_keys=True)
    arrays["meta"] = np.frombuffer(meta.encode("utf-8"), dtype=np.uint8)
    with open(path, "wb") as f:
        np.savez_compressed(f, **{k: np.ascontiguousarray(v) for k, v in arrays.items()})
