"""Search: ranking for typical queries, typos, accents, and the command line."""

from __future__ import annotations

import pytest

from privacy_gui.cli import main
from privacy_gui.core import paths
from privacy_gui.core.loader import load_library
from privacy_gui.core.search import SearchIndex, fold

LIBRARY = load_library([paths.builtin_content_dir()])
INDEX = SearchIndex(LIBRARY)


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("Copilot key", "copilot/windows-app-and-key"),
        ("copilt key", "copilot/windows-app-and-key"),  # typo
        ("recall", "copilot/recall"),
        ("recal", "copilot/recall"),
        ("screen snapshots", "copilot/recall"),
        ("advertising id", "windows/advertising-id"),
        ("adverstising ID", "windows/advertising-id"),  # typo
        ("LinkedIn generative AI", "linkedin/gen-ai-training"),
        ("who viewed my profile", "linkedin/profile-viewing"),
        ("email address", "linkedin/email-visibility"),
        ("online speech", "windows/online-speech-recognition"),
        ("connected experiences analyze", "office/analyze-content"),
        ("activity history", "windows/activity-history"),
        ("download my data", "microsoft-account/download-your-data"),
        ("personalize web experience", "edge/personalize-web-experience"),
    ],
)
def test_typical_queries_rank_the_right_setting_first(query: str, first: str) -> None:
    hits = INDEX.search(query)
    assert hits, f"nothing for {query!r}"
    assert hits[0].setting.key == first, [(h.setting.key, round(h.score, 2)) for h in hits[:4]]


def test_case_and_accents_do_not_matter() -> None:
    assert fold("Télémétrie ÉCRAN") == "telemetrie ecran"
    plain = [h.setting.key for h in INDEX.search("recall")]
    assert [h.setting.key for h in INDEX.search("RÉCALL")] == plain


def test_aliases_and_glossary_terms_find_settings() -> None:
    telemetry = {h.setting.key for h in INDEX.search("telemetry")}
    assert "windows/optional-diagnostic-data" in telemetry  # via the glossary: telemetry = diagnostic data
    assert INDEX.search("AI training")[0].setting.key in {
        "linkedin/gen-ai-training",
        "copilot/model-training-text",
    }


def test_results_say_what_matched() -> None:
    hit = INDEX.search("copilt key")[0]
    assert "key" in [m.lower() for m in hit.matched]


def test_nonsense_finds_nothing() -> None:
    assert INDEX.search("zzqxj vvvkk") == []
    assert INDEX.search("   ") == []


def test_cli_prints_key_tab_title(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "Copilot key", "--limit", "3"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert 1 <= len(lines) <= 3
    key, title = lines[0].split("\t")
    assert key == "copilot/windows-app-and-key"
    assert title == LIBRARY.setting(key).title  # type: ignore[union-attr]
    assert main(["search", "zzqxj"]) == 1
