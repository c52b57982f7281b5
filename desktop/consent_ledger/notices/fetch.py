"""Fetch a privacy notice over HTTP(S): the ``NoticeFetcher`` port.

The only network code of the app, and only ever run because the person asked for a notice.
Rules (ARCHITECTURE.md): http/https only, on every redirect hop too; connect/read timeouts plus an
overall deadline; a body cap checked on the declared length, on the bytes received and on the
decompressed size (gzip/deflate decoded here, in bounded steps, so a compression bomb stops at the
cap); at most ``max_redirects`` redirects and no loops; TLS verification always on; proxies and CA
bundle from the environment (requests' ``trust_env``); a clear User-Agent; conditional re-fetch.
Charset and text extraction are ``extract.text_from_bytes`` (header charset, meta tag, detection).

Every failure is a ``NetworkError`` (exit 5) or a ``BadInputError`` (exit 6) with a specific
``code`` and the URL in ``details``; nothing from requests or urllib3 escapes.
"""

from __future__ import annotations

import logging
import socket
import time
import zlib
from collections.abc import Callable
from urllib.parse import urljoin, urlsplit

import requests
import requests.auth
import urllib3.exceptions

from ..core.errors import BadInputError, CancelledError, LedgerError, NetworkError
from ..core.ports import FetchedDocument, FetchProgress
from .extract import text_from_bytes

log = logging.getLogger(__name__)

SCHEMES = frozenset({"http", "https"})
# Media types a notice may come as; "" and octet-stream are decided from the bytes by extraction.
ACCEPTED_TYPES = frozenset({
    "text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown",
    "application/pdf",
})
SNIFFED_TYPES = frozenset({"", "application/octet-stream", "binary/octet-stream"})
ACCEPT = ("text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,text/markdown;q=0.8,"
          "application/pdf;q=0.7")
CHUNK = 64 * 1024


def _check_url(url: str) -> str:
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        raise BadInputError(f"not a valid URL: {url}", code="bad_url", url=url) from exc
    if parts.scheme.lower() not in SCHEMES:
        raise BadInputError(f"only http and https can be fetched: {url}",
                            code="unsupported_scheme", url=url)
    if not parts.hostname:
        raise BadInputError(f"not a valid URL: {url}", code="bad_url", url=url)
    return url


class _Decoder:
    """Content-Encoding decoding with the output bounded at every step."""

    def __init__(self, encoding: str, url: str, limit: int) -> None:
        self.encoding = encoding
        self.url = url
        self.limit = limit
        self.size = 0
        self._zlib: zlib._Decompress | None = None  # noqa: SLF001 - the stdlib's type
        self._pending = b""
        if encoding in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding not in ("", "identity", "deflate"):
            raise BadInputError(f"unsupported content encoding {encoding}",
                                code="unsupported_encoding", url=url, encoding=encoding)

    def _too_large(self) -> NetworkError:
        return _too_large(self.url, self.limit)

    def feed(self, data: bytes) -> bytes:
        if self.encoding in ("", "identity"):
            self.size += len(data)
            if self.size > self.limit:
                raise self._too_large()
            return data
        if self._zlib is None:  # deflate: zlib-wrapped per the RFC, raw deflate in practice too
            self._pending += data
            if len(self._pending) < 2:
                return b""
            data, self._pending = self._pending, b""
            wrapped = (data[0] & 0x0F) == 8 and (data[0] << 8 | data[1]) % 31 == 0
            self._zlib = zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)
        return self._inflate(data)

    def _inflate(self, data: bytes) -> bytes:
        assert self._zlib is not None
        out = bytearray()
        buf = data
        try:
            while buf:
                room = self.limit - self.size - len(out)
                piece = self._zlib.decompress(buf, room + 1)
                out += piece
                if self.size + len(out) > self.limit:
                    raise self._too_large()
                buf = self._zlib.unconsumed_tail
                if self._zlib.eof:
                    rest = self._zlib.unused_data
                    if rest and self.encoding in ("gzip", "x-gzip") and rest.strip(b"\x00"):
                        self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)  # next member
                        buf = rest
                    else:
                        break
        except zlib.error as exc:
            raise NetworkError(f"damaged compressed body from {self.url}",
                               code="bad_compression", url=self.url) from exc
        self.size += len(out)
        return bytes(out)

    def finish(self) -> bytes:
        if self.encoding in ("", "identity"):
            return b""
        if self._zlib is None:  # a body of fewer than two bytes
            if self._pending:
                raise NetworkError(f"damaged compressed body from {self.url}",
                                   code="bad_compression", url=self.url)
            return b""
        if not self._zlib.eof:
            raise NetworkError(f"truncated compressed body from {self.url}",
                               code="bad_compression", url=self.url)
        return b""


