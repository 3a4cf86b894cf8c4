"""Hostile content: the loader answers with its own problems only, quickly, never crashing."""

from __future__ import annotations

import time
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from privacy_gui.core.errors import ContentProblem
from privacy_gui.core.loader import load_setting
from tests.helpers import setting_fields, setting_text, soak

EXAMPLES = 10_000 if soak() else 150
LIMIT_SECONDS = 2.0

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=50), st.dates()
)
trees = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=30,
)
field_names = st.sampled_from(list(setting_fields("x")))


@st.composite
def wrong_types(draw: st.DrawFn) -> bytes:
    """A valid setting with one field replaced by a random value."""
    fields = setting_fields("fuzz")
    fields[draw(field_names)] = draw(trees)
    return setting_text(fields).encode("utf-8", "surrogatepass")


@st.composite
def hostile(draw: st.DrawFn) -> bytes:
    kind = draw(
        st.sampled_from(["deep-block", "deep-flow", "deep-map", "bomb", "huge", "no-end", "bad-utf8"])
    )
    depth = draw(st.integers(10, 200_000))
    if kind == "deep-block":
        body = "- " * depth + "x"
    elif kind == "deep-flow":
        body = "a: " + "[" * depth + "]" * draw(st.integers(0, depth))
    elif kind == "deep-map":
        body = "".join("  " * i + f"k{i}:\n" for i in range(min(depth, 2000)))
    elif kind == "bomb":
        levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        levels += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 9)]
        body = "\n".join(levels)
    elif kind == "huge":
        body = "title: " + "A" * draw(st.integers(20_000, 700_000))
    elif kind == "no-end":
        return b"---\nid: fuzz\ntitle: never closed\n"
    else:
        return b"---\nid: fuzz\ntitle: caf\xc3" + draw(st.binary(max_size=20)) + b"\n---\n"
    return ("---\n" + body + "\n---\n").encode()


contents = st.one_of(
    st.binary(max_size=2000),
    st.text(max_size=2000).map(lambda t: ("---\n" + t + "\n---\n").encode("utf-8", "surrogatepass")),
    trees.map(
        lambda t: ("---\n" + yaml.safe_dump(t, allow_unicode=True) + "---\n").encode("utf-8", "surrogatepass")
    ),
    wrong_types(),
    hostile(),
)


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)
@given(data=contents)
def test_loader_survives_anything(tmp_path_factory: object, data: bytes) -> None:
    folder = Path(tmp_path_factory.mktemp("fuzz"))  # type: ignore[attr-defined]
    path = folder / "fuzz.md"
    path.write_bytes(data)
    problems: list[ContentProblem] = []
    started = time.perf_counter()
    result = load_setting(path, "demo", problems)
    elapsed = time.perf_counter() - started
    assert elapsed < LIMIT_SECONDS, f"took {elapsed:.2f}s"
    assert all(isinstance(p, ContentProblem) and p.path.endswith("fuzz.md") for p in problems)
    assert (result is None) == bool(problems)
