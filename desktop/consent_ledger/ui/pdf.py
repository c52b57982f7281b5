"""The one PDF renderer: HTML (Qt's rich-text subset) to an A4 PDF with embedded CJK fonts.

Used by the letters (via injection: ``letters/`` never imports Qt) and by the audit report. It works
headless from the CLI: when no Qt application exists it creates one (offscreen when there is no
display) and keeps it for the life of the process; it never creates a second one. It creates a
``QApplication`` (a ``QGuiApplication`` that also allows widgets), so a later widget in the same
process, the GUI or a pytest-qt test, can still run.

Qt embeds the subset of each font it uses in the PDF, so the Chinese text stays extractable
(``pdftotext`` / pypdf) and renders on machines without the font.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication

from ..atomic import atomic_target

log = logging.getLogger(__name__)

# Families tried in order for CJK text; the first one installed is used, the rest are fallbacks.
CJK_FAMILIES: tuple[str, ...] = (
    "Noto Sans CJK SC",
    "Noto Serif CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Microsoft YaHei",
    "PingFang SC",
    "SimSun",
)
MARGIN_MM = 20.0
RESOLUTION_DPI = 300
BODY_POINT_SIZE = 11.0

# The application this module had to create itself (headless CLI), kept so Qt does not destroy it.
# Holding it here is the price of Qt's one-app-per-process rule, not a registry of services.
_created_app: list[QGuiApplication] = []


class PdfRenderError(RuntimeError):
    """Rendering failed (no GUI application possible, or the PDF could not be written)."""


def ensure_gui_app() -> QGuiApplication:
    """Return the running QGuiApplication, creating an offscreen one if there is none.

    A plain ``QCoreApplication`` cannot render fonts; if one already runs we cannot create a GUI
    application next to it, so that is an error rather than a silent second instance.
    """
    existing = QCoreApplication.instance()
    if existing is not None:
        if isinstance(existing, QGuiApplication):
            return existing
        raise PdfRenderError("a non-GUI Qt application is running; PDF rendering needs QtGui")
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and headless and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QApplication(["consent-ledger"])
    _created_app.append(app)
    return app


def cjk_families() -> list[str]:
    """The installed CJK families, best first (empty if none is installed)."""
    installed = set(QFontDatabase.families())
    return [family for family in CJK_FAMILIES if family in installed]


def body_font() -> QFont:
    font = QFont()
    families = cjk_families()
    if families:
        font.setFamilies(families)
    else:
        log.warning("no CJK font installed: Chinese text in PDFs will not render")
    font.setPointSizeF(BODY_POINT_SIZE)
    return font


def html_to_pdf(html: str, dest: Path, *, title: str = "") -> None:
    """Render *html* to an A4 PDF at *dest*, atomically, mode 0600.

    Raises:
        PdfRenderError: the PDF could not be rendered or written (nothing is left at *dest*).
    """
    ensure_gui_app()
    with atomic_target(Path(dest)) as tmp:
        _render(html, tmp, title)
        if tmp.stat().st_size == 0:
            raise PdfRenderError("Qt wrote an empty PDF")


def _render(html: str, path: Path, title: str) -> None:
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(title)
    writer.setCreator("Consent Ledger")
    document = QTextDocument()
    # Lay out with the writer's own metrics, so 11pt is 11pt on paper (not screen pixels scaled).
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(body_font())
    document.setDocumentMargin(0)
    document.setHtml(html)
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    document.setPageSize(QSizeF(page.width(), page.height()))
    if title:
        document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    document.print_(writer)
    # The PDF is finished when the writer's paint engine ends; drop it before touching the file.
    del writer
