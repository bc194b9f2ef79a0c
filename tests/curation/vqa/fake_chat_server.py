"""A small chat-completions server for tests and the bench: http.server in a thread on 127.0.0.1.

Behaviour is scripted per request number (`script`): "ok", "500", "429", "slow" (sleeps past the client
timeout), "malformed" (content that is not JSON), "garbage" (not even a chat response), "400".
After the script runs out every request is answered "ok". `latency_s` delays every answer.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Answer = Callable[[dict[str, Any]], dict[str, Any]]


def default_answer(body: dict[str, Any]) -> dict[str, Any]:
    """An item set in the language the prompt asks for, with evidence quoted from the prompt's report."""
    prompt = body["messages"][-1]["content"]
    lang = "de" if "Antwort:" in prompt else "en"
    markers = ("Text zu diesem Bild: ", "Befund: ") if lang == "de" else ("Text about this image: ", "Report: ")
    marker = next((m for m in markers if m in prompt), None)
    if marker is None:
        return {"items": []}
    report = prompt.rsplit(marker, 1)[1].split("\n", 1)[0]
    evidence = report.split(".")[0]
    yes = "ja" if lang == "de" else "yes"
    return {"items": [
        {"question": "Gibt es einen Befund?" if lang == "de" else "Is there a finding?", "answer": yes,
         "answer_type": "closed", "options": [], "evidence": evidence, "lang": lang},
        {"question": "Welche Modalität?" if lang == "de" else "Which modality?", "answer": "CT",
         "answer_type": "open", "options": [], "evidence": "Modality: CT", "lang": lang},
    ]}


class FakeChatServer:
    def __init__(self, script: list[str] | None = None, *, latency_s: float = 0.0, slow_s: float = 2.0,
                 answer: Answer = default_answer) -> None:
        self.script = list(script or [])
        self.latency_s = latency_s
        self.slow_s = slow_s
        self.answer = answer
        self.bodies: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                with server._lock:
                    n = len(server.bodies)
                    server.bodies.append(body)
                    server.headers.append(dict(self.headers))
                    step = server.script[n] if n < len(server.script) else "ok"
                    server.in_flight += 1
                    server.max_in_flight = max(server.max_in_flight, server.in_flight)
                try:
                    time.sleep(server.latency_s + (server.slow_s if step == "slow" else 0))
                    status, payload = server._respond(step, body)
                    data = payload.encode()
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                        self.wfile.write(data)
                finally:
                    with server._lock:
                        server.in_flight -= 1

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def _respond(self, step: str, body: dict[str, Any]) -> tuple[int, str]:
        if step in ("500", "429", "400"):
            return int(step), json.dumps({"error": {"message": "scripted", "code": int(step)}})
        if step == "garbage":
            return 200, "this is not json"
        content = "{\"items\": [ {\"question\": " if step == "malformed" else json.dumps(self.answer(body))
        return 200, json.dumps({"id": "x", "object": "chat.completion", "model": body.get("model"),
                                "choices": [{"index": 0, "finish_reason": "stop",
                                             "message": {"role": "assistant", "content": content}}]})

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def __enter__(self) -> FakeChatServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
