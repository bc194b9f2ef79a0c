"""How a test or a measurement script starts the `radcurate` console script as a user would."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path


def radcurate_command() -> list[str]:
    """The venv's `radcurate`, else the one on PATH, else the CLI module run by this interpreter."""
    exe = Path(sys.executable).with_name("radcurate")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("radcurate")
    if found:
        return [found]
    return [sys.executable, "-c", "import sys; from radcurate.cli import main; sys.exit(main())"]
