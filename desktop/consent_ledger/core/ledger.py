"""An open ledger: the repository of an unlocked vault and the use cases bound to it.

Built by the composition root (app.py) and handed to the CLI or the GUI's database thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .notice_book import NoticeBook
    from .ports import Repository
    from .register import Register
    from .request_desk import RequestDesk


@dataclass
class Ledger:
    repo: Repository
    register: Register
    notices: NoticeBook
    requests: RequestDesk
    close: Callable[[], None]
