"""A benchmark leg in a fresh process: its last stdout line as JSON, and its CPU and peak memory from wait4.

Used by bench/recurate.py and bench/scale.py. The leg prints `startup_cpu_s` (its imports) and may print
`overhead_cpu_s` (the bench's own reads after the timer); both are taken off the CPU figure, so legs that
pay different start-ups compare fairly on a shared machine.
"""

from __future__ import annotations

import json
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class LegResult:
    output: dict          # the leg's last stdout line
    cpu_s: float          # user + system CPU of the leg and its workers, start-up excluded
    peak_rss_mib: float   # the largest process's peak resident memory (Linux: ru_maxrss in KiB)


def run_leg(argv: list[str], env: dict[str, str], *, cwd: Path | None = None, what: str = "leg") -> LegResult:
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, cwd=cwd)
    assert proc.stdout is not None
    out = proc.stdout.read().decode()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{what} failed (exit {proc.returncode})")
    result = json.loads(out.strip().splitlines()[-1])
    # start-up and the bench's own reading of the run's step stats (`overhead_cpu_s`) are not the leg's
    cpu = usage.ru_utime + usage.ru_stime - float(result.get("startup_cpu_s", 0.0)) \
        - float(result.get("overhead_cpu_s") or 0.0)
    return LegResult(result, round(cpu, 2), round(usage.ru_maxrss / 1024, 1))
