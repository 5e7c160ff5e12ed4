"""The Korean analyser: sentences, then per sentence the action cues.

Only sentences that contain a trigger stem (a regular-expression prefilter
built from the lexicon) go through Kiwi's morphological analysis.
"""

from __future__ import annotations

from datetime import datetime

from services.extract.korean.clauses import SentenceView
from services.extract.korean.cues import sentence_cues
from services.extract.korean.endings import Predicate, find_predicates, join_decisions
from services.extract.korean.lexicon import KoreanLexicon, load_lexicon
from services.extract.korean.masking import mask
from services.extract.korean.morph import analyse_masked, get_kiwi
from services.extract.korean.phrases import find_phrases
from services.extract.korean.segment import split_sentences
from services.extract.model import ActionCue, DateMention, Mention, Sentence

__all__ = ["KoreanAnalyzer"]


def headline_cues(title: Sentence, lexicon: KoreanLexicon) -> list[ActionCue]:
    """Cues of a headline from its trigger stems alone.

    Headlines are telegraphic ("…장관회의 참석…AI 협력 모색"): they carry no
    endings or particles to analyse, and a title cue only confirms a body event.
    """
    cues: list[ActionCue] = []
    for match in lexicon.headline_pattern.finditer(title.text):
        spec = lexicon.headline_words[match.group()]
        if spec.event_type is not None:
            cues.append(ActionCue(spec.event_type, match.group(), match.start(), match.end(), title))
    return cues


class KoreanAnalyzer:
    language = "ko"

    def __init__(self, lexicon: KoreanLexicon | None = None) -> None:
        self.lexicon = lexicon if lexicon is not None else load_lexicon()
        get_kiwi()

    def _is_event_verb(self, predicate: Predicate) -> bool:
        spec = self.lexicon.spec(predicate.lemma, predicate.compound)
        return spec is not None and spec.event_type is not None

    def sentences(self, body: str) -> list[Sentence]:
        return split_sentences(body)

    def cues(
        self,
        sentence: Sentence,
        mentions: list[Mention],
        dates: list[DateMention],
        published_at: datetime | None,
    ) -> list[ActionCue]:
        if sentence.index < 0:
            return headline_cues(sentence, self.lexicon)
        if not self.lexicon.may_hold_cue(sentence.text):
            return []
        masked = mask(sentence.text, self.lexicon.may_hold_cue)
        if masked.replaced and not self.lexicon.may_hold_cue(masked.text):
            return []  # the only trigger stems are inside quoted speech: part of a statement not made here
        morphs = analyse_masked(masked, sentence.start)
        view = SentenceView(
            sentence=sentence,
            morphs=morphs,
            predicates=join_decisions(find_predicates(morphs), self._is_event_verb),
            phrases=find_phrases(morphs),
            mentions=mentions,
            dates=dates,
            published=published_at.date() if published_at is not None else None,
        )
        return sentence_cues(view, self.lexicon)
