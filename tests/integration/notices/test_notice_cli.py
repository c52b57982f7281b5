"""`notice fetch / import / versions / diff` through app.run_cli, on a real passphrase vault and a
real HTTP server on 127.0.0.1.
"""

from __future__ import annotations

import io
import json
import re
import socket
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

from consent_ledger.app import PASSPHRASE_ENV, run_cli
from consent_ledger.cli.notice_store import MESSAGES
from consent_ledger.core.model import Service
from tests.integration.notices.loopback import Handler, LoopbackServer
from tests.vaults import TEST_PASSPHRASE, new_repo

DATA = Path(__file__).resolve().parents[2] / "data" / "fetch"
V1 = DATA / "assistant_v1.md"
V2 = DATA / "assistant_v2.md"


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, TEST_PASSPHRASE)
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY",
                 "ALL_PROXY", "CONSENT_LEDGER_LANG"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    srv = LoopbackServer().start()
    yield srv
    srv.stop()


@pytest.fixture
def vault(data_dir: Path, server: LoopbackServer) -> Path:
    repo = new_repo(data_dir)
    repo.add_service(Service(name="Example Assistant"))  # id 1
    repo.add_service(Service(name="Fetched Notes", notice_url=server.url("/privacy")))  # id 2
    repo.add_service(Service(name="Local Files", notice_url="file:///etc/passwd"))  # id 3
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        closed = sock.getsockname()[1]
    repo.add_service(Service(name="Refused", notice_url=f"http://127.0.0.1:{closed}/p"))  # id 4
    repo.close()
    return data_dir


