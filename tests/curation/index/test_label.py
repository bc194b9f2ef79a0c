import datetime as dt
import os

import pytest

from curation.index.label import export_label, received_date


def test_label_names_site_arrival_and_counts() -> None:
    label = export_label(site="Radiologie Nord", received=dt.date(2026, 12, 6), studies=12, patients=4,
                         files=585, modalities=["CT", "MR", None, "CT"])
    assert label == "Radiologie Nord · received 2026-12-06 · CT, MR · 12 studies, 4 patients, 585 files"


def test_label_without_site_or_images_says_so() -> None:
    label = export_label(site=" ", received=None, studies=0, patients=0, files=3, modalities=[])
    assert label == "site not set (RADCURATE_SITE) · received ? · no images · 0 studies, 0 patients, 3 files"
    with pytest.raises(ValueError, match="counts must be >= 0"):
        export_label(site="x", received=None, studies=-1, patients=0, files=0, modalities=[])


def test_received_date_is_the_folder_change_day(tmp_path) -> None:
    stamp = dt.datetime(2025, 3, 4, 12, 0).timestamp()
    os.utime(tmp_path, (stamp, stamp))
    assert received_date(tmp_path) == dt.date(2025, 3, 4)
    assert received_date(tmp_path / "missing") is None
