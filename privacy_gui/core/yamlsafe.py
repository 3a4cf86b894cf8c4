"""Safe YAML parsing that remembers where each field came from.

One pass over PyYAML's event stream (the C parser where available) builds plain
Python values directly. That is iterative, so no document can overflow the stack
however deeply it nests; it refuses anchors and aliases (no "billion laughs"),
explicit tags and repeated keys; and it records the line of every field so errors
can point at it. Scalars are typed by PyYAML's own safe resolver and constructors.
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
_STR_TAG = "tag:yaml.org,2002:str"


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


class _Frame:
    """An open mapping or sequence while its events stream past."""

    __slots__ = ("key", "key_line", "path", "value")

    def __init__(self, value: dict[Any, Any] | list[Any], path: str) -> None:
        self.value = value
        self.path = path
        self.key: Any = _NO_KEY
        self.key_line = 0


_NO_KEY = object()


def parse_yaml(text: str, *, first_line: int = 1) -> ParsedYaml:
    """Parse one YAML document; ``first_line`` is the file line the text starts on."""
    loader = _Loader(text)
    try:
        return _build(loader, first_line)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + first_line if mark is not None else None
        raise YamlProblem(line, f"not valid YAML: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise YamlProblem(None, f"not valid YAML: {exc}") from None
    finally:
        loader.dispose()


def _build(loader: Any, first_line: int) -> ParsedYaml:
    lines: dict[str, int] = {}
    stack: list[_Frame] = []
    result: Any = None
    documents = count = 0
    while True:
        event = loader.get_event()
        if isinstance(event, yaml.StreamEndEvent):
            break
        line = event.start_mark.line + first_line if event.start_mark is not None else None
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise YamlProblem(line, "only one YAML document is allowed here")
            continue
        if isinstance(event, (yaml.StreamStartEvent, yaml.DocumentEndEvent)):
            continue
        if isinstance(event, yaml.AliasEvent):
            raise YamlProblem(line, "anchors and aliases (& and *) are not allowed")
        count += 1
        if count > MAX_NODES:
            raise YamlProblem(line, f"more than {MAX_NODES} values in one file")
        if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            value = stack.pop().value
            if not stack:
                result = value
            continue
        tag = getattr(event, "tag", None)
        if tag is not None and tag != "!" and not isinstance(event, yaml.ScalarEvent):
            raise YamlProblem(line, f"tags such as '{tag}' are not allowed")
        parent = stack[-1] if stack else None
        if parent is not None and isinstance(parent.value, dict) and parent.key is _NO_KEY:
            if not isinstance(event, yaml.ScalarEvent):
                raise YamlProblem(line, "field names must be plain words")
            key = event.value
            if key in parent.value:
                raise YamlProblem(line, f"the field '{key}' is given twice")
            parent.key, parent.key_line = key, line or 0
            continue
        path = _child_path(parent)
        if parent is not None and path:
            lines.setdefault(path, parent.key_line if isinstance(parent.value, dict) else line or 0)
        if isinstance(event, yaml.ScalarEvent):
            _attach(stack, parent, _scalar(loader, event, line))
            if parent is None:
                result = _scalar(loader, event, line)
            continue
        if len(stack) >= MAX_DEPTH:
            raise YamlProblem(line, f"nested more than {MAX_DEPTH} levels deep")
        container: dict[Any, Any] | list[Any] = {} if isinstance(event, yaml.MappingStartEvent) else []
        _attach(stack, parent, container)
        stack.append(_Frame(container, path))
    return ParsedYaml(result, lines)


def _child_path(parent: _Frame | None) -> str:
    if parent is None:
        return ""
    if isinstance(parent.value, dict):
        return f"{parent.path}.{parent.key}" if parent.path else str(parent.key)
    return f"{parent.path}[{len(parent.value)}]"


def _attach(stack: list[_Frame], parent: _Frame | None, value: Any) -> None:
    if parent is None:
        return
    if isinstance(parent.value, dict):
        parent.value[parent.key] = value
        parent.key = _NO_KEY
    else:
        parent.value.append(value)


def _scalar(loader: Any, event: yaml.ScalarEvent, line: int | None) -> Any:
    """Type a scalar exactly as PyYAML's safe loader would."""
    tag = event.tag
    if tag is None or tag == "!":
        tag = loader.resolve(yaml.ScalarNode, event.value, event.implicit)
    if tag == _STR_TAG:
        return event.value
    constructor = loader.yaml_constructors.get(tag)
    if constructor is None:
        raise YamlProblem(line, f"tags such as '{event.tag}' are not allowed")
    node = yaml.ScalarNode(tag, event.value, None, None, event.style)  # marks: not needed here
    try:
        return constructor(loader, node)
    except (yaml.YAMLError, ValueError, TypeError) as exc:
        raise YamlProblem(line, f"value can't be read: {event.value!r} ({exc})") from None
