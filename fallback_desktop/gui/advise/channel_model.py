"""The channel comparison table: one row per channel, the recommended one marked, with each
channel's hours."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from fallback_desktop.core.domain.channels import Channel, load_channels
from fallback_desktop.core.text.catalog import render, render_list, text
from fallback_desktop.core.text.timefmt import Duration, Moment
from fallback_desktop.gui.advise.channel_words import short_hours
from fallback_desktop.gui.i18n import current_lang

if TYPE_CHECKING:
    from fallback_desktop.core.domain.hours import Hours
    from fallback_desktop.core.recommend.ranking import Ranked, Recommendation

COL_CHANNEL = 0
COL_NOW = 1
COL_HOURS = 2
COL_ETA = 3
COL_REPLY = 4
COL_STRENGTHS = 5
COL_WEAKNESSES = 6
COLUMN_COUNT = 7

CHANNEL_ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECOMMENDED_BACKGROUND = QColor("#fff2c2")
RECOMMENDED_FOREGROUND = QColor("#1a1a1a")
# A channel the person cannot use where they are (or that cannot carry what they need) is
# greyed, still readable; its reasons say why.
UNUSABLE_FOREGROUND = QColor("#6b6b6b")

AnyIndex = QModelIndex | QPersistentModelIndex

DISPLAY = int(Qt.ItemDataRole.DisplayRole)
WORDED_ROLES = frozenset({DISPLAY, int(Qt.ItemDataRole.ToolTipRole)})
ANSWERED_ROLES = WORDED_ROLES | {
    int(CHANNEL_ID_ROLE),
    int(SORT_ROLE),
    int(Qt.ItemDataRole.FontRole),
    int(Qt.ItemDataRole.BackgroundRole),
    int(Qt.ItemDataRole.ForegroundRole),
    int(Qt.ItemDataRole.AccessibleDescriptionRole),
}
_UNSET = object()


def _bullets(lines: Iterable[str]) -> str:
    return "\n".join(f"• {line}" for line in lines)


class ChannelTableModel(QAbstractTableModel):
    """One row per channel in CHANNEL_IDS order; set_recommendation fills in the situation's
    ranking and the hours it was timed with.

    Texts are worded when a view asks for them, in the interface's current language.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._channels: tuple[Channel, ...] = load_channels()
        self._rec: Recommendation | None = None
        self._ranked: dict[str, Ranked] = {}
        self._top: str | None = None
        self._bold = QFont()
        self._bold.setBold(True)
        # Texts are worded once per recommendation and language, not at every paint.
        self._words: dict[tuple[int, int, int, str], str | None] = {}

    def set_recommendation(self, rec: Recommendation) -> None:
        """Show rec's ranking, open-now and expected reply for every channel."""
        before = {c.id for row, c in enumerate(self._channels) if self.offered(row)}
        ranked = {r.channel: r for r in rec.ranking}
        # Another company offers other channels: the rows the proxy shows change, not just texts.
        reset = before != ranked.keys()
        if reset:
            self.beginResetModel()
        self._rec = rec
        self._top = rec.ranking[0].channel if rec.ranking else None
        self._ranked = ranked
        if reset:
            self.endResetModel()
        self.retranslate()

    def offered(self, row: int) -> bool:
        """Whether the row's channel is in the ranking (all are, unless a company is chosen)."""
        return self._rec is None or self._channels[row].id in self._ranked

    def retranslate(self) -> None:
        """Redraw every text (headers included), e.g. after the language changed."""
        self._words.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._channels:
            last = self.index(len(self._channels) - 1, COLUMN_COUNT - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def recommended_id(self) -> str | None:
        """The top channel's id, or None before the first recommendation."""
        return self._top

    def row_of(self, channel_id: str) -> int:
        return next(i for i, c in enumerate(self._channels) if c.id == channel_id)

    # --- Qt model interface -------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._channels)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                COL_CHANNEL: self.tr("Channel"),
                COL_NOW: self.tr("Now"),
                COL_HOURS: self.tr("Hours"),
                COL_ETA: self.tr("First reply"),
                COL_REPLY: self.tr("Usual first reply"),
                COL_STRENGTHS: self.tr("Good at"),
                COL_WEAKNESSES: self.tr("Watch out for"),
            }.get(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            # Short headings keep the table narrow; what each column means is said here.
            return {
                COL_NOW: self.tr("Whether you can use it now, or when it opens"),
                COL_HOURS: self.tr("When people answer on it"),
                COL_ETA: self.tr("When the first reply is likely to come, in your situation"),
                COL_REPLY: self.tr("How soon it usually answers, from published figures"),
            }.get(section)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view asks for a dozen roles per cell at every paint and size check: the roles this
        # model never answers are turned away first.
        if role not in ANSWERED_ROLES or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in WORDED_ROLES:
            key = (row, column, role, current_lang())
            words = self._words.get(key, _UNSET)
            if words is _UNSET:
                channel = self._channels[row]
                wording = self._display if role == DISPLAY else self._tooltip
                words = self._words[key] = wording(channel, column)
            return words
        channel = self._channels[row]
        if role == CHANNEL_ID_ROLE:
            return channel.id if column == COL_CHANNEL else None
        if role == SORT_ROLE:
            return self._sort_key(channel, column)
        recommended = channel.id == self._top
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if recommended else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(RECOMMENDED_BACKGROUND) if recommended else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if recommended:
                # A fixed light background needs fixed dark text, whatever the theme.
                return QBrush(RECOMMENDED_FOREGROUND)
            return None if self._usable(channel) else QBrush(UNUSABLE_FOREGROUND)
        # The accessible description.
        if recommended:
            return self.tr("Recommended")
        if self._rec is not None and channel.id not in self._ranked:
            return self.tr("Not offered by this company")
        return None if self._usable(channel) else self.tr("Not usable in your situation")

    def column_texts(self, column: int) -> list[tuple[str, bool]]:
        """Each row's text in the column, and whether it is set in bold (the recommended row):
        what the table measures to fit its columns, without going through Qt for each cell."""
        lang = current_lang()
        texts = []
        for row, channel in enumerate(self._channels):
            key = (row, column, DISPLAY, lang)
            words = self._words.get(key, _UNSET)
            if words is _UNSET:
                words = self._words[key] = self._display(channel, column)
            texts.append((str(words or ""), channel.id == self._top))
        return texts

    def _usable(self, channel: Channel) -> bool:
        """False for a channel the person cannot use here, or one left out of the ranking (the
        company does not offer it)."""
        ranked = self._ranked.get(channel.id)
        if ranked is None:
            return self._rec is None
        return ranked.usable

    def _hours(self, channel: Channel) -> Hours:
        """The hours the recommendation timed the channel with (a company's own, if known)."""
        if self._rec is not None and channel.id in self._rec.hours:
            return self._rec.hours[channel.id]
        return channel.hours

    # --- cell contents ------------------------------------------------------------------------

    def _display(self, channel: Channel, column: int) -> str | None:
        lang = current_lang()
        ranked = self._ranked.get(channel.id)
        if column == COL_CHANNEL:
            name = render(channel.name, lang)
            if ranked is None:
                return name
            if ranked.rank == 1:
                # The star, bold type and the card's colour mark it; the word is in the tooltip
                # and the accessible description, which keeps the column narrow.
                return f"★ {name}"
            return f"{ranked.rank}. {name}"
        if column == COL_NOW:
            return self._now_text(channel, ranked)
        if column == COL_HOURS:
            return short_hours(self._hours(channel), lang)
        if column == COL_ETA:
            if ranked is None:
                return "—"
            eta = Duration(ranked.eta_minutes).render(lang)
            if ranked.experience is None:
                return eta
            return f"{eta} ({text('experience.label', lang)})"  # timed by the person's own log
        if column == COL_REPLY:
            return channel.reply.range.render(lang)
        # One line per row keeps the channels in view; the tooltip lists each point.
        if column == COL_STRENGTHS:
            return " · ".join(render_list(channel.strengths, lang))
        if column == COL_WEAKNESSES:
            return " · ".join(render_list(channel.weaknesses, lang))
        return None

    def _now_text(self, channel: Channel, ranked: Ranked | None) -> str:
        if channel.availability == "any_hour":
            return self.tr("Any hour")
        if ranked is None or self._rec is None:
            return self.tr("Business hours")
        if ranked.open_now:
            return self.tr("Open now")
        if ranked.opens_at is None:
            return self.tr("Closed")
        when = Moment(ranked.opens_at, self._rec.situation.at).render(current_lang())
        return self.tr("Opens %1").replace("%1", when)

    def _tooltip(self, channel: Channel, column: int) -> str | None:
        lang = current_lang()
        if column == COL_REPLY:
            heading = self.tr("Sources:")
            lines = [render(source.message, lang) for source in channel.reply.sources]
            return f"{heading}\n{_bullets(lines)}" if lines else None
        if column == COL_CHANNEL:
            ranked = self._ranked.get(channel.id)
            lines = [self.tr("Recommended")] if channel.id == self.recommended_id() else []
            if ranked is not None and ranked.reasons:
                lines.append(_bullets(render(reason, lang) for reason in ranked.reasons))
            return "\n".join(lines) or render(channel.name, lang)
        if column == COL_ETA and (mine := self._ranked.get(channel.id)) and mine.experience:
            return render(mine.experience.reason, lang)
        if column in (COL_NOW, COL_HOURS):
            # The whole of it: how the hours apply to this channel, lunch and holidays included.
            return render(channel.hours_words(self._hours(channel)), lang)
        if column == COL_STRENGTHS:
            return _bullets(render_list(channel.strengths, lang))
        if column == COL_WEAKNESSES:
            return _bullets(render_list(channel.weaknesses, lang))
        text = self._display(channel, column)
        return text or None

    def _sort_key(self, channel: Channel, column: int) -> Any:
        ranked = self._ranked.get(channel.id)
        # Channels left out of the ranking come after every ranked one.
        position = ranked.rank if ranked else len(self._channels) + self.row_of(channel.id) + 1
        if column == COL_CHANNEL:
            return position
        if column == COL_NOW:
            return 0 if ranked is None or ranked.open_now else 1
        if column == COL_ETA:
            # "May never come" sorts after every real duration.
            return 10**9 if ranked is None or ranked.eta_minutes is None else ranked.eta_minutes
        if column == COL_REPLY:
            return channel.reply.low_minutes
        if column == COL_HOURS:
            # Lines open around the clock first.
            around = self._hours(channel).is_around_the_clock
            return f"{0 if around else 1} {self._display(channel, column)}"
        return self._display(channel, column) or ""


class _OfferedChannels(QSortFilterProxyModel):
    """Only the channels the chosen company offers (all when none is chosen)."""

    def filterAcceptsRow(self, row: int, parent: AnyIndex) -> bool:  # noqa: N802 (Qt override)
        model = self.sourceModel()
        return not isinstance(model, ChannelTableModel) or model.offered(row)


def sorted_proxy(model: ChannelTableModel, parent: QObject | None = None) -> QSortFilterProxyModel:
    """A proxy that sorts by each column's meaning (rank, time) rather than its text, and
    leaves out channels the chosen company does not offer."""
    proxy = _OfferedChannels(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setDynamicSortFilter(True)
    proxy.sort(COL_CHANNEL, Qt.SortOrder.AscendingOrder)
    return proxy
