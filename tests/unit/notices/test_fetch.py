"""HttpFetcher against a real HTTP(S) server on 127.0.0.1 (ephemeral port, never the internet)."""

from __future__ import annotations

import gzip
import socket
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from consent_ledger.core.errors import BadInputError, CancelledError, NetworkError
from consent_ledger.notices.fetch import HttpFetcher
from tests.integration.notices.loopback import Handler, LoopbackServer, self_signed

DATA = Path(__file__).resolve().parents[2] / "data" / "fetch"
UA = "ConsentLedger/test (+privacy notice reader)"
MB = 1024 * 1024


@pytest.fixture(autouse=True)
def _no_proxy_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy", "HTTP_PROXY",
                 "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    srv = LoopbackServer().start()
    yield srv
    srv.stop()


@pytest.fixture
def fetcher() -> HttpFetcher:
    return HttpFetcher(UA, timeout=(2, 2), max_bytes=1 * MB)


def page(body: bytes, content_type: str = "text/html; charset=utf-8",
         headers: dict[str, str] | None = None):
    def route(h: Handler) -> None:
        h.send_body(200, body, content_type, headers)
    return route


def redirect(target: str, status: int = 302):
    def route(h: Handler) -> None:
        h.send_body(status, b"", "", {"Location": target})
    return route


NOTICE_HTML = (DATA / "notice_en.html").read_bytes()


def test_fetches_html_main_text_with_user_agent(server: LoopbackServer, fetcher: HttpFetcher):
    stamp = "Tue, 03 Mar 2026 08:00:00 GMT"
    server.routes["/privacy"] = page(NOTICE_HTML, headers={"ETag": '"v1"', "Last-Modified": stamp})
    doc = fetcher.fetch(server.url("/privacy"))
    assert "Information we collect" in doc.text
    assert "30 days after you delete them" in doc.text
    assert "should never appear" not in doc.text
    assert doc.content_type == "text/html"
    assert doc.etag == '"v1"' and doc.last_modified.startswith("Tue, 03 Mar 2026")
    assert not doc.not_modified
    headers = server.seen[-1].headers
    assert headers["User-Agent"] == UA
    assert "gzip" in headers["Accept-Encoding"]
    assert "If-None-Match" not in headers


def test_netrc_credentials_never_sent(server: LoopbackServer, fetcher: HttpFetcher,
                                      tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    netrc = tmp_path / "netrc"
    netrc.write_text("machine 127.0.0.1 login someone password secret\n", encoding="utf-8")
    netrc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(netrc))
    server.routes["/privacy"] = page(NOTICE_HTML)
    fetcher.fetch(server.url("/privacy"))
    assert "Authorization" not in server.seen[-1].headers
    assert "secret" not in str(server.seen[-1].headers)


def test_plain_text_and_markdown_accepted(server: LoopbackServer, fetcher: HttpFetcher):
    md = (DATA / "notice.md").read_bytes()
    server.routes["/p.md"] = page(md, "text/markdown; charset=utf-8")
    server.routes["/p.txt"] = page("我们不会将您的内容用于训练模型。".encode(), "text/plain; charset=utf-8")
    assert "90 days after you close your account" in fetcher.fetch(server.url("/p.md")).text
    assert "用于训练模型" in fetcher.fetch(server.url("/p.txt")).text


def test_charset_only_in_meta_tag_gbk(server: LoopbackServer, fetcher: HttpFetcher):
    body = (DATA / "notice_zh_meta_gbk.html").read_text(encoding="utf-8").encode("gbk")
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    server.routes["/zh"] = page(body, "text/html")  # no charset in the header
    doc = fetcher.fetch(server.url("/zh"))
    assert "我们会收集您的手机号码" in doc.text
    assert "privacy@example-zhushou.cn" in doc.text


def test_header_charset_gbk_plain_text(server: LoopbackServer, fetcher: HttpFetcher):
    server.routes["/t"] = page("您注销账号后，我们将删除您的个人信息。".encode("gbk"),
                               "text/plain; charset=GBK")
    assert "注销账号" in fetcher.fetch(server.url("/t")).text


