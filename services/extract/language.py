"""Language identification for articles that arrive without a `language`."""

from __future__ import annotations

from functools import lru_cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

# The languages the extractor understands; anything else is reported as "und"
# only when neither is plausible.
_SUPPORTED = {Language.KOREAN: "ko", Language.ENGLISH: "en"}
_SAMPLE_CHARS = 2000


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*_SUPPORTED).build()


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language ("ko" or "en"), or "und"."""
    sample = text[:_SAMPLE_CHARS]
    if not sample.strip():
        return "und"
    found = _detector().detect_language_of(sample)
    return _SUPPORTED.get(found, "und") if found is not None else "und"
