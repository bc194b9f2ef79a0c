import json
import time
from pathlib import Path

import dagster as dg
import pytest

from assets.sensors import new_exports_sensor
from curation.vault import Vault


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, secret_env: str) -> Path:
    monkeypatch.setenv("RADCURATE_EXPORTS_DIR", str(tmp_path / "exports"))
    monkeypatch.setenv("RADCURATE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("RADCURATE_VAULT_DIR", str(tmp_path / "vault"))
    monkeypatch.setenv("RADCURATE_STABLE_SECONDS", "0.5")
    (tmp_path / "exports").mkdir()
    return tmp_path


PREAMBLE = b"\0" * 128 + b"DICM"  # a Part 10 file's start: the watcher curates only folders holding one


def _drop(root: Path, name: str, marker: bool, content: bytes | None = None) -> None:
    folder = root / "exports" / name / "MUELLER_ANNA_19560312"
    folder.mkdir(parents=True)
    (folder / "IM0001").write_bytes(PREAMBLE + (content or name.encode()))  # identity follows content
    if marker:
        (root / "exports" / name / "EXPORT_COMPLETE").write_bytes(b"")


def test_two_exports_registered_one_after_the_other(env: Path) -> None:
    instance = dg.DagsterInstance.ephemeral()
    _drop(env, "export_a", marker=True)
    result = new_exports_sensor(dg.build_sensor_context(instance=instance))
    assert len(result.run_requests) == 1
    (key_a,) = result.dynamic_partitions_requests[0].partition_keys
    assert key_a.startswith("exp_") and "export_a" not in key_a and "MUELLER" not in result.cursor
    instance.add_dynamic_partitions("exports", [key_a])
    assert result.run_requests[0].partition_key == key_a

    _drop(env, "export_b", marker=False)          # no marker: needs the stability window
    second = new_exports_sensor(dg.build_sensor_context(instance=instance, cursor=result.cursor))
    assert second.run_requests == [] and not second.dynamic_partitions_requests
    assert second.skip_reason.skip_message.startswith("1 export(s) waiting: 1 still changing")
    assert "export_b" not in second.skip_reason.skip_message and "MUELLER" not in second.cursor
    time.sleep(0.6)
    third = new_exports_sensor(dg.build_sensor_context(instance=instance, cursor=second.cursor))
    (key_b,) = third.dynamic_partitions_requests[0].partition_keys
    assert key_b != key_a and [r.partition_key for r in third.run_requests] == [key_b]
    assert set(Vault(env / "vault").exports()) == {key_a, key_b}
    fourth = new_exports_sensor(dg.build_sensor_context(instance=instance, cursor=third.cursor))
    assert fourth.run_requests == []
    assert fourth.skip_reason.skip_message == (
        "nothing new: 2 export folder(s), all curated and unchanged (0 walked this tick)")
    keys = json.loads(fourth.cursor)["exports"].keys()
    assert len(keys) == 2 and all(k.startswith("w_") for k in keys)
    assert "export_" not in fourth.cursor


def test_skip_reasons_say_what_the_sensor_saw(env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    instance = dg.DagsterInstance.ephemeral()
    monkeypatch.setenv("RADCURATE_EXPORTS_DIR", str(env / "exprots"))          # mistyped
    result = new_exports_sensor(dg.build_sensor_context(instance=instance))
    assert "does not exist" in result.skip_message
    monkeypatch.delenv("RADCURATE_EXPORTS_DIR")
    result = new_exports_sensor(dg.build_sensor_context(instance=instance))
    assert result.skip_message == "RADCURATE_EXPORTS_DIR is not set: no inbox to watch"
    monkeypatch.setenv("RADCURATE_EXPORTS_DIR", str(env / "exports"))
    result = new_exports_sensor(dg.build_sensor_context(instance=instance))
    assert result.skip_reason.skip_message.startswith("nothing new: 0 export folder(s)")


def test_sensor_skips_without_secret(env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RADCURATE_SECRET")
    result = new_exports_sensor(dg.build_sensor_context(instance=dg.DagsterInstance.ephemeral()))
    assert isinstance(result, dg.SkipReason) and "RADCURATE_SECRET" in result.skip_message


def test_same_files_under_another_name_is_the_same_partition(env: Path) -> None:
    instance = dg.DagsterInstance.ephemeral()
    _drop(env, "export_a", marker=True, content=b"same bytes")
    first = new_exports_sensor(dg.build_sensor_context(instance=instance))
    (key_a,) = first.dynamic_partitions_requests[0].partition_keys
    instance.add_dynamic_partitions("exports", [key_a])
    _drop(env, "copy_of_a", marker=True, content=b"same bytes")
    second = new_exports_sensor(dg.build_sensor_context(instance=instance, cursor=first.cursor))
    assert not second.dynamic_partitions_requests                  # no second partition
    assert [r.partition_key for r in second.run_requests] == [key_a]
    assert list(Vault(env / "vault").exports()) == [key_a]


def test_grown_export_supersedes_its_old_partition_after_its_run(env: Path) -> None:
    from assets.sensors import retire_superseded_exports
    from curation.paths import DataPaths

    instance = dg.DagsterInstance.ephemeral()
    _drop(env, "export_a", marker=True)
    first = new_exports_sensor(dg.build_sensor_context(instance=instance))
    (old,) = first.dynamic_partitions_requests[0].partition_keys
    instance.add_dynamic_partitions("exports", [old])
    (env / "exports" / "export_a" / "MUELLER_ANNA_19560312" / "IM0002").write_bytes(PREAMBLE + b"more")
    time.sleep(0.01)
    (env / "exports" / "export_a" / "EXPORT_COMPLETE").touch()   # a marker written after the new file
    second = new_exports_sensor(dg.build_sensor_context(instance=instance, cursor=first.cursor))
    (new,) = second.dynamic_partitions_requests[0].partition_keys
    instance.add_dynamic_partitions("exports", [new])
    said: list[str] = []
    # what corpus_after_export does once the new partition's run succeeded
    assert retire_superseded_exports(instance, DataPaths.from_env(), new, said.append) == [old]
    assert instance.get_dynamic_partitions("exports") == [new] and list(Vault(env / "vault").exports()) == [new]
    assert f"supersedes {old}" in said[0] and "export_a" not in said[0]


def test_every_sensor_and_schedule_says_what_it_does() -> None:
    from radcurate.definitions import defs

    repository = defs.get_repository_def()
    automations = [*repository.sensor_defs, *repository.schedule_defs]
    assert len(automations) >= 4
    for automation in automations:
        assert automation.description and len(automation.description) > 40, automation.name


def test_a_folder_without_dicom_is_not_registered(env: Path) -> None:
    folder = env / "exports" / "notes_only"
    folder.mkdir()
    (folder / "readme.txt").write_text("no images here")
    (folder / "EXPORT_COMPLETE").write_bytes(b"")
    result = new_exports_sensor(dg.build_sensor_context(instance=dg.DagsterInstance.ephemeral()))
    assert not getattr(result, "run_requests", None) and not list(Vault(env / "vault").exports())
