"""Start `dagster dev` for a test and look at it with headless Chromium."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# dagster dev started from a script inherits SIGINT ignored and then ignores SIGTERM: reset it first.
_EXEC_WITH_SIGINT = ("import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); "
                     "os.execvp(sys.argv[1], sys.argv[1:])")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--hide-scrollbars"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@contextmanager
def dagster_dev(env: dict[str, str], log: Path, timeout_s: float = 120) -> Iterator[str]:
    """`dagster dev -w dagster_workspace.yaml` on 127.0.0.1; yields its base URL; stopped by SIGTERM."""
    port = free_port()
    dagster = str(Path(sys.executable).with_name("dagster"))
    cmd = [sys.executable, "-c", _EXEC_WITH_SIGINT, dagster, "dev", "-w", str(REPO / "dagster_workspace.yaml"),
           "-h", "127.0.0.1", "-p", str(port)]
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + timeout_s
            while True:
                if proc.poll() is not None:
                    raise RuntimeError(f"dagster dev exited with {proc.returncode}; see {log}")
                try:
                    with urllib.request.urlopen(f"{url}/server_info", timeout=2) as response:
                        if response.status == 200:
                            break
                except OSError:
                    pass
                if time.monotonic() > deadline:
                    raise TimeoutError(f"dagster dev not ready after {timeout_s} s; see {log}")
                time.sleep(1)
            yield url
        finally:
            stop_group(proc)


def stop_group(proc: subprocess.Popen, timeout_s: float = 30) -> None:
    """SIGTERM to the process group started with `start_new_session=True`; SIGKILL after `timeout_s`."""
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def render(url: str, profile: Path, screenshot: Path | None = None, wait_ms: int = 20000) -> str:
    """The DOM of `url` after the page's scripts ran `wait_ms` of virtual time (and a screenshot)."""
    browser = chromium()
    if browser is None:
        raise RuntimeError("chromium is not installed (.ci/run installs Debian's chromium)")
    base = [browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--virtual-time-budget={wait_ms}",
            "--window-size=1600,1000"]
    if screenshot is not None:
        subprocess.run([*base, f"--screenshot={screenshot}", url], check=True, capture_output=True, timeout=180)
    done = subprocess.run([*base, "--dump-dom", url], check=True, capture_output=True, timeout=180)
    return done.stdout.decode("utf-8", errors="replace")
