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