def _too_large(url: str, limit: int) -> NetworkError:
    return NetworkError(f"{url} is larger than {limit} bytes", code="body_too_large", url=url,
                        limit=limit, limit_mb=f"{limit / (1024 * 1024):g}")


def _caused_by_dns(exc: BaseException) -> bool:
    """Walk requests' wrapping (ConnectionError(MaxRetryError(reason=NameResolutionError)))."""
    seen: set[int] = set()
    stack: list[object] = [exc]
    while stack:
        item = stack.pop()
        if not isinstance(item, BaseException) or id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, (urllib3.exceptions.NameResolutionError, socket.gaierror)):
            return True
        stack += [item.__cause__, item.__context__, getattr(item, "reason", None), *item.args]
    return False


def _map_error(exc: Exception, url: str) -> LedgerError:
    """One requests/urllib3 failure as a typed error with a specific code."""
    exceptions = requests.exceptions
    if isinstance(exc, exceptions.SSLError):
        return NetworkError(f"TLS failure for {url}", code="fetch_tls", url=url)
    if isinstance(exc, exceptions.ProxyError):
        return NetworkError(f"proxy failure for {url}", code="fetch_proxy", url=url)
    if isinstance(exc, exceptions.ConnectTimeout):
        return NetworkError(f"connect timeout for {url}", code="fetch_connect_timeout", url=url)
    if isinstance(exc, (exceptions.ReadTimeout, urllib3.exceptions.ReadTimeoutError,
                        socket.timeout)):
        return NetworkError(f"read timeout for {url}", code="fetch_timeout", url=url)
    if isinstance(exc, (exceptions.InvalidURL, exceptions.InvalidSchema,
                        exceptions.MissingSchema, exceptions.URLRequired)):
        return BadInputError(f"not a valid URL: {url}", code="bad_url", url=url)
    if isinstance(exc, exceptions.ConnectionError) and _caused_by_dns(exc):
        return NetworkError(f"cannot resolve the host of {url}", code="fetch_dns", url=url)
    return NetworkError(f"connection failure for {url} ({type(exc).__name__})",
                        code="fetch_connection", url=url)


class _NoCredentials(requests.auth.AuthBase):
    """A notice is public: never send credentials (trust_env would read ~/.netrc)."""

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers.pop("Authorization", None)
        return request


