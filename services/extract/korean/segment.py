"""Korean sentence splitting: a fast rule splitter, not the morphological analyser.

News sentences end in a full stop, question or exclamation mark followed by a
space or a line break (most often after the declarative ending '-다'); lines
are never joined. Decimal points and dotted abbreviations are not followed by
a space, so they do not split.
"""

from __future__ import annotations

import re

from services.extract.model import Sentence

_LINE = re.compile(r"[^\n]+")
_BOUNDARY = re.compile(r"(?<=[.!?…])[\"'”’」』)\]]*\s+")


def split_sentences(body: str) -> list[Sentence]:
    """Sentences of `body`, with offsets such that body[start:end] == text (trimmed)."""
    sentences: list[Sentence] = []
    for line in _LINE.finditer(body):
        cursor = line.start()
        for boundary in _BOUNDARY.finditer(line.group()):
            _append(body, cursor, line.start() + boundary.start(), sentences)
            cursor = line.start() + boundary.end()
        _append(body, cursor, line.end(), sentences)
    return sentences


def _append(body: str, start: int, end: int, sentences: list[Sentence]) -> None:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(index=len(sentences), start=start, end=end, text=body[start:end]))
