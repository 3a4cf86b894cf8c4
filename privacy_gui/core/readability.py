"""Reading-level measures for content checks.

Flesch–Kincaid grade, with syllables counted by Pyphen's hyphenation dictionaries.
We don't use ``textstat``: for English it downloads a pronunciation dictionary from
the internet on first use, and this project never goes online.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MARKS = re.compile(r"[*_`#>]+")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’')\]]*\s+|\n\s*\n|\n\s*[-*]\s+")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+(?:[.,]\d+)*")
_ABBREVIATIONS = ("e.g.", "i.e.", "etc.", "vs.", "Mr.", "Dr.", "No.")

MIN_WORDS_FOR_GRADE = 20


@dataclass(frozen=True, slots=True)
class Reading:
    """Figures for one text."""

    words: int
    sentences: int
    syllables: int
    grade: float
    longest: int


def plain_text(markdown: str) -> str:
    """Markdown without link targets and emphasis marks."""
    text = _LINK.sub(r"\1", markdown)
    return _MARKS.sub("", text)


def split_sentences(text: str) -> list[str]:
    """Sentences of ``text``; list items and paragraphs end a sentence too."""
    for abbreviation in _ABBREVIATIONS:
        text = text.replace(abbreviation, abbreviation.replace(".", ""))
    return [part.strip() for part in _SENTENCE_END.split(plain_text(text)) if _WORD.search(part)]


def words(text: str) -> list[str]:
    """The words of a text."""
    return _WORD.findall(text)


@lru_cache(maxsize=1)
def _dictionary() -> Any:
    import pyphen

    return pyphen.Pyphen(lang="en_US")


@lru_cache(maxsize=20_000)
def syllables(word: str) -> int:
    """Syllables of one word (at least one)."""
    if word[0].isdigit():
        return max(1, len(word) // 2)
    return max(1, len(_dictionary().positions(word.lower())) + 1)


def measure(text: str) -> Reading:
    """Flesch–Kincaid grade and counts for ``text``."""
    sentences = split_sentences(text)
    all_words = [w for s in sentences for w in words(s)]
    count = max(1, len(all_words))
    syllable_count = sum(syllables(w) for w in all_words)
    grade = 0.39 * count / max(1, len(sentences)) + 11.8 * syllable_count / count - 15.59
    longest = max((len(words(s)) for s in sentences), default=0)
    return Reading(len(all_words), len(sentences), syllable_count, round(grade, 1), longest)
