"""Safe YAML parsing that remembers where each field came from.

The C loader is used where PyYAML has it. Anchors and aliases are refused outright:
content never needs them, and refusing them removes "billion laughs" blow-ups.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_DEPTH = 12
MAX_NODES = 20_000


class YamlProblem(Exception):
    """A YAML text that can't be used, with the 1-based line where it went wrong."""

    def __init__(self, line: int | None, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


@dataclass(frozen=True, slots=True)
class ParsedYaml:
    """The data, and a map from dotted field path to the 1-based line it starts on."""

    data: Any
    lines: dict[str, int]

    def line_of(self, path: str, fallback: int | None = None) -> int | None:
        """The line of ``path`` or of its nearest parent that has one."""
        probe = path
        while probe:
            if probe in self.lines:
                return self.lines[probe]
            cut = max(probe.rfind("."), probe.rfind("["))
            probe = probe[:cut] if cut > 0 else ""
        return fallback


def _line(event: yaml.Event, first_line: int) -> int | None:
    mark = event.start_mark
    return mark.line + first_line if mark is not None else None


def _prescan(text: str, first_line: int) -> None:
    """Walk the event stream (iterative in libyaml) before composing (recursive).

    Composing a document nested thousands of levels deep overflows the C stack, so
    depth, size and aliases are checked on the flat event stream first.
    """
    depth = count = documents = 0
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.AliasEvent):
                line = _line(event, first_line)
                raise YamlProblem(line, "anchors and aliases (& and *) are not allowed")
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    line = _line(event, first_line)
                    raise YamlProblem(line, f"nested more than {MAX_DEPTH} levels deep")
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                depth -= 1
            elif isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    line = _line(event, first_line)
                    raise YamlProblem(line, "only one YAML document is allowed here")
            count += 1
            if count > MAX_NODES * 2:
                raise YamlProblem(None, f"more than {MAX_NODES} values in one file")
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + first_line if mark is not None else None
        raise YamlProblem(line, f"not valid YAML: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise YamlProblem(None, f"not valid YAML: {exc}") from None


def parse_yaml(text: str, *, first_line: int = 1) -> ParsedYaml:
    """Parse one YAML document; ``first_line`` is the file line the text starts on."""
    _prescan(text, first_line)
    loader = _Loader(text)
    try:
        try:
            node = loader.get_single_node()
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = mark.line + first_line if mark is not None else None
            raise YamlProblem(line, f"not valid YAML: {exc.problem or exc.context}") from None
        except yaml.YAMLError as exc:
            raise YamlProblem(None, f"not valid YAML: {exc}") from None
        if node is None:
            return ParsedYaml(None, {})
        lines: dict[str, int] = {}
        _walk(node, "", lines, first_line, set(), 0)
        try:
            data = loader.construct_document(node)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + first_line if mark is not None else None
            raise YamlProblem(line, f"value can't be read: {exc}") from None
        return ParsedYaml(data, lines)
    finally:
        loader.dispose()


def _walk(
    node: yaml.Node,
    path: str,
    lines: dict[str, int],
    first: int,
    seen: set[int],
    depth: int,
    line: int | None = None,
) -> None:
    if id(node) in seen:  # an alias returns the anchored node again
        where = line if line is not None else node.start_mark.line + first
        raise YamlProblem(where, "anchors and aliases (& and *) are not allowed")
    seen.add(id(node))
    if len(seen) > MAX_NODES:
        raise YamlProblem(None, f"more than {MAX_NODES} values in one file")
    if depth > MAX_DEPTH:
        raise YamlProblem(node.start_mark.line + first, f"nested more than {MAX_DEPTH} levels deep")
    if path:
        lines.setdefault(path, node.start_mark.line + first)
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else "?"
            child = f"{path}.{key}" if path else str(key)
            lines.setdefault(child, key_node.start_mark.line + first)
            _walk(value_node, child, lines, first, seen, depth + 1, key_node.start_mark.line + first)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, f"{path}[{index}]", lines, first, seen, depth + 1)
