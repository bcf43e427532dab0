"""The connections of one download, tracked so that another thread can end them at once
(a download's deadline, or a stop asked for): urllib's HTTP and HTTPS handlers whose sockets
are noted."""

from __future__ import annotations

import contextlib
import http.client
import socket
import threading
import urllib.request


class Connections:
    """The sockets of one download, so that they can be shut down from another thread: a
    duplicate of each (shutting it down ends the connection, whoever holds it)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._aborted = False

    def track(self, sock: socket.socket) -> socket.socket:
        duplicate = sock.dup()
        with self._lock:
            self._sockets.append(duplicate)
            aborted = self._aborted
        if aborted:
            shut(duplicate)
        return sock

    def abort(self) -> None:
        with self._lock:
            self._aborted = True
            sockets = list(self._sockets)
        for sock in sockets:
            shut(sock)

    def close(self) -> None:
        with self._lock:
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            sock.close()

    def connection_class(self, base: type) -> type:
        """``base`` (an http.client connection class) whose sockets are tracked here."""
        connections = self

        class Tracked(base):
            def __init__(self, *args, **kwargs) -> None:
                super().__init__(*args, **kwargs)
                create = self._create_connection
                self._create_connection = lambda *a, **k: connections.track(create(*a, **k))

        return Tracked


def shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


class TrackedHTTP(urllib.request.HTTPHandler):
    def __init__(self, connections: Connections) -> None:
        super().__init__()
        self.connections = connections

    def http_open(self, req):
        return self.do_open(self.connections.connection_class(http.client.HTTPConnection), req)


class TrackedHTTPS(urllib.request.HTTPSHandler):
    def __init__(self, connections: Connections) -> None:
        super().__init__()
        self.connections = connections

    def https_open(self, req):
        connection = self.connections.connection_class(http.client.HTTPSConnection)
        return self.do_open(connection, req, context=self._context)
