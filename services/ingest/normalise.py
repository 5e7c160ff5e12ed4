"""Article text as the extractor and the evidence offsets see it.

HTML becomes text with paragraph breaks kept, Unicode is NFC, spaces are
collapsed inside lines and paragraphs are separated by one blank line.
"""

from __future__ import annotations

import html
import re
import unicodedata

from bs4 import BeautifulSoup

_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?\s*>")
_BLOCK_TAGS = ["p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section"]
_INLINE_SPACE = re.compile(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_MANY_BREAKS = re.compile(r"\n{3,}")


def looks_like_html(text: str) -> bool:
    return len(_TAG.findall(text[:20000])) >= 1


def html_to_text(markup: str) -> str:
    soup = BeautifulSoup(markup, "lxml")
    for dropped in soup(["script", "style", "noscript", "template"]):
        dropped.decompose()
    for block in soup.find_all(_BLOCK_TAGS):
        block.insert_before("\n\n")
        block.insert_after("\n\n")
    return soup.get_text()


def normalise_text(text: str) -> str:
    text = unicodedata.normalize("NFC", html.unescape(text))
    text = _ZERO_WIDTH.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = (_INLINE_SPACE.sub(" ", line).strip() for line in text.split("\n"))
    return _MANY_BREAKS.sub("\n\n", "\n".join(lines)).strip()


def normalise_body(body: str) -> str:
    return normalise_text(html_to_text(body) if looks_like_html(body) else body)


def normalise_title(title: str | None) -> str | None:
    if title is None:
        return None
    text = normalise_text(html_to_text(title) if looks_like_html(title) else title)
    return " ".join(text.split()) or None
