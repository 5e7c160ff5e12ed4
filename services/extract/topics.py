"""Topic lexicon: which EVENTS.md §4 topics a piece of text is about.

Keywords live in `data/topics.yaml` (conventions documented there and in
docs/gazetteer.md); one Aho-Corasick scan finds them, longest match first.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import ahocorasick
import yaml

from services.core.contracts import Topic
from services.extract.charclass import fold, is_ascii_word_char, is_hangul

TOPICS_FILE = Path(__file__).parent / "data" / "topics.yaml"
GLUE_MARK = "~"


@dataclass(frozen=True, slots=True)
class Keyword:
    text: str
    topics: frozenset[Topic]  # empty for a stop phrase
    exact: bool  # has a capital letter: match case exactly
    glued: bool  # Korean: may follow other Hangul directly
    not_before: tuple[str, ...]


class TopicLexicon:
    """The loaded keyword lexicon."""

    def __init__(self, path: Path = TOPICS_FILE) -> None:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        keywords = list(_keywords(document))
        self._automaton = _build(keywords)

    def mentions(self, text: str, offset: int = 0) -> list[tuple[int, int, Topic]]:
        """(start, end, topic) for each keyword, longest non-overlapping; offsets shifted by `offset`."""
        spans = sorted(self._candidates(text), key=lambda c: (c[1] - c[0], -c[0]), reverse=True)
        taken = bytearray(len(text))
        found: list[tuple[int, int, Topic]] = []
        for start, end, topics in spans:
            if taken.find(1, start, end) != -1:
                continue
            taken[start:end] = b"\x01" * (end - start)
            found.extend((start + offset, end + offset, topic) for topic in sorted(topics))
        found.sort()
        return found

    def topics(self, text: str) -> set[Topic]:
        return {topic for _, _, topic in self.mentions(text)}

    def _candidates(self, text: str) -> Iterator[tuple[int, int, frozenset[Topic]]]:
        for last, group in self._automaton.iter(fold(text)):
            end = last + 1
            start = end - len(group[0].text)
            for keyword in group:
                if _matches(text, start, end, keyword):
                    yield start, end, keyword.topics
                    break


def _matches(text: str, start: int, end: int, keyword: Keyword) -> bool:
    if keyword.exact and text[start:end] != keyword.text:
        return False
    previous = text[start - 1] if start else ""
    following = text[end] if end < len(text) else ""
    first, last = keyword.text[0], keyword.text[-1]
    if is_ascii_word_char(first) and previous and is_ascii_word_char(previous):
        return False
    if is_ascii_word_char(last) and following and is_ascii_word_char(following):
        return False
    if is_hangul(first) and previous and is_hangul(previous) and not keyword.glued:
        return False
    if keyword.not_before:
        rest = text[end : end + 16].lstrip()
        if not keyword.exact:
            rest = rest.lower()  # a keyword matched in any case is followed in any case ("Digital Development")
        if rest.startswith(keyword.not_before):
            return False
    return True


def _keywords(document: dict[str, Any]) -> Iterator[Keyword]:
    for topic_name, entries in document["topics"].items():
        topic = Topic(topic_name)
        for entry in entries:
            if isinstance(entry, dict):
                yield _keyword(str(entry["term"]), frozenset({topic}), tuple(str(w) for w in entry["not_before"]))
            else:
                yield _keyword(str(entry), frozenset({topic}), ())
    for phrase in document.get("stop_phrases", []):
        yield _keyword(str(phrase), frozenset(), ())


def _keyword(raw: str, topics: frozenset[Topic], not_before: tuple[str, ...]) -> Keyword:
    glued = raw.startswith(GLUE_MARK)
    text = raw.removeprefix(GLUE_MARK)
    return Keyword(text, topics, text != text.lower(), glued, not_before)


def _build(keywords: list[Keyword]) -> Any:
    automaton = ahocorasick.Automaton()
    for folded, group in _merge(keywords).items():
        # Exact forms first, then stop phrases.
        group.sort(key=lambda k: (not k.exact, bool(k.topics)))
        automaton.add_word(folded, tuple(group))
    automaton.make_automaton()
    return automaton


def _merge(keywords: list[Keyword]) -> dict[str, list[Keyword]]:
    """One Keyword per written form: the topics of all its listings, glued if any listing is."""
    by_text: dict[str, Keyword] = {}
    for keyword in keywords:
        known = by_text.get(keyword.text)
        if known is not None:
            keyword = Keyword(
                keyword.text,
                known.topics | keyword.topics,
                keyword.exact,
                known.glued or keyword.glued,
                known.not_before + keyword.not_before,
            )
        by_text[keyword.text] = keyword
    grouped: dict[str, list[Keyword]] = {}
    for keyword in by_text.values():
        grouped.setdefault(fold(keyword.text), []).append(keyword)
    return grouped


@cache
def default_lexicon() -> TopicLexicon:
    """The packaged lexicon, loaded once per process."""
    return TopicLexicon()


def find_topics(text: str) -> set[Topic]:
    """The topics of `text`."""
    return default_lexicon().topics(text)


def topic_mentions(text: str, offset: int = 0) -> list[tuple[int, int, Topic]]:
    """Where each topic keyword is in `text`: (start + offset, end + offset, topic)."""
    return default_lexicon().mentions(text, offset)
