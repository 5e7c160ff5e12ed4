"""The extractor: an accepted article in, its policy events out.

    sentences (language analyser) → gazetteer mentions and dates per
    sentence → action cues (language analyser) → agents and dates from the
    article's context → merge (one event per action; the title only confirms)
    → Event objects with deterministic ids.

`extract_events` is what the Kafka service and the batch CLI both call, so the
two always produce the same events. Heavy resources load once per process
(`get_extractor`).
"""

from __future__ import annotations

import logging
from bisect import bisect_left, bisect_right
from datetime import datetime
from functools import lru_cache

from services.core.contracts import AcceptedArticle, Event
from services.extract.assemble import build_event, event_key
from services.extract.context import resolve_agents
from services.extract.document import ArticleFacts, SentenceFacts
from services.extract.english import EnglishAnalyzer
from services.extract.identity import unique_keys
from services.extract.korean import KoreanAnalyzer
from services.extract.merge import mark_title, merge_cues
from services.extract.model import ActionCue, DateMention, LanguageAnalyzer, Mention, Sentence
from services.extract.occasions import fill_counterparts, inherit_locations, resolve_dates
from services.extract.places import fill_places
from services.extract.resources import Knowledge, load_knowledge
from services.extract.version import EXTRACTOR_VERSION

log = logging.getLogger(__name__)

_LEAD_TOPIC_SENTENCES = 2  # the title and these first sentences say what the article is about


def load_analyzers() -> dict[str, LanguageAnalyzer]:
    """One analyser per supported language (each loads its lexicon and models now)."""
    return {"ko": KoreanAnalyzer(), "en": EnglishAnalyzer()}


def paragraph_starts(body: str) -> list[int]:
    """Offsets where a paragraph (text after a blank line) begins."""
    starts = [0]
    position = body.find("\n\n")
    while position != -1:
        starts.append(position + 2)
        position = body.find("\n\n", position + 2)
    return starts


def _paragraph_of(offset: int, starts: list[int]) -> int:
    return bisect_right(starts, offset) - 1  # starts ascend from 0


def _lead_limit(sentences: list[SentenceFacts]) -> int:
    """Index of the first sentence after the lead (the first paragraph, or the first sentence)."""
    for facts in sentences:
        if facts.paragraph > 0:
            return max(facts.sentence.index, 1)
    return len(sentences)


def _mentions_in(sentence: Sentence, mentions: list[Mention], starts: list[int]) -> list[Mention]:
    """The mentions inside the sentence; `starts` are the mentions' start offsets, in order."""
    first = bisect_left(starts, sentence.start)
    last = bisect_left(starts, sentence.end, lo=first)
    return [m for m in mentions[first:last] if m.end <= sentence.end]


class Extractor:
    """The loaded knowledge and analysers; one per process."""

    def __init__(
        self,
        knowledge: Knowledge | None = None,
        analyzers: dict[str, LanguageAnalyzer] | None = None,
    ) -> None:
        self.knowledge = knowledge if knowledge is not None else load_knowledge()
        self.analyzers = analyzers if analyzers is not None else load_analyzers()
        self.version = EXTRACTOR_VERSION

    def extract(self, article: AcceptedArticle) -> list[Event]:
        analyzer = self.analyzers.get(article.language.split("-", 1)[0].lower())
        if analyzer is None or not article.body.strip():
            return []
        facts = self._facts(article, analyzer)
        cues = [cue for sentence in facts.sentences for cue in sentence.cues]
        cues = resolve_agents(cues, facts)
        resolve_dates(cues)
        fill_counterparts(cues, facts)
        groups = merge_cues(cues, _lead_limit(facts.sentences))
        fill_places([group.cues for group in groups], facts)
        inherit_locations([group.cues for group in groups])
        mark_title(groups, self._title_cues(article, analyzer, facts))
        keys = unique_keys([event_key(group) for group in groups])
        return [
            build_event(group, facts, self.knowledge.topics, article.article_id, self.version, key)
            for group, key in zip(groups, keys, strict=True)
        ]

    def _facts(self, article: AcceptedArticle, analyzer: LanguageAnalyzer) -> ArticleFacts:
        body = article.body
        all_mentions = sorted(self.knowledge.mentions(body, 0), key=lambda m: m.start)
        mention_starts = [m.start for m in all_mentions]
        starts = paragraph_starts(body)
        anchor: DateMention | None = None
        sentences: list[SentenceFacts] = []
        for sentence in analyzer.sentences(body):
            mentions = _mentions_in(sentence, all_mentions, mention_starts)
            dates = self.knowledge.dates(sentence.text, sentence.start, article.published_at, article.language, anchor)
            anchor = next((d for d in reversed(dates) if d.precision == "DAY"), anchor)
            facts = SentenceFacts(
                sentence=sentence,
                mentions=mentions,
                dates=dates,
                paragraph=_paragraph_of(sentence.start, starts),
            )
            facts.cues = analyzer.cues(sentence, mentions, dates, article.published_at)
            sentences.append(facts)
        title = article.title or ""
        lead = " ".join(facts.sentence.text for facts in sentences[:_LEAD_TOPIC_SENTENCES])
        return ArticleFacts(
            sentences=sentences,
            title_mentions=self.knowledge.mentions(title, 0) if title else [],
            lead_topics=self.knowledge.topics(f"{title}\n{lead}"),
        )

    def _title_cues(self, article: AcceptedArticle, analyzer: LanguageAnalyzer, facts: ArticleFacts) -> list[ActionCue]:
        title = (article.title or "").strip()
        if not title:
            return []
        sentence = Sentence(index=-1, start=0, end=len(title), text=title)
        published: datetime | None = article.published_at
        same_text = title == article.title  # the title was scanned once already
        mentions = facts.title_mentions if same_text else self.knowledge.mentions(title, 0)
        return analyzer.cues(sentence, mentions, [], published)


@lru_cache(maxsize=1)
def get_extractor() -> Extractor:
    """The process-wide extractor (loads the gazetteer and the language models once)."""
    return Extractor()


def extract_events(article: AcceptedArticle) -> list[Event]:
    """The policy events of one article, deterministic for a given EXTRACTOR_VERSION."""
    return get_extractor().extract(article)
