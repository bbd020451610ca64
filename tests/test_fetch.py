"""Fetching articles from URLs safely (timeline.fetch). No test reaches the internet: DNS and HTTP are faked,
and the real transport is exercised only against a server on 127.0.0.1, with the test-only allowance."""

from __future__ import annotations

import gzip
import ipaddress
import socket
import threading
import time
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.fetch import FetchError, Request, Response, fetch_article, is_public_address

ARTICLE = (Path(__file__).parent / "data" / "ingest" / "satellit.de.html").read_text(encoding="utf-8")
PUBLIC = "93.184.215.14"  # a public address (documentation ranges count as reserved, so they cannot stand in)


def no_network(host: str, port: int) -> list[str]:
    raise AssertionError(f"the resolver must not be asked about {host}")


def no_transport(request: Request) -> Response:
    raise AssertionError(f"nothing may be fetched from {request.url}")


class FakeWeb:
    """DNS answers and HTTP responses by URL; records every request made."""

    def __init__(self, dns: dict[str, list[str]], pages: dict[str, Response]):
        self.dns, self.pages, self.requests = dns, pages, []

    def resolve(self, host: str, port: int) -> list[str]:
        return self.dns[host]

    def open(self, request: Request) -> Response:
        self.requests.append(request)
        return self.pages[request.url]


def html(body: str = ARTICLE, **headers: str) -> Response:
    return Response(200, {"content-type": "text/html; charset=utf-8", **headers}, body.encode("utf-8"))


# --- addresses refused before any connection -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("file:///etc/passwd", "only http:// and https://"),
        ("ftp://example.org/article.html", "only http:// and https://"),
        ("javascript:alert(1)", "only http:// and https://"),
        ("example.org/article", "only http:// and https://"),
        ("http:///nothing", "no host name"),
        ("http://user:secret@example.org/", "user name or password"),
        ("http://example.org:99999/", "not a valid web address"),
        ("http://localhost/", "localhost"),
        ("http://LOCALHOST./admin", "localhost"),
        ("http://app.localhost:8501/", "localhost"),
        ("http://127.0.0.1/", "private, local or reserved"),
        ("http://127.1.2.3:8501/", "private, local or reserved"),
        ("http://[::1]/", "private, local or reserved"),
        ("http://169.254.169.254/latest/meta-data/", "private, local or reserved"),
        ("http://10.0.0.1/", "private, local or reserved"),
        ("http://172.16.5.4/", "private, local or reserved"),
        ("http://192.168.1.1/", "private, local or reserved"),
        ("http://100.64.0.1/", "private, local or reserved"),
        ("http://0.0.0.0/", "private, local or reserved"),
        ("http://[::]/", "private, local or reserved"),
        ("http://224.0.0.1/", "private, local or reserved"),
        ("http://[ff02::1]/", "private, local or reserved"),
        ("http://240.0.0.1/", "private, local or reserved"),
        ("http://255.255.255.255/", "private, local or reserved"),
        ("http://[fe80::1]/", "private, local or reserved"),
        ("http://[fe80::1%25eth0]/", "private, local or reserved"),
        ("http://[fc00::1]/", "private, local or reserved"),
        ("http://[::ffff:127.0.0.1]/", "private, local or reserved"),
        ("http://[::ffff:a9fe:a9fe]/", "private, local or reserved"),
        ("http://[64:ff9b::a00:1]/", "private, local or reserved"),
        ("http://[2002:c0a8:101::1]/", "private, local or reserved"),
        ("http://2130706433/", "private, local or reserved"),
        ("http://0x7f.1/", "private, local or reserved"),
        ("http://0177.0.0.1/", "private, local or reserved"),
        ("https://10.0.0.1:443/secure", "private, local or reserved"),
    ],
)
def test_forbidden_addresses_are_refused_without_any_lookup_or_connection(url, reason):
    with pytest.raises(FetchError, match=reason):
        fetch_article(url, resolver=no_network, opener=no_transport)


