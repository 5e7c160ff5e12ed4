"""What the pipeline knows about one article before it builds events."""

from __future__ import annotations

from dataclasses import dataclass, field

from services.core.contracts import Topic
from services.extract.model import ActionCue, DateMention, Mention, Sentence


@dataclass(slots=True)
class SentenceFacts:
    """One sentence with the gazetteer mentions and dates found inside it."""

    sentence: Sentence
    mentions: list[Mention]
    dates: list[DateMention]
    paragraph: int = 0
    cues: list[ActionCue] = field(default_factory=list)


@dataclass(slots=True)
class ArticleFacts:
    """The whole article: body sentences in order, the title's mentions, and the topics of title and lead."""

    sentences: list[SentenceFacts]
    title_mentions: list[Mention]
    lead_topics: set[Topic]
    # full names of the people the article introduces, by person key ("류" → "류제명")
    person_names: dict[str, str] = field(default_factory=dict)

    def all_mentions(self) -> list[Mention]:
        return [m for s in self.sentences for m in s.mentions]

    def article_topics(self) -> set[Topic]:
        """What the article is about: the fallback for an event whose sentence names no topic."""
        return self.lead_topics
