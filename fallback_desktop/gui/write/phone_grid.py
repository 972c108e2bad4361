"""How busy a phone line usually is, painted: weekdays (Mon–Sun) down, the open hours across,
light for quiet and dark for busy, closed hours grey and hatched, this hour outlined.

The same picture in words is the widget's accessible description (the page sets it), and each
cell says what it shows in a tooltip."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from fallback_desktop.core.text.catalog import text
from fallback_desktop.core.writing.phone_sheet import BUSY_LOAD, QUIET_LOAD
from fallback_desktop.gui.i18n import current_lang

Grid = tuple[tuple[float | None, ...], ...]

# One hue from light to dark, so the order reads without telling colours apart.
QUIET, AVERAGE, BUSY = QColor("#c6dbef"), QColor("#6baed6"), QColor("#08519c")
CLOSED = QColor("#c8c8c8")
HATCH = QColor("#707070")
NOW_PEN = 3


def level(load: float | None) -> str:
    """One of closed, quiet, average or busy: the words the sheet's text uses for the load."""
    if load is None:
        return "closed"
    if load < QUIET_LOAD:
        return "quiet"
    return "average" if load < BUSY_LOAD else "busy"


def open_hours(grid: Grid) -> range:
    """From the first hour any day is open to the last (lunch and the like inside it)."""
    hours = [h for row in grid for h, load in enumerate(row) if load is not None]
    return range(min(hours), max(hours) + 1) if hours else range(0)


def _capital(words: str) -> str:
    """'quiet' as a legend shows it: 'Quiet' (Korean has no capitals)."""
    return words[:1].upper() + words[1:]


@dataclass(frozen=True)
class _Geometry:
    left: int  # width of the weekday column
    top: int  # height of the hour row
    cell_w: int
    cell_h: int
    grid_bottom: int


