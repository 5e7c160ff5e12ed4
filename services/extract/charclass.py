"""Character classes and offset-preserving folding shared by the lexicon scanners."""

from __future__ import annotations

_ASCII_FOLD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def is_hangul(char: str) -> bool:
    return "\uac00" <= char <= "\ud7a3" or "\u3131" <= char <= "\u318e"


def is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf" or "\uf900" <= char <= "\ufaff"


def is_ascii_word_char(char: str) -> bool:
    return char.isascii() and char.isalnum()


def fold(text: str) -> str:
    """ASCII-only lower-casing: every character keeps its offset (str.lower() may not)."""
    return text.translate(_ASCII_FOLD)
