"""Translated words for the core's ids (states, platforms, regions...)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from privacy_gui.core.progress import ItemState


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def state_word(state: ItemState) -> str:
    """A checklist state as a word, so it is never shown by colour or tick alone."""
    return {
        ItemState.TODO: _t("To do"),
        ItemState.DONE: _t("Done"),
        ItemState.SKIPPED: _t("Skipped for now"),
        ItemState.NOT_FOR_ME: _t("Doesn't apply to me"),
    }[state]


def state_labels() -> dict[ItemState, str]:
    """All state words, for exports."""
    return {state: state_word(state) for state in ItemState}


def platform_name(platform: str) -> str:
    """A platform id as people say it."""
    return {
        "windows": _t("Windows"),
        "mac": _t("Mac"),
        "web": _t("Web browser"),
        "ios": _t("iPhone or iPad"),
        "android": _t("Android"),
    }.get(platform, platform)


def account_name(account: str) -> str:
    """An account type as people say it."""
    return {"personal": _t("Personal account"), "work": _t("Work or school account")}.get(account, account)


def region_name(region: str) -> str:
    """A region id as people say it."""
    return {
        "eu": _t("European Union or EEA"),
        "uk": _t("United Kingdom"),
        "ch": _t("Switzerland"),
        "other": _t("Somewhere else"),
    }.get(region, region)


def default_word(state: str) -> str:
    """The factory state, in a word."""
    return {"on": _t("On"), "off": _t("Off"), "varies": _t("It depends"), "none": _t("Not a switch")}.get(
        state, state
    )


def action_words(action: str) -> str:
    """Our suggestion, in a few words."""
    return {
        "turn_off": _t("Switch it off"),
        "turn_on": _t("Switch it on"),
        "keep": _t("Keep it as it is"),
        "your_choice": _t("Your choice"),
        "review": _t("Have a look at it"),
    }.get(action, action)
