"""`forget_export`: one export's tables, files and vault entry go; the other export's stay."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from curation.forget import forget_export, log_forgotten, superseded_exports
from curation.keyslices.images import store_png, stored_images
from curation.keyslices.render import png_bytes
from curation.paths import DataPaths
from curation.tables.io import read_table, table_exports, write_table
from curation.vault import Vault


def _curated(paths: DataPaths, export_id: str, source: Path) -> None:
    write_table(paths, "volumes", [{"volume_id": f"V{export_id}", "export_id": export_id, "patient_pid": "P1",
                                    "path": f"volumes/{export_id}/V.nii.gz"}], export_id=export_id)
    write_table(paths, "quarantine", [], export_id=export_id, part="index")
    for base in (paths.volumes_dir, paths.segmentations_dir):
        (base / export_id).mkdir(parents=True, exist_ok=True)
        (base / export_id / "V.nii.gz").write_bytes(b"x")
    source.mkdir(parents=True, exist_ok=True)
    Vault(paths.vault_dir).register_export(export_id, source, ["e1", "e2"])


def _png(paths: DataPaths, value: int) -> tuple[str, str]:
    return store_png(paths.data_dir, png_bytes(np.full((2, 2), value, np.uint8)))


def _pair(pair_id: str, export_id: str, image: tuple[str, str]) -> dict:
    return {"pair_id": pair_id, "volume_id": f"V{export_id}", "image_sha256": image[0], "image_path": image[1]}


def test_forget_removes_one_export_everywhere(data_paths: DataPaths, tmp_path: Path) -> None:
    _curated(data_paths, "exp_aaaaaaaaaaaa", tmp_path / "MUELLER_export")
    _curated(data_paths, "exp_bbbbbbbbbbbb", tmp_path / "other")
    only_a, shared, only_b = (_png(data_paths, v) for v in (10, 20, 30))
    write_table(data_paths, "image_text_pairs", [_pair("Ta1", "exp_aaaaaaaaaaaa", only_a),
                                                  _pair("Ta2", "exp_aaaaaaaaaaaa", shared),
                                                  _pair("Tb1", "exp_bbbbbbbbbbbb", shared),
                                                  _pair("Tb2", "exp_bbbbbbbbbbbb", only_b)])
    report = forget_export(data_paths, "exp_aaaaaaaaaaaa")
    assert (report.tables, report.files, report.vault, report.images) == (2, 2, True, 1)
    assert sorted(p.stem for p in stored_images(data_paths.data_dir)) == sorted([shared[0], only_b[0]])
    assert table_exports(data_paths, "volumes") == ["exp_bbbbbbbbbbbb"]
    assert read_table(data_paths, "volumes")["export_id"].to_pylist() == ["exp_bbbbbbbbbbbb"]
    assert not (data_paths.volumes_dir / "exp_aaaaaaaaaaaa").exists()
    vault = Vault(data_paths.vault_dir)
    assert list(vault.exports()) == ["exp_bbbbbbbbbbbb"] and not vault.export_dir("exp_aaaaaaaaaaaa").exists()
    again = forget_export(data_paths, "exp_aaaaaaaaaaaa")               # idempotent
    assert not again.anything
    log_forgotten(data_paths, report)
    line = (data_paths.data_dir / "forgotten.jsonl").read_text()
    assert json.loads(line)["export_id"] == "exp_aaaaaaaaaaaa" and "MUELLER" not in line and str(tmp_path) not in line


@pytest.mark.parametrize("bad", ["../x", "exp_", "exp_a/b", "export"])
def test_forget_refuses_what_is_not_a_partition_key(data_paths: DataPaths, bad: str) -> None:
    with pytest.raises(ValueError, match="not an export partition key"):
        forget_export(data_paths, bad)


def test_superseded_only_when_the_same_folder_grew(tmp_path: Path) -> None:
    vault, folder = Vault(tmp_path / "vault"), tmp_path / "export"
    folder.mkdir()
    vault.register_export("exp_old", folder, ["e1", "e2"])
    vault.register_export("exp_legacy", folder)                             # registered without a manifest
    vault.register_export("exp_other", folder, ["x1", "x2"])                # other files, same path
    vault.register_export("exp_elsewhere", tmp_path / "elsewhere", ["e1"])
    assert superseded_exports(vault, folder, "exp_new", ("e1", "e2", "e3")) == ["exp_legacy", "exp_old"]
    assert superseded_exports(vault, folder, "exp_new", ("e1", "e3")) == ["exp_legacy"]   # e2 gone: changed
