#!/usr/bin/env python3
"""Throughput of the extractor in one process.

Repeats the dev set to at least 2,000 articles (Korean, English and mixed, each
measured separately), then reports articles/s, chars/s, the model load time and
the peak RSS. As baselines it times Kiwi tokenising every Korean sentence (the
cost the trigger prefilter avoids) and Kiwi alone on exactly the text the
extractor sends it (the ceiling of the Korean extraction's speed).

After one warm-up pass over the dev set, each set is timed `--passes` times; the
figure reported is the median pass, with the slowest and fastest beside it (on a
shared machine other processes move single passes by ±10 %).

    taskset -c 1 .venv/bin/python bench/extract_bench.py [--min-articles 2000] [--passes 3]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

from services.core.contracts import AcceptedArticle
from services.extract.evaluate import article_from_line, load_jsonl
from services.extract.korean.lexicon import load_lexicon
from services.extract.korean.masking import mask
from services.extract.korean.morph import get_kiwi
from services.extract.korean.segment import split_sentences
from services.extract.pipeline import Extractor, get_extractor

DEVSET = Path(__file__).resolve().parents[1] / "devset"


def repeated(articles: list[AcceptedArticle], minimum: int) -> list[AcceptedArticle]:
    copies = -(-minimum // len(articles))
    return [a.model_copy(update={"article_id": f"{a.article_id}#{i}"}) for i in range(copies) for a in articles]


def run(extractor: Extractor, articles: list[AcceptedArticle]) -> tuple[float, float, int]:
    chars = sum(len(a.body) for a in articles)
    started = time.perf_counter()
    events = sum(len(extractor.extract(a)) for a in articles)
    elapsed = time.perf_counter() - started
    return len(articles) / elapsed, chars / elapsed, events


def report(name: str, extractor: Extractor, articles: list[AcceptedArticle], passes: int) -> None:
    runs = [run(extractor, articles) for _ in range(passes)]
    rates = sorted(rate for rate, _, _ in runs)
    median = statistics.median(rates)
    chars_per_article = sum(len(a.body) for a in articles) / len(articles)
    print(
        f"{name:6s} {len(articles):5d} articles  {median:8.1f} articles/s  {median * chars_per_article:10.0f} chars/s  "
        f"{runs[0][2]} events   ({passes} passes: {rates[0]:.1f}–{rates[-1]:.1f})"
    )


def kiwi_everything(articles: list[AcceptedArticle]) -> float:
    """Articles/s when every Korean sentence goes through Kiwi (no prefilter)."""
    kiwi = get_kiwi()
    started = time.perf_counter()
    for article in articles:
        for sentence in split_sentences(article.body):
            kiwi.tokenize(sentence.text)
    return len(articles) / (time.perf_counter() - started)


def kiwi_what_is_sent(articles: list[AcceptedArticle]) -> tuple[float, float]:
    """Articles/s of Kiwi alone on the text the extractor sends it (prefiltered, masked), and the
    share of the body's characters that is: the ceiling of the Korean extraction's speed."""
    kiwi, lexicon = get_kiwi(), load_lexicon()
    texts = [
        masked.text
        for article in articles
        for sentence in split_sentences(article.body)
        if lexicon.may_hold_cue(sentence.text)
        and lexicon.may_hold_cue((masked := mask(sentence.text, lexicon.may_hold_cue)).text)
    ]
    share = sum(len(t) for t in texts) / sum(len(a.body) for a in articles)
    started = time.perf_counter()
    for text in texts:
        kiwi.tokenize(text)
    return len(articles) / (time.perf_counter() - started), share


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--min-articles", type=int, default=2000)
    parser.add_argument("--passes", type=int, default=3)
    args = parser.parse_args(argv)
    korean = [article_from_line(x) for x in load_jsonl(DEVSET / "dev_ko.jsonl")]
    english = [article_from_line(x) for x in load_jsonl(DEVSET / "dev_en.jsonl")]
    started = time.perf_counter()
    extractor = get_extractor()  # what the service and the batch CLI load
    load_seconds = time.perf_counter() - started
    print(f"model load: {load_seconds:.2f} s")
    run(extractor, korean + english)  # warm-up: first calls fill lazy tables and caches
    for name, sample in (("ko", korean), ("en", english), ("mixed", korean + english)):
        report(name, extractor, repeated(sample, args.min_articles), args.passes)
    ko_articles = repeated(korean, args.min_articles // 4)
    baseline = kiwi_everything(ko_articles)
    ko_rate, _, _ = run(extractor, ko_articles)
    sent_rate, share = kiwi_what_is_sent(ko_articles)
    print(
        f"baseline: Kiwi on every Korean sentence {baseline:.1f} articles/s; "
        f"full Korean extraction {ko_rate:.1f} articles/s ({ko_rate / baseline:.2f}x)"
    )
    print(
        f"Kiwi alone on what the extractor sends it ({share:.0%} of the body's characters): "
        f"{sent_rate:.1f} articles/s, the ceiling for Korean"
    )
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
