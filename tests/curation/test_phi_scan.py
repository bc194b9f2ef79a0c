from pathlib import Path

import pyarrow as pa

from curation.phi_scan import PhiNeedles, redact_text, scan_table, scan_text, scan_tree
from curation.tables.io import write_parquet_atomic
from curation.vault import PatientPhi


def _needles() -> PhiNeedles:
    return PhiNeedles.from_phi([PatientPhi("P1", names=("Müller^Anna",), patient_ids=("PAT0001234",),
                                           birth_dates=("19560312",), physicians=("Dr. med. Hans Schäfer",))])


def test_whole_words_folded_and_dates() -> None:
    needles = _needles()
    assert scan_text("Patientin MUELLER kam", needles) == ["name"]
    assert scan_text("Hannah und Annabelle", needles) == []
    assert scan_text("geb. 12.03.1956", needles) == ["date"]
    assert scan_text("OA Schaefer", needles) == ["name"]
    assert scan_text("mail: a.b@klinik.de", needles) == ["email"]
    assert scan_text("Dr. med. Leber", needles) == []


def test_table_and_tree_report_positions_not_values(tmp_path: Path) -> None:
    table = pa.table({"text": ["ok", "Frau Müller"], "tags": [["x"], ["PAT0001234"]], "n": [1, 2]})
    hits = scan_table(table, _needles(), "t")
    assert [(h.column, h.row, h.label) for h in hits] == [("text", 1, "name"), ("tags", 1, "id")]
    write_parquet_atomic(tmp_path / "t.parquet", table)
    (tmp_path / "MUELLER_ANNA").mkdir()
    tree = scan_tree(tmp_path, _needles())
    assert {(h.where, h.column) for h in tree} >= {("t.parquet", "text"), ("MUELLER_ANNA", "<path>")}
    assert all("Müller" not in repr(h) for h in tree)


def test_binary_fields_are_not_scanned_as_text() -> None:
    needles = PhiNeedles.from_strings(["Anna"])
    image = pa.array([{"bytes": b"\x00 anna \x00", "path": None}, {"bytes": b"", "path": "x/Anna.png"}],
                     pa.struct([("bytes", pa.binary()), ("path", pa.string())]))
    hits = scan_table(pa.table({"image": image}), needles, "t")
    assert [(h.column, h.row) for h in hits] == [("image", 1)]


def _two_patients() -> PhiNeedles:
    return PhiNeedles.from_phi([PatientPhi("P1", names=("Müller^Anna",), birth_dates=("19560312",)),
                                PatientPhi("P2", names=("Kowalski^Jan",), birth_dates=("19710405",))])


def test_a_row_is_checked_for_its_own_patient_only() -> None:
    needles = _two_patients()
    # P1's shifted study date happens to equal P2's birth date: not a leak in P1's row.
    assert scan_text("Untersuchung vom 05.04.1971", needles, "P1") == []
    assert scan_text("Untersuchung vom 05.04.1971", needles, "P2") == ["date"]
    assert scan_text("Untersuchung vom 05.04.1971", needles) == ["date"]          # unknown patient: all needles
    table = pa.table({"patient_pid": ["P1", "P2", None], "text": ["Kowalski", "Kowalski", "Kowalski"],
                      "report_id": ["R1", "R2", "R3"]})
    hits = scan_table(table, needles, "t")
    assert [(h.row, h.row_id, h.label) for h in hits] == [(1, "R2", "name"), (2, "R3", "name")]


def test_leftmost_longest_whole_words_like_the_old_alternation() -> None:
    needles = PhiNeedles.from_strings(["Anna", "Anna-Lena", "Lena Berg"])
    assert scan_text("Anna-Lena Berg", needles) == ["planted"]                    # one match, not three
    assert scan_text("Annabelle, Hanna", needles) == []
    assert scan_text("MUELLER_ANNA", PhiNeedles.from_strings(["Anna"])) == ["planted"]  # "_" separates


def test_redact_replaces_exact_values_with_offsets_of_the_original() -> None:
    needles = _two_patients()
    text, count = redact_text("Frau MÜLLER (geb. 1956-03-12) und Anna; Kowalski bleibt.", needles, "P1",
                              lambda label: f"[{label.upper()}]")
    assert (text, count) == ("Frau [NAME] (geb. [DATE]) und [NAME]; Kowalski bleibt.", 3)
    assert redact_text("Straße frei", needles, "P1", str.upper) == ("Straße frei", 0)


def test_escaped_values_count_for_their_own_patient_only() -> None:
    needles = _two_patients()
    assert scan_text(r"Frau M\'fcller", needles, "P1") == ["name"]
    assert scan_text(r"Frau M\'fcller", needles, "P2") == []
    assert scan_text("Frau M&uuml;ller und Anna", needles, "P1") == ["name", "name"]   # each needle once


def test_sqlite_cells_and_compressed_blobs_are_scanned_without_noise(tmp_path) -> None:
    """A Dagster instance database: a name in a zlib-compressed blob is found; random compressed bytes are no
    e-mail address."""
    import random
    import sqlite3
    import zlib

    from curation.phi_scan import scan_tree

    db = tmp_path / "runs.db"
    with sqlite3.connect(db) as connection:
        connection.execute("CREATE TABLE snapshots (id INTEGER, body BLOB, note TEXT)")
        connection.execute("INSERT INTO snapshots VALUES (1, ?, 'ok')",
                           (zlib.compress(b'{"tags": {"who": "Ingeborg Wachtmeister"}}'),))
        noise = random.Random(7)  # seeded: the same bytes every run
        for n in range(200):  # random bytes, some decoding to "x@y.z"-like letters or to "<![" markup
            connection.execute("INSERT INTO snapshots VALUES (?, ?, NULL)", (n + 2, noise.randbytes(4096)))
    needles = PhiNeedles.from_strings(["Ingeborg Wachtmeister"])
    hits = scan_tree(tmp_path, needles)
    assert [(h.where, h.column) for h in hits] == [("runs.db", "<sqlite>")]
    assert not scan_tree(tmp_path, PhiNeedles.from_strings(["Nobody Here"]))
