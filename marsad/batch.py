"""Analyse many texts in parallel worker processes: the same ``analyze`` as one text, plus what the
archive derives per article (sentence embedding, near-duplicate signature) so the writer only writes.

Work is submitted in small chunks with a bounded number in flight, so memory stays flat however many
articles the source yields, and results come back in completion order.
"""
from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from .document import Document
from .pipeline import InputError, Options, analyze


@dataclass
class Task:
    key: Any  # whatever the caller needs to match the result (e.g. the content hash)
    text: str
    meta: dict
    origin: str = ""


@dataclass
class Result:
    task: Task
    doc: Document | None = None
    embedding: Any = None
    signature: Any = None
    error: str | None = None


def process(tasks: list[Task], embed: bool = True, options: Options = Options()) -> list[Result]:
    """Analyse a chunk of tasks in this process; one bad text fails alone."""
    from .store import dedupe

    results = []
    for task in tasks:
        try:
            doc = analyze(task.text, task.meta, options)
        except InputError as exc:
            results.append(Result(task, error=str(exc)))
            continue
        except Exception as exc:  # a pipeline bug on one article must not stop the batch
            results.append(Result(task, error=f"analysis failed: {type(exc).__name__}: {exc}"))
            continue
        doc.tokens = []  # not stored; spares pickling them back to the writer
        results.append(Result(task, doc, signature=dedupe.signature(doc.text)))
    if embed:
        from .embed import article_text, shared_encoder
        done = [r for r in results if r.doc is not None]
        if done:
            vectors = shared_encoder().encode([article_text(r.doc) for r in done])
            for r, v in zip(done, vectors):
                r.embedding = v
    return results


# A worker is replaced after this many chunks: the analysis caches grow with every new word seen
# (about 150 MB per 1,000 articles in one process); reloading the models costs a few seconds per 1,600.
RECYCLE_AFTER = 200


def _init_worker() -> None:
    # one BLAS thread per worker: the workers are the parallelism
    os.environ.setdefault("OMP_NUM_THREADS", "1")


def analyze_many(tasks: Iterable[Task], workers: int = 1, embed: bool = True, chunk: int = 8,
                 options: Options = Options()) -> Iterator[Result]:
    """Yield a Result for every task. ``workers`` <= 1 runs in this process."""
    if workers <= 1:
        buffer: list[Task] = []
        for task in tasks:
            buffer.append(task)
            if len(buffer) >= chunk:
                yield from process(buffer, embed, options)
                buffer = []
        if buffer:
            yield from process(buffer, embed, options)
        return
    context = multiprocessing.get_context("forkserver" if "forkserver" in multiprocessing.get_all_start_methods()
                                          else "spawn")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker,
                             max_tasks_per_child=RECYCLE_AFTER) as pool:
        pending: set[Future] = set()
        source = iter(tasks)
        exhausted = False
        while True:
            while not exhausted and len(pending) < workers * 3:
                buffer = [t for _, t in zip(range(chunk), source)]
                if not buffer:
                    exhausted = True
                    break
                pending.add(pool.submit(process, buffer, embed, options))
            if not pending:
                return
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield from future.result()
