"""Morphological analysis with Kiwi, loaded once per process."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from kiwipiepy import Kiwi

from services.extract.korean.masking import Masked

NOMINAL_TAGS = frozenset({"NNG", "NNP", "NNB", "NR", "NP", "SL", "SN", "SH", "XSN", "XPN", "XR"})


class Morph(NamedTuple):
    """One morpheme, with offsets into the article body (a tuple: tens of thousands per second are built)."""

    form: str
    tag: str  # Sejong tag without Kiwi's regularity suffix ("VV-I" → "VV")
    lemma: str
    start: int
    end: int

    @property
    def nominal(self) -> bool:
        return self.tag in NOMINAL_TAGS

    @property
    def particle(self) -> bool:
        return self.tag.startswith("J")


@lru_cache(maxsize=1)
def get_kiwi() -> Kiwi:
    # The typo and multi-word dictionaries cost ~15% of the speed and do not help edited news text.
    kiwi = Kiwi(num_workers=1, load_typo_dict=False, load_multi_dict=False)
    # A tighter beam cutoff (default 8.0) is ~25% faster; at 4.0, 3 of 344 sentences of our Korean
    # articles and tests are analysed differently from 8.0 and no event changes (docs/extractor.md).
    kiwi.global_config.cutoff_threshold = 4.0
    kiwi.tokenize("초기화 문장이다.")  # the first call builds lazy tables: pay it at load time
    return kiwi


def analyse(text: str, offset: int) -> list[Morph]:
    """Morphemes of `text`; `offset` is where the text starts in the body."""
    return analyse_masked(Masked(text), offset)


class _BaseTags(dict[str, str]):
    """Kiwi tag → Sejong tag without the regularity suffix ("VV-I" → "VV"), filled as tags are seen."""

    def __missing__(self, tag: str) -> str:
        self[tag] = tag.split("-", 1)[0]
        return self[tag]


_BASE_TAGS = _BaseTags()


_new_morph = tuple.__new__  # builds a Morph without the Python-level __new__ of NamedTuple (same tuple)


def analyse_masked(masked: Masked, offset: int) -> list[Morph]:
    """Morphemes of a masked text, with offsets into the body (a placeholder covers the words it replaced)."""
    tokens = get_kiwi().tokenize(masked.text)
    if not masked.replaced:
        return [
            _new_morph(
                Morph, (t.form, _BASE_TAGS[t.tag], t.lemma or t.form, offset + t.start, offset + t.start + t.len)
            )
            for t in tokens
        ]
    morphs: list[Morph] = []
    for token in tokens:
        start = token.start
        end = masked.original_end(start + token.len)
        start = masked.original_start(start)
        morphs.append(Morph(token.form, _BASE_TAGS[token.tag], token.lemma or token.form, offset + start, offset + end))
    return morphs