@pytest.mark.parametrize(
    "addresses",
    [["10.1.2.3"], ["192.168.0.10"], ["::1"], ["fd12:3456::1"], ["::ffff:10.0.0.1"], [PUBLIC, "127.0.0.1"]],
)
def test_host_names_resolving_to_private_addresses_are_refused(addresses):
    web = FakeWeb({"intranet.example.com": addresses}, {})
    with pytest.raises(FetchError, match=r"intranet\.example\.com is a private, local or reserved network address"):
        fetch_article("https://intranet.example.com/wiki", resolver=web.resolve, opener=no_transport)


def test_unknown_host():
    with pytest.raises(FetchError, match="no such host"):
        fetch_article("https://does-not-exist.invalid/", opener=no_transport)


def test_public_address_classification():
    assert is_public_address(ipaddress.ip_address(PUBLIC))
    assert is_public_address(ipaddress.ip_address("2a00:1450:4001:80b::200e"))
    assert is_public_address(ipaddress.ip_address(f"::ffff:{PUBLIC}"))
    for private in ("127.0.0.1", "10.0.0.1", "::1", "fe80::1", "::ffff:192.168.0.1", "64:ff9b:1::1", "2001:db8::1"):
        assert not is_public_address(ipaddress.ip_address(private)), private


def test_international_host_names_are_looked_up_and_sent_as_idna():
    seen = []

    def resolve(host: str, port: int) -> list[str]:
        seen.append(host)
        return [PUBLIC]

    web = FakeWeb({}, {"https://Bücher.example/neu": html(), "https://straße.example/": html()})
    document = fetch_article("https://Bücher.example/neu", resolver=resolve, opener=web.open)
    fetch_article("https://straße.example/", resolver=resolve, opener=web.open)
    assert seen == ["xn--bcher-kva.example", "xn--strae-oqa.example"]
    assert web.requests[0].host == "xn--bcher-kva.example"
    assert document.title == "Satellit erfolgreich gestartet"


def test_invalid_international_host_name():
    with pytest.raises(FetchError, match="is not a valid host name"):
        fetch_article("https://bad\u200d\u0301name.example/", resolver=no_network, opener=no_transport)


def test_a_hanging_name_lookup_is_bounded_by_the_time_limit():
    release = threading.Event()

    def hanging(host: str, port: int) -> list[str]:
        release.wait(30)
        return [PUBLIC]

    try:
        with pytest.raises(FetchError, match="no complete answer within 0.2 seconds"):
            fetch_article("https://slow-dns.example.com/", timeout=0.2, resolver=hanging, opener=no_transport)
    finally:
        release.set()


NON_PUBLIC_V4 = [
    ipaddress.ip_network(block)
    for block in (
        "0.0.0.0/8",
        "10.0.0.0/8",
        "100.64.0.0/10",
        "127.0.0.0/8",
        "169.254.0.0/16",
        "172.16.0.0/12",
        "192.0.0.0/24",
        "192.0.2.0/24",
        "192.168.0.0/16",
        "198.18.0.0/15",
        "198.51.100.0/24",
        "203.0.113.0/24",
        "224.0.0.0/4",
        "240.0.0.0/4",
    )
]


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=2**32 - 1))
def test_every_ipv4_address_in_a_non_public_block_is_refused_in_any_spelling(number):
    ip = ipaddress.IPv4Address(number)
    if not any(ip in block for block in NON_PUBLIC_V4):
        assert is_public_address(ip)
        return
    assert not is_public_address(ip)
    for host in (str(ip), str(number), f"[::ffff:{ip}]", f"[64:ff9b::{ip}]"):
        with pytest.raises(FetchError, match="private, local or reserved"):
            fetch_article(f"http://{host}/", resolver=no_network, opener=no_transport)


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(NON_PUBLIC_V4).flatmap(
        lambda block: st.integers(0, block.num_addresses - 1).map(lambda n: block[n])
    )
)
def test_sampled_non_public_ipv4_addresses_are_refused_through_dns(ip):
    with pytest.raises(FetchError, match="private, local or reserved"):
        fetch_article("http://innocent.example.com/", resolver=lambda host, port: [str(ip)], opener=no_transport)


# --- redirects ------------------------------------------------------------------------------------------------


