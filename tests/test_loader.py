"""The loader: valid content loads; each rule rejects with file, line and field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from privacy_gui.core import paths
from privacy_gui.core.errors import ContentProblem
from privacy_gui.core.loader import load_library
from tests.helpers import setting_fields, setting_text, write_pack


def rewrite(pack: Path, setting_id: str, text: str) -> Path:
    path = pack / "demo" / "settings" / f"{setting_id}.md"
    path.write_text(text, encoding="utf-8")
    return path


def only_problem(pack: Path) -> ContentProblem:
    library = load_library([pack])
    assert len(library.problems) == 1, [str(p) for p in library.problems]
    return library.problems[0]


def test_valid_pack_loads_into_frozen_objects(pack: Path) -> None:
    library = load_library([pack])
    assert library.problems == ()
    product = library.product("demo")
    assert product is not None
    assert [s.id for s in product.settings] == ["first", "second", "third"]
    setting = product.settings[0]
    assert setting.key == "demo/first"
    assert setting.location("windows") is not None
    assert setting.location("windows").steps == ("File", "Account", "Privacy")  # type: ignore[union-attr]
    assert setting.location("mac").available is False  # type: ignore[union-attr]
    assert setting.sources[0].date == dt.date(2024, 11, 27)
    assert setting.body.startswith("More *detail*")
    with pytest.raises(AttributeError):
        setting.title = "changed"  # type: ignore[misc]


def test_bundled_content_loads_without_problems() -> None:
    library = load_library([paths.builtin_content_dir()])
    assert [str(p) for p in library.problems] == []
    ids = {p.id for p in library.products}
    assert {"office", "linkedin", "copilot"} <= ids
    for product in library.products:
        assert len(product.settings) >= (5 if product.id in ("office", "linkedin", "copilot") else 3), (
            product.id
        )


def test_unknown_key_is_rejected_with_its_line(pack: Path) -> None:
    fields = setting_fields("second", colour="blue")
    rewrite(pack, "second", setting_text(fields))
    problem = only_problem(pack)
    assert problem.field == "colour"
    assert problem.path.endswith("settings/second.md")
    lines = setting_text(fields).splitlines()
    assert lines[problem.line - 1].startswith("colour:")  # type: ignore[operator]
    assert "unknown field" in problem.message


def test_misspelt_key_gets_a_suggestion(pack: Path) -> None:
    fields = setting_fields("second", last_verified=None, last_verfied="2024-01-01")
    rewrite(pack, "second", setting_text(fields))
    messages = [str(p) for p in load_library([pack]).problems]
    assert any("did you mean 'last_verified'" in m for m in messages)
    assert any("'last_verified': this field is required" in m for m in messages)


@pytest.mark.parametrize("missing", ["title", "setting_name", "where", "sources", "default", "revision"])
def test_missing_field_is_named(pack: Path, missing: str) -> None:
    rewrite(pack, "first", setting_text(setting_fields("first", **{missing: None})))
    problem = only_problem(pack)
    assert problem.field == missing
    assert "required" in problem.message


def test_nested_field_error_points_at_the_nested_line(pack: Path) -> None:
    fields = setting_fields("first")
    fields["where"]["web"]["link"] = "http://example.com/insecure"  # type: ignore[index]
    text = setting_text(fields)
    rewrite(pack, "first", text)
    problem = only_problem(pack)
    assert problem.field == "where.web.link"
    assert "http" in problem.message
    assert "link: http://example.com/insecure" in text.splitlines()[problem.line - 1]  # type: ignore[operator]


@pytest.mark.parametrize(
    ("value", "needle"),
    [
        ("javascript:alert(1)", "javascript"),
        ("file:///etc/passwd", "file"),
        ("data:text/html,hi", "data"),
        ("https://user:pw@example.com/", "user name"),
    ],
)
def test_bad_link_schemes_are_rejected(pack: Path, value: str, needle: str) -> None:
    fields = setting_fields("first")
    fields["sources"][0]["url"] = value  # type: ignore[index]
    rewrite(pack, "first", setting_text(fields))
    problem = only_problem(pack)
    assert problem.field == "sources[0].url"
    assert needle in problem.message


@pytest.mark.parametrize("value", ["2024-13-01", "yesterday", "01/02/2024"])
def test_bad_dates_are_rejected(pack: Path, value: str) -> None:
    rewrite(pack, "first", setting_text(setting_fields("first", last_verified=value)))
    problem = only_problem(pack)
    assert problem.field == "last_verified"
    assert "YYYY-MM-DD" in problem.message


def test_future_dates_are_rejected(pack: Path) -> None:
    future = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    rewrite(pack, "first", setting_text(setting_fields("first", last_verified=future)))
    problem = only_problem(pack)
    assert "in the future" in problem.message


def test_duplicate_ids_in_order_are_rejected(pack: Path) -> None:
    product = pack / "demo" / "product.yaml"
    data = yaml.safe_load(product.read_text())
    data["order"] = ["first", "second", "third", "first"]
    product.write_text(yaml.safe_dump(data))
    library = load_library([pack])
    assert any("same entry twice" in str(p) for p in library.problems)
    assert library.product("demo") is None


def test_duplicate_product_across_packs_is_rejected(tmp_path: Path, pack: Path) -> None:
    other = write_pack(tmp_path / "other", name="Impostor")
    library = load_library([pack, other])
    assert [p.name for p in library.products] == ["Demo Product"]
    assert any("already loaded" in str(p) for p in library.problems)


def test_id_must_match_file_name(pack: Path) -> None:
    rewrite(pack, "first", setting_text(setting_fields("renamed")))
    problem = only_problem(pack)
    assert problem.field == "id"
    assert "first.md" in problem.message


def test_settings_file_missing_from_order_is_reported(pack: Path) -> None:
    (pack / "demo" / "settings" / "extra.md").write_text(setting_text(setting_fields("extra")))
    problem = only_problem(pack)
    assert "extra.md is not listed" in problem.message


def test_platform_without_steps_is_reported(pack: Path) -> None:
    fields = setting_fields("first", applies_to={"platforms": ["windows", "android"]})
    rewrite(pack, "first", setting_text(fields))
    problem = only_problem(pack)
    assert "android" in problem.message


def test_bare_on_is_accepted_as_on(pack: Path) -> None:
    text = setting_text(setting_fields("first")).replace("state: 'on'", "state: on")
    assert "state: on\n" in text
    rewrite(pack, "first", text)
    library = load_library([pack])
    assert library.problems == ()
    assert library.setting("demo/first").default.state == "on"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "needle", "line"),
    [
        ("no front matter here", "must start with a line '---'", 1),
        ("---\nid: first\n", "no closing '---'", 1),
        ("---\nid: [first\n---\n", "not valid YAML", None),
        ("---\na: &x [1]\nb: *x\n---\n", "aliases", 3),
        ("---\n- just\n- a list\n---\n", "expected a set of", None),
    ],
)
def test_broken_files_name_the_problem(pack: Path, text: str, needle: str, line: int | None) -> None:
    rewrite(pack, "first", text)
    problems = load_library([pack]).problems
    assert problems, "expected a problem"
    assert any(needle in p.message for p in problems), [str(p) for p in problems]
    if line is not None:
        assert any(p.line == line for p in problems if needle in p.message)


def test_invalid_utf8_and_binary_are_reported(pack: Path) -> None:
    (pack / "demo" / "settings" / "first.md").write_bytes(b"---\nid: first\ntitle: caf\xe9\n---\n")
    (pack / "demo" / "settings" / "second.md").write_bytes(b"\x89PNG\x00\x00\x01")
    messages = [str(p) for p in load_library([pack]).problems]
    assert any("first.md:3" in m and "UTF-8" in m for m in messages)
    assert any("second.md" in m and "not a text file" in m for m in messages)


def test_broken_setting_leaves_the_rest_working(tmp_path: Path, pack: Path) -> None:
    write_pack(pack, product_id="other", name="Other")
    rewrite(pack, "second", "garbage")
    library = load_library([pack])
    demo = library.product("demo")
    assert demo is not None and [s.id for s in demo.settings] == ["first", "third"]
    assert library.product("other") is not None
    assert len(library.problems) == 1


def test_broken_product_file_drops_only_that_product(pack: Path) -> None:
    write_pack(pack, product_id="other", name="Other")
    (pack / "demo" / "product.yaml").write_text("id: demo\nname: [\n")
    library = load_library([pack])
    assert [p.id for p in library.products] == ["other"]
    assert library.problems[0].path.endswith("demo/product.yaml")


def test_product_is_added_with_files_only(tmp_path: Path) -> None:
    """A new product needs nothing but a folder: it appears next to the built-in ones."""
    extra = write_pack(tmp_path / "extra", product_id="my-bank", name="My Bank")
    library = load_library([paths.builtin_content_dir(), extra])
    product = library.product("my-bank")
    assert product is not None and product.pack == "extra"
    assert library.product("office") is not None


def test_hash_changes_with_guidance_but_not_with_bookkeeping(pack: Path) -> None:
    before = load_library([pack]).setting("demo/first")
    rewrite(pack, "first", setting_text(setting_fields("first", revision=2)))
    bumped = load_library([pack]).setting("demo/first")
    rewrite(pack, "first", setting_text(setting_fields("first", trade_offs="Something else.")))
    changed = load_library([pack]).setting("demo/first")
    assert before and bumped and changed
    assert before.content_hash == bumped.content_hash
    assert before.content_hash != changed.content_hash


def test_products_are_ordered_by_position(tmp_path: Path) -> None:
    library = load_library([paths.builtin_content_dir()])
    assert [p.id for p in library.products][:3] == ["office", "linkedin", "copilot"]