def test_gzip_and_deflate_bodies(server: LoopbackServer, fetcher: HttpFetcher):
    server.routes["/gz"] = page(gzip.compress(NOTICE_HTML), headers={"Content-Encoding": "gzip"})
    server.routes["/zlib"] = page(zlib.compress(NOTICE_HTML),
                                  headers={"Content-Encoding": "deflate"})
    raw = zlib.compressobj(wbits=-15)
    server.routes["/raw"] = page(raw.compress(NOTICE_HTML) + raw.flush(),
                                 headers={"Content-Encoding": "deflate"})
    for path in ("/gz", "/zlib", "/raw"):
        assert "Information we collect" in fetcher.fetch(server.url(path)).text, path


def test_multi_member_gzip(server: LoopbackServer, fetcher: HttpFetcher):
    half = len(NOTICE_HTML) // 2
    body = gzip.compress(NOTICE_HTML[:half]) + gzip.compress(NOTICE_HTML[half:])
    server.routes["/gz2"] = page(body, headers={"Content-Encoding": "gzip"})
    assert "Contact" in fetcher.fetch(server.url("/gz2")).text


def test_damaged_and_unknown_encodings(server: LoopbackServer, fetcher: HttpFetcher):
    server.routes["/bad"] = page(b"\x1f\x8b\x08\x00garbage-not-gzip" * 10,
                                 headers={"Content-Encoding": "gzip"})
    server.routes["/cut"] = page(gzip.compress(NOTICE_HTML)[:200],
                                 headers={"Content-Encoding": "gzip"})
    server.routes["/br"] = page(b"xx", headers={"Content-Encoding": "br"})
    for path, code, kind in (("/bad", "bad_compression", NetworkError),
                             ("/cut", "bad_compression", NetworkError),
                             ("/br", "unsupported_encoding", BadInputError)):
        with pytest.raises(kind) as info:
            fetcher.fetch(server.url(path))
        assert info.value.code == code, path


def test_redirect_chain_followed(server: LoopbackServer, fetcher: HttpFetcher):
    server.routes["/a"] = redirect("/b", 301)
    server.routes["/b"] = redirect(server.url("/c"), 302)
    server.routes["/c"] = redirect("d", 307)
    server.routes["/d"] = page(NOTICE_HTML)
    doc = fetcher.fetch(server.url("/a"))
    assert "Information we collect" in doc.text
    assert doc.source == server.url("/a")
    assert [s.path for s in server.seen] == ["/a", "/b", "/c", "/d"]


def test_five_redirects_allowed_six_refused(server: LoopbackServer, fetcher: HttpFetcher):
    for i in range(6):
        server.routes[f"/r{i}"] = redirect(f"/r{i + 1}")
    server.routes["/r6"] = page(NOTICE_HTML)
    assert "Contact" in fetcher.fetch(server.url("/r1")).text  # r1 -> r6: five hops
    with pytest.raises(NetworkError) as info:
        fetcher.fetch(server.url("/r0"))  # six hops
    assert info.value.code == "too_many_redirects"
    assert info.value.exit_code == 5


def test_redirect_loop_detected(server: LoopbackServer, fetcher: HttpFetcher):
    server.routes["/x"] = redirect("/y")
    server.routes["/y"] = redirect(f"HTTP://127.0.0.1:{server.port}/x")
    with pytest.raises(NetworkError) as info:
        fetcher.fetch(server.url("/x"))
    assert info.value.code == "redirect_loop"
    assert len(server.seen) == 2  # noticed before asking again


def test_self_redirect_is_a_loop(server: LoopbackServer, fetcher: HttpFetcher):
    server.routes["/self"] = redirect("/self#again")
    with pytest.raises(NetworkError) as info:
        fetcher.fetch(server.url("/self"))
    assert info.value.code == "redirect_loop"


