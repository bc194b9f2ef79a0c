"""A throwaway PostgreSQL cluster for tests: Debian's binaries, a temporary data dir, a free local port.

PostgreSQL refuses to run as root, so when the tests run as root the server runs as the unprivileged
`postgres` user (runuser). The cluster is stopped and its folder removed on exit, also after a failure.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.e2e.dagster_ui import free_port

SERVER_USER = "postgres"  # Debian's postgresql package creates it


def postgres_bin_dir() -> Path | None:
    """The folder holding initdb and pg_ctl: on PATH, else Debian's newest /usr/lib/postgresql/*/bin."""
    on_path = shutil.which("pg_ctl")
    if on_path and shutil.which("initdb"):
        return Path(os.path.realpath(on_path)).parent
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(p.split("/")[4]))
    return Path(found[-1]).parent if found else None


def why_no_postgres() -> str | None:
    """Why a cluster cannot be started here (None: it can)."""
    if postgres_bin_dir() is None:
        return "no PostgreSQL binaries (initdb, pg_ctl): apt-get install postgresql (.ci/run does)"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(SERVER_USER)
        except KeyError:
            return f"running as root and no {SERVER_USER!r} user to run the server as"
    return None


@dataclass(frozen=True)
class Cluster:
    host: str
    port: int
    user: str
    password: str
    db_name: str

    def env(self) -> dict[str, str]:
        """The variables docs/scaling.md's dagster.yaml reads."""
        return {"DAGSTER_PG_HOST": self.host, "DAGSTER_PG_PORT": str(self.port), "DAGSTER_PG_USER": self.user,
                "DAGSTER_PG_PASSWORD": self.password, "DAGSTER_PG_DB": self.db_name}


def _as_server_user(cmd: list[str]) -> list[str]:
    return ["runuser", "-u", SERVER_USER, "--", *cmd] if os.geteuid() == 0 else cmd


def _run(cmd: list[str], log: Path | None = None, **kwargs: object) -> None:
    done = subprocess.run(cmd, capture_output=True, text=True, **kwargs)
    if done.returncode != 0:
        server = log.read_text(errors="replace")[-2000:] if log is not None and log.is_file() else ""
        program = Path(cmd[cmd.index("--") + 1] if cmd[0] == "runuser" else cmd[0]).name
        raise RuntimeError(f"{program} failed ({done.returncode}): {done.stderr[-2000:]}{server}")


@contextmanager
def postgres_cluster(db_name: str = "dagster") -> Iterator[Cluster]:
    """Start a cluster (password auth on 127.0.0.1 only) with one database; stop and delete it afterwards."""
    reason = why_no_postgres()
    if reason:
        raise RuntimeError(reason)
    bin_dir = postgres_bin_dir()
    assert bin_dir is not None
    root = Path(tempfile.mkdtemp(prefix="radcurate-pg-"))  # not under pytest's 0700 tmp: the server user reads it
    data, sock = root / "data", root / "sock"
    password = os.urandom(12).hex()
    (root / "pw").write_text(password + "\n")
    sock.mkdir()
    if os.geteuid() == 0:
        account = pwd.getpwnam(SERVER_USER)
        for path in (root, root / "pw", sock):
            os.chown(path, account.pw_uid, account.pw_gid)
    port = free_port()
    log = root / "server.log"
    try:
        _run(_as_server_user([str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "-E", "UTF8",
                              "--auth=scram-sha-256", f"--pwfile={root / 'pw'}", "--no-sync"]))
        options = f"-p {port} -k {sock} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"
        _run(_as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options,
                              "-w", "-t", "60", "start"]), log)
        _run([str(bin_dir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", db_name],
             env={**os.environ, "PGPASSWORD": password})
        yield Cluster("127.0.0.1", port, "postgres", password, db_name)
    finally:  # also when start reported a failure: a server may be up all the same
        if (data / "postmaster.pid").exists():
            subprocess.run(_as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w",
                                            "stop"]), capture_output=True)
        shutil.rmtree(root, ignore_errors=True)