def test_redirect_to_a_private_address_is_refused():
    web = FakeWeb(
        {"news.example.com": [PUBLIC]},
        {"https://news.example.com/a": Response(302, {"location": "http://169.254.169.254/latest/meta-data/"})},
    )
    with pytest.raises(FetchError, match=r"169\.254\.169\.254 is a private, local or reserved"):
        fetch_article("https://news.example.com/a", resolver=web.resolve, opener=web.open)
    assert [request.url for request in web.requests] == ["https://news.example.com/a"]


def test_redirect_to_a_host_resolving_privately_is_refused():
    web = FakeWeb(
        {"news.example.com": [PUBLIC], "internal.example.com": ["10.0.0.7"]},
        {"https://news.example.com/a": Response(301, {"location": "https://internal.example.com/admin"})},
    )
    with pytest.raises(FetchError, match=r"internal\.example\.com is a private"):
        fetch_article("https://news.example.com/a", resolver=web.resolve, opener=web.open)
    assert len(web.requests) == 1


def test_redirect_to_another_scheme_is_refused():
    web = FakeWeb(
        {"news.example.com": [PUBLIC]}, {"http://news.example.com/": Response(302, {"location": "file:///etc/passwd"})}
    )
    with pytest.raises(FetchError, match="only http:// and https://"):
        fetch_article("http://news.example.com/", resolver=web.resolve, opener=web.open)


def test_relative_redirects_are_followed_up_to_five():
    chain = {f"https://news.example.com/{step}": Response(307, {"location": f"/{step + 1}"}) for step in range(5)}
    chain["https://news.example.com/5"] = html()
    web = FakeWeb({"news.example.com": [PUBLIC]}, chain)
    document = fetch_article("https://news.example.com/0", resolver=web.resolve, opener=web.open)
    assert document.url == document.doc_id == "https://news.example.com/5"
    assert len(web.requests) == 6


def test_more_than_five_redirects_fail():
    chain = {f"https://news.example.com/{step}": Response(302, {"location": f"/{step + 1}"}) for step in range(7)}
    web = FakeWeb({"news.example.com": [PUBLIC]}, chain)
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch_article("https://news.example.com/0", resolver=web.resolve, opener=web.open)
    assert len(web.requests) == 6


def test_redirect_without_location():
    web = FakeWeb({"news.example.com": [PUBLIC]}, {"https://news.example.com/": Response(302, {})})
    with pytest.raises(FetchError, match="without saying where"):
        fetch_article("https://news.example.com/", resolver=web.resolve, opener=web.open)


# --- limits, errors and content types ------------------------------------------------------------------------


def test_oversize_body():
    web = FakeWeb(
        {"news.example.com": [PUBLIC]},
        {"https://news.example.com/": Response(200, {"content-type": "text/html"}, b"x" * 1001)},
    )
    with pytest.raises(FetchError, match="larger than 0.001 MB"):
        fetch_article("https://news.example.com/", max_bytes=1000, resolver=web.resolve, opener=web.open)


def test_oversize_declared_length_needs_no_body():
    response = Response(200, {"content-type": "text/html", "content-length": "9000000"}, b"")
    web = FakeWeb({"news.example.com": [PUBLIC]}, {"https://news.example.com/": response})
    with pytest.raises(FetchError, match="larger than 5 MB"):
        fetch_article("https://news.example.com/", resolver=web.resolve, opener=web.open)


def test_transport_timeout():
    def slow(request: Request) -> Response:
        raise TimeoutError("read timed out")

    with pytest.raises(FetchError, match="no complete answer within 3 seconds"):
        fetch_article("https://news.example.com/", timeout=3, resolver=lambda host, port: [PUBLIC], opener=slow)


def test_no_time_left_means_no_request():
    with pytest.raises(FetchError, match="no complete answer within 0 seconds"):
        fetch_article("https://news.example.com/", timeout=0, resolver=lambda host, port: [PUBLIC], opener=no_transport)


def test_connection_failure():
    def refused(request: Request) -> Response:
        raise ConnectionRefusedError("connection refused")

    with pytest.raises(FetchError, match="could not connect to news.example.com"):
        fetch_article("https://news.example.com/", resolver=lambda host, port: [PUBLIC], opener=refused)


