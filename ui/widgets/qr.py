"""A QR code drawn with QPainter from the ``qrcode`` package's module matrix (no image library needed)."""

from __future__ import annotations

import qrcode
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


def qr_matrix(data: str) -> list[list[bool]]:
    """Modules of the QR code for ``data`` including a 4-module quiet zone (what scanners need)."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(data)
    code.make(fit=True)
    return [[bool(cell) for cell in row] for row in code.get_matrix()]


def paint_matrix(painter: QPainter, matrix: list[list[bool]], rect: QRectF) -> None:
    painter.fillRect(rect, QColor("white"))
    if not matrix:
        return
    size = min(rect.width(), rect.height())
    # Whole pixels per module keep the code crisp and scannable.
    module = max(1, int(size // len(matrix)))
    total = module * len(matrix)
    left = rect.left() + (rect.width() - total) / 2
    top = rect.top() + (rect.height() - total) / 2
    black = QColor("black")
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(QRectF(left + x * module, top + y * module, module, module), black)


def qr_image(data: str, pixels_per_module: int = 6) -> QImage:
    matrix = qr_matrix(data)
    side = len(matrix) * pixels_per_module
    image = QImage(side, side, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    paint_matrix(painter, matrix, QRectF(0, 0, side, side))
    painter.end()
    return image


class QrCodeWidget(QWidget):
    """Shows one QR code; :meth:`set_data` changes it, an empty string clears it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = ""
        self._matrix: list[list[bool]] = []
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def data(self) -> str:
        return self._data

    def set_data(self, data: str) -> None:
        self._data = data
        self._matrix = qr_matrix(data) if data else []
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(180, 180)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._matrix:
            return
        painter = QPainter(self)
        paint_matrix(painter, self._matrix, QRectF(self.rect()))
        painter.end()
