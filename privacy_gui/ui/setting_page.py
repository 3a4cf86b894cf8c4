"""One wizard page for one setting: the facts, where it lives, and its sources."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape
from urllib.parse import unquote

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCursor, QFontMetrics, QGuiApplication, QKeySequence, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from privacy_gui.core.answers import Answers
from privacy_gui.core.glossary import Glossary
from privacy_gui.core.markup import link_terms, to_html
from privacy_gui.core.model import Location, Setting
from privacy_gui.core.progress import ItemState, ProgressStore
from privacy_gui.core.summary import changed_since_done, is_stale
from privacy_gui.ui import labels
from privacy_gui.ui.widgets import (
    Chip,
    ChipPath,
    FlowLayout,
    Panel,
    clear_layout,
    make_primary,
    page_heading,
    section,
    text_label,
)


def format_date(day: dt.date) -> str:
    """A date as people read it in their language, e.g. 18 September 2024."""
    locale = QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    for weekday in ("dddd, ", "dddd ", ", dddd", " dddd"):
        pattern = pattern.replace(weekday, "")
    return str(locale.toString(QDate(day.year, day.month, day.day), pattern))


class Notice(Panel):
    """A framed note that must not be missed (caveats, admin control, unconfirmed paths)."""

    def __init__(self, title: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__("notice", parent)
        layout = QVBoxLayout(self)
        head = QLabel(title)
        head.setObjectName("noticeTitle")
        font = head.font()
        font.setBold(True)
        head.setFont(font)
        layout.addWidget(head)
        layout.addWidget(text_label(html, rich=True))
        self.setAccessibleName(title)


class SettingPage(QWidget):
    """Shows everything about one setting. Rendering happens on first show."""

    rebuilt = Signal()  # part of the page was built again (the Tab order must follow)

    def __init__(
        self,
        setting: Setting,
        answers: Answers | None,
        open_link: Callable[[str], None],
        parent: QWidget | None = None,
        glossary: Glossary | None = None,
        store: ProgressStore | None = None,
        vendor: str = "",
    ) -> None:
        super().__init__(parent)
        from privacy_gui.ui.i18n import current_language

        self.original = setting  # progress is kept against the original page and revision
        setting, self.translation_status = setting.localized(current_language())
        self.setting = setting
        self.store = store
        self.vendor = vendor
        self.verify_button: QPushButton | None = None
        self.changed_notice: QWidget | None = None
        self.answers = answers
        self._open_link = open_link
        self.glossary = glossary or Glossary()
        self._terms_seen: set[str] = set()
        self.platform_buttons: dict[str, QPushButton] = {}
        self.current_location: Location | None = None
        self.phone_button: QPushButton | None = None
        self.english_steps_note: QLabel | None = None
        self.open_button: QPushButton | None = None
        self._where_box = QVBoxLayout()
        self._build()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        s = self.setting
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 24)
        outer.setSpacing(10)

        self.heading = page_heading(s.title, 1.7)
        self.heading.setAccessibleName(s.title)
        outer.addWidget(self.heading)

        name_row = QVBoxLayout()  # the name under its caption: a long name wraps at 200 % text
        name_row.setSpacing(4)
        name_row.addWidget(QLabel(self.tr("In the settings it is called:")))
        name = Chip(s.setting_name, filled=False)
        name.setObjectName("settingName")
        name.setWordWrap(True)  # at 200 % a long label must wrap, not be cut off
        name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        name.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Minimum)
        name_row.addWidget(name, 0, Qt.AlignmentFlag.AlignLeading)
        outer.addLayout(name_row)

        for notice in self._notices():
            outer.addWidget(notice)

        section(self.tr("What it does"), self._rich(s.what_it_does), outer)
        section(self.tr("What data it touches"), self._rich(s.data_involved), outer)
        switch = s.default.state != "none"
        word = labels.default_word(s.default.state)
        text = to_html(s.default.text, inline=True)
        redundant = not switch or text.lower().startswith(word.lower())
        default_html = text if redundant else f"<b>{word}.</b> {text}"
        if s.default.notes:
            default_html += f"<br>{to_html(s.default.notes, inline=True)}"
        section(
            self.tr("How it is set at first") if switch else self.tr("Before you start"),
            self._rich(default_html, rendered=True),
            outer,
        )
        section(
            self.tr("What you lose if you switch it off") if switch else self.tr("What to keep in mind"),
            self._rich(s.trade_offs),
            outer,
        )
        suggestion = (
            f"<b>{labels.action_words(s.recommendation.action)}.</b> "
            f"{to_html(s.recommendation.reason, inline=True)}"
        )
        section(self.tr("What we suggest"), self._rich(suggestion, rendered=True), outer)

        where = section(self.tr("Where to find it"), None, outer)
        where_layout = where.layout()
        assert isinstance(where_layout, QVBoxLayout)
        self._build_platform_picker(where_layout)
        where_layout.addLayout(self._where_box)
        self.show_platform(self._first_platform())
        self.illustration: Illustration | None = None
        if s.illustration is not None:
            self.illustration = Illustration(
                s.illustration, self.tr("Drawing of where the switch is: %1").replace("%1", s.setting_name)
            )
            where_layout.addWidget(self.illustration)

        if s.verify:
            box = section(self.tr("How to check it worked"), self._rich(s.verify), outer)
            self.verify_button = QPushButton(self.tr("I checked and it worked"))
            self.verify_button.setCheckable(True)
            self.verify_button.setAccessibleDescription(
                self.tr("Marks that you checked the setting took effect. It also marks the step as done.")
            )
            self.verify_button.clicked.connect(self._verify_clicked)
            box_layout = box.layout()
            assert isinstance(box_layout, QVBoxLayout)
            box_layout.addWidget(self.verify_button, 0, Qt.AlignmentFlag.AlignLeft)
            self.refresh_state()
        if s.body:
            section(self.tr("More detail"), self._rich(s.body), outer)
        section(self.tr("Sources"), self._sources_label(), outer)
        outer.addStretch(1)

    def _notices(self) -> list[QWidget]:
        s = self.setting
        notices: list[QWidget] = []
        if self.translation_status != "ok":
            text = (
                self.tr(
                    "This page has not been translated into your language yet, so it is shown in English."
                )
                if self.translation_status == "missing"
                else self.tr(
                    "The translation of this page is older than the English page, so it is shown in English."
                )
            )
            notices.append(Notice(self.tr("Shown in English"), escape(text)))
        if self.store is not None and changed_since_done(self.original, self.store):
            text = to_html(s.changes) if s.changes else self.tr("The advice on this page was updated.")
            notice = Notice(self.tr("Changed since you did this: look again"), text)
            again = QPushButton(self.tr("I looked again: it is still done"))
            again.clicked.connect(self.reconfirm)
            notice_layout = notice.layout()
            assert notice_layout is not None
            notice_layout.addWidget(again)
            self.changed_notice = notice
            notices.append(notice)
        today = self.store.now().date() if self.store is not None else dt.date.today()
        if is_stale(s, today):
            notices.append(
                Notice(
                    self.tr("This page may be out of date"),
                    self.tr("We last checked this on %1. %2 may have changed it since.")
                    .replace("%1", format_date(s.last_verified))
                    .replace("%2", escape(self.vendor or self.tr("The vendor"))),
                )
            )
        if s.caveat:
            notices.append(Notice(self.tr("Please note"), to_html(s.caveat)))
        if self.answers is not None and not self.answers.applies(s):
            notices.append(
                Notice(
                    self.tr("This may not be for you"),
                    self.tr("Going by your answers, this setting does not apply to you."),
                )
            )
        if s.admin_note and (self.answers is None or self.answers.account == "work"):
            notices.append(
                Notice(
                    self.tr("Work or school account?"),
                    self.tr("Your organisation's IT admin may control this setting.")
                    + " "
                    + to_html(s.admin_note, inline=True),
                )
            )
        return notices

    def _rich(self, text: str, *, rendered: bool = False) -> QLabel:
        html = link_terms(text if rendered else to_html(text), self.glossary, self._terms_seen)
        label = text_label(html, rich=True, selectable=True)
        label.linkActivated.connect(self._link_activated)
        label.linkHovered.connect(lambda url, w=label: self._link_hovered(url, w))
        return label

    def _link_activated(self, url: str) -> None:
        if url.startswith("glossary:"):
            self.explain_term(unquote(url.removeprefix("glossary:")))
        else:
            self._open_link(url)

    def _link_hovered(self, url: str, label: QLabel) -> None:
        term = (
            self.glossary.lookup(unquote(url.removeprefix("glossary:")))
            if url.startswith("glossary:")
            else None
        )
        if term is not None:
            QToolTip.showText(QCursor.pos(), f"{term.term}: {term.meaning}", label)
        elif url:
            QToolTip.showText(QCursor.pos(), url, label)

    def explain_term(self, word: str) -> None:
        """Show what a glossary word means (by click, Enter or touch: never hover only)."""
        term = self.glossary.lookup(word)
        if term is not None:
            QMessageBox.information(self, term.term, term.meaning)

    def send_to_phone(self, url: str) -> None:
        """Show the link as a QR code, with the click path to follow on the phone."""
        from privacy_gui.ui.qr_dialog import QrDialog

        steps = self.current_location.steps if self.current_location is not None else ()
        dialog = QrDialog(url, self.setting.title, steps, self)
        dialog.exec()
        dialog.deleteLater()

    def reconfirm(self) -> None:
        """Done again against the current revision: clears the 'changed' flag."""
        if self.store is None:
            return
        s = self.original
        self.store.set_state(s.key, ItemState.DONE, s.revision, s.content_hash)
        if self.changed_notice is not None:
            self.changed_notice.hide()

    def _verify_clicked(self, checked: bool) -> None:
        if self.store is None:
            return
        s = self.original
        if checked and self.store.state(s.key) is not ItemState.DONE:
            self.store.set_state(s.key, ItemState.DONE, s.revision, s.content_hash)
        self.store.set_verified(s.key, checked)
        self.refresh_state()

    def refresh_state(self) -> None:
        """Show the stored 'checked' mark."""
        if self.verify_button is None or self.store is None:
            return
        record = self.store.items.get(self.setting.key)
        verified = record is not None and record.verified is not None
        self.verify_button.setChecked(verified)
        if verified and record is not None and record.verified is not None:
            self.verify_button.setText(
                self.tr("Checked on %1").replace("%1", format_date(record.verified.astimezone().date()))
            )
        else:
            self.verify_button.setText(self.tr("I checked and it worked"))

    def _first_platform(self) -> str:
        platforms = self.answers.preferred_platforms(self.setting) if self.answers else []
        return platforms[0] if platforms else self.setting.where[0].platform

    def _build_platform_picker(self, layout: QVBoxLayout) -> None:
        mine = set(self.answers.platforms) if self.answers else set()
        ordered = sorted(self.setting.where, key=lambda loc: loc.platform not in mine)
        if len(ordered) < 2:
            return
        picker = QWidget()
        row = FlowLayout(picker)  # wraps, so long names in any language never squeeze the buttons
        row.addWidget(QLabel(self.tr("Show the steps for:")))
        group = QButtonGroup(self)
        group.setExclusive(True)
        for loc in ordered:
            button = QPushButton(labels.platform_name(loc.platform))
            button.setCheckable(True)
            button.setAccessibleName(
                self.tr("Steps for %1").replace("%1", labels.platform_name(loc.platform))
            )
            button.clicked.connect(lambda _=False, p=loc.platform: self.show_platform(p))
            group.addButton(button)
            row.addWidget(button)
            self.platform_buttons[loc.platform] = button
        layout.addWidget(picker)

    def show_platform(self, platform: str) -> None:
        """Show the click path for ``platform``."""
        loc = self.setting.location(platform)
        if loc is None:
            return
        self.current_platform = platform
        self.current_location = loc
        if platform in self.platform_buttons:
            self.platform_buttons[platform].setChecked(True)
        clear_layout(self._where_box)
        self.open_button = None
        self._fill_location(loc)
        self.rebuilt.emit()

    def _fill_location(self, loc: Location) -> None:
        box = self._where_box
        if not loc.available:
            box.addWidget(text_label(to_html(loc.not_available or ""), rich=True))
            return
        intro = self.tr("On %1, go to:").replace("%1", labels.platform_name(loc.platform))
        box.addWidget(QLabel(intro))
        self.chips = ChipPath(loc.steps)
        box.addWidget(self.chips)
        if self.setting.english is not None and loc.steps:
            self.english_steps_note = text_label(
                self.tr(
                    "Where we could not check the names of menus and buttons in your language, "
                    "the steps show the English names. If your device uses another language, "
                    "look for the same words in that language."
                )
            )
            box.addWidget(self.english_steps_note)
        if not loc.confirmed:
            box.addWidget(
                Notice(
                    self.tr("We could not confirm these steps"),
                    self.tr(
                        "The vendor may show this in a different place on your device. "
                        "If you can't find it, look for the setting's name."
                    ),
                )
            )
        if loc.note:
            box.addWidget(self._rich(loc.note))
        if loc.link:
            buttons = QWidget()
            row = FlowLayout(buttons)  # side by side when they fit, else one under the other
            button = QPushButton((loc.link_label or self.tr("Open this setting")).replace("&", "&&"))
            make_primary(button)
            button.setToolTip(loc.link)
            button.setAccessibleDescription(self.tr("Opens %1").replace("%1", loc.link))
            link = loc.link
            button.clicked.connect(lambda: self._open_link(link))
            row.addWidget(button)
            if loc.link.startswith("https://"):
                phone = QPushButton(self.tr("Send to my phone"))
                phone.setToolTip(self.tr("Show a QR code to open this page on your phone"))
                phone.clicked.connect(lambda: self.send_to_phone(link))
                row.addWidget(phone)
                self.phone_button = phone
            box.addWidget(buttons)
            box.addWidget(link_label(loc.link))
            self.open_button = button

    def _sources_label(self) -> QLabel:
        s = self.setting
        items = []
        kinds = {
            "regulator": self.tr("regulator"),
            "news": self.tr("news report"),
            "archive": self.tr("stored copy"),
            "other": self.tr("other source"),
        }
        for src in s.sources:
            kind = f" <i>[{escape(kinds[src.kind])}]</i>" if src.kind in kinds else ""
            note = f" ({escape(src.note)})" if src.note else ""
            if src.language:
                note += " " + escape(self.tr("[read in: %1]").replace("%1", src.language))
            items.append(
                f'<li><a href="{escape(src.url, quote=True)}">{escape(src.title)}</a>{kind}, '
                f"{escape(src.publisher)}, {escape(format_date(src.date))}{note}</li>"
            )
        checked = self.tr("We last checked this page against its sources on %1.").replace(
            "%1", format_date(s.last_verified)
        )
        label = text_label(f"<ul>{''.join(items)}</ul><p>{checked}</p>", rich=True, selectable=True)
        label.linkActivated.connect(self._open_link)
        self.sources_label = label
        return label


class Illustration(QWidget):
    """A content SVG drawn as vectors at a size that follows the text size, so it stays sharp."""

    BASE_WIDTH = 480
    BASE_LINE = 17.0  # the line height (px) at which the drawing is shown at BASE_WIDTH

    def __init__(self, path: object, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.renderer = QSvgRenderer(str(path), self)
        self.setAccessibleName(description)
        self.setToolTip(description)
        self._fit()

    def _ratio(self) -> float:
        box = self.renderer.viewBoxF()
        return box.height() / box.width() if box.width() > 0 else 0.5625

    def _fit(self) -> None:
        """Grow with the text, but shrink to the page in a narrow window (never wider than it)."""
        scale = QFontMetrics(self.font()).height() / self.BASE_LINE
        self._width = int(self.BASE_WIDTH * max(1.0, scale))
        policy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMaximumWidth(self._width)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        return QSize(self._width, self.heightForWidth(self._width))

    def minimumSizeHint(self) -> QSize:
        narrow = min(self._width, self.BASE_WIDTH // 2)
        return QSize(narrow, self.heightForWidth(narrow))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return int(width * self._ratio())

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ApplicationFontChange, QEvent.Type.FontChange):
            self._fit()
        return super().event(event)

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = min(self.width(), int(self.height() / self._ratio()) if self._ratio() else self.width())
        self.renderer.render(painter, QRectF(0, 0, width, width * self._ratio()))


def link_label(url: str) -> QLabel:
    """The address under the Open button, breakable anywhere so it never widens the page.

    A web address has no spaces, so a word-wrapped label would still need it all on one
    line (about 900 px at 200 % text). The shown text gets invisible break points; "Copy
    link" on the label's menu copies the address without them.
    """
    breakable = url
    for mark in "/-.?&=":
        breakable = breakable.replace(mark, mark + "\u200b")
    shown = QLabel(breakable)
    shown.setTextFormat(Qt.TextFormat.PlainText)
    shown.setWordWrap(True)
    shown.setObjectName("linkText")
    shown.setAccessibleName(url)
    shown.setAccessibleDescription(
        QCoreApplication.translate("SettingPage", "Web address. Ctrl+C copies it.")
    )
    # Reachable by Tab, so that copying works from the keyboard too: Ctrl+C, or the menu key.
    shown.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    copy = QAction(QCoreApplication.translate("SettingPage", "Copy link"), shown)
    copy.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
    copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    copy.triggered.connect(lambda: QGuiApplication.clipboard().setText(url))
    shown.addAction(copy)
    shown.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return shown