def cli(data_dir: Path, *args: str, lang: str = "en") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_cli(["--data-dir", str(data_dir), "--lang", lang, *args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_import_twice_then_versions(vault: Path) -> None:
    code, out, err = cli(vault, "notice", "import", "Example", str(V1))
    assert (code, err) == (0, "")
    assert "Stored version 1 of Example Assistant" in out
    code, out, _ = cli(vault, "notice", "import", "1", str(V1), "--json")
    assert code == 0
    again = json.loads(out)
    assert again["new"] is False and again["number"] == 1 and again["latest"] is True
    code, out, _ = cli(vault, "notice", "import", "1", str(V1), lang="zh")
    assert "未重复保存" in out
    code, out, _ = cli(vault, "notice", "import", "1", str(V2), "--json")
    stored = json.loads(out)
    assert stored["new"] is True and stored["number"] == 2 and stored["source"] == "assistant_v2.md"

    code, out, _ = cli(vault, "notice", "versions", "Example", "--json")
    assert code == 0
    listed = json.loads(out)
    assert [set(v) for v in listed] == [{"id", "number", "retrieved", "source", "sha256",
                                         "chars"}] * 2
    assert [v["number"] for v in listed] == [1, 2]
    assert listed[1]["id"] == stored["id"] and listed[1]["sha256"] == stored["sha256"]
    code, out, _ = cli(vault, "notice", "versions", "Example")
    assert "v1" in out and "v2" in out and f"id:{stored['id']}" in out


def test_diff_text_and_json(vault: Path) -> None:
    cli(vault, "notice", "import", "1", str(V1))
    cli(vault, "notice", "import", "1", str(V2))
    code, out, err = cli(vault, "notice", "diff", "Example")
    assert (code, err) == (0, "")
    assert "version 1" in out and "version 2" in out
    assert re.search(r"cross-border: (no|not stated) -> yes", out)
    assert "new purpose: training or improving models" in out
    assert "retention no longer stated" in out
    assert re.search(r"^  [+~] .*precise location", out, re.M) or re.search(
        r"^    → .*precise location", out, re.M)
    code, out, _ = cli(vault, "notice", "diff", "Example", lang="zh")
    assert re.search("跨境传输：(否|未说明) → 是", out) and "不再说明保存期限" in out
    assert "新增目的：训练或改进模型" in out

    code, out, _ = cli(vault, "notice", "diff", "Example", "--from", "2", "--to", "1", "--json")
    data = json.loads(out)
    assert code == 0
    assert data["from"]["number"] == 2 and data["to"]["number"] == 1
    assert set(data) >= {"from", "to", "clauses", "terms"}
    codes = {(t["code"], t.get("from"), t.get("to")) for t in data["terms"]}
    assert any(c[0] == "cross_border_changed" and c[1] == "yes" for c in codes)
    assert ("model_training_changed", "yes", "no") in codes


def test_fetch_store_then_not_modified(vault: Path, server: LoopbackServer) -> None:
    def route(h: Handler) -> None:
        if h.headers.get("If-None-Match") == '"n1"':
            h.send_body(304, b"", "", {"ETag": '"n1"'})
        else:
            h.send_body(200, V1.read_bytes(), "text/plain; charset=utf-8", {"ETag": '"n1"'})
    server.routes["/privacy"] = route
    code, out, err = cli(vault, "notice", "fetch", "Fetched", "--json")
    assert (code, err) == (0, "")
    first = json.loads(out)
    assert first["new"] is True and first["source"] == server.url("/privacy")
    code, out, _ = cli(vault, "notice", "fetch", "Fetched")
    assert code == 0 and "Not modified since version 1" in out
    assert server.seen[-1].headers["User-Agent"].startswith("ConsentLedger/")


@pytest.mark.parametrize(
    ("args", "exit_code", "needle"),
    [
        (("notice", "diff", "Example"), 4, "no stored notice versions"),
        (("notice", "versions", "Nobody"), 4, ""),
        (("notice", "import", "1", "/nonexistent/notice.html"), 6, ""),
        (("notice", "fetch", "Example"), 6, "has no notice URL"),
        (("notice", "fetch", "Fetched"), 5, "HTTP 404"),
        (("notice", "fetch", "Local"), 6, "Only http:// and https://"),
        (("notice", "fetch", "Refused"), 5, "The connection to http://127.0.0.1:"),
        (("notice", "diff", "Example", "--from", "soon"), 2, "not a version reference"),
    ],
)
def test_errors_are_one_line_with_the_contract_exit_code(
    vault: Path, args: tuple[str, ...], exit_code: int, needle: str
) -> None:
    code, out, err = cli(vault, *args)
    assert code == exit_code, err
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert needle in err


def test_missing_version_is_not_found(vault: Path) -> None:
    cli(vault, "notice", "import", "1", str(V1))
    code, _, err = cli(vault, "notice", "diff", "1", "--from", "7", lang="zh")
    assert code == 4 and "没有隐私政策版本“7”" in err


def test_every_fetch_error_code_has_a_message() -> None:
    source = (Path(__file__).resolve().parents[3] / "desktop" / "consent_ledger" / "notices"
              / "fetch.py").read_text(encoding="utf-8")
    codes = set(re.findall(r'code="([a-z_]+)"', source))
    assert {"fetch_timeout", "fetch_tls", "fetch_dns", "body_too_large"} <= codes
    assert {c for c in codes if f"error.{c}" not in MESSAGES} == set()


def test_messages_have_both_languages_and_the_same_placeholders() -> None:
    fields = string.Formatter()
    for key, entry in MESSAGES.items():
        assert set(entry) == {"en", "zh"}, key
        names = [{f for _, f, _, _ in fields.parse(entry[lang]) if f} for lang in ("en", "zh")]
        assert names[0] == names[1], key


def test_chinese_notice_versions_diff_in_chinese(vault: Path) -> None:
    for name in ("zhushou_v1.txt", "zhushou_v2.txt"):
        code, out, err = cli(vault, "notice", "import", "1", str(DATA / name), lang="zh")
        assert (code, err) == (0, ""), err
        assert "已保存" in out
    code, out, _ = cli(vault, "notice", "diff", "1", lang="zh")
    assert code == 0
    assert "跨境传输：否 → 是" in out
    assert "用用户内容训练模型：否 → 是" in out
    assert "新增目的：训练或改进模型" in out
    assert "新增敏感个人信息（《个人信息保护法》第二十八条）：生物识别" in out
    assert "+ 为向您提供服务，您的个人信息可能会被传输至新加坡" in out
    assert "~ 我们不会将您的对话内容用于训练模型。" in out
    code, out, _ = cli(vault, "notice", "diff", "1", "--json")
    data = json.loads(out)
    removed = [c["text"] for c in data["clauses"]["removed"]]
    assert any("不会向境外提供" in t for t in removed)
