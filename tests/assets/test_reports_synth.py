"""On the synthetic export: the planted PHI never appears in the reports table or the data dir.

The dicom_index rows and the vault PHI dictionary are built here from the truth file the way the index
writes them (pseudonymized keys, shifted dates; names, ids, birth date, accessions, the physicians and
institution of the headers), so this test covers the reports side alone.
"""

from __future__ import annotations

import datetime as dt

import dagster as dg
import pytest

from assets.reports import reports
from curation.keys import Pseudonymizer
from curation.phi_scan import PhiNeedles, scan_tree
from curation.tables.io import read_table, write_table
from curation.vault import PatientPhi, Vault
from resources.llm import LlmResource
from resources.storage import RadcurateStorage
from tests.conftest import TEST_SECRET

synth = pytest.importorskip("curation.synth")


def _day(value: str) -> dt.date:
    return dt.date(int(value[:4]), int(value[4:6]), int(value[6:8]))


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    out = tmp_path_factory.mktemp("synth") / "export_0001"
    truth = synth.load_truth(synth.write_synthetic_export(out, synth.SynthOptions(patients=3, seed=5,
                                                                                 bad_files=True, matrix=32)))
    return out, truth


def test_planted_phi_never_reaches_the_data_dir(synthetic, data_paths, secret_env):
    out, truth = synthetic
    p = Pseudonymizer(TEST_SECRET.encode())
    export_id = p.export_id(out.name)
    vault = Vault(data_paths.vault_dir)
    vault.register_export(export_id, out)
    index, phi = [], []
    for patient in truth["patients"]:
        pid = p.patient_pid(patient["patient_id"])
        phi.append(PatientPhi(pid, patient_ids=(patient["patient_id"],), names=(patient["name"],),
                              birth_dates=(patient["birth_date"],),
                              accessions=tuple(s["accession"] for s in patient["studies"])))
        index += [{"export_id": export_id, "file_id": f"F{pid}{i}", "patient_pid": pid,
                   "study_uid": p.uid(s["study_uid"]), "accession_pid": p.accession_pid(s["accession"]),
                   "study_date": p.shift_date(_day(s["study_date"]), pid)} for i, s in enumerate(patient["studies"])]
    vault.write_patient_phi(export_id, phi)
    write_table(data_paths, "dicom_index", index, export_id=export_id)
    instance = dg.DagsterInstance.ephemeral()
    instance.add_dynamic_partitions("exports", [export_id])
    storage = RadcurateStorage(data_dir=str(data_paths.data_dir), vault_dir=str(data_paths.vault_dir),
                               secret=TEST_SECRET)
    assert dg.materialize([reports], resources={"storage": storage, "llm": LlmResource()}, partition_key=export_id,
                          instance=instance).success

    table = read_table(data_paths, "reports", exports=[export_id])
    assert table.num_rows == len(truth["reports"])  # every report kept, orphan included
    statuses = table["link_status"].to_pylist()
    linkable = sum(r["linkable"] for r in truth["reports"])
    assert len(statuses) - statuses.count("unlinked") == linkable
    texts = "\n".join(table["text"].to_pylist())
    for report in truth["reports"]:
        for word in report["keep_words"]:
            assert word in texts
    hits = scan_tree(data_paths.data_dir, PhiNeedles.from_strings(truth["phi_strings"]))
    assert [(h.where, h.column, h.row, h.label) for h in hits] == []
