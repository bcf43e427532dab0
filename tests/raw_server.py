"""A bare TCP server on 127.0.0.1 for tests of how a client meets a hostile or broken web
server: it answers every connection with whatever bytes a test writes."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable


class RawServer:
    """Answers every connection with ``respond(socket)``, after reading the request (kept
    in ``requests``); notes whether the client hung up before it had sent everything."""

    def __init__(self, respond: Callable[[socket.socket], None]) -> None:
        self.respond = respond
        self.requests: list[bytes] = []
        self.client_left_early = threading.Event()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}/article"
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._answer, args=(connection,), daemon=True).start()

    def _answer(self, connection: socket.socket) -> None:
        with connection:
            self.requests.append(connection.recv(65536))
            try:
                self.respond(connection)
            except OSError:
                self.client_left_early.set()

    def close(self) -> None:
        self.listener.close()


def one_answer(answer: bytes) -> RawServer:
    """A server that answers every request with the same bytes."""
    return RawServer(lambda connection: connection.sendall(answer))
