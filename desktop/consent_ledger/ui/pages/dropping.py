"""What a drag carries when someone drops a privacy notice: a local file or a web address."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMimeData, QUrl

NOTICE_SUFFIXES = (".html", ".htm", ".md", ".markdown", ".txt", ".pdf")


@dataclass(frozen=True)
class NoticeDrop:
    kind: str  # "file" or "url"
    value: str


def notice_drop(mime: QMimeData) -> NoticeDrop | None:
    """The first usable notice in *mime*, or None."""
    if mime.hasUrls():
        for url in mime.urls():
            found = _from_url(url)
            if found is not None:
                return found
    if mime.hasText():
        text = mime.text().strip()
        if text and "\n" not in text:
            return _from_url(QUrl(text))
    return None


def _from_url(url: QUrl) -> NoticeDrop | None:
    if url.isLocalFile():
        path = url.toLocalFile()
        if path.lower().endswith(NOTICE_SUFFIXES):
            return NoticeDrop("file", path)
        return None
    if url.scheme() in ("http", "https") and url.host():
        return NoticeDrop("url", url.toString())
    return None
