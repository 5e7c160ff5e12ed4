"""One analysed sentence: predicates, phrases and how they relate.

Korean is verb-final: a predicate's arguments stand to its left. A clause ends
at a final, quoted or connective verb form; adnominal verbs ("열린 회의") stay
inside the phrase they modify. The subject (은/는, 이/가) may sit several
clauses to the left, since conjoined verbs share it, but a 이/가 subject inside
a quoted clause belongs to that quote, not to the verb of saying.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from services.core.contracts import DatePrecision, Modality
from services.extract.actors import PARTY_KINDS
from services.extract.korean.endings import Form, Predicate, Tense
from services.extract.korean.morph import Morph
from services.extract.korean.phrases import Phrase
from services.extract.model import DateMention, EntityKind, Mention, Sentence

SUBJECT_PARTICLES = frozenset({"이", "가", "은", "는", "께서"})
TOPIC_PARTICLES = frozenset({"은", "는"})


@dataclass(frozen=True, slots=True)
class SentenceView:
    sentence: Sentence
    morphs: list[Morph]
    predicates: list[Predicate]
    phrases: list[Phrase]
    mentions: list[Mention]
    dates: list[DateMention]
    published: date | None = None

    def text_of(self, phrase: Phrase) -> str:
        offset = self.sentence.start
        return self.sentence.text[phrase.start - offset : phrase.end - offset]

    def char_start(self, predicate: Predicate) -> int:
        return self.morphs[predicate.head].start

    def char_end(self, predicate: Predicate) -> int:
        return self.morphs[predicate.last].end

    def chain_end(self, predicate: Predicate) -> int:
        return self.morphs[predicate.end - 1].end


def next_boundary(view: SentenceView, k: int) -> int | None:
    """Index of the next clause-closing predicate after predicate k."""
    return next((j for j in range(k + 1, len(view.predicates)) if view.predicates[j].boundary), None)


def reporter(view: SentenceView, k: int) -> int | None:
    """The verb of saying that reports predicate k ("참석한다고 밝혔다" → 밝혔다), if any.

    An adnominal verb ("채택한 공동성명에서 … 밝혔다") modifies a noun and is reported by no one.
    """
    if view.predicates[k].form is Form.ADNOMINAL:
        return None
    j: int | None = k
    while j is not None:
        form = view.predicates[j].form
        if form in (Form.QUOTE, Form.QUOTE_ADNOMINAL):
            return next_boundary(view, j)
        if form is Form.FINAL:
            return None
        j = next_boundary(view, j)
    return None


def decider(view: SentenceView, k: int) -> int | None:
    """The verb that decides predicate k ("시작하기로 합의했다" → 합의했다), if any."""
    predicate = view.predicates[k]
    if predicate.tense is not Tense.DECIDED or k + 1 >= len(view.predicates):
        return None
    following = view.predicates[k + 1]
    return k + 1 if following.end == predicate.end else None


def _own(tense: Tense, quoted_under_past: bool) -> Modality | None:
    if tense is Tense.NEGATED:
        return Modality.NEGATED
    if tense in (Tense.PLANNED, Tense.DECIDED):
        return Modality.PLANNED
    if tense is Tense.INTENT:
        return Modality.OCCURRED if quoted_under_past else Modality.PLANNED
    if tense in (Tense.PAST, Tense.PROGRESSIVE):
        return Modality.OCCURRED
    return None


def modality(view: SentenceView, k: int) -> Modality:
    """OCCURRED, PLANNED or NEGATED for predicate k, following connectives to the verb that decides."""
    predicate = view.predicates[k]
    if predicate.negated_before:
        return Modality.NEGATED
    if predicate.form is Form.CONNECTIVE and predicate.tense in (Tense.PRESENT, Tense.PROGRESSIVE):
        following = next_boundary(view, k)
        if following is not None and view.predicates[following].tense is Tense.DECIDED:
            return Modality.OCCURRED  # "회담을 열고 … 하기로 했다": the talks happened, the rest was decided
        if following is not None:
            return modality(view, following)
    quoted_under_past = False
    if predicate.form in (Form.QUOTE, Form.QUOTE_ADNOMINAL):
        frame = next_boundary(view, k)
        quoted_under_past = frame is not None and view.predicates[frame].tense is Tense.PAST
    own = _own(predicate.tense, quoted_under_past)
    return own if own is not None else Modality.PLANNED


_EMBEDDING_FORMS = frozenset({Form.QUOTE, Form.QUOTE_ADNOMINAL, Form.PURPOSE})


def _embedded(view: SentenceView, predicate: Predicate) -> bool:
    """A clause inside the object of a later verb: quoted ("-다고"), purpose ("-도록") or
    an object clause ("투자를 늘려 줄 것을 요청했다")."""
    if predicate.form in _EMBEDDING_FORMS:
        return True
    last = view.morphs[predicate.end - 1]
    following = view.morphs[predicate.end] if predicate.end < len(view.morphs) else None
    return last.form == "것" and following is not None and following.tag == "JKO"


def _crosses_quote(view: SentenceView, phrase: Phrase, k: int) -> bool:
    """Whether a 이/가 subject belongs to a clause embedded before predicate k, not to k itself."""
    head = view.predicates[k].head
    return any(phrase.particle_index < p.head < head and _embedded(view, p) for p in view.predicates[:k])


def quotation_spans(view: SentenceView) -> list[tuple[int, int]]:
    """Character spans of direct speech between double quotation marks."""
    marks = [m.start for m in view.morphs if m.form in ('"', "“", "”")]
    return list(zip(marks[::2], marks[1::2], strict=False))


def _quoted_apart(phrase: Phrase, head_start: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the phrase is inside direct speech that does not contain the predicate."""
    return any(a <= phrase.start < b and not a < head_start < b for a, b in spans)


