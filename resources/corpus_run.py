"""The corpus run's bracket (curation/corpus_runs.py) as a resource: its set-up marks the run's start.

Dagster sets a resource up before a step runs (once per run in process, once per step with the
multiprocess executor of the UI and the daemon), so the first set-up of a corpus run comes before any of its
steps reads. The success hook that records the run's fingerprint (assets/corpus_record.py) requires it,
which is what makes every step of `curate_corpus` set it up.
"""

from __future__ import annotations

import dagster as dg

from curation import corpus_runs
from resources.storage import RadcurateStorage

CORPUS_JOB = "curate_corpus"


class CorpusRunRecord(dg.ConfigurableResource):
    """Marks the start of each `curate_corpus` run; `succeeded` records its fingerprint once it is done. Its
    data dir is that of `storage`, the one the corpus assets write."""

    storage: RadcurateStorage

    def setup_for_execution(self, context: dg.InitResourceContext) -> None:
        run = context.run
        if run is not None and run.job_name == CORPUS_JOB:
            corpus_runs.started(self.storage.paths, run.run_id)

    def succeeded(self, run_id: str) -> bool:
        return corpus_runs.succeeded(self.storage.paths, run_id)
