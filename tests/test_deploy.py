"""The shipped service files: the instance config loads, units run the daemon and the UI from the
environment file, the key stays outside it, and every variable the template sets is one the code reads."""

from __future__ import annotations

import configparser
import re
import shutil
from pathlib import Path

import dagster as dg

from assets.sensors import SENSOR_INTERVAL_ENV
from curation.exports_watch import STABLE_SECONDS_ENV
from curation.keys import SECRET_ENV
from curation.paths import DATA_DIR_ENV, EXPORTS_DIR_ENV, VAULT_DIR_ENV

DEPLOY = Path(__file__).resolve().parents[1] / "deploy"


def _unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str
    parser.read(DEPLOY / "systemd" / name)
    return parser


def test_instance_config_loads(tmp_path: Path) -> None:
    shutil.copy(DEPLOY / "dagster.yaml", tmp_path / "dagster.yaml")
    instance = dg.DagsterInstance.from_config(str(tmp_path))
    assert instance.get_concurrency_config().run_queue_config.max_concurrent_runs == 2
    assert instance.run_monitoring_enabled


def test_units_start_daemon_and_webserver_with_the_key_outside_the_env_file() -> None:
    daemon, web = _unit("radcurate-daemon.service"), _unit("radcurate-webserver.service")
    assert "dagster-daemon run -w /opt/radcurate/dagster_workspace.yaml" in daemon["Service"]["ExecStart"]
    assert "dagster-webserver -h 127.0.0.1" in web["Service"]["ExecStart"]
    for unit in (daemon, web):
        assert unit["Service"]["EnvironmentFile"] == "/etc/radcurate/radcurate.env"
        assert unit["Service"]["User"] == "radcurate" and unit["Service"]["Restart"] == "always"
    assert daemon["Service"]["LoadCredential"] == "radcurate_secret:/etc/radcurate/secret"
    assert "$CREDENTIALS_DIRECTORY/radcurate_secret" in daemon["Service"]["ExecStart"]
    assert "LoadCredential" not in web["Service"]                      # the UI never holds the key


def test_env_template_sets_what_the_code_reads_and_no_secret() -> None:
    text = (DEPLOY / "radcurate.env.example").read_text(encoding="utf-8")
    assigned = dict(re.findall(r"^([A-Z_]+)=(.*)$", text, flags=re.MULTILINE))
    assert SECRET_ENV not in assigned
    assert {EXPORTS_DIR_ENV, DATA_DIR_ENV, VAULT_DIR_ENV, STABLE_SECONDS_ENV, SENSOR_INTERVAL_ENV,
            "DAGSTER_HOME"} <= assigned.keys()
    assert float(assigned[STABLE_SECONDS_ENV]) >= 300                   # minutes, not one tick