_OFFICIAL_KINDS = frozenset({EntityKind.PERSON_TITLE, EntityKind.GOVERNMENT})


def _official_with_do(view: SentenceView, phrase: Phrase) -> bool:
    """ "마크롱 대통령도 … 말했다": an official marked with 도 ("too") is the subject."""
    if phrase.particle != "도" or phrase.particle_tag != "JX":
        return False
    return any(phrase.start <= m.start < phrase.end + 1 and m.entity.kind in _OFFICIAL_KINDS for m in view.mentions)


def subject_phrase(view: SentenceView, k: int) -> Phrase | None:
    """The nearest subject or topic to the left of predicate k, outside speech it is not part of."""
    head = view.predicates[k].head
    spans = quotation_spans(view)
    for phrase in reversed(view.phrases):
        if _quoted_apart(phrase, view.morphs[head].start, spans):
            continue
        if phrase.particle_index >= head:
            continue
        if phrase.particle not in SUBJECT_PARTICLES and not _official_with_do(view, phrase):
            continue
        if phrase.particle_tag not in ("JKS", "JX"):
            continue  # "계기가 되다": 가 marks a complement here
        if phrase.particle_tag == "JX" and phrase.particle not in TOPIC_PARTICLES and phrase.particle != "도":
            continue
        if phrase.particle_tag == "JKS" and _crosses_quote(view, phrase, k):
            continue
        return phrase
    return None


def topic_phrases(view: SentenceView, k: int) -> list[Phrase]:
    head = view.predicates[k].head
    return [p for p in view.phrases if p.particle_index < head and p.particle in TOPIC_PARTICLES]


def clause_start(view: SentenceView, k: int) -> int:
    """Morpheme index where predicate k's clause begins (after the previous clause-closing verb)."""
    for j in range(k - 1, -1, -1):
        if view.predicates[j].boundary:
            return view.predicates[j].end
    return 0


def clause_phrases(view: SentenceView, k: int) -> list[Phrase]:
    """Particle-marked phrases inside predicate k's own clause, nearest first."""
    start, head = clause_start(view, k), view.predicates[k].head
    return [p for p in reversed(view.phrases) if start <= p.first and p.particle_index < head]


