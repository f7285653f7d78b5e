"""Figures drawn as charts (QtCharts), rendered to images that the sheet shows and prints.

The numbers are always in the sheet as a table too; a chart is a reading aid, never the only copy.
"""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene

from fiitdesk.kit.content import CHART_SIZE
from fiitdesk.ui.fonts import load_fonts

SIZE = QSizeF(*CHART_SIZE)
SCALE = 2  # drawn at twice the size, so the PDF stays sharp
BAR_COLOUR = QColor("#0b3d6b")


def chart_image(title: str, series: list[tuple[str, float]], horizontal: bool = False) -> QImage:
    """A bar chart of (label, value) pairs as an image, values written on the bars."""
    font = QFont(load_fonts())
    font.setPointSizeF(8)
    chart = QChart()
    chart.setTitle(title)
    title_font = QFont(font)
    title_font.setBold(True)
    chart.setTitleFont(title_font)
    chart.legend().hide()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    bars = QBarSet(title)
    bars.setColor(BAR_COLOUR)
    bars.setLabelColor(QColor("black") if horizontal else QColor("white"))
    bars.setLabelFont(font)
    for _, value in series:
        bars.append(float(value))
    bar_series = QHorizontalBarSeries() if horizontal else QBarSeries()
    bar_series.append(bars)
    bar_series.setLabelsVisible(True)
    bar_series.setLabelsFormat("@value")
    bar_series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd if horizontal
                                 else QBarSeries.LabelsPosition.LabelsInsideEnd)
    chart.addSeries(bar_series)
    categories = QBarCategoryAxis()
    categories.append([label if len(label) <= 34 else label[:33] + "…" for label, _ in series])
    categories.setLabelsFont(font)
    values = QValueAxis()
    values.setLabelsFont(font)
    values.setLabelFormat("%d")
    values.setRange(0, max(v for _, v in series) * 1.15 or 1)
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
    bar_series.attachAxis(categories)
    bar_series.attachAxis(values)
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.resize(SIZE)
    image = QImage(int(SIZE.width() * SCALE), int(SIZE.height() * SCALE), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(image.rect()), QRectF(0, 0, SIZE.width(), SIZE.height()))
    painter.end()
    scene.removeItem(chart)
    return image


def sheet_images(code: str, charts: dict[str, list[tuple[str, float]]], titles: dict[str, str]) -> dict[str, QImage]:
    """The images the sheet of ``code`` refers to as ``chart:CODE/KEY``."""
    return {f"chart:{code}/{key}": chart_image(titles.get(key, key), series, horizontal=key == "exploitation_type")
            for key, series in charts.items()}
