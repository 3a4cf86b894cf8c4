"""check-content's author rules: each has a failing fixture."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from privacy_gui.core.checker import check
from privacy_gui.core.errors import Severity
from privacy_gui.core.loader import load_library
from privacy_gui.core.readability import measure
from tests.helpers import setting_fields, setting_text

HARD = (
    "Microsoft's telemetry infrastructure systematically aggregates comprehensive organizational "
    "diagnostic information, facilitating sophisticated operational optimization initiatives "
    "across heterogeneous computational environments."
)


def write(pack: Path, setting_id: str, body: str = "", **changes: object) -> None:
    (pack / "demo" / "settings" / f"{setting_id}.md").write_text(
        setting_text(setting_fields(setting_id, **changes), body or "Body.\n")
    )


def messages(pack: Path, severity: Severity | None = None) -> list[str]:
    return [str(p) for p in check([pack]) if severity is None or p.severity is severity]


def test_clean_pack_has_no_problems(pack: Path) -> None:
    assert messages(pack) == []


def test_hard_text_fails_reading_level(pack: Path) -> None:
    write(pack, "first", what_it_does=HARD + " " + HARD)
    errors = messages(pack, Severity.ERROR)
    assert len(errors) == 1
    assert "first.md" in errors[0] and "'what_it_does'" in errors[0] and "grade" in errors[0]


def test_long_sentence_is_a_warning(pack: Path) -> None:
    long = " ".join(["word"] * 30) + "."
    write(pack, "first", trade_offs=long)
    warnings = messages(pack, Severity.WARNING)
    assert any("30 words" in w and "'trade_offs'" in w for w in warnings)


def test_jargon_without_glossary_entry_warns(pack: Path) -> None:
    (pack / "glossary.yaml").write_text(
        yaml.safe_dump(
            {
                "terms": [{"term": "cloud", "meaning": "Computers run by a company."}],
                "jargon": ["telemetry", "cloud"],
            }
        )
    )
    write(pack, "first", what_it_does="It sends telemetry to the cloud.")
    warnings = messages(pack, Severity.WARNING)
    assert len(warnings) == 1 and "'telemetry'" in warnings[0]


def test_broken_glossary_is_reported(pack: Path) -> None:
    (pack / "glossary.yaml").write_text("terms:\n  - term: x\n    meening: y\n")
    errors = messages(pack)
    assert any("glossary.yaml:3" in e and "meening" in e for e in errors)


def test_duplicate_titles_fail(pack: Path) -> None:
    write(pack, "second", title="Should the app do first?")
    assert any("same title" in e for e in messages(pack, Severity.ERROR))


def test_broken_internal_references_fail(pack: Path) -> None:
    write(pack, "first", related=["demo/second", "demo/missing"])
    write(pack, "second", body="See [this](setting:nowhere/at-all).\n")
    errors = messages(pack, Severity.ERROR)
    assert any("'demo/missing'" in e for e in errors)
    assert any("'nowhere/at-all'" in e for e in errors)
    assert not any("'demo/second'" in e for e in errors)


def test_disallowed_links_in_text_fail(pack: Path) -> None:
    write(pack, "first", what_it_does="Click [here](javascript:alert(1)).", body="Or <http://example.com>.\n")
    errors = messages(pack, Severity.ERROR)
    assert any("'what_it_does'" in e and "javascript" in e for e in errors)
    assert any("http" in e and "first.md:" in e for e in errors)


def test_source_without_date_fails(pack: Path) -> None:
    fields = setting_fields("first")
    del fields["sources"][0]["date"]  # type: ignore[index]
    (pack / "demo" / "settings" / "first.md").write_text(setting_text(fields))
    assert any("sources[0].date" in e for e in messages(pack))


def test_missing_platform_steps_fail(pack: Path) -> None:
    write(pack, "first", applies_to={"platforms": ["windows", "ios"]})
    assert any("where.ios" in e for e in messages(pack))


def test_stale_content_warns_and_future_fails(pack: Path) -> None:
    write(pack, "first", last_verified="2020-02-02")
    future = (dt.date.today() + dt.timedelta(days=30)).isoformat()
    write(pack, "second", last_verified=future)
    problems = check([pack], max_age_days=183)
    assert any(p.severity is Severity.WARNING and p.field == "last_verified" for p in problems)
    assert any(p.severity is Severity.ERROR and "in the future" in p.message for p in problems)


@pytest.mark.parametrize(
    "svg",
    [
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><image href="https://example.com/x.png"/></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg" onload="x()"></svg>',
        '<!DOCTYPE svg [<!ENTITY a "b">]><svg xmlns="http://www.w3.org/2000/svg"/>',
    ],
)
def test_unsafe_illustrations_fail(pack: Path, svg: str) -> None:
    (pack / "demo" / "illustrations").mkdir()
    (pack / "demo" / "illustrations" / "first.svg").write_text(svg)
    write(pack, "first", illustration="illustrations/first.svg")
    assert any("illustration" in e for e in messages(pack))


def test_safe_illustration_loads(pack: Path) -> None:
    (pack / "demo" / "illustrations").mkdir()
    (pack / "demo" / "illustrations" / "first.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 480 270"><rect width="480" height="270"/></svg>'
    )
    write(pack, "first", illustration="illustrations/first.svg")
    setting = load_library([pack]).setting("demo/first")
    assert setting is not None and setting.illustration is not None


def test_illustration_outside_the_product_fails(pack: Path) -> None:
    write(pack, "first", illustration="../../../etc/passwd.svg")
    assert any("inside the product" in e for e in messages(pack))


def test_same_as_copies_steps(pack: Path) -> None:
    fields = setting_fields("first", applies_to={"platforms": ["web", "mac"]})
    fields["where"] = {
        "web": {"steps": ["A", "B"], "link": "https://example.com/"},
        "mac": {"same_as": "web"},
    }
    (pack / "demo" / "settings" / "first.md").write_text(setting_text(fields))
    setting = load_library([pack]).setting("demo/first")
    assert setting is not None
    assert setting.location("mac").steps == ("A", "B")  # type: ignore[union-attr]
    fields["where"] = {"web": {"same_as": "mac"}, "mac": {"same_as": "web"}}
    (pack / "demo" / "settings" / "first.md").write_text(setting_text(fields))
    assert any("no click path of its own" in e for e in messages(pack))


def test_reading_grade_is_sane() -> None:
    easy = measure("The cat sat on the mat. It was a good cat. We like the cat.")
    hard = measure(HARD)
    assert easy.grade < 3 < 12 < hard.grade
    assert easy.sentences == 3 and easy.longest == 6
