"""Developer-environment helpers used by the Makefile.

`activate-hook` appends to the venv's activate script what makes `dagster asset materialize
--select snippet_pairs` work as typed from the repository root: the module the CLI loads and a
persistent DAGSTER_HOME (telemetry off), plus the demo key when the demo created one.
`ui` starts `dagster dev` so that SIGTERM stops it even when it was started in the background.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

MARKER = "# radcurate environment"
DAGSTER_YAML = """# radcurate: one instance shared by the CLI, `radcurate curate` and `dagster dev`.
telemetry:
  enabled: false
nux:
  enabled: false  # no newsletter sign-up pop-up over the first page of the UI
concurrency:
  pools:
    default_limit: 1
"""
HOOK = """
# radcurate environment
export DAGSTER_CLI_ASSET_MATERIALIZE_MODULE_NAME=radcurate.definitions
if [ -z "${RADCURATE_SECRET:-}" ] && [ -f "$PWD/demo/vault/demo_secret.key" ]; then
  # the demo has its own instance and folders: it never shows in (or writes to) a real one
  export DAGSTER_HOME="$PWD/demo/dagster_home"
  export RADCURATE_DATA_DIR="$PWD/demo/data"
  export RADCURATE_VAULT_DIR="$PWD/demo/vault"
  export RADCURATE_DEMO_KEY_FILE="$PWD/demo/vault/demo_secret.key"
  export RADCURATE_SECRET="$(cat "$RADCURATE_DEMO_KEY_FILE")"
  echo "radcurate: using the DEMO key, instance and demo/ folders (set RADCURATE_SECRET for real data)"
fi
export DAGSTER_HOME="${DAGSTER_HOME:-$PWD/.dagster_home}"
mkdir -p "$DAGSTER_HOME"
[ -f "$DAGSTER_HOME/dagster.yaml" ] || cat > "$DAGSTER_HOME/dagster.yaml" <<'RADCURATE_YAML'
{dagster_yaml}RADCURATE_YAML
"""


def add_activate_hook(activate: Path) -> None:
    """Append the hook, replacing an older version of it (everything after its marker line)."""
    text = activate.read_text(encoding="utf-8")
    if MARKER in text:
        text = text[:text.index(MARKER)].rstrip("\n") + "\n"
    activate.write_text(text + HOOK.replace("{dagster_yaml}", DAGSTER_YAML), encoding="utf-8")


def exec_dagster_dev(extra: list[str]) -> None:
    """Replace this process by `dagster dev -w dagster_workspace.yaml` with SIGINT at its default.

    A command started with `&` from a script inherits SIGINT ignored; dagster dev maps SIGTERM to its SIGINT
    handler, so it would then ignore SIGTERM too (`make ui &` could not be stopped with kill). The shell
    cannot un-ignore an inherited signal; Python can, before the exec.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    dagster = str(Path(sys.executable).with_name("dagster"))
    os.execv(dagster, [dagster, "dev", "-w", "dagster_workspace.yaml", *extra])


USAGE = "usage: python -m radcurate.devenv activate-hook PATH/TO/activate | ui [DAGSTER DEV ARGS]"


def main(argv: list[str]) -> int:
    if argv[:1] == ["ui"]:
        exec_dagster_dev(argv[1:])
    if len(argv) != 2 or argv[0] != "activate-hook":
        print(USAGE, file=sys.stderr)
        return 2
    add_activate_hook(Path(argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