def report_start(view: SentenceView, k: int) -> int:
    """Where to look for predicate k's date: back to the last final or quoted clause."""
    for j in range(k - 1, -1, -1):
        if view.predicates[j].form in (Form.FINAL, Form.QUOTE):
            return view.morphs[view.predicates[j].end - 1].end
    return view.sentence.start


def _not_the_action_date(view: SentenceView, mention: DateMention) -> bool:
    """'2030년까지' (a deadline) and '내년도 예산', '2025 회계연도' (a fiscal year) do not date the action."""
    after = view.sentence.text[mention.end - view.sentence.start :].lstrip()
    if after.startswith("까지"):
        return True
    return mention.precision is DatePrecision.YEAR and after.startswith(("도 ", "도예산", "회계연도", "년도"))


# "다음 달 초", "올해 초에는", "내년 상반기": a part of the period makes the date the time of the act.
_PART_OF_PERIOD = re.compile(r"\s*(?:초|말|중순|초순|하순|상반기|하반기|께|경)(?:에는|에도|에|부터|쯤)?(?![가-힣])")


def is_time_of_act(view: SentenceView, mention: DateMention) -> bool:
    """A date followed by a part of its period ("다음 달 초") says when, not what: it modifies no noun."""
    return _PART_OF_PERIOD.match(view.sentence.text, mention.end - view.sentence.start) is not None


def is_time_of(view: SentenceView, k: int, mention: DateMention) -> bool:
    """Whether the date is when predicate k happens: a time of an act, with no clause that modifies
    a noun between them ("올해 초 시행된 법을 소개했다" dates the law's entry into force)."""
    trigger = view.char_start(view.predicates[k])
    return is_time_of_act(view, mention) and not _modifier_clause_between(view, mention.end, trigger)


def _dates_object(view: SentenceView, mention: DateMention, phrase: Phrase | None) -> bool:
    """A year or month inside the object dates the object ("내년 예산을"), or the clause that modifies
    it ("올해 초 시행된 법의 …"); a time of the act at the head of the object does not ("다음 달 초 …
    공장을 찾아"), nor one before a party that Kiwi joined to the object with 와/과 ("지난해 11월 UAE
    우주청과 … 의향서를 교환했다")."""
    if phrase is None or mention.precision is DatePrecision.DAY:
        return False
    if not _object_start(view, phrase) <= mention.start < phrase.end:
        return False
    return not is_time_of_act(view, mention) or _modifier_clause_between(view, mention.end, phrase.end)


def _object_start(view: SentenceView, phrase: Phrase) -> int:
    """Where the object proper begins: after the last party joined to it by 와/과, if any."""
    start = phrase.start
    party_ends = {m.end for m in view.mentions if m.entity.kind in PARTY_KINDS}
    for morph in view.morphs[phrase.first : phrase.last + 1]:
        if morph.form in ("와", "과") and morph.start in party_ends:
            start = morph.end
    return start


def _modifier_clause_between(view: SentenceView, start: int, end: int) -> bool:
    return any(
        p.form in (Form.ADNOMINAL, Form.QUOTE_ADNOMINAL) and start <= view.char_start(p) < end for p in view.predicates
    )


def clause_date(view: SentenceView, k: int, inside: Phrase | None = None) -> DateMention | None:
    """The date of predicate k's clause; failing that, the date of the verb of saying that reports it.

    A year or month inside the object ("내년도 예산안을 발표했다") dates the object, not the action.
    """
    start, trigger = report_start(view, k), view.char_start(view.predicates[k])
    before = [
        d
        for d in view.dates
        if start <= d.start < trigger and not _dates_object(view, d, inside) and not _not_the_action_date(view, d)
    ]
    if before:
        return before[-1]
    return reported_date(view, k)


def reported_date(view: SentenceView, k: int) -> DateMention | None:
    """The date of the verb of saying that reports predicate k ("…했다고 17일 밝혔다")."""
    frame = reporter(view, k)
    if frame is None:
        return None
    trigger, until = view.char_start(view.predicates[k]), view.chain_end(view.predicates[frame])
    after = [d for d in view.dates if trigger <= d.start < until]
    return after[0] if after else None