@pytest.mark.parametrize(
    ("content_type", "message"),
    [
        ("application/pdf", r"returned application/pdf, not a web page\. Download the file and upload it"),
        ("image/png", r"returned image/png, not a web page\.$"),
        ("application/json; charset=utf-8", "returned application/json, not a web page"),
        ("", "returned unknown content, not a web page"),
    ],
)
def test_non_html_content_is_refused(content_type, message):
    response = Response(200, {"content-type": content_type} if content_type else {}, b"%PDF-1.4 \x00\x01")
    web = FakeWeb({"files.example.com": [PUBLIC]}, {"https://files.example.com/x": response})
    with pytest.raises(FetchError, match=message):
        fetch_article("https://files.example.com/x", resolver=web.resolve, opener=web.open)


@pytest.mark.parametrize(
    ("status", "message"),
    [
        (404, "answered 404 Not Found"),
        (500, "answered 500 Internal Server Error"),
        (403, "refused access .*paste it"),
        (204, "answered 204"),
    ],
)
def test_error_statuses(status, message):
    web = FakeWeb(
        {"news.example.com": [PUBLIC]},
        {"https://news.example.com/": Response(status, {"content-type": "text/html"}, b"<html></html>")},
    )
    with pytest.raises(FetchError, match=message):
        fetch_article("https://news.example.com/", resolver=web.resolve, opener=web.open)


def test_page_without_text():
    web = FakeWeb(
        {"news.example.com": [PUBLIC]},
        {"https://news.example.com/": html("<html><body><script>x()</script></body></html>")},
    )
    with pytest.raises(FetchError, match="no readable text"):
        fetch_article("https://news.example.com/", resolver=web.resolve, opener=web.open)


# --- successful fetches -----------------------------------------------------------------------------------------


def test_article_through_a_fake_transport():
    url = "https://news.example.com/wissen/2024/06/19/satellit"
    web = FakeWeb({"news.example.com": ["2a00:1450:4001:80b::200e", PUBLIC]}, {url: html()})
    document = fetch_article(url, resolver=web.resolve, opener=web.open)
    assert document.title == "Satellit erfolgreich gestartet"
    assert document.dct == date(2024, 6, 19)
    assert document.lang == "de"
    assert "im Mai 2024 einen neuen Erdbeobachtungssatelliten" in document.text
    assert "Leserkommentar" not in document.text and "Startseite" not in document.text
    assert document.url == document.doc_id == url
    (request,) = web.requests
    # the connection goes to the address that was checked, for the host the user named
    assert (request.host, request.port, request.address) == ("news.example.com", 443, "2a00:1450:4001:80b::200e")
    assert request.max_bytes == 5_000_000 and 0 < request.timeout <= 10


def test_fetched_article_end_to_end():
    from timeline import extract_document

    url = "https://news.example.com/wissen/satellit"
    web = FakeWeb({"news.example.com": [PUBLIC]}, {url: html()})
    frame = extract_document(fetch_article(url, resolver=web.resolve, opener=web.open))
    values = dict(zip(frame["expression"], frame["value"]))
    assert values["Mai 2024"] == "2024-05"
    assert values["Mittwoch"] == "2024-06-19"  # anchored on the page's publication date
    assert set(frame["doc_id"]) == {url}


def test_date_from_the_address_when_the_page_has_none():
    page = ARTICLE.replace('<meta property="article:published_time" content="2024-06-19T08:30:00+02:00">', "")
    url = "https://news.example.com/2024/05/14/satellit.html"
    web = FakeWeb({"news.example.com": [PUBLIC]}, {url: html(page)})
    assert fetch_article(url, resolver=web.resolve, opener=web.open).dct == date(2024, 5, 14)


def test_charset_from_the_content_type_header():
    body = ARTICLE.replace('<meta charset="utf-8">', "").encode("cp1252")
    web = FakeWeb(
        {"news.example.com": [PUBLIC]},
        {"http://news.example.com/": Response(200, {"content-type": "text/html; charset=windows-1252"}, body)},
    )
    document = fetch_article("http://news.example.com/", resolver=web.resolve, opener=web.open)
    assert "Europäische Weltraumorganisation" in document.text


