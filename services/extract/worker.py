"""Extraction off the event loop: a process pool whose workers load the models once."""

from __future__ import annotations

import asyncio
import multiprocessing
from collections.abc import Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass

from services.core.contracts import AcceptedArticle, Event
from services.extract.pipeline import extract_events, get_extractor


@dataclass(frozen=True, slots=True)
class Extraction:
    """The events of one article, or why extracting them failed."""

    article_id: str
    events: list[Event] | None
    error: str | None = None


def warm_up() -> None:
    """Load the models in the worker before the first article arrives."""
    get_extractor()


def extract_all(articles: Sequence[AcceptedArticle]) -> list[Extraction]:
    """Runs in a worker: one failing article does not take the others down."""
    results = []
    for article in articles:
        try:
            results.append(Extraction(article.article_id, extract_events(article)))
        except Exception as error:  # reported per article and dead-lettered by the handler
            results.append(Extraction(article.article_id, None, f"{type(error).__name__}: {error}"))
    return results


def create_pool(workers: int) -> ProcessPoolExecutor:
    # spawn, not fork: the parent runs an event loop and network threads
    context = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=warm_up)


async def extract_in(executor: Executor, articles: Sequence[AcceptedArticle]) -> list[Extraction]:
    return await asyncio.get_running_loop().run_in_executor(executor, extract_all, list(articles))
