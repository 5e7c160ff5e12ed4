"""One sentence prepared for analysis: tokens, parties and dates on token positions."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date

from services.extract.english.parties import Party
from services.extract.english.tokens import Token
from services.extract.model import DateMention, Sentence


@dataclass(frozen=True, slots=True)
class DateSpan:
    first: int
    last: int  # exclusive
    mention: DateMention


@dataclass(slots=True)
class SentenceView:
    sentence: Sentence
    tokens: list[Token]
    parties: list[Party]
    dates: list[DateSpan]
    published: date | None
    party_at: dict[int, Party] = field(default_factory=dict)  # every token of a party → the party
    date_at: set[int] = field(default_factory=set)
    words: list[str] = field(default_factory=list)  # lower-cased token texts

    def __post_init__(self) -> None:
        self.words = [t.lower for t in self.tokens]
        for party in self.parties:
            for index in range(party.first, party.last):
                self.party_at[index] = party
        for span in self.dates:
            self.date_at.update(range(span.first, span.last))

    def text(self, first: int, last: int) -> str:
        """The sentence text between two token positions."""
        if first >= last:
            return ""
        offset = self.sentence.start
        return self.sentence.text[self.tokens[first].start - offset : self.tokens[last - 1].end - offset]

    def party_ending_at(self, index: int) -> Party | None:
        party = self.party_at.get(index)
        return party if party is not None and party.last == index + 1 else None


def place_dates(tokens: list[Token], dates: list[DateMention]) -> list[DateSpan]:
    spans: list[DateSpan] = []
    starts = [t.start for t in tokens]
    for mention in dates:
        first = bisect_left(starts, mention.start)
        last = first
        while last < len(tokens) and tokens[last].end <= mention.end:
            last += 1
        if last > first:
            spans.append(DateSpan(first, last, mention))
    return spans
