"""The streamed release (one export group at a time, de-duplicated by digests) equals the whole-table build.

The oracle below is the release's former algorithm, over each config's whole table: keep the first row of each
content key in the table's order, drop rows without a patient, rows whose pair is not released and rows whose
stored image is gone, sort by the key, split by patient, cut by export group.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from curation.keyslices.images import store_png
from curation.keyslices.render import png_bytes
from curation.paths import DataPaths
from curation.release import SplitPolicy, build_release
from curation.release.configs import RELEASE_CONFIGS, report_volume_pairs
from curation.release.groups import ExportGroups
from curation.release.keys import contains, digests
from curation.tables import write_table


def _export(paths: DataPaths, export_id: str, patients: list[str], extra_pairs: tuple[dict, ...] = ()) -> None:
    """An export's volumes and reports, and its corpus parts: two captions per image, three VQA items per pair
    (the third the same in every export: a duplicate key across exports), a grounding row per image."""
    vols, reps, pairs, vqa, grounding, snippets = [], [], [], [], [], []
    for n, pid in enumerate(patients):
        vid, rid, rel = f"V{pid}", f"R{export_id}{pid}", f"volumes/{export_id}/V{pid}.nii.gz"
        (paths.data_dir / rel).parent.mkdir(parents=True, exist_ok=True)
        (paths.data_dir / rel).write_bytes(b"nifti" + pid.encode())
        study = f"2.25.{pid}"
        vols.append({"volume_id": vid, "export_id": export_id, "patient_pid": pid, "study_uid": study,
                     "modality": "CT", "plane": "axial", "path": rel, "training_role": "primary"})
        reps.append({"report_id": rid, "export_id": export_id, "patient_pid": pid, "study_uid": study, "lang": "de",
                     "text": f"Befund {pid}", "text_sha256": f"h{pid}", "link_status": "linked_accession",
                     "report_date": dt.date(2020, 1, 1)})
        seed = sum(ord(c) * 31**i for i, c in enumerate(pid))
        pixels = np.random.default_rng(seed).integers(0, 255, (16, 16), dtype=np.uint8)
        sha, image_rel = store_png(paths.data_dir, png_bytes(pixels))
        for k, caption in enumerate(("Rundherd", None if n % 3 == 0 else f"Rundherd, {n} mm")):
            pair_id = f"T{export_id}{pid}{k}"
            pairs.append({"pair_id": pair_id, "volume_id": vid, "volume_path": rel, "slice_index": 3 + n % 2,
                          "report_id": rid, "patient_pid": pid, "modality": "CT", "plane": "axial",
                          "image_path": image_rel, "image_sha256": sha, "window": "lung", "caption_de": caption,
                          "caption_en": "Nodule", "source": "snippet", "lang": "de"})
            for q in range(3):
                vqa.append({"item_id": f"Q{pair_id}{q}", "pair_id": pair_id, "volume_id": vid, "slice_index": 3,
                            "report_id": rid, "lang": "de", "question": f"Frage {q}?",
                            "answer": "ja" if q == 2 else f"{pid} {k}"})
        grounding.append({"item_id": f"G{export_id}{pid}", "pair_id": f"T{export_id}{pid}0", "volume_id": vid,
                          "slice_index": 3, "structure": "lung", "phrase": "Lunge", "lang": "de"})
        snippets.append({"pair_id": f"S{export_id}{pid}", "report_id": rid, "patient_pid": pid, "study_uid": study,
                         "ref_series": 3, "ref_image_start": 10 + n, "ref_image_end": 10 + n, "snippet": "Rundherd",
                         "lang": "de", "status": "resolved", "volume_id": vid, "z_mm": -100.0, "depth_mm": 50.0})
    # a VQA item of a pair nobody released, one of a volume no export holds (no patient)
    vqa.append({"item_id": f"Qx{export_id}", "pair_id": "no-such-pair", "volume_id": vols[0]["volume_id"],
                "slice_index": 3, "report_id": reps[0]["report_id"], "lang": "de", "question": "?", "answer": "x"})
    vqa.append({"item_id": f"Qy{export_id}", "pair_id": pairs[0]["pair_id"], "volume_id": "V-unknown",
                "slice_index": 3, "report_id": reps[0]["report_id"], "lang": "de", "question": "?", "answer": "y"})
    pairs += extra_pairs
    write_table(paths, "volumes", vols, export_id=export_id)
    write_table(paths, "reports", reps, export_id=export_id)
    for table, rows in (("image_text_pairs", pairs), ("vqa_items", vqa), ("grounding_items", grounding),
                        ("snippet_pairs", snippets)):
        write_table(paths, table, rows, export_id=export_id)


def _corpus(paths: DataPaths) -> None:
    _export(paths, "exp_a", [f"A{i:02d}" for i in range(12)])
    # a re-export of four of exp_a's patients (same content keys: de-duplicated) and new ones
    _export(paths, "exp_b", ["A01", "A02", "A03", "A04", *(f"B{i:02d}" for i in range(9))])
    # a report of exp_c showing a volume exp_a holds: its rows belong to exp_a's group
    sha, image_rel = store_png(paths.data_dir, png_bytes(np.full((16, 16), 7, np.uint8)))
    cross = {"pair_id": "Tcross", "volume_id": "VA05", "volume_path": "volumes/exp_a/VA05.nii.gz", "slice_index": 9,
             "report_id": "Rexp_cC00", "patient_pid": "A05", "modality": "CT", "plane": "axial",
             "image_path": image_rel, "image_sha256": sha, "window": "soft", "caption_de": "Quer",
             "source": "snippet", "lang": "de"}
    _export(paths, "exp_c", [f"C{i:02d}" for i in range(7)], extra_pairs=(cross,))
    # a stored image gone: its pairs and their items are left out
    rows = pq.read_table(paths.table_dir("image_text_pairs") / "export=exp_c" / "part-00000.parquet").to_pylist()
    (paths.data_dir / next(r["image_path"] for r in rows if r["pair_id"] == "Texp_cC030")).unlink()


def _oracle(paths: DataPaths, policy: SplitPolicy) -> tuple[dict[tuple[str, str, str], list[dict]], dict[str, int]]:
    """(config, split, group) -> rows, and dangling counts, by the whole-table algorithm."""
    groups = ExportGroups.read(paths)
    out: dict[tuple[str, str, str], list[dict]] = {}
    present: dict[str, set[str]] = {}
    dangling: dict[str, int] = {}
    for config in RELEASE_CONFIGS:
        table = config.build(paths)
        seen: set[tuple] = set()
        keep = []
        for i, values in enumerate(zip(*(table[k].to_pylist() for k in config.dedup_key), strict=True)):
            if values not in seen:
                seen.add(values)
                keep.append(i)
        table = table.take(pa.array(keep, pa.int64()))
        table = table.filter(pc.is_valid(table["patient_pid"]))
        n = table.num_rows
        if config.name in ("vqa", "grounding"):
            table = table.filter(pc.fill_null(pc.is_in(table["pair_id"],
                                                       value_set=pa.array(sorted(present["image_text_pairs"]))), False))
        if "image_path" in table.column_names:
            ok = [rel is not None and (paths.data_dir / rel).is_file() for rel in table["image_path"].to_pylist()]
            table = table.filter(pa.array(ok, pa.bool_()))
        dangling[config.name] = n - table.num_rows
        if "pair_id" in table.column_names:
            present[config.name] = set(table["pair_id"].to_pylist())
        table = table.sort_by([(c, "ascending") for c in config.dedup_key])
        for row in table.to_pylist():
            group = groups.of(row.get("volume_id"), row.get("report_id"))
            out.setdefault((config.name, policy.split_of(row["patient_pid"]), group), []).append(row)
    return out, dangling


def test_streamed_release_equals_the_whole_table_build(data_paths: DataPaths) -> None:
    _corpus(data_paths)
    policy = SplitPolicy()
    expected, dangling = _oracle(data_paths, policy)
    summary = build_release(data_paths, policy=policy, provenance={}, deid_profile="x")
    got: dict[tuple[str, str, str], list[dict]] = {}
    for f in summary.files:
        group = f.relative_path.rsplit("/", 1)[1].removeprefix(f"{f.split}-").rsplit("-", 1)[0]
        rows = pq.read_table(summary.path / f.relative_path).to_pylist()
        for row in rows:
            row.pop("image", None)
            if row.get("volume_path"):   # linked into the release
                row["volume_path"] = None
        got.setdefault((f.config, f.split, group), []).extend(rows)
    for rows in expected.values():
        for row in rows:
            row.pop("image_path", None)
            if row.get("volume_path"):
                row["volume_path"] = None
    assert got == expected
    # the corpus exercises every rule: duplicates across exports, a cross-export group, dangling rows
    assert summary.dropped_dangling == {k: v for k, v in dangling.items() if v}
    # C03's two pairs (image gone), their 5 distinct items and its grounding row; one unreleased pair per export
    assert dangling == {"image_text_pairs": 2, "vqa": 5 + 3, "grounding": 1, "snippet_pairs": 0,
                        "report_volume_pairs": 0}
    assert ("image_text_pairs", policy.split_of("A05"), "exp_a") in got
    assert any(r["pair_id"] == "Tcross" for r in got[("image_text_pairs", policy.split_of("A05"), "exp_a")])
    assert sum(summary.counts["snippet_pairs"].values()) == 12 + 13 + 7   # a re-export's snippets: other images
    assert sum(summary.counts["report_volume_pairs"].values()) == 12 + 9 + 7   # the re-exported four: duplicates


def test_files_in_split_then_group_order(data_paths: DataPaths) -> None:
    _corpus(data_paths)
    summary = build_release(data_paths, policy=SplitPolicy(), provenance={}, deid_profile="x")
    order = {s: i for i, s in enumerate(SplitPolicy().ratios)}
    for config in {f.config for f in summary.files}:
        keys = [(order[f.split], f.relative_path) for f in summary.files if f.config == config]
        assert keys == sorted(keys)


def test_digests_membership() -> None:
    released = np.unique(digests(["T1", "T2", "T3"]))
    assert contains(released, digests(["T2", "T9", "T1", ""])).tolist() == [True, False, True, False]
    assert digests([("V1", 3, None)]) != digests([("V1", 3, "None")])
    assert digests([("V1", 3)]) != digests([("V1", "3")])


def test_report_volume_pairs_streamed_per_reports_part(data_paths: DataPaths) -> None:
    _corpus(data_paths)
    whole = report_volume_pairs(data_paths)
    parts = list(RELEASE_CONFIGS[-1].parts(data_paths, None))
    # the re-exported four studies have their volume in two exports: two rows per report
    assert len(parts) == 3 and sum(p.num_rows for p in parts) == whole.num_rows == (12 + 4) + (13 + 4) + 7