def test_cookie_check_redirect_to_itself_is_not_a_loop(server: LoopbackServer,
                                                      fetcher: HttpFetcher):
    def check(h: Handler) -> None:
        if "visited=1" in h.headers.get("Cookie", ""):
            h.send_body(200, NOTICE_HTML)
        else:
            h.send_body(302, b"", "", {"Location": "/check", "Set-Cookie": "visited=1; Path=/"})
    server.routes["/check"] = check
    assert "Information we collect" in fetcher.fetch(server.url("/check")).text
    assert len(server.seen) == 2


@pytest.mark.parametrize("target", ["file:///etc/passwd", "ftp://127.0.0.1/notice.txt",
                                    "javascript:alert(1)"])
def test_redirect_to_other_scheme_refused(server: LoopbackServer, fetcher: HttpFetcher,
                                          target: str):
    server.routes["/go"] = redirect(target)
    with pytest.raises(NetworkError) as info:
        fetcher.fetch(server.url("/go"))
    assert info.value.code == "bad_redirect"
    assert info.value.details["target"] == target


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/notice.txt",
                                 "data:text/html,hi", "/relative/path", "notice.example.com"])
def test_non_http_schemes_refused_before_any_connection(fetcher: HttpFetcher, url: str):
    with pytest.raises(BadInputError) as info:
        fetcher.fetch(url)
    assert info.value.code == "unsupported_scheme"
    assert info.value.exit_code == 6


def test_url_without_host_refused(fetcher: HttpFetcher):
    with pytest.raises(BadInputError) as info:
        fetcher.fetch("http:///privacy")
    assert info.value.code == "bad_url"


@pytest.mark.parametrize("status", [404, 410, 500, 503])
def test_http_errors(server: LoopbackServer, fetcher: HttpFetcher, status: int):
    server.routes["/e"] = lambda h: h.send_body(status, b"<h1>error</h1>")
    with pytest.raises(NetworkError) as info:
        fetcher.fetch(server.url("/e"))
    assert info.value.code == "http_status"
    assert info.value.details["status"] == status
    assert info.value.exit_code == 5


def test_unknown_path_is_404(server: LoopbackServer, fetcher: HttpFetcher):
    with pytest.raises(NetworkError) as info:
        fetcher.fetch(server.url("/missing"))
    assert info.value.details["status"] == 404


@pytest.mark.parametrize("ctype", ["image/png", "application/zip", "application/json",
                                   "video/mp4", "text/css"])
def test_wrong_content_types_refused(server: LoopbackServer, fetcher: HttpFetcher, ctype: str):
    server.routes["/img"] = page(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, ctype)
    with pytest.raises(BadInputError) as info:
        fetcher.fetch(server.url("/img"))
    assert info.value.code == "unsupported_content_type"
    assert info.value.details["content_type"] == ctype
    assert info.value.exit_code == 6


def test_octet_stream_binary_refused_but_pdf_sniffed(server: LoopbackServer,
                                                     fetcher: HttpFetcher):
    server.routes["/bin"] = page(bytes(range(256)) * 16, "application/octet-stream")
    with pytest.raises(BadInputError) as info:
        fetcher.fetch(server.url("/bin"))
    assert info.value.exit_code == 6
    server.routes["/none"] = page(NOTICE_HTML, "")  # no Content-Type at all: sniffed as HTML
    assert "Information we collect" in fetcher.fetch(server.url("/none")).text


