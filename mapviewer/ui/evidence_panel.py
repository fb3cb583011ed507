"""EvidencePanel: the statement, its verbatim quotes, who said them, how hedged, and the citation.

Every string from a file goes into a widget as plain text. The one rich-text label (the URL link) is
HTML we build from escaped parts.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from mapviewer.model.errors import Problem
from mapviewer.model.types import Actor, Article, Evidence, MapDocument, Statement
from mapviewer.ui.safe_text import tooltip_html
from mapviewer.ui.style import CATEGORY_COLOURS, Theme, category_name

HEDGE_WORDS = {
    "reported": "Reported",
    "alleged": "Alleged",
    "believed": "Believed",
    "expected": "Expected",
    "unlikely": "Unlikely",
    "possible": "Possible",
}


def plain_label(
    text: str,
    *,
    size: float | None = None,
    bold: bool = False,
    italic: bool = False,
    style: str = "",
) -> QLabel:
    """A word-wrapped label that never interprets its text as HTML."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if size or bold or italic:
        font = QFont(label.font())
        if size:
            font.setPointSizeF(size)
        font.setBold(bold)
        font.setItalic(italic)
        label.setFont(font)
    if style:
        label.setStyleSheet(style)
    return label


def text_on(background: str) -> str:
    """Black or white, whichever contrasts more with ``background`` (WCAG relative luminance).

    >>> text_on("#E69F00"), text_on("#0072B2")
    ('#000000', '#FFFFFF')
    """
    rgb = [int(background[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    lum = 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    return "#000000" if (lum + 0.05) / 0.05 > 1.05 / (lum + 0.05) else "#FFFFFF"


def safe_link(url: str) -> str:
    """Escaped HTML for a link that opens only on click, and only for http(s) addresses."""
    shown = html.escape(url if len(url) <= 70 else url[:67] + "…")
    if not url.lower().startswith(("http://", "https://")):
        return shown
    return f'<a href="{html.escape(url, quote=True)}">{shown}</a>'


class EvidencePanel(QScrollArea):
    """Shows the selected statement, or the selected actor with its statements, or a hint."""

    evidence_chosen = Signal(str, int)  # statement id, evidence index
    statement_chosen = Signal(str)
    link_clicked = Signal(str)

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumWidth(320)
        self.quote_labels: list[QLabel] = []
        self.actor_list: QListWidget | None = None
        self.title_label: QLabel | None = None
        self.show_hint()

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_labels()

    def _fit_labels(self) -> None:
        # A word-wrapped QLabel in a scroll area asks for too little height; give it what it needs
        # at the width it actually has.
        body = self.widget()
        if body is None:
            return
        width = self.viewport().width() - 28
        for label in body.findChildren(QLabel):
            height = label.heightForWidth(width) if label.wordWrap() and width > 50 else -1
            if height > 0:
                label.setMinimumHeight(height)

    def _fresh(self) -> QVBoxLayout:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        self.setWidget(body)
        self.quote_labels = []
        self.actor_list = None
        return layout

    def show_hint(self) -> None:
        """Nothing selected: say what to do."""
        layout = self._fresh()
        self.title_label = plain_label("Evidence", size=15, bold=True)
        layout.addWidget(self.title_label)
        layout.addWidget(
            plain_label(
                "Click a line on the map to see the quote behind it, highlighted in its article.\n\n"
                "Click an actor to list its statements. Tab and the arrow keys step through "
                "statements; Esc clears the selection."
            )
        )
        layout.addStretch(1)
        self._fit_labels()

    def show_statement(
        self, doc: MapDocument, st: Statement, problems: list[Problem], names: dict[str, str]
    ) -> None:
        """Show one statement and every quote behind it, article by article."""
        layout = self._fresh()
        colour = CATEGORY_COLOURS.get(st.category, "#7A7A7A")
        arrow = "⟷" if st.mutual else "→"
        self.title_label = plain_label(
            f"{names.get(st.source, st.source)} {arrow} {names.get(st.target, st.target)}",
            size=15,
            bold=True,
        )
        layout.addWidget(self.title_label)
        layout.addWidget(plain_label(st.relation, size=12, italic=True))
        chip = plain_label(
            f"  {category_name(st.category)}  ",
            style=f"background: {colour}; color: {text_on(colour)}; border-radius: 4px; padding: 2px;"
            " font-weight: bold;",
        )
        chip.setWordWrap(False)
        layout.addWidget(chip, alignment=Qt.AlignmentFlag.AlignLeft)
        if st.summary:
            layout.addWidget(plain_label(st.summary))
        if st.date:
            layout.addWidget(plain_label(f"Date: {st.date}", style=f"color: {self.theme.muted};"))
        extra = st.model_extra or {}
        also = extra.get("also_concerns")
        if isinstance(also, list) and also:
            layout.addWidget(
                plain_label("Also concerns: " + ", ".join(names.get(str(a), str(a)) for a in also))
            )
        by_place = {p.place: p for p in problems}
        index = {s.id: i for i, s in enumerate(doc.statements)}.get(st.id, -1)
        articles = {a.id: a for a in doc.articles}
        for j, ev in enumerate(st.evidence):
            layout.addWidget(_rule())
            problem = by_place.get(f"statements[{index}].evidence[{j}]")
            self._add_evidence(
                layout,
                st.id,
                j,
                ev,
                articles.get(ev.article),
                problem,
                names,
                many=len(st.evidence) > 1,
            )
        # What an imported file said beyond the format comes last: the quotes come first.
        attributes = extra.get("attributes")
        if isinstance(attributes, dict) and attributes:
            layout.addWidget(_rule())
            lines = [f"{k}: {v}" for k, v in sorted(attributes.items(), key=lambda kv: str(kv[0]))]
            layout.addWidget(plain_label("Attributes from the imported file", bold=True))
            layout.addWidget(plain_label("\n".join(lines), style=f"color: {self.theme.muted};"))
        layout.addStretch(1)
        self._fit_labels()

    def _add_evidence(
        self,
        layout: QVBoxLayout,
        sid: str,
        j: int,
        ev: Evidence,
        article: Article | None,
        problem: Problem | None,
        names: dict[str, str],
        *,
        many: bool,
    ) -> None:
        if many:
            layout.addWidget(plain_label(f"Quote {j + 1}", bold=True, style=f"color: {self.theme.muted};"))
        if ev.quote is None:
            quote = plain_label("Unquoted: this source gives no text to check.", size=12, italic=True)
        else:
            shown = ev.quote if ev.quote[:1] in "\"“'‘" else f"“{ev.quote}”"
            quote = plain_label(shown, size=16)
            quote.setAccessibleName("Quote")
            self.quote_labels.append(quote)
        layout.addWidget(quote)
        if ev.quoted or ev.attributed_to or ev.speaker:
            who = ev.attributed_to or "the article itself"
            line = f"according to {who}"
            if ev.speaker:
                line += f" · speaker: {names.get(ev.speaker, ev.speaker)}"
            layout.addWidget(plain_label(line, italic=True))
        if not ev.quoted and not ev.hedge:
            badge = plain_label(
                "  Unquoted source  ",
                style="background: #5F6B77; color: white; border-radius: 4px; padding: 2px;",
            )
        elif ev.hedge:
            word = HEDGE_WORDS.get(ev.hedge, ev.hedge.capitalize())
            badge = plain_label(
                f"  Hedged: {word}  ",
                style="background: #6B4E00; color: white; border-radius: 4px; padding: 2px;",
            )
        else:
            badge = plain_label(
                "  Stated as fact  ",
                style="background: #2E4053; color: white; border-radius: 4px; padding: 2px;",
            )
        badge.setWordWrap(False)
        layout.addWidget(badge, alignment=Qt.AlignmentFlag.AlignLeft)
        if problem is not None:
            layout.addWidget(
                plain_label(f"✗ {problem.message}", style=f"color: {self.theme.error}; font-weight: bold;")
            )
        elif ev.quote is not None and ev.start is not None:
            layout.addWidget(
                plain_label(
                    f"✓ Quote verified in the article at {ev.start}–{ev.end}",
                    style=f"color: {self.theme.ok};",
                )
            )
        if article is not None:
            cite = " · ".join(x for x in (article.publisher, article.title, article.published) if x)
            layout.addWidget(plain_label(cite, bold=True))
            if article.url:
                link = QLabel(safe_link(article.url))
                link.setTextFormat(Qt.TextFormat.RichText)
                link.setOpenExternalLinks(False)
                link.setToolTip("Opens in your browser when clicked")
                link.linkActivated.connect(self.link_clicked.emit)
                layout.addWidget(link)
        if ev.quote is not None and many:
            button = QPushButton("Show in article")
            button.clicked.connect(lambda _=False, s=sid, k=j: self.evidence_chosen.emit(s, k))
            layout.addWidget(button, alignment=Qt.AlignmentFlag.AlignLeft)

    def show_actor(self, actor: Actor, statements: list[Statement], names: dict[str, str]) -> None:
        """Show one actor and list its statements; choosing one selects it."""
        layout = self._fresh()
        self.title_label = plain_label(actor.label, size=15, bold=True)
        layout.addWidget(self.title_label)
        facts = [actor.kind.capitalize()]
        if actor.role:
            facts.append(actor.role)
        if actor.iso3:
            facts.append(actor.iso3)
        layout.addWidget(plain_label(" · ".join(facts), italic=True))
        if actor.aliases:
            layout.addWidget(plain_label("Also called: " + ", ".join(actor.aliases)))
        layout.addWidget(plain_label(f"{len(statements)} statement(s)", bold=True))
        listing = QListWidget()
        listing.setAccessibleName("Actor statements")
        listing.setStyleSheet("QListWidget::item { padding: 3px; }")
        for st in statements:
            src, tgt = names.get(st.source, st.source), names.get(st.target, st.target)
            hedge = " (hedged)" if st.hedged else ""
            item = QListWidgetItem(f"{src} {st.relation} {tgt}{hedge}")
            swatch = QPixmap(12, 12)
            swatch.fill(QColor(CATEGORY_COLOURS.get(st.category, "#7A7A7A")))
            item.setIcon(QIcon(swatch))
            item.setData(Qt.ItemDataRole.UserRole, st.id)
            item.setToolTip(tooltip_html(st.summary))
            listing.addItem(item)
        listing.itemActivated.connect(self._on_list_item_activated)
        listing.itemClicked.connect(self._on_list_item_activated)
        listing.setMinimumHeight(220)
        layout.addWidget(listing, 1)
        self.actor_list = listing
        self._fit_labels()

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        self.statement_chosen.emit(item.data(Qt.ItemDataRole.UserRole))


def _rule() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