class HttpFetcher:
    """``NoticeFetcher`` over requests. One session per fetch: no state shared between threads."""

    def __init__(
        self,
        user_agent: str,
        *,
        timeout: tuple[float, float] = (5, 20),
        max_bytes: int = 10 * 1024 * 1024,
        max_redirects: int = 5,
        deadline: float = 120.0,
    ) -> None:
        self.user_agent = user_agent
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.deadline = deadline  # seconds for the whole fetch, however slowly bytes trickle

    def fetch(
        self, url: str, *, etag: str = "", last_modified: str = "",
        progress: FetchProgress | None = None, cancel: Callable[[], bool] | None = None,
    ) -> FetchedDocument:
        original = _check_url(url)
        try:
            with requests.Session() as session:
                return self._fetch(session, original, etag, last_modified, progress, cancel)
        except LedgerError:
            raise
        except (requests.exceptions.RequestException, urllib3.exceptions.HTTPError,
                OSError) as exc:
            error = _map_error(exc, original)
            log.info("fetch failed: %s (%s)", error.code, type(exc).__name__)
            raise error from exc

    def _headers(self, etag: str, last_modified: str) -> dict[str, str]:
        headers = {
            "User-Agent": self.user_agent,
            "Accept": ACCEPT,
            "Accept-Encoding": "gzip, deflate",
            "Accept-Language": "zh-CN,zh;q=0.9,en;q=0.8",
        }
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return headers

    def _fetch(
        self, session: requests.Session, url: str, etag: str, last_modified: str,
        progress: FetchProgress | None, cancel: Callable[[], bool] | None,
    ) -> FetchedDocument:
        session.verify = True
        session.trust_env = True  # HTTP(S)_PROXY, NO_PROXY, REQUESTS_CA_BUNDLE
        session.auth = _NoCredentials()  # … but not ~/.netrc
        headers = self._headers(etag, last_modified)
        started = time.monotonic()
        current = url
        seen = {_place(url, session)}
        hops = 0
        while True:
            _check_cancel(cancel)
            response = session.get(current, headers=headers, timeout=self.timeout,
                                   allow_redirects=False, stream=True)
            try:
                target = session.get_redirect_target(response)
                if response.is_redirect and target:
                    hops += 1
                    current = self._next_hop(url, response.url, target, hops, seen, session)
                    continue
                return self._answer(url, response, etag, last_modified, started, progress,
                                    cancel)
            finally:
                response.close()

    def _next_hop(
        self, url: str, here: str, target: str, hops: int, seen: set[str],
        session: requests.Session,
    ) -> str:
        if hops > self.max_redirects:
            raise NetworkError(f"{url}: more than {self.max_redirects} redirects",
                               code="too_many_redirects", url=url, limit=self.max_redirects)
        nxt = urljoin(here, target)
        parts = urlsplit(nxt)
        if parts.scheme.lower() not in SCHEMES or not parts.hostname:
            raise NetworkError(f"{url}: redirect to {nxt}", code="bad_redirect", url=url,
                               target=nxt)
        key = _place(nxt, session)
        if key in seen:
            raise NetworkError(f"{url}: redirect loop", code="redirect_loop", url=url)
        seen.add(key)
        log.debug("redirect %d", hops)
        return nxt

    def _answer(
        self, url: str, response: requests.Response, etag: str, last_modified: str,
        started: float, progress: FetchProgress | None, cancel: Callable[[], bool] | None,
    ) -> FetchedDocument:
        status = response.status_code
        if status == 304 and (etag or last_modified):
            return FetchedDocument(source=url, text="", etag=etag, last_modified=last_modified,
                                   not_modified=True)
        if status >= 300:  # errors, a 304 nobody asked for, a redirect without a target
            raise NetworkError(f"{url}: HTTP {status}", code="http_status", url=url,
                               status=status)
        content_type = response.headers.get("Content-Type", "")
        media = content_type.split(";")[0].strip().lower()
        if media not in ACCEPTED_TYPES and media not in SNIFFED_TYPES:
            raise BadInputError(f"{url}: {media} is not a notice",
                                code="unsupported_content_type", url=url, content_type=media)
        declared = _declared_length(response)
        if declared is not None and declared > self.max_bytes:
            raise _too_large(url, self.max_bytes)
        body = self._read_body(url, response, declared, started, progress, cancel)
        text = text_from_bytes(body, content_type=content_type, source=url)
        return FetchedDocument(
            source=url, text=text, content_type=media,
            etag=response.headers.get("ETag", ""),
            last_modified=response.headers.get("Last-Modified", ""),
        )

    def _read_body(
        self, url: str, response: requests.Response, declared: int | None, started: float,
        progress: FetchProgress | None, cancel: Callable[[], bool] | None,
    ) -> bytes:
        encoding = response.headers.get("Content-Encoding", "").strip().lower()
        decoder = _Decoder(encoding, url, self.max_bytes)
        body = bytearray()
        received = 0
        for chunk in response.raw.stream(CHUNK, decode_content=False):
            received += len(chunk)
            if received > self.max_bytes:
                raise _too_large(url, self.max_bytes)
            body += decoder.feed(chunk)
            if progress is not None:
                progress(received, declared)
            _check_cancel(cancel)
            if time.monotonic() - started > self.deadline:
                raise NetworkError(f"{url}: not complete within {self.deadline:g} s",
                                   code="fetch_timeout", url=url)
        body += decoder.finish()
        return bytes(body)


def _declared_length(response: requests.Response) -> int | None:
    raw = response.headers.get("Content-Length", "").strip()
    return int(raw) if raw.isdigit() else None


def _normalise(url: str) -> str:
    """What makes two redirect targets the same place (scheme/host case, default port, no
    fragment)."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    if port is None or (scheme, port) in (("http", 80), ("https", 443)):
        netloc = host
    else:
        netloc = f"{host}:{port}"
    return f"{scheme}://{netloc}{parts.path or '/'}?{parts.query}"


def _place(url: str, session: requests.Session) -> str:
    """A redirect target plus the cookies the client would send: coming back to the same URL
    after the server set a cookie (a cookie check) is progress; coming back unchanged is a loop."""
    cookies = sorted(f"{c.domain}|{c.path}|{c.name}={c.value}" for c in session.cookies)
    return _normalise(url) + "\n" + "\n".join(cookies)


def _check_cancel(cancel: Callable[[], bool] | None) -> None:
    if cancel is not None and cancel():
        raise CancelledError("fetch cancelled")
