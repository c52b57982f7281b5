"""`consent-ledger notice analyse`: JSON Lines in order, error lines and exit 6, stdin, text."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from consent_ledger.app import run_cli


def run(args: list[str], monkeypatch: pytest.MonkeyPatch, stdin: bytes | None = None,
        lang: str = "en") -> tuple[int, str, str]:
    monkeypatch.setenv("CONSENT_LEDGER_LANG", lang)
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    out, err = io.StringIO(), io.StringIO()
    code = run_cli(args, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_json_lines_in_argument_order(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sources = [str(data_dir / n) for n in ("zh_notice.md", "en_notice.md",
                                           "en_notice_malformed.html", "zh_notice.md")]
    code, out, err = run(["notice", "analyse", "--format", "json", *sources], monkeypatch)
    assert code == 0, err
    lines = out.splitlines()
    assert [json.loads(x)["source"] for x in lines] == sources
    assert [json.loads(x)["language"] for x in lines] == ["zh", "en", "en", "zh"]
    assert lines[0] == lines[3]


def test_failed_source_gets_an_error_line_and_exit_6(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    binary = tmp_path / "blob.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    sources = [str(data_dir / "en_notice.md"), str(tmp_path / "missing.md"), str(binary),
               str(data_dir / "zh_notice.md")]
    code, out, err = run(["notice", "analyse", "--format", "json", *sources], monkeypatch)
    assert code == 6
    rows = [json.loads(x) for x in out.splitlines()]
    assert [r["source"] for r in rows] == sources
    assert "clauses" in rows[0] and "clauses" in rows[3]
    assert rows[1] == {"source": sources[1], "error": {"code": "no_such_file",
                                                       "message": rows[1]["error"]["message"]}}
    assert rows[2]["error"]["code"] == "unreadable"
    assert len(err.strip().splitlines()) == 2  # one line per failure, no traceback
    assert "Traceback" not in err


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "我们会收集您的手机号码。我们不会将您的对话用于训练模型。".encode()
    code, out, _ = run(["notice", "analyse", "--format", "json", "--include-text", "-"],
                       monkeypatch, stdin=text)
    assert code == 0
    row = json.loads(out)
    assert row["source"] == "-"
    assert row["text"] == text.decode()
    assert row["model_training"]["value"] == "no"


def test_forced_language_option(monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = run(["notice", "analyse", "--lang", "en", "--format", "json", "-"],
                       monkeypatch, stdin="我们收集信息。".encode())
    assert code == 0 and json.loads(out)["language"] == "en"


@pytest.mark.parametrize(("lang", "expected"), [("zh", "您的权利"), ("en", "Your rights")])
def test_text_summary_in_the_person_s_language(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, lang: str, expected: str
) -> None:
    code, out, _ = run(["notice", "analyse", "--format", "text", str(data_dir / "zh_notice.md")],
                       monkeypatch, lang=lang)
    assert code == 0
    assert out.startswith(str(data_dir / "zh_notice.md"))
    assert expected in out


def test_writes_nothing(data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONSENT_LEDGER_DATA_DIR", str(tmp_path / "data"))
    code, _, _ = run(["notice", "analyse", "--format", "json", str(data_dir / "en_notice.md")],
                     monkeypatch)
    assert code == 0
    assert not (tmp_path / "data").exists()


def test_urls_use_the_app_fetcher(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A real HTTP server on 127.0.0.1: a page is analysed, a 404 is an error line (exit 5)."""
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    handler = functools.partial(Quiet, directory=str(data_dir))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        monkeypatch.delenv("HTTP_PROXY", raising=False)
        monkeypatch.delenv("http_proxy", raising=False)
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        code, out, _ = run(["notice", "analyse", "--format", "json",
                            f"{base}/en_notice_malformed.html", f"{base}/missing.html"],
                           monkeypatch)
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
    first, second = (json.loads(x) for x in out.splitlines())
    assert first["title"] == "Privacy Notice"
    assert first["model_training"]["value"] == "no"
    assert second["error"]["code"] == "http_status"
    assert code == 5
