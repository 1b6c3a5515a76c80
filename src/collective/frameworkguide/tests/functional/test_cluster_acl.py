"""The VCL's PURGE/BAN rules, with a real varnishd and no Zope behind it.

A client address other than 127.0.0.1 cannot be had on loopback, so the
proxy also listens with the PROXY protocol, whose header names the client's
address: varnishd then takes ``client.ip`` from it, as behind a TLS
terminator. Nothing is sent to that address; everything goes to 127.0.0.1.
"""

from collective.frameworkguide.tests.support.varnish import backends_vcl
from collective.frameworkguide.tests.support.varnish import VarnishProxy
from collective.frameworkguide.tests.support.varnish import VCL_DIR
from collective.frameworkguide.tests.support.zope_instances import free_port
from pathlib import Path

import socket
import tempfile
import unittest


def status_line(port: int, request: bytes, client: str | None = None) -> str:
    """The status line varnishd answers ``request`` with (PROXY v1 if client)."""
    if client is not None:
        request = f"PROXY TCP4 {client} 127.0.0.1 50000 80\r\n".encode() + request
    with socket.create_connection(("127.0.0.1", port), timeout=30) as connection:
        connection.sendall(request)
        answer = b""
        while b"\r\n" not in answer:
            chunk = connection.recv(4096)
            if not chunk:
                break
            answer += chunk
    return answer.split(b"\r\n", 1)[0].decode()


def request(method: str, path: str) -> bytes:
    head = f"{method} {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
    return (head + "\r\n").encode()


class TestVCLFiles(unittest.TestCase):
    def test_the_repository_backends_are_what_the_cluster_writes(self):
        # make start-cluster and the tests write backends.vcl for their ports.
        self.assertEqual(
            backends_vcl([8080, 8081]), (VCL_DIR / "backends.vcl").read_text()
        )


class TestPurgeOnlyFromPurgers(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="frameworkguide-acl-")
        # No instance listens there: PURGE and BAN never reach a backend.
        cls.proxy = VarnishProxy(
            Path(cls.tmp.name), [free_port()], proxy_protocol_port=free_port()
        )
        cls.proxy.start()
        try:
            cls.proxy.wait_until_ready("/", timeout=60, expect=503)
        except BaseException:
            cls.tearDownClass()
            raise

    @classmethod
    def tearDownClass(cls):
        cls.proxy.stop()
        cls.tmp.cleanup()

    def test_localhost_may_purge_and_ban(self):
        for method in ("PURGE", "BAN"):
            line = status_line(self.proxy.port, request(method, "/Plone/guide"))
            self.assertIn(" 200 ", line, method)
        line = status_line(
            self.proxy.proxy_protocol_port,
            request("PURGE", "/Plone/guide/*"),
            client="127.0.0.1",
        )
        self.assertIn(" 200 ", line)

    def test_another_client_may_not(self):
        for client in ("192.0.2.10", "10.1.2.3"):
            for method in ("PURGE", "BAN"):
                line = status_line(
                    self.proxy.proxy_protocol_port,
                    request(method, "/Plone/guide"),
                    client=client,
                )
                self.assertIn(" 403 ", line, (client, method))
        # A GET from there is a visitor's: the proxy serves it (503: no Zope).
        line = status_line(
            self.proxy.proxy_protocol_port, request("GET", "/"), client="192.0.2.10"
        )
        self.assertIn(" 503 ", line)
