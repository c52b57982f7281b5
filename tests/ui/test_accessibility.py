"""Every control a person can reach has a name assistive technology can read (its text, its
accessible name, or its label's buddy), and the main pages are reachable from the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from .conftest import create_vault, wait_idle

pytestmark = pytest.mark.gui
CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
            QTextEdit, QPlainTextEdit)


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or isinstance(widget, QHeaderView) \
                or not widget.isVisibleTo(root):
            continue
        if widget.parent() is not None and type(widget.parent()).__name__ in (
                "QComboBox", "QAbstractSpinBox", "QSpinBox", "QDateEdit", "QScrollBar",
                "QTabBar", "QHeaderView"):
            continue  # parts of a compound control
        if type(widget).__name__ in ("QToolButton",) and widget.parent() is not None \
                and type(widget.parent()).__name__ in ("QTabBar", "QLineEdit"):
            continue  # tab scroll arrows, the line edit's clear button
        face = QAccessible.queryAccessibleInterface(widget)
        name = face.text(QAccessible.Text.Name) if face is not None else ""
        if not (name or widget.accessibleName()):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in "
                           f"{type(widget.window()).__name__}")
    return missing


def test_every_control_has_a_name(qtbot, desktop, notice_file) -> None:  # type: ignore[no-untyped-def]
    workspace = create_vault(qtbot, desktop)
    ids: list[int] = []
    desktop.session.op(lambda ledger: ids.append(ledger.register.add_from_catalogue("kimi").id)
                       ).run()
    wait_idle(qtbot, desktop)
    page = workspace.open_service(ids[0])
    page.import_file(str(notice_file))
    qtbot.waitUntil(lambda: page.detail is not None and len(page.detail.versions) == 1,
                    timeout=60000)
    problems = []
    for index in range(workspace.tabs.count()):
        workspace.tabs.setCurrentIndex(index)
        tab = workspace.tabs.widget(index)
        inner = tab.findChild(type(workspace.tabs))
        for sub in range(inner.count() if inner is not None else 0):
            inner.setCurrentIndex(sub)
            problems += unnamed(inner.widget(sub))
        problems += unnamed(tab)
    composer = workspace.compose_letter(ids[0], "withdraw_consent")
    qtbot.waitUntil(lambda: composer.service is not None, timeout=10000)
    problems += unnamed(composer)
    composer.close()
    workspace.services.add_catalogue.click()
    problems += unnamed(workspace.services.catalogue_dialog)
    workspace.services.catalogue_dialog.reject()
    assert sorted(set(problems)) == []


def test_pages_by_keyboard(qtbot, desktop) -> None:  # type: ignore[no-untyped-def]
    workspace = create_vault(qtbot, desktop)
    window = desktop.window
    window.activateWindow()
    names = [a.shortcut().toString() for a in workspace.view_actions]
    assert names[:4] == ["Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4"]
    for number, page in enumerate((workspace.services, workspace.requests, workspace.audit,
                                   workspace.settings)):
        workspace.view_actions[number].trigger()
        assert workspace.tabs.currentWidget() is page
    assert [a.text() for a in window.view_menu.actions()][:4] == \
        ["Services", "Requests", "Audit", "Settings"]


def test_the_check_finds_an_unnamed_control(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    bare = QLineEdit()
    bare.setObjectName("bare")
    named = QLineEdit()
    label = QLabel("&Name:")
    label.setBuddy(named)
    layout.addWidget(bare)
    layout.addWidget(label)
    layout.addWidget(named)
    assert unnamed(root) == ["QLineEdit 'bare' in QWidget"]