def test_oversize_declared_length_refused_before_reading(server: LoopbackServer,
                                                         fetcher: HttpFetcher):
    def huge(h: Handler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/plain")
        h.send_header("Content-Length", str(50 * MB))
        h.send_header("Connection", "close")
        h.end_headers()
        h.wfile.write(b"a" * 1000)
    server.routes["/huge"] = huge
    with pytest.raises(NetworkError) as info:
        fetcher.fetch(server.url("/huge"))
    assert info.value.code == "body_too_large"
    assert info.value.details["limit_mb"] == "1"


def _streamer(total: int, *, chunked: bool):
    def route(h: Handler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/plain; charset=utf-8")
        if chunked:
            h.send_header("Transfer-Encoding", "chunked")
        h.send_header("Connection", "close")
        h.end_headers()
        h.close_connection = True
        piece = b"privacy " * 8192
        sent = 0
        while sent < total:
            if chunked:
                h.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
            else:
                h.wfile.write(piece)
            sent += len(piece)
        if chunked:
            h.wfile.write(b"0\r\n\r\n")
    return route


@pytest.mark.parametrize("chunked", [False, True])
def test_oversize_streamed_without_length(server: LoopbackServer, fetcher: HttpFetcher,
                                          chunked: bool):
    server.routes["/stream"] = _streamer(3 * MB, chunked=chunked)
    with pytest.raises(NetworkError) as info:
        fetcher.fetch(server.url("/stream"))
    assert info.value.code == "body_too_large"


def test_body_just_under_the_cap_accepted(server: LoopbackServer, fetcher: HttpFetcher):
    server.routes["/ok"] = _streamer(MB - 70_000, chunked=True)
    text = fetcher.fetch(server.url("/ok")).text
    assert text.startswith("privacy privacy")


def test_gzip_bomb_stops_at_the_cap(server: LoopbackServer):
    bomb = gzip.compress(b"\0" * (40 * MB), compresslevel=9)
    assert len(bomb) < 100_000  # small on the wire, 40 MB decompressed
    server.routes["/bomb"] = page(bomb, "text/plain", {"Content-Encoding": "gzip"})
    fetcher = HttpFetcher(UA, timeout=(2, 2), max_bytes=10 * MB)
    with pytest.raises(NetworkError) as info:
        fetcher.fetch(server.url("/bomb"))
    assert info.value.code == "body_too_large"
    assert info.value.details["limit_mb"] == "10"


def test_deflate_bomb_stops_at_the_cap(server: LoopbackServer, fetcher: HttpFetcher):
    server.routes["/bomb"] = page(zlib.compress(b"a" * (8 * MB), 9), "text/plain",
                                  {"Content-Encoding": "deflate"})
    with pytest.raises(NetworkError) as info:
        fetcher.fetch(server.url("/bomb"))
    assert info.value.code == "body_too_large"


def test_slow_headers_read_timeout(server: LoopbackServer):
    def slow(h: Handler) -> None:
        time.sleep(1.5)
        h.send_body(200, NOTICE_HTML)
    server.routes["/slow"] = slow
    with pytest.raises(NetworkError) as info:
        HttpFetcher(UA, timeout=(2, 0.3)).fetch(server.url("/slow"))
    assert info.value.code == "fetch_timeout"


def test_body_stalls_read_timeout(server: LoopbackServer):
    def stall(h: Handler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/plain")
        h.send_header("Content-Length", "100000")
        h.end_headers()
        h.wfile.write(b"privacy " * 100)
        h.wfile.flush()
        time.sleep(1.5)
    server.routes["/stall"] = stall
    with pytest.raises(NetworkError) as info:
        HttpFetcher(UA, timeout=(2, 0.3)).fetch(server.url("/stall"))
    assert info.value.code == "fetch_timeout"


def test_trickle_hits_the_overall_deadline(server: LoopbackServer):
    def trickle(h: Handler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/plain")
        h.send_header("Transfer-Encoding", "chunked")
        h.end_headers()
        for _ in range(100):
            h.wfile.write(b"1\r\na\r\n")
            h.wfile.flush()
            time.sleep(0.05)
        h.wfile.write(b"0\r\n\r\n")
    server.routes["/trickle"] = trickle
    fetcher = HttpFetcher(UA, timeout=(2, 1), deadline=0.3)
    with pytest.raises(NetworkError) as info:
        fetcher.fetch(server.url("/trickle"))
    assert info.value.code == "fetch_timeout"


def test_truncated_body_is_a_connection_failure(server: LoopbackServer, fetcher: HttpFetcher):
    def short(h: Handler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/plain")
        h.send_header("Content-Length", "5000")
        h.send_header("Connection", "close")
        h.end_headers()
        h.wfile.write(b"privacy " * 10)
    server.routes["/short"] = short
    with pytest.raises(NetworkError) as info:
        fetcher.fetch(server.url("/short"))
    assert info.value.code == "fetch_connection"


def test_conditional_refetch_etag_304(server: LoopbackServer, fetcher: HttpFetcher):
    def cached(h: Handler) -> None:
        if h.headers.get("If-None-Match") == '"v7"':
            h.send_body(304, b"", "", {"ETag": '"v7"'})
        else:
            h.send_body(200, NOTICE_HTML, headers={"ETag": '"v7"'})
    server.routes["/c"] = cached
    first = fetcher.fetch(server.url("/c"))
    assert first.etag == '"v7"' and not first.not_modified
    again = fetcher.fetch(server.url("/c"), etag=first.etag)
    assert again.not_modified and again.text == "" and again.etag == '"v7"'
    assert server.seen[-1].headers["If-None-Match"] == '"v7"'


def test_conditional_refetch_last_modified(server: LoopbackServer, fetcher: HttpFetcher):
    stamp = "Tue, 03 Mar 2026 08:00:00 GMT"

    def cached(h: Handler) -> None:
        if h.headers.get("If-Modified-Since") == stamp:
            h.send_body(304, b"", "")
        else:
            h.send_body(200, NOTICE_HTML, headers={"Last-Modified": stamp})
    server.routes["/lm"] = cached
    first = fetcher.fetch(server.url("/lm"))
    assert first.last_modified == stamp
    assert fetcher.fetch(server.url("/lm"), last_modified=stamp).not_modified


def test_unasked_304_is_an_error(server: LoopbackServer, fetcher: HttpFetcher):
    server.routes["/304"] = lambda h: h.send_body(304, b"", "")
    with pytest.raises(NetworkError) as info:
        fetcher.fetch(server.url("/304"))
    assert info.value.details["status"] == 304


def test_connection_refused(fetcher: HttpFetcher):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(NetworkError) as info:
        fetcher.fetch(f"http://127.0.0.1:{port}/privacy")
    assert info.value.code == "fetch_connection"


def test_dns_failure(fetcher: HttpFetcher, monkeypatch: pytest.MonkeyPatch):
    # The resolver is the one part not reproducible on loopback; make it fail like an unknown name.
    real = socket.getaddrinfo

    def resolve(host: str, *args: object, **kwargs: object):
        if host == "notice.invalid":
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)  # type: ignore[arg-type]
    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    with pytest.raises(NetworkError) as info:
        fetcher.fetch("http://notice.invalid/privacy")
    assert info.value.code == "fetch_dns"


def test_proxy_from_environment(server: LoopbackServer, fetcher: HttpFetcher,
                                monkeypatch: pytest.MonkeyPatch):
    server.routes["/privacy"] = page(NOTICE_HTML)
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{server.port}")
    doc = fetcher.fetch("http://notice.example.invalid/privacy")
    assert "Information we collect" in doc.text
    assert server.seen[-1].path == "http://notice.example.invalid/privacy"  # a proxy request


def test_tls_verification_on(server: LoopbackServer, fetcher: HttpFetcher, tmp_path: Path,
                             monkeypatch: pytest.MonkeyPatch):
    cert, key = self_signed(tmp_path)
    tls = LoopbackServer()
    tls.use_tls(cert, key)
    tls.routes["/privacy"] = page(NOTICE_HTML)
    tls.start()
    try:
        with pytest.raises(NetworkError) as info:
            fetcher.fetch(tls.url("/privacy"))  # self-signed: not trusted
        assert info.value.code == "fetch_tls"
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(cert))  # the environment's CA bundle
        assert "Information we collect" in fetcher.fetch(tls.url("/privacy")).text
    finally:
        tls.stop()


def test_progress_and_cancel(server: LoopbackServer, fetcher: HttpFetcher):
    server.routes["/big"] = _streamer(600_000, chunked=False)
    seen: list[tuple[int, int | None]] = []
    fetcher.fetch(server.url("/big"), progress=lambda done, total: seen.append((done, total)))
    assert len(seen) >= 2
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert seen[-1][0] >= 600_000

    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 2
    with pytest.raises(CancelledError):
        fetcher.fetch(server.url("/big"), cancel=cancel)
    with pytest.raises(CancelledError):
        fetcher.fetch(server.url("/big"), cancel=lambda: True)
