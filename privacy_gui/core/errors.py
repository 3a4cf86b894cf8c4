"""Problems found in content files, phrased for the people who edit them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Severity(str, Enum):
    """How bad a content problem is: errors stop a file loading, warnings don't."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"  # reported, never fails a check


@dataclass(frozen=True, slots=True)
class ContentProblem:
    """One problem, located as precisely as we can so an author can fix it."""

    path: str
    line: int | None
    field: str | None
    message: str
    severity: Severity = Severity.ERROR

    def location(self) -> str:
        """The ``file:line`` prefix used by the checker and the app."""
        return f"{self.path}:{self.line}" if self.line else self.path

    def __str__(self) -> str:
        field = f"field '{self.field}': " if self.field else ""
        prefix = "" if self.severity is Severity.ERROR else f"{self.severity.value}: "
        return f"{self.location()}: {prefix}{field}{self.message}"


class ContentError(Exception):
    """Raised inside the loader; always carries a located problem."""

    def __init__(self, problem: ContentProblem) -> None:
        super().__init__(str(problem))
        self.problem = problem
