"""Find any setting by what people call it: titles, labels, aliases, glossary words.

Matching is case- and accent-insensitive and forgives typos. The index keeps a
vocabulary of every word once, so a query word is compared with each distinct word
(with RapidFuzz, in C++) rather than with each setting: that keeps a keystroke under
a few milliseconds even with ten thousand settings.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from privacy_gui.core.model import Library, Setting

# How much a match in each field counts.
WEIGHTS = {"title": 3.0, "name": 3.0, "alias": 3.0, "glossary": 2.0, "text": 1.0}
FUZZY_CUTOFF = 80.0
PHRASE_BONUS = 2.0
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_STOP = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "can",
        "do",
        "does",
        "for",
        "from",
        "how",
        "i",
        "in",
        "is",
        "it",
        "its",
        "my",
        "of",
        "on",
        "or",
        "the",
        "this",
        "to",
        "what",
        "when",
        "where",
        "which",
        "who",
        "why",
        "will",
        "with",
        "you",
        "your",
    ]
)


def fold(text: str) -> str:
    """Lower case without accents: 'Télémétrie' → 'telemetrie'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokens(text: str) -> list[str]:
    """Folded words, without the commonest little words."""
    return [w for w in _WORD.findall(fold(text)) if w not in _STOP]


@dataclass(frozen=True, slots=True)
class Hit:
    """One result: the setting, its score and the words that matched."""

    setting: Setting
    score: float
    matched: tuple[str, ...]


class SearchIndex:
    """An inverted index over a library's settings."""

    def __init__(
        self, library: Library, texts: Iterable[tuple[Setting, dict[str, str]]] | None = None
    ) -> None:
        self.settings: list[Setting] = []
        self._phrases: list[tuple[str, str]] = []  # (title and label, aliases), folded
        self._postings: dict[str, dict[int, float]] = defaultdict(dict)
        self._original: dict[str, str] = {}
        glossary = library.glossary
        source = texts if texts is not None else ((s, default_fields(s)) for s in library.all_settings())
        for setting, fields in source:
            index = len(self.settings)
            self.settings.append(setting)
            self._phrases.append(
                (
                    " | ".join(" ".join(tokens(t)) for f, t in fields.items() if f in ("title", "name")),
                    " | ".join(" ".join(tokens(t)) for f, t in fields.items() if f.startswith("alias")),
                )
            )
            for field, text in fields.items():
                weight = WEIGHTS["alias" if field.startswith("alias") else field]
                self._add(index, text, weight)
            pattern = glossary.pattern
            if pattern is not None:
                for match in pattern.finditer(" ".join(fields.values())):
                    term = glossary.lookup(match.group(0))
                    if term is not None:
                        self._add(index, " ".join(term.forms), WEIGHTS["glossary"])
        self._vocabulary = list(self._postings)

    def _add(self, index: int, text: str, weight: float) -> None:
        for word in _WORD.findall(text):
            folded = fold(word)
            if folded in _STOP:
                continue
            self._original.setdefault(folded, word)
            postings = self._postings[folded]
            postings[index] = max(postings.get(index, 0.0), weight)

    def _similar(self, word: str) -> list[tuple[str, float]]:
        """Vocabulary words close to ``word``: exact, prefix, then typo-tolerant."""
        from rapidfuzz import fuzz, process

        found: dict[str, float] = {}
        if word in self._postings:
            found[word] = 1.0
        if len(word) >= 3:
            for candidate in self._prefixed(word):
                found.setdefault(candidate, 0.85)
        if len(word) >= 4:
            for candidate, score, _ in process.extract(
                word, self._vocabulary, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=8
            ):
                found.setdefault(candidate, 0.7 * score / 100)
        return sorted(found.items(), key=lambda item: -item[1])

    def _prefixed(self, word: str) -> list[str]:
        return [w for w in self._vocabulary if w.startswith(word) and w != word][:20]

    def search(self, query: str, limit: int = 20) -> list[Hit]:
        """The best settings for ``query``, best first."""
        words = tokens(query)
        if not words:
            return []
        scores: dict[int, float] = defaultdict(float)
        matched: dict[int, list[str]] = defaultdict(list)
        hits_per_word: dict[int, int] = defaultdict(int)
        for word in words:
            best: dict[int, tuple[float, str]] = {}
            for candidate, closeness in self._similar(word):
                for index, weight in self._postings[candidate].items():
                    value = closeness * weight
                    if value > best.get(index, (0.0, ""))[0]:
                        best[index] = (value, candidate)
            for index, (value, candidate) in best.items():
                scores[index] += value
                hits_per_word[index] += 1
                matched[index].append(self._original.get(candidate, candidate))
        results = []
        phrase = " ".join(words)
        for index, score in scores.items():
            coverage = hits_per_word[index] / len(words)
            if len(words) > 1:  # the words side by side count more, most in the title or label
                primary, aliases = self._phrases[index]
                if phrase in primary:
                    score += PHRASE_BONUS
                elif phrase in aliases:
                    score += PHRASE_BONUS * 0.75
            results.append(
                Hit(self.settings[index], score * coverage * coverage, tuple(dict.fromkeys(matched[index])))
            )
        results.sort(key=lambda hit: (-hit.score, hit.setting.key))
        return results[:limit]


def default_fields(setting: Setting) -> dict[str, str]:
    """The searchable text of a setting, by field."""
    fields = {
        "title": setting.title,
        "name": setting.setting_name,
        "text": " ".join((setting.what_it_does, setting.data_involved)),
    }
    for number, alias in enumerate(setting.aliases):
        fields[f"alias{number}"] = alias
    if setting.english is not None:  # a translated page still answers to its English name
        fields["alias_en"] = f"{setting.english.title} {setting.english.setting_name}"
    return fields


@lru_cache(maxsize=4)
def _cached_index(library_id: int, library: Library) -> SearchIndex:
    return SearchIndex(library)


def index_for(library: Library) -> SearchIndex:
    """One index per library, built on first search."""
    return _cached_index(id(library), library)