class PhoneGrid(QWidget):
    """Weekday × hour load picture with its legend beneath."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phoneGrid")
        self.grid: Grid = ()
        self.hours = range(0)
        self.now: tuple[int, int] | None = None  # (weekday, hour) to outline
        self.days: list[str] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        sizing = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizing.setHeightForWidth(True)
        self.setSizePolicy(sizing)
        self.setMouseTracking(True)

    def set_grid(self, grid: Grid, now: tuple[int, int] | None, days: list[str]) -> None:
        """Show `grid` (7 rows × 24 hours); outline `now` when it is one of the shown hours."""
        self.grid = grid
        self.hours = open_hours(grid)
        self.now = now
        self.days = days
        self.updateGeometry()
        self.update()

    def legend(self) -> list[tuple[str, str]]:
        """(level, words) in the order the legend shows them."""
        lang = current_lang()
        loads = [
            (key, text(f"channel_text.load.{word}", lang))
            for key, word in (("quiet", "quiet"), ("average", "normal"), ("busy", "busy"))
        ]
        return [
            *((key, _capital(words)) for key, words in loads),
            ("closed", _capital(text("channel_text.phone.closed_day", lang))),
            ("now", self.tr("Now")),
        ]

    # -- sizes --------------------------------------------------------------------------------

    def _geometry(self, width: int) -> _Geometry:
        metrics = self.fontMetrics()
        left = max(metrics.horizontalAdvance(day) for day in self.days) + 10
        top = metrics.height() + 6
        columns = max(len(self.hours), 1)
        cell_w = max(self._min_cell(), min((width - left) // columns, metrics.height() * 3))
        cell_h = metrics.height() + 8
        return _Geometry(left, top, cell_w, cell_h, top + 7 * cell_h)

    def _min_cell(self) -> int:
        return max(10, self.fontMetrics().horizontalAdvance("0") + 4)

    def _legend_height(self, width: int) -> int:
        places = self._legend_places(width, 0)
        return max(rect.bottom() + 1 for rect, _key, _words in places) + 6

    def _legend_places(self, width: int, y: int) -> list[tuple[QRect, str, str]]:
        """Where each legend entry goes, wrapping to a new row when the width runs out."""
        metrics = self.fontMetrics()
        swatch = metrics.height()
        row_h = metrics.height() + 8
        x, row = 0, 0
        places = []
        for key, words in self.legend():
            entry = swatch + 6 + metrics.horizontalAdvance(words) + 16
            if x > 0 and x + entry > width:
                x, row = 0, row + 1
            places.append((QRect(x, y + row * row_h, entry, row_h), key, words))
            x += entry
        return places

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        return self._geometry(width).grid_bottom + 8 + self._legend_height(width)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        metrics = self.fontMetrics()
        width = self._geometry(0).left + max(len(self.hours), 1) * metrics.height() * 2
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        geometry = self._geometry(0)
        width = geometry.left + max(len(self.hours), 1) * self._min_cell()
        return QSize(width, self.heightForWidth(width))

    # -- painting -----------------------------------------------------------------------------

    def cell_rect(self, day: int, hour: int) -> QRect:
        """Where the cell of `day` (0 = Monday) and `hour` is painted."""
        g = self._geometry(self.width())
        column = hour - self.hours.start
        return QRect(g.left + column * g.cell_w, g.top + day * g.cell_h, g.cell_w, g.cell_h)

    @staticmethod
    def _fill(painter: QPainter, rect: QRect, key: str) -> None:
        colour = {"quiet": QUIET, "average": AVERAGE, "busy": BUSY}.get(key, CLOSED)
        painter.fillRect(rect, colour)
        if key == "closed":
            painter.fillRect(rect, QBrush(HATCH, Qt.BrushStyle.BDiagPattern))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        g = self._geometry(self.width())
        painter.setPen(text_colour)
        step = 1
        while self.fontMetrics().horizontalAdvance("00") + 4 > g.cell_w * step:
            step += 1
        for hour in self.hours:
            if (hour - self.hours.start) % step == 0:
                rect = self.cell_rect(0, hour)
                label = QRect(rect.left(), 0, rect.width() * step, g.top)
                painter.drawText(label, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 f"{hour}")  # fmt: skip
        grid_line = QPen(self.palette().color(QPalette.ColorRole.Window), 1)
        for day, row in enumerate(self.grid[:7]):
            rect = QRect(0, g.top + day * g.cell_h, g.left - 6, g.cell_h)
            painter.setPen(text_colour)
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(rect, align, self.days[day])
            for hour in self.hours:
                cell = self.cell_rect(day, hour)
                self._fill(painter, cell, level(row[hour]))
                painter.setPen(grid_line)
                painter.drawRect(cell.adjusted(0, 0, -1, -1))
        if self.now is not None and self.now[1] in self.hours:
            self._outline(painter, self.cell_rect(*self.now), text_colour)
        self._paint_legend(painter, g.grid_bottom + 8, text_colour)
        painter.end()

    def _outline(self, painter: QPainter, rect: QRect, colour: QColor) -> None:
        """A thick line in the text's colour with a thin one in the page's inside it, so the
        mark stands out on the lightest and on the darkest cell alike."""
        half = NOW_PEN // 2 + 1
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colour, NOW_PEN))
        painter.drawRect(rect.adjusted(half, half, -half, -half))
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Window), 1))
        inner = NOW_PEN + 1
        painter.drawRect(rect.adjusted(inner, inner, -inner - 1, -inner - 1))

    def _paint_legend(self, painter: QPainter, y: int, text_colour: QColor) -> None:
        swatch = self.fontMetrics().height()
        for rect, key, words in self._legend_places(self.width(), y):
            box = QRect(rect.left(), rect.top() + 4, swatch, swatch)
            if key == "now":
                self._outline(painter, box, text_colour)
            else:
                self._fill(painter, box, key)
            painter.setPen(text_colour)
            place = QRect(box.right() + 6, rect.top(), rect.width() - swatch - 6, rect.height())
            painter.drawText(place, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             words)  # fmt: skip

    # -- tooltips -----------------------------------------------------------------------------

    def cell_at(self, point: QPoint) -> tuple[int, int] | None:
        """(weekday, hour) of the cell under `point`, or None."""
        for day in range(min(len(self.grid), 7)):
            for hour in self.hours:
                if self.cell_rect(day, hour).contains(point):
                    return day, hour
        return None

    def cell_words(self, day: int, hour: int) -> str:
        """What one cell shows, for its tooltip: 'Tue 10:00–11:00: Average'."""
        names = dict(self.legend())
        key = level(self.grid[day][hour])
        when = f"{self.days[day]} {hour:02d}:00–{(hour + 1) % 24:02d}:00"
        return f"{when}: {names[key]}"

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            cell = self.cell_at(event.pos())
            if cell is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.cell_words(*cell), self)
            return True
        if event.type() == QEvent.Type.LanguageChange:
            self.update()
        return super().event(event)
