import subprocess
from pathlib import Path

from radcurate.devenv import MARKER, add_activate_hook


def test_hook_is_replaced_not_duplicated_and_sets_the_cli_module(tmp_path: Path) -> None:
    activate = tmp_path / "activate"
    activate.write_text("# venv activate\n")
    add_activate_hook(activate)
    add_activate_hook(activate)
    text = activate.read_text()
    assert text.count(MARKER) == 1 and text.startswith("# venv activate\n")
    out = subprocess.run(["bash", "-c", f"cd {tmp_path} && source {activate} && "
                          "echo $DAGSTER_CLI_ASSET_MATERIALIZE_MODULE_NAME && cat $DAGSTER_HOME/dagster.yaml"],
                         capture_output=True, text=True, check=True, env={"PATH": "/usr/bin:/bin"}).stdout
    assert out.splitlines()[0] == "radcurate.definitions"
    assert "enabled: false" in out and (tmp_path / ".dagster_home" / "dagster.yaml").is_file()


def test_ui_resets_an_inherited_ignored_sigint_before_exec(tmp_path: Path) -> None:
    """`make ui &` from a script: dagster dev must still stop on SIGTERM (mapped to its SIGINT handler)."""
    import sys

    fake = tmp_path / "bin"
    fake.mkdir()
    (fake / "python").symlink_to(sys.executable)
    (fake / "dagster").write_text("#!/bin/sh\ngrep SigIgn /proc/self/status; echo \"$@\"\n")
    (fake / "dagster").chmod(0o755)
    code = ("import signal, sys; signal.signal(signal.SIGINT, signal.SIG_IGN); "
            f"sys.executable = {str(fake / 'python')!r}; "
            "from radcurate.devenv import main; main(['ui', '-p', '3001'])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[1]).stdout.splitlines()
    ignored = int(out[0].split()[1], 16)
    assert not ignored & (1 << 1)  # bit of SIGINT (2) cleared in the exec'd process
    assert out[1] == "dev -w dagster_workspace.yaml -p 3001"
