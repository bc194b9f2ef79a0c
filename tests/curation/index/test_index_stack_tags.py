"""The index carries the values that split a series into stacks (echo, b-value, acquisition, phase),
the same through the lean reader and through pydicom, whatever the encoding or vendor tag."""

from __future__ import annotations

from pathlib import Path

import pydicom
import pytest
from pydicom.uid import ExplicitVRBigEndian, ImplicitVRLittleEndian

from curation.index import reader
from curation.index.phi import PhiCollector
from curation.keys import Pseudonymizer
from tests.curation.index.index_dicom_files import ct_dataset, write
from tests.curation.index.test_index_lean import _assert_same, _lean_count

SERIES = "1.2.826.0.1.3680043.10.999.7"


def _mr(instance: int, **tags: object) -> pydicom.Dataset:
    ds = ct_dataset(instance, series_uid=SERIES, z_mm=float(instance))
    ds.Modality = "MR"
    for keyword, value in tags.items():
        setattr(ds, keyword, value)
    return ds


def _vendor(ds: pydicom.Dataset, vendor: str, value: object, block: int = 0x11) -> pydicom.Dataset:
    group, creator, offset, vr = {"siemens": (0x0019, "SIEMENS MR HEADER", 0x0C, "IS"),
                                  "ge": (0x0043, "GEMS_PARM_01", 0x39, "IS"),
                                  "philips": (0x2001, "Philips Imaging DD 001", 0x03, "FL")}[vendor]
    ds.add_new(group << 16 | 0x0010, "LO", "SOME OTHER CREATOR")   # the vendor's block is not always 0x10
    ds.add_new(group << 16 | block, "LO", creator)
    ds.add_new(group << 16 | block << 8 | offset, vr, value)
    return ds


def _export(root: Path) -> dict[str, pydicom.Dataset]:
    files = {
        "std/IM1": _mr(1, EchoNumbers=2, EchoTime=9.84, AcquisitionNumber=3, TemporalPositionIdentifier=4,
                       DiffusionBValue=1000.0),
        "siemens/IM2": _vendor(_mr(2), "siemens", "800"),
        "ge/IM3": _vendor(_mr(3), "ge", ["1000000500", "0", "0", "0"]),
        "philips/IM4": _vendor(_mr(4), "philips", 1500.0),
        "implicit/IM5": _mr(5, EchoNumbers=1, EchoTime=4.92, DiffusionBValue=50.0),
        "big/IM6": _mr(6, EchoNumbers=3, DiffusionBValue=2000.0),
        "none/IM7": _mr(7),
    }
    files["implicit/IM5"].file_meta.TransferSyntaxUID = ImplicitVRLittleEndian
    files["big/IM6"].file_meta.TransferSyntaxUID = ExplicitVRBigEndian
    files["big/IM6"].PixelData = files["big/IM6"].pixel_array.astype(">i2").tobytes()
    for rel, ds in files.items():
        write(ds, root / rel)
    return files


EXPECTED = {   # echo_number, echo_time, acquisition_number, temporal_position, diffusion_b_value
    "std/IM1": (2, 9.84, 3, 4, 1000.0),
    "siemens/IM2": (None, None, None, None, 800.0),
    "ge/IM3": (None, None, None, None, 500.0),
    "philips/IM4": (None, None, None, None, 1500.0),
    "implicit/IM5": (1, 4.92, None, None, 50.0),
    "big/IM6": (3, None, None, None, 2000.0),
    "none/IM7": (None, None, None, None, None),
}


@pytest.mark.parametrize("lean", [True, False])
def test_stack_tags_in_index_rows(tmp_path: Path, pseudonymizer: Pseudonymizer, lean: bool,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "LEAN_READER", lean)
    _export(tmp_path)
    for rel, expected in EXPECTED.items():
        row = reader.read_file(tmp_path / rel, rel, "exp_stack", pseudonymizer, PhiCollector())
        assert isinstance(row, reader.IndexRow), rel
        got = (row.echo_number, row.echo_time, row.acquisition_number, row.temporal_position,
               row.diffusion_b_value)
        assert got == pytest.approx(expected), rel


def test_stack_tags_lean_equals_pydicom(tmp_path: Path, pseudonymizer: Pseudonymizer,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    _export(tmp_path)
    _assert_same(tmp_path, pseudonymizer, monkeypatch)
    assert _lean_count(tmp_path) == 5   # big endian and this implicit VR file are left to pydicom


def test_stack_tags_reach_the_dicom_index_table(tmp_path: Path, pseudonymizer: Pseudonymizer, data_paths) -> None:
    from curation.tables.io import read_table, write_table

    _export(tmp_path)
    rows = [reader.read_file(tmp_path / rel, rel, "exp_stack", pseudonymizer, PhiCollector()).as_record()
            for rel in EXPECTED]
    write_table(data_paths, "dicom_index", rows, export_id="exp_stack")
    table = read_table(data_paths, "dicom_index").to_pylist()
    assert sorted(r["diffusion_b_value"] for r in table if r["diffusion_b_value"] is not None) == [
        50.0, 500.0, 800.0, 1000.0, 1500.0, 2000.0]
    assert sorted(r["echo_number"] for r in table if r["echo_number"] is not None) == [1, 2, 3]