def test_html_sniffed_when_the_server_sends_no_content_type():
    web = FakeWeb({"news.example.com": [PUBLIC]}, {"http://news.example.com/": Response(200, {}, ARTICLE.encode())})
    assert (
        fetch_article("http://news.example.com/", resolver=web.resolve, opener=web.open).title
        == "Satellit erfolgreich gestartet"
    )


# --- the real transport, against a local server (test-only allowance) --------------------------------------


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:
        if self.path in ("/article", "/artikel%20%C3%BCber%20den%20Start?q=M%C3%A4rz"):
            body = gzip.compress(ARTICLE.encode("utf-8"))
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/echo-host":
            body = f"<html><body><p>The request was for {self.headers['Host']}.</p></body></html>".encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/article")
            self.end_headers()
        elif self.path == "/to-metadata":
            self.send_response(302)
            self.send_header("Location", "http://169.254.169.254/latest/meta-data/")
            self.end_headers()
        elif self.path == "/endless":  # no Content-Length: the size limit must stop the reading
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(1000):
                    self.wfile.write(b"<p>" + b"x" * 10_000 + b"</p>")
            except OSError:
                pass
        elif self.path == "/trickle":  # a byte at a time: the overall time limit must stop the reading
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(100):
                    self.wfile.write(b"<")
                    self.wfile.flush()
                    time.sleep(0.1)
            except OSError:
                pass
        elif self.path == "/trickle-status":  # the status line, then a space every 0.2 s for 20 s
            self._trickle([b"HTTP/1.1 200 OK"] + [b" "] * 100, 0.2)
        elif self.path == "/trickle-headers":  # a header line every 0.05 s for 5 s, then a whole page
            self._trickle([b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"]
                          + [b"X-Filler-%d: x\r\n" % n for n in range(99)] + [b"\r\n" + ARTICLE.encode()], 0.05)
        elif self.path == "/trickle-body":  # a body byte every 1.8 s: each wait is shorter than the 2 s limit
            self._trickle([b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"] + [b"<"] * 10, 1.8)
        elif self.path.startswith("/slow-moved/"):  # a redirect chain whose hops take 0.4 s each
            hop = int(self.path.rsplit("/", 1)[1])
            time.sleep(0.4)
            self.send_response(302)
            self.send_header("Location", f"/slow-moved/{hop + 1}" if hop < 4 else "/article")
            self.end_headers()
        else:
            self.send_error(404)

    def _trickle(self, pieces: list[bytes], pause: float) -> None:
        """Raw bytes, a piece at a time: each pause shorter than the time limit, all of them far longer."""
        try:
            for piece in pieces:
                self.wfile.write(piece)
                self.wfile.flush()
                time.sleep(pause)
        except OSError:  # the client gave up, as it should
            pass
        self.close_connection = True


@pytest.fixture(scope="module")
def local_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


LOCAL = ["127.0.0.0/8"]


def test_real_transport_fetches_a_gzipped_article_after_a_redirect(local_server):
    document = fetch_article(f"{local_server}/moved", allow_private_networks=LOCAL)
    assert document.title == "Satellit erfolgreich gestartet"
    assert document.dct == date(2024, 6, 19)
    assert document.url == f"{local_server}/article"


def test_real_transport_connects_to_the_checked_address_with_the_host_name(local_server):
    # the resolver is asked once; the connection goes to its answer while the request names the host
    port = local_server.rsplit(":", 1)[1]
    answers = []

    def resolve(host: str, port: int) -> list[str]:
        answers.append(host)
        return ["127.0.0.1"]

    document = fetch_article(f"http://news.test:{port}/echo-host", resolver=resolve, allow_private_networks=LOCAL)
    assert document.text == f"The request was for news.test:{port}."
    assert answers == ["news.test"]


def test_real_transport_over_ipv6():
    class Server(ThreadingHTTPServer):
        address_family = socket.AF_INET6

    try:
        server = Server(("::1", 0), Handler)
    except OSError:
        pytest.skip("no IPv6 loopback here")
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        port = server.server_address[1]
        document = fetch_article(f"http://[::1]:{port}/echo-host", allow_private_networks=["::1/128"])
        assert document.text == f"The request was for [::1]:{port}."
    finally:
        server.shutdown()
        server.server_close()


def test_real_transport_verifies_certificates(tmp_path):
    """https to a server whose certificate no public authority signed fails, even for a matching name."""
    import shutil
    import ssl
    import subprocess

    if not shutil.which("openssl"):
        pytest.skip("openssl is needed to make a test certificate")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=news.test",
            "-addext",
            "subjectAltName=DNS:news.test",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"https://news.test:{server.server_address[1]}/article"
        with pytest.raises(FetchError, match="the secure connection failed .*certificate verify failed"):
            fetch_article(url, resolver=lambda host, port: ["127.0.0.1"], allow_private_networks=LOCAL)
    finally:
        server.shutdown()
        server.server_close()


def test_real_transport_encodes_raw_characters_in_the_address(local_server):
    document = fetch_article(f"{local_server}/artikel über den Start?q=März", allow_private_networks=LOCAL)
    assert document.title == "Satellit erfolgreich gestartet"


def test_real_transport_still_checks_redirects_with_the_allowance(local_server):
    with pytest.raises(FetchError, match=r"169\.254\.169\.254 is a private"):
        fetch_article(f"{local_server}/to-metadata", allow_private_networks=LOCAL)


def test_local_server_is_refused_without_the_allowance(local_server):
    with pytest.raises(FetchError, match="private, local or reserved"):
        fetch_article(f"{local_server}/article")


def test_real_transport_stops_reading_at_the_size_limit(local_server):
    with pytest.raises(FetchError, match="larger than 0.1 MB"):
        fetch_article(f"{local_server}/endless", max_bytes=100_000, allow_private_networks=LOCAL)


def test_real_transport_stops_at_the_time_limit(local_server):
    with pytest.raises(FetchError, match="no complete answer within 1 seconds"):
        fetch_article(f"{local_server}/trickle", timeout=1, allow_private_networks=LOCAL)


@pytest.mark.parametrize(
    "path, limit",
    # the trickles (a space every 2 s after the status line, a header line every 0.5 s, a body byte every
    # 9 s, against a 10 s limit), scaled down to a 1-2 s limit so that the test stays short
    [("/trickle-status", 1), ("/trickle-headers", 1), ("/trickle-body", 2)],
)
def test_one_time_limit_bounds_every_phase_of_a_trickling_answer(local_server, path, limit):
    started = time.monotonic()
    with pytest.raises(FetchError, match=rf"no complete answer within {limit} seconds \(the time limit for a whole"):
        fetch_article(f"{local_server}{path}", timeout=limit, allow_private_networks=LOCAL)
    # the server would go on for 5 s or more; cut at the limit (plus slack for a loaded machine), not a pause later
    assert time.monotonic() - started < limit + 1.5


def test_one_time_limit_bounds_a_tls_handshake_that_never_ends():
    with socket.socket() as silent:  # accepts connections (the kernel's backlog) and never says a word
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        started = time.monotonic()
        with pytest.raises(FetchError, match="no complete answer within 1 seconds"):
            fetch_article(f"https://news.test:{silent.getsockname()[1]}/", timeout=1,
                          resolver=lambda host, port: ["127.0.0.1"], allow_private_networks=LOCAL)
        assert time.monotonic() - started < 2.5


def test_one_time_limit_bounds_a_chain_of_slow_redirects(local_server):
    assert fetch_article(f"{local_server}/slow-moved/0", timeout=5, allow_private_networks=LOCAL).text
    started = time.monotonic()
    with pytest.raises(FetchError, match="no complete answer within 1 seconds"):
        fetch_article(f"{local_server}/slow-moved/0", timeout=1, allow_private_networks=LOCAL)
    assert time.monotonic() - started < 2.5


def test_real_transport_reports_error_statuses(local_server):
    with pytest.raises(FetchError, match="answered 404 Not Found"):
        fetch_article(f"{local_server}/missing", allow_private_networks=LOCAL)


def test_real_transport_connection_refused():
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError, match="could not connect to 127.0.0.1"):
        fetch_article(f"http://127.0.0.1:{port}/", allow_private_networks=LOCAL)
