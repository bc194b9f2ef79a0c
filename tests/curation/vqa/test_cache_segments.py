"""The VQA cache in segments: a save writes only its new keys; one cache serves many runs with only their hits read."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq

from curation.paths import DataPaths
from curation.vqa.cache import CACHE_SCHEMA, VqaCache, cache_key, cache_path, segment_paths
from curation.vqa.pipeline import run_vqa
from tests.curation.vqa.test_validate_cache import REPORT, CountingGenerator, request

TEXTS = {f"pair{n}": f"Rundherd im rechten Unterlappen, {n} mm. Kein Pleuraerguss." for n in range(1, 7)}


def _requests(refs: list[str]):
    return [request(ref, TEXTS[ref], own=True) for ref in refs]


def test_each_save_writes_only_its_new_keys(data_paths: DataPaths) -> None:
    gen = CountingGenerator()
    first = run_vqa(_requests(["pair1", "pair2"]), gen, data_paths, drop_constant=False)
    assert [p.name for p in segment_paths(data_paths)] == ["items.parquet"]
    second = run_vqa(_requests(["pair2", "pair3", "pair4"]), gen, data_paths, drop_constant=False)
    assert second.generated == 2 and second.cached == 1 and gen.asked == ["pair1", "pair2", "pair3", "pair4"]
    segments = segment_paths(data_paths)
    assert len(segments) == 2 and segments[1].name.startswith("items-")
    keys = [set(pq.read_table(p, columns=["cache_key"])["cache_key"].to_pylist()) for p in segments]
    assert [len(k) for k in keys] == [2, 2] and not keys[0] & keys[1]
    # what the run returned from the cache equals what it generated the first time
    assert [r for r in second.rows if r["pair_id"] == "pair2"] == [r for r in first.rows if r["pair_id"] == "pair2"]
    assert len(VqaCache(data_paths)) == 4


def test_one_cache_for_many_runs_holds_only_the_current_hits(data_paths: DataPaths) -> None:
    gen = CountingGenerator()
    for refs in (["pair1", "pair2"], ["pair3", "pair4"], ["pair5"]):
        run_vqa(_requests(refs), gen, data_paths, drop_constant=False)
    cache = VqaCache(data_paths)
    assert len(cache) == 5 and "missing" not in cache
    again = run_vqa(_requests(["pair3", "pair6"]), CountingGenerator(), data_paths, drop_constant=False, cache=cache)
    assert again.cached == 1 and again.generated == 1
    assert set(cache._hot) == {cache_key(r, gen.info) for r in _requests(["pair3", "pair6"])}
    later = run_vqa(_requests(["pair1"]), CountingGenerator(), data_paths, drop_constant=False, cache=cache)
    assert later.cached == 1 and set(cache._hot) == {cache_key(_requests(["pair1"])[0], gen.info)}
    assert len(VqaCache(data_paths)) == 6


def test_a_cache_written_whole_reads_as_the_first_segment(data_paths: DataPaths) -> None:
    gen = CountingGenerator()
    run_vqa([request("pair1", REPORT, own=True)], gen, data_paths, drop_constant=False)
    table = pq.read_table(cache_path(data_paths)).drop_columns(["template", "finding"])   # an older cache
    pq.write_table(table, cache_path(data_paths))
    assert pa.types.is_string(CACHE_SCHEMA.field("template").type)
    hit = run_vqa([request("pair1", REPORT, own=True)], gen, data_paths, drop_constant=False)
    assert hit.cached == 1 and hit.generated == 0 and all(r["template"] is None for r in hit.rows)
