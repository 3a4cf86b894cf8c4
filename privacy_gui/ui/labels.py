"""Translated words for the core's ids (states, platforms, regions...)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from privacy_gui.core.progress import ItemState


def state_word(state: ItemState) -> str:
    """A checklist state as a word, so it is never shown by colour or tick alone."""
    return {
        ItemState.TODO: QCoreApplication.translate("Labels", "To do"),
        ItemState.DONE: QCoreApplication.translate("Labels", "Done"),
        ItemState.SKIPPED: QCoreApplication.translate("Labels", "Skipped for now"),
        ItemState.NOT_FOR_ME: QCoreApplication.translate("Labels", "Doesn't apply to me"),
    }[state]


def state_labels() -> dict[ItemState, str]:
    """All state words, for exports."""
    return {state: state_word(state) for state in ItemState}


def platform_name(platform: str) -> str:
    """A platform id as people say it."""
    return {
        "windows": QCoreApplication.translate("Labels", "Windows"),
        "mac": QCoreApplication.translate("Labels", "Mac"),
        "web": QCoreApplication.translate("Labels", "Web browser"),
        "ios": QCoreApplication.translate("Labels", "iPhone or iPad"),
        "android": QCoreApplication.translate("Labels", "Android"),
    }.get(platform, platform)


def account_name(account: str) -> str:
    """An account type as people say it."""
    return {
        "personal": QCoreApplication.translate("Labels", "Personal account"),
        "work": QCoreApplication.translate("Labels", "Work or school account"),
    }.get(account, account)


def region_name(region: str) -> str:
    """A region id as people say it."""
    return {
        "eu": QCoreApplication.translate("Labels", "European Union or EEA"),
        "uk": QCoreApplication.translate("Labels", "United Kingdom"),
        "ch": QCoreApplication.translate("Labels", "Switzerland"),
        "other": QCoreApplication.translate("Labels", "Somewhere else"),
    }.get(region, region)


def default_word(state: str) -> str:
    """The factory state, in a word."""
    return {
        "on": QCoreApplication.translate("Labels", "On"),
        "off": QCoreApplication.translate("Labels", "Off"),
        "varies": QCoreApplication.translate("Labels", "It depends"),
        "none": QCoreApplication.translate("Labels", "Not a switch"),
    }.get(state, state)


def action_words(action: str) -> str:
    """Our suggestion, in a few words."""
    return {
        "turn_off": QCoreApplication.translate("Labels", "Switch it off"),
        "turn_on": QCoreApplication.translate("Labels", "Switch it on"),
        "keep": QCoreApplication.translate("Labels", "Keep it as it is"),
        "your_choice": QCoreApplication.translate("Labels", "Your choice"),
        "review": QCoreApplication.translate("Labels", "Have a look at it"),
    }.get(action, action)
