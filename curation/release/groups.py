"""Which export a release row came from: the group its shards are cut in.

A row belongs to the export of its volume (`volume_id`), else of its report (`report_id`); a row with
neither is in group `none`. Grouping shards by export means a new export's rows land in new shards and
every other export's shards stay byte-identical (and are reused, see shards.py).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc

from curation.paths import DataPaths
from curation.tables.io import read_table

NO_EXPORT = "none"


@dataclass(frozen=True)
class ExportGroups:
    by_volume: Mapping[str, str]
    by_report: Mapping[str, str]

    @classmethod
    def read(cls, paths: DataPaths) -> ExportGroups:
        """volume_id -> export_id and report_id -> export_id from the per-export tables (two columns each)."""
        maps = []
        for table, key in (("volumes", "volume_id"), ("reports", "report_id")):
            rows = read_table(paths, table, columns=[key, "export_id"])
            maps.append(dict(zip(rows[key].to_pylist(), rows["export_id"].to_pylist(), strict=True)))
        return cls(*maps)

    def of(self, volume_id: str | None, report_id: str | None) -> str:
        return self.by_volume.get(volume_id or "") or self.by_report.get(report_id or "") or NO_EXPORT

    def split(self, table: pa.Table) -> Iterator[tuple[str, pa.Table]]:
        """(group, its rows in their order) for each group present, groups in sorted order."""
        if table.num_rows == 0:
            return
        none = [None] * table.num_rows
        volumes = table["volume_id"].to_pylist() if "volume_id" in table.column_names else none
        reports = table["report_id"].to_pylist() if "report_id" in table.column_names else none
        column = pa.array([self.of(v, r) for v, r in zip(volumes, reports, strict=True)], pa.string())
        order = pc.sort_indices(column)      # stable: a group keeps the rows' order
        grouped, names = table.take(order), column.take(order).to_pylist()
        start = 0
        for i in range(1, len(names) + 1):
            if i == len(names) or names[i] != names[start]:
                yield names[start], grouped.slice(start, i - start)
                start = i
