"""The corpus job's fingerprint: unchanged files cost a stat, every input or output change is seen."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from curation import corpus_inputs
from curation.paths import DataPaths
from curation.tables import digests


def _part(path: Path, values: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.table({"study_uid": values}), path)


def _setup(tmp_path: Path) -> tuple[DataPaths, Path]:
    paths = DataPaths(data_dir=tmp_path / "data", vault_dir=tmp_path / "vault")
    _part(paths.table_dir("reports") / "export=exp_a" / "part-0.parquet", ["1.2.3"])
    _part(paths.table_dir("dicom_index") / "export=exp_a" / "part-0.parquet", ["1.2.3", "1.2.4"])
    _part(paths.table_dir("vqa_items") / "export=exp_a" / "part-0.parquet", ["1.2.3"])
    (paths.vault_dir / "exports" / "exp_a").mkdir(parents=True)
    (paths.vault_dir / "exports" / "exp_a" / "patient_phi.json").write_text('{"P1": {"names": ["Muster"]}}')
    (paths.dataset_dir / "data").mkdir(parents=True)
    (paths.dataset_dir / "data" / "train-00000.parquet").write_bytes(b"shard")
    code = tmp_path / "code" / "curation"
    code.mkdir(parents=True)
    (code / "step.py").write_text("X = 1\n")
    return paths, code


def test_unchanged_costs_no_read_and_each_change_is_seen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(digests, "SETTLE_NS", 0)  # files written this second count as settled (test_digests.py)
    paths, code = _setup(tmp_path)
    first = corpus_inputs.fingerprint(paths, [code])
    assert (first.files, first.hashed) == (5, 4)  # 3 table parts + 1 vault file hashed; the shard is stat'ed
    again = corpus_inputs.fingerprint(paths, [code])
    assert again == corpus_inputs.CorpusInputs(first.inputs, first.outputs, 5, 0)

    # a per-export part rewritten with other rows: an input change
    _part(paths.table_dir("dicom_index") / "export=exp_a" / "part-0.parquet", ["1.2.3"])
    changed = corpus_inputs.fingerprint(paths, [code])
    assert changed.inputs != first.inputs and changed.outputs == first.outputs and changed.hashed == 1
    # rewritten byte for byte identical: a new inode, hashed once, the same digest
    _part(paths.table_dir("dicom_index") / "export=exp_a" / "part-0.parquet", ["1.2.3", "1.2.4"])
    assert corpus_inputs.fingerprint(paths, [code]).inputs == first.inputs

    # a corpus part is an output; the release is stat'ed
    _part(paths.table_dir("vqa_items") / "export=exp_a" / "part-0.parquet", ["1.2.9"])
    out = corpus_inputs.fingerprint(paths, [code])
    assert out.inputs == first.inputs and out.outputs != first.outputs
    shard = paths.dataset_dir / "data" / "train-00000.parquet"
    os.utime(shard, ns=(1, 1))
    assert corpus_inputs.fingerprint(paths, [code]).outputs not in (first.outputs, out.outputs)

    # the vault's PHI values and the code are inputs
    base = corpus_inputs.fingerprint(paths, [code]).inputs
    (paths.vault_dir / "exports" / "exp_a" / "patient_phi.json").write_text('{"P1": {"names": ["Mustermann"]}}')
    vault = corpus_inputs.fingerprint(paths, [code]).inputs
    assert vault != base
    (code / "step.py").write_text("X = 2\n")
    assert corpus_inputs.fingerprint(paths, [code]).inputs not in (base, vault)
    # lock files and the digest memo are not inputs
    (paths.tables_dir / "reports" / ".x.lock").write_text("")
    assert corpus_inputs.fingerprint(paths, [code]).files == 5


def test_configuration_is_an_input_secrets_are_not(tmp_path: Path, monkeypatch) -> None:
    paths, code = _setup(tmp_path)
    monkeypatch.setenv("RADCURATE_VQA_BACKEND", "template")
    base = corpus_inputs.fingerprint(paths, [code]).inputs
    monkeypatch.setenv("RADCURATE_SECRET", "another-secret-0123456789abcdef")
    monkeypatch.setenv("RADCURATE_LLM_API_KEY", "sk-other")
    assert corpus_inputs.fingerprint(paths, [code]).inputs == base
    monkeypatch.setenv("RADCURATE_VQA_BACKEND", "openai")
    assert corpus_inputs.fingerprint(paths, [code]).inputs != base


def test_record_only_after_a_settled_run_and_clear(tmp_path: Path) -> None:
    paths, code = _setup(tmp_path)
    assert corpus_inputs.recorded(paths) is None
    before = corpus_inputs.fingerprint(paths, [code])
    _part(paths.table_dir("vqa_items") / "export=exp_a" / "part-0.parquet", ["1.2.3", "1.2.5"])  # the run's output
    assert corpus_inputs.record_if_settled(paths, before, [code])
    assert corpus_inputs.recorded(paths) == corpus_inputs.fingerprint(paths, [code]).digest != before.digest

    # an export run wrote while the corpus ran: not recorded as up to date
    corpus_inputs.clear(paths)
    assert corpus_inputs.recorded(paths) is None
    before = corpus_inputs.fingerprint(paths, [code])
    _part(paths.table_dir("reports") / "export=exp_b" / "part-0.parquet", ["9.9"])
    assert not corpus_inputs.record_if_settled(paths, before, [code])
    assert corpus_inputs.recorded(paths) is None
    # the record and the vault's digest memo hold digests and relative paths only
    text = corpus_inputs.record_path(paths).read_text()
    memo = (paths.data_dir / "cache" / corpus_inputs.VAULT_MEMO_NAME).read_text()
    assert "Muster" not in text + memo and str(tmp_path) not in text + memo
    assert "exports/exp_a/patient_phi.json" in memo


def test_a_record_of_an_older_radcurate_holding_the_vault_memo_is_no_failure_and_no_change(tmp_path: Path) -> None:
    paths, code = _setup(tmp_path)
    current = corpus_inputs.fingerprint(paths, [code])
    # before the vault had its own digest memo, the record held it (size, mtime_ns, inode, sha256) by path
    st = (paths.vault_dir / "exports" / "exp_a" / "patient_phi.json").stat()
    old = {"last_success": current.digest,
           "vault_digests": {"exports/exp_a/patient_phi.json": [st.st_size, st.st_mtime_ns, st.st_ino, "0" * 64]}}
    corpus_inputs.record_path(paths).write_text(json.dumps(old))
    (paths.data_dir / "cache" / corpus_inputs.VAULT_MEMO_NAME).unlink()
    assert corpus_inputs.fingerprint(paths, [code]) == current   # the old entry's digest is not used
    assert json.loads(corpus_inputs.record_path(paths).read_text()) == {"last_success": current.digest}
    corpus_inputs.record_path(paths).write_text("{broken")        # a damaged record: nothing recorded
    assert corpus_inputs.recorded(paths) is None
