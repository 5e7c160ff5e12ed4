"""Noun phrases and the particles that mark their role in the clause.

Korean marks grammatical roles with particles after the noun phrase:
은/는 (topic) and 이/가 (subject) → the agent; 을/를 → the object (the party
met or visited, the thing signed); 와/과 → the party acted with; 에게/께 → the
party addressed; 에서 → the place; 에 → the meeting attended. A phrase runs left
from its particle over nouns, numbers, foreign words, commas, 의 and the
conjunctive 와/과, so "캐나다를 비롯해 미국, 일본 … 대표들과" is one phrase.
"""

from __future__ import annotations

from dataclasses import dataclass

from services.extract.korean.morph import NOMINAL_TAGS, Morph

_LINK_TAGS = frozenset(
    {
        "NNG",
        "NNP",
        "NNB",
        "NR",
        "NP",
        "SL",
        "SN",
        "SH",
        "XSN",
        "XPN",
        "XR",
        "SP",
        "SSO",
        "SSC",
        "SO",
        "SW",
        "SS",
        "JC",
        "JKG",
        "MM",
        "MAJ",
    }
)
_LINK_WORDS = frozenset({"및", "또는", "혹은"})
CASE_PARTICLES = frozenset({"JKS", "JKO", "JKB", "JX", "JKC", "JKV", "JKQ"})


@dataclass(frozen=True, slots=True)
class Phrase:
    """A noun phrase (morphemes first..last) and the case particle right after it."""

    first: int
    last: int
    start: int  # character offsets of the noun phrase in the body
    end: int
    particle: str  # the particle's form ("는", "와", "에서"), "" when none
    particle_tag: str
    particle_index: int
    nouns: str  # the phrase's nouns without spaces, for head-noun lookup
    head: str  # the last noun

    def marks(self, *forms: str) -> bool:
        return self.particle in forms


def _skip_birotan(morphs: list[Morph], k: int) -> int | None:
    """Index left of "X를 비롯해" when k is the 어 of 비롯하다, else None."""
    if k < 1 or morphs[k].tag != "EC":
        return None
    if morphs[k - 1].lemma == "비롯하다":
        k -= 2
    elif k >= 2 and morphs[k - 1].tag == "XSV" and morphs[k - 2].form == "비롯":
        k -= 3
    else:
        return None
    if k >= 0 and morphs[k].tag == "JKO":
        k -= 1
    return k


def phrase_start(morphs: list[Morph], particle_index: int) -> int:
    """Index of the first morpheme of the noun phrase ending right before `particle_index`."""
    k = particle_index - 1
    while k >= 0:
        skipped = _skip_birotan(morphs, k)
        if skipped is not None:
            k = skipped
            continue
        if morphs[k].tag not in _LINK_TAGS and morphs[k].form not in _LINK_WORDS:
            break
        k -= 1
    return k + 1


def _phrase(morphs: list[Morph], first: int, last: int, particle_index: int) -> Phrase:
    nouns = [m.form for m in morphs[first : last + 1] if m.tag in NOMINAL_TAGS]
    particle = morphs[particle_index] if particle_index < len(morphs) else None
    return Phrase(
        first=first,
        last=last,
        start=morphs[first].start,
        end=morphs[last].end,
        particle=particle.form if particle is not None and particle.particle else "",
        particle_tag=particle.tag if particle is not None and particle.particle else "",
        particle_index=particle_index,
        nouns="".join(nouns),
        head=nouns[-1] if nouns else "",
    )


def find_phrases(morphs: list[Morph]) -> list[Phrase]:
    """Every particle-marked noun phrase of the sentence, in order."""
    phrases: list[Phrase] = []
    for j, m in enumerate(morphs):
        if m.tag not in CASE_PARTICLES or j == 0:
            continue
        first = phrase_start(morphs, j)
        if first < j and any(x.tag in NOMINAL_TAGS for x in morphs[first:j]):
            phrases.append(_phrase(morphs, first, j - 1, j))
    return phrases


def phrase_after(morphs: list[Morph], index: int) -> Phrase | None:
    """The noun phrase that starts at `index` (the noun an adnominal clause modifies)."""
    j = index
    while j < len(morphs) and morphs[j].tag in _LINK_TAGS - {"JC", "JKG"}:
        j += 1
    if j == index or not any(m.nominal for m in morphs[index:j]):
        return None
    return _phrase(morphs, index, j - 1, j)
