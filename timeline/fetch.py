"""Fetching an article from a web address the user gave, without letting that address reach private networks.

Every hop (the address itself and each redirect, followed by hand) is checked before any connection: only http
and https, a host name that resolves only to public unicast addresses (no loopback, private, link-local,
carrier-grade NAT, multicast, reserved or unspecified address, IPv4 or IPv6, including IPv4 addresses embedded in
IPv6 ones), and the connection then goes to exactly the address that was checked, so a second DNS answer cannot
swap in an internal one. The body is read up to a size limit. One time limit bounds the whole fetch (name look-ups,
connecting, the TLS handshake, status line, headers, body, every redirect): when it is up, the connection's socket
is shut down, whatever it is waiting for, since per-read timeouts alone let a server that trickles a byte at a time
hold a fetch for ever.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Callable, Iterable, Mapping, Sequence
from urllib.parse import quote, urljoin, urlsplit

import idna

from .document import Document
from .ingest import IngestError, decode_html, document_from_html

DEFAULT_TIMEOUT = 10.0
DEFAULT_MAX_BYTES = 5_000_000
MAX_REDIRECTS = 5
USER_AGENT = "Mozilla/5.0 (compatible; timeline-dashboard/1.0; fetches one article at a user's request)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
_REDIRECTS = (301, 302, 303, 307, 308)
_CHUNK = 64 * 1024
_URL_SAFE = "/%:@!$&'()*+,;=?~-._"

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
# Not flagged by every Python's `ipaddress` (3.11 calls these global), but never a public web server.
_BLOCKED = tuple(
    ipaddress.ip_network(block)
    for block in ("64:ff9b:1::/48", "100.64.0.0/10", "192.0.0.0/24", "198.18.0.0/15", "2001::/23", "2001:db8::/32")
)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NUMERIC_HOST = re.compile(r"[0-9a-fx.]+", re.IGNORECASE)


class FetchError(Exception):
    """An address that cannot or may not be fetched; the message says why, for showing to a user."""


@dataclass(frozen=True)
class Request:
    """One HTTP GET for a transport: `url` as the user sees it, `address` the vetted IP to connect to."""

    url: str
    host: str
    port: int
    address: str
    timeout: float  # seconds left of the overall time limit
    max_bytes: int


@dataclass(frozen=True)
class Response:
    """What a transport got: the status, headers with lower-case names, and at most `max_bytes + 1` body bytes
    (one byte more than allowed tells that the body is too large; so does a Content-Length over the limit, in
    which case the body need not be read at all)."""

    status: int
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""


Resolver = Callable[[str, int], Sequence[str]]
Transport = Callable[[Request], Response]


def fetch_article(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    resolver: Resolver | None = None,
    opener: Transport | None = None,
    allow_private_networks: Iterable[str] = (),
) -> Document:
    """Fetch the web page at `url` and return its article as a `Document`.

    The text is the main article (trafilatura, without navigation, comments or footers); title, publication
    date (trafilatura's metadata, else htmldate) and language come from the page. `doc_id` and `url` are the
    final address after redirects.

    Safety: see the module docstring. `timeout` bounds the whole fetch in seconds (all redirects included),
    `max_bytes` the body. `resolver(host, port) -> [ip, ...]` and `opener(Request) -> Response` replace DNS and
    HTTP (tests; the defaults use the system resolver and urllib3). `allow_private_networks` (CIDR strings)
    lets tests reach a server on 127.0.0.1; the app must never pass it.

    Raises `FetchError` with a message for the user: bad or forbidden address, unreachable host, time-out,
    error status, too many redirects, body too large, not an HTML page, or no readable text.
    """
    resolver = resolver or resolve_host
    opener = opener or open_pinned
    allowed = tuple(ipaddress.ip_network(network) for network in allow_private_networks)
    deadline = time.monotonic() + timeout
    current = url.strip()
    for _ in range(MAX_REDIRECTS + 1):
        host, port = _parse(current)
        address = _vet(host, port, _within(resolver, deadline, url, timeout), allowed, current)
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchError(f"{url}: no complete answer within {timeout:g} seconds (the time limit for a whole "
                             "fetch).")
        try:
            response = opener(Request(current, host, port, address, remaining, max_bytes))
        except TimeoutError as error:
            raise FetchError(f"{url}: no complete answer within {timeout:g} seconds (the time limit for a whole "
                             "fetch).") from error
        except OSError as error:
            raise FetchError(f"{url}: could not connect to {host} ({error}).") from error
        if response.status in _REDIRECTS:
            location = response.headers.get("location", "").strip()
            if not location:
                raise FetchError(f"{url}: the server redirected without saying where to.")
            current = urljoin(current, location)
            continue
        return _article(url, current, response, max_bytes)
    raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects.")


def is_public_address(ip: IPAddress) -> bool:
    """True when `ip` is a public unicast address a web server may have (checked on IPv4 addresses embedded
    in IPv6 ones too: IPv4-mapped, NAT64, 6to4, Teredo)."""
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:  # ::ffff:a.b.c.d is that IPv4 address, whatever its IPv6 block says
            return is_public_address(ip.ipv4_mapped)
        embedded = [ip.sixtofour, *(ip.teredo or ())]
        if ip in _NAT64:
            embedded.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
        if any(inner is not None and not is_public_address(inner) for inner in embedded):
            return False
    flagged = (
        ip.is_private,
        ip.is_loopback,
        ip.is_link_local,
        ip.is_multicast,
        ip.is_reserved,
        ip.is_unspecified,
        getattr(ip, "is_site_local", False),
    )
    return ip.is_global and not any(flagged) and not any(ip in block for block in _BLOCKED)


def resolve_host(host: str, port: int) -> list[str]:
    """The host's IP addresses from the system resolver (IPv4 and IPv6), in the resolver's order."""
    try:
        answers = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise FetchError(f"{host}: no such host ({error}).") from error
    addresses: list[str] = []
    for *_, sockaddr in answers:
        if sockaddr[0] not in addresses:
            addresses.append(sockaddr[0])
    return addresses


def open_pinned(request: Request) -> Response:
    """GET `request.url` over a connection to `request.address` (certificate and SNI checked against the host
    name), without following redirects, reading at most `max_bytes + 1` decoded bytes before the time is up."""
    import certifi
    import urllib3

    parts = urlsplit(request.url)
    timeout = urllib3.Timeout(connect=request.timeout, read=request.timeout)
    pool_class = urllib3.HTTPSConnectionPool if parts.scheme == "https" else urllib3.HTTPConnectionPool
    tls = (
        {
            "cert_reqs": "CERT_REQUIRED",
            "ca_certs": certifi.where(),
            "server_hostname": request.host,
            "assert_hostname": request.host,
        }
        if parts.scheme == "https"
        else {}
    )
    default_port = 443 if parts.scheme == "https" else 80
    host_header = _host_for_header(request.host) + ("" if request.port == default_port else f":{request.port}")
    headers = {
        "Host": host_header,
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
        "Accept-Encoding": "gzip, deflate",
    }
    # percent-encode what a user or a Location header left raw (spaces, umlauts); existing escapes stay
    target = quote(parts.path or "/", safe=_URL_SAFE) + (
        f"?{quote(parts.query, safe=_URL_SAFE)}" if parts.query else ""
    )
    with _Deadline(request.timeout) as deadline:
        pool = deadline.watching(pool_class)(request.address, request.port, timeout=timeout, retries=False, **tls)
        try:
            response = _exchange(pool, target, headers, request)
        except Exception as error:
            if deadline.expired:  # the cut connection fails in whatever way the phase it was in fails
                raise TimeoutError("the time limit is up") from error
            raise
    if deadline.expired:  # a body cut short by the deadline may look complete (no Content-Length)
        raise TimeoutError("the time limit is up")
    return response


def _exchange(pool, target: str, headers: dict[str, str], request: Request) -> Response:
    """The GET on `pool`, reading at most `max_bytes + 1` decoded body bytes."""
    from urllib3.exceptions import HTTPError, NewConnectionError, SSLError
    from urllib3.exceptions import TimeoutError as Urllib3Timeout

    try:
        with pool:
            reply = pool.urlopen(
                "GET",
                target,
                headers=headers,
                redirect=False,
                retries=False,
                preload_content=False,
                assert_same_host=False,
            )
            try:
                response_headers = {name.lower(): value for name, value in reply.headers.items()}
                body = bytearray()
                if _declared_length(response_headers) <= request.max_bytes and reply.status not in _REDIRECTS:
                    while len(body) <= request.max_bytes:
                        chunk = reply.read1(_CHUNK, decode_content=True)
                        if not chunk:
                            break
                        body += chunk
            finally:
                reply.release_conn()
    except SSLError as error:
        raise FetchError(f"{request.url}: the secure connection failed ({error}).") from error
    except NewConnectionError as error:  # its message ends with the system's reason, e.g. "Connection refused"
        raise ConnectionError(str(error).rsplit(": ", 1)[-1]) from error
    except Urllib3Timeout as error:
        raise TimeoutError(str(error)) from error
    except (HTTPError, ValueError) as error:
        raise ConnectionError(f"{type(error).__name__}: {error}") from error
    return Response(reply.status, response_headers, bytes(body))


class _Deadline:
    """Shuts down the sockets a pool's connections opened, once `seconds` have passed: each socket operation has
    its own timeout, but only this bounds their sum. It holds a duplicate of each socket (shutting that down ends
    the connection for every holder, also under TLS and after http.client has handed the socket to the response),
    and keeps cutting until the fetch ends, so that a socket that finished connecting just then is caught too."""

    _RECUT_SECONDS = 0.05

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="fetch-deadline", daemon=True)

    def __enter__(self) -> _Deadline:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._done.set()
        self._thread.join()
        for sock in self._sockets:
            sock.close()

    def watching(self, pool_class: type) -> type:
        """A subclass of the urllib3 pool class whose connections' sockets this deadline watches."""
        deadline = self

        class WatchedConnection(pool_class.ConnectionCls):  # type: ignore[name-defined]
            def _new_conn(self) -> socket.socket:  # urllib3 opens every connection's socket here
                sock = super()._new_conn()
                deadline._sockets.append(sock.dup())
                return sock

        return type("Watched" + pool_class.__name__, (pool_class,), {"ConnectionCls": WatchedConnection})

    def _watch(self) -> None:
        if self._done.wait(self.seconds):
            return
        self.expired = True
        while True:
            for sock in list(self._sockets):
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:  # not connected (any more)
                    pass
            if self._done.wait(self._RECUT_SECONDS):
                return


def _parse(url: str) -> tuple[str, int]:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as error:
        raise FetchError(f"{url}: not a valid web address ({error}).") from error
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        shown = f"{scheme}:" if scheme else "an address without http:// or https://"
        raise FetchError(f"{url}: only http:// and https:// addresses can be fetched, not {shown}.")
    if parts.username is not None or parts.password is not None:
        raise FetchError(f"{url}: addresses with a user name or password are not fetched.")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise FetchError(f"{url}: the address has no host name.")
    if not host.isascii():  # international names travel as IDNA 2008 (straße.de: xn--strae-oqa.de)
        try:
            host = idna.encode(host, uts46=True).decode("ascii")
        except idna.IDNAError as error:
            raise FetchError(f"{url}: {host} is not a valid host name ({error}).") from error
    return host, port or (443 if scheme == "https" else 80)


def _vet(host: str, port: int, resolver: Resolver, allowed: tuple[IPNetwork, ...], url: str) -> str:
    """The address to connect to for `host`, after checking that every address it resolves to is public."""
    if host == "localhost" or host.endswith(".localhost"):
        raise FetchError(f"{url}: addresses on this computer (localhost) are not fetched.")
    literal = _ip_literal(host)
    addresses = [literal] if literal else [_ip(address, url) for address in resolver(host, port)]
    if not addresses:
        raise FetchError(f"{url}: {host} has no address.")
    for ip in addresses:
        if not is_public_address(ip) and not any(ip in network for network in allowed):
            raise FetchError(
                f"{url}: {host} is a private, local or reserved network address ({ip}); only public web "
                "sites are fetched."
            )
    return str(addresses[0])


def _within(resolver: Resolver, deadline: float, url: str, timeout: float) -> Resolver:
    """`resolver` bounded by the overall deadline: the system resolver has no time limit of its own. A look-up
    still running when time is up finishes in its thread and is ignored."""

    def resolve(host: str, port: int) -> Sequence[str]:
        pool = ThreadPoolExecutor(max_workers=1)
        try:
            return pool.submit(resolver, host, port).result(timeout=max(0.0, deadline - time.monotonic()))
        except FutureTimeout as error:
            raise FetchError(f"{url}: no complete answer within {timeout:g} seconds (the time limit for a whole "
                             "fetch).") from error
        finally:
            pool.shutdown(wait=False)

    return resolve


def _ip_literal(host: str) -> IPAddress | None:
    """The IP a host written as a number stands for: 127.0.0.1, [::1], and the legacy forms the C library
    also accepts (2130706433, 0x7f.1, 0177.0.0.1)."""
    try:
        return ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        pass
    if _NUMERIC_HOST.fullmatch(host):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    return None


def _ip(address: str, url: str) -> IPAddress:
    try:
        return ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError as error:
        raise FetchError(f"{url}: the host resolved to an invalid address ({address}).") from error


def _host_for_header(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def _article(url: str, final: str, response: Response, max_bytes: int) -> Document:
    if len(response.body) > max_bytes or _declared_length(response.headers) > max_bytes:
        raise FetchError(f"{url}: the page is larger than {max_bytes / 1e6:g} MB.")
    if response.status in (401, 402, 403, 451):
        raise FetchError(
            f"{url}: the site refused access ({_status(response.status)}); pages behind a paywall, a login or "
            "bot protection cannot be fetched: copy the article text and paste it instead."
        )
    if not 200 <= response.status < 300 or response.status == 204:
        raise FetchError(f"{url}: the server answered {_status(response.status)}.")
    media_type, charset = _content_type(response.headers.get("content-type", ""))
    if media_type not in HTML_TYPES and not (not media_type and _looks_like_html(response.body)):
        advice = " Download the file and upload it instead." if media_type in ("application/pdf", "text/plain") else ""
        raise FetchError(f"{url}: the address returned {media_type or 'unknown content'}, not a web page.{advice}")
    try:
        html = decode_html(response.body, charset, name=url)
        return document_from_html(html, doc_id=final, url=final, name=url)
    except IngestError as error:
        raise FetchError(str(error)) from error


def _declared_length(headers: Mapping[str, str]) -> int:
    try:
        return int(headers.get("content-length", "0") or 0)
    except ValueError:
        return 0


def _content_type(header: str) -> tuple[str, str | None]:
    media_type, *parameters = [part.strip() for part in header.split(";")]
    charset = None
    for parameter in parameters:
        key, _, value = parameter.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    return media_type.lower(), charset


def _looks_like_html(body: bytes) -> bool:
    start = body[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith((b"<!doctype html", b"<html", b"<head", b"<!--"))


def _status(code: int) -> str:
    try:
        return f"{code} {HTTPStatus(code).phrase}"
    except ValueError:
        return str(code)
