"""The glossary: plain meanings for the few technical words we can't avoid."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True, slots=True)
class Term:
    """One glossary entry; ``also`` lists other forms that mean the same."""

    term: str
    meaning: str
    also: tuple[str, ...] = ()
    source: str | None = None  # in a translated glossary: the English term this translates

    @property
    def forms(self) -> tuple[str, ...]:
        """Every way the term may be written."""
        return (self.term, *self.also)


@dataclass(frozen=True)
class Glossary:
    """All terms, plus the jargon words that need an entry before content may use them."""

    terms: tuple[Term, ...] = ()
    jargon: tuple[str, ...] = ()

    def merged_over(self, english: Glossary) -> Glossary:
        """A translated glossary completed by the English one.

        A translated entry also answers to its English phrases (forms of two or more words),
        because translated pages quote the vendor's English labels. Single English words are
        left out: they are too often ordinary words in another language ("train" in French
        "en train de", "AI" in "j'ai"). Entries not translated yet stay in English.
        """
        by_source = {t.source: t for t in self.terms if t.source}
        terms: list[Term] = list(self.terms)
        for term in english.terms:
            translated = by_source.get(term.term)
            if translated is None:
                terms.append(term)
                continue
            own = {x.lower() for x in translated.forms}
            extra = tuple(f for f in term.forms if " " in f.strip() and f.lower() not in own)
            terms[terms.index(translated)] = Term(
                translated.term, translated.meaning, translated.also + extra, translated.source
            )
        return Glossary(tuple(terms), english.jargon)

    def lookup(self, word: str) -> Term | None:
        """The term for a word as written in text (case-insensitive)."""
        return self._index.get(" ".join(word.split()).lower())

    @cached_property
    def _index(self) -> dict[str, Term]:
        return {form.lower(): term for term in self.terms for form in term.forms}

    @cached_property
    def pattern(self) -> re.Pattern[str] | None:
        """Matches any form of any term as a whole word, longest first."""
        forms = sorted(self._index, key=len, reverse=True)
        if not forms:
            return None
        alternatives = "|".join(_spaced(form) for form in forms)
        return re.compile(r"(?<![\w-])(" + alternatives + r")(?![\w-])", re.I)

    def missing_jargon(self, text: str) -> list[str]:
        """Jargon words used in ``text`` that have no glossary entry."""
        found = []
        for word in self.jargon:
            if self.lookup(word) is None and re.search(rf"(?<![\w-]){_spaced(word)}(?![\w-])", text, re.I):
                found.append(word)
        return found


def _spaced(form: str) -> str:
    """A regex for ``form`` in which any run of white space (a line break too) matches."""
    return r"\s+".join(re.escape(part) for part in form.split())
