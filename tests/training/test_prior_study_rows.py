"""Depth training reads only rows with a depth of this study: prior-study references never become items."""

import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from training.config import load_config
from training.data import VolumeCache, snippet_items


def test_prior_study_rows_are_not_depth_items(tiny_release: Path, tmp_path: Path) -> None:
    release = tmp_path / "release"
    shutil.copytree(tiny_release.resolve(), release)
    before, _ = snippet_items(release, "train", VolumeCache(release, load_config("tiny")))
    for shard in sorted((release / "data" / "snippet_pairs").glob("train-*.parquet")):
        table = pq.read_table(shard)
        # Worst case: prior rows that (wrongly) carry this study's volume and a depth must still be skipped.
        prior = table.set_column(table.schema.get_field_index("status"), "status",
                                 pa.array(["prior_study"] * table.num_rows, pa.string()))
        prior = prior.set_column(prior.schema.get_field_index("pair_id"), "pair_id",
                                 pc.binary_join_element_wise(table["pair_id"], pa.scalar("p"), ""))
        pq.write_table(pa.concat_tables([table, prior]), shard)
    after, dropped = snippet_items(release, "train", VolumeCache(release, load_config("tiny")))
    assert before and dropped == 0
    assert [(i.volume_id, i.depth_mm) for i in after] == [(i.volume_id, i.depth_mm) for i in before]
