"""The corpus job records its input fingerprint when a run of it succeeded (curation/corpus_runs.py).

Launched from the UI, the nightly schedule, the sensor, `dagster job execute` or `radcurate curate`, a
`curate_corpus` run's steps set up the `corpus_run` resource (its first set-up marks the run's start) and,
after each step that succeeded, this hook asks whether every step of the run has succeeded now: only the
step that completes the run records (a second hook that sees the same is refused by the record, which a
run consumes once). A run that materializes only some of the corpus (an asset or check selection, an op
selection) never records, nor does a run with a failed or skipped step.
"""

from __future__ import annotations

import functools

import dagster as dg


@functools.cache
def corpus_steps() -> frozenset[str]:
    """The step keys of the whole corpus job: its group's assets and their checks, found as the Definitions
    find them (a run of a selection has fewer steps, and its job definition no longer knows its parent)."""
    import assets
    from assets.partitions import CORPUS_GROUP

    found = [a for a in dg.load_assets_from_package_module(assets)
             if isinstance(a, dg.AssetsDefinition) and a.group_names_by_key
             and set(a.group_names_by_key.values()) == {CORPUS_GROUP}]
    keys = {key for a in found for key in a.keys}
    checks = [c for c in dg.load_asset_checks_from_package_module(assets)
              if {k.asset_key for k in c.check_keys} <= keys]
    return frozenset(d.node_def.name for d in [*found, *checks])


def all_steps_succeeded(run_id: str, instance: dg.DagsterInstance, expected: frozenset[str]) -> bool:
    """Every step in `expected` has a success event in this run (the hook runs after its own step's is stored)."""
    records = instance.get_records_for_run(run_id, of_type=dg.DagsterEventType.STEP_SUCCESS).records
    return bool(expected) and expected <= {record.event_log_entry.step_key for record in records}


@dg.success_hook(required_resource_keys={"corpus_run"})
def record_corpus_inputs(context: dg.HookContext) -> None:
    """After a step of the corpus job: record the fingerprint if it was the run's last step to succeed."""
    if all_steps_succeeded(context.run_id, context.instance, corpus_steps()):
        if context.resources.corpus_run.succeeded(context.run_id):
            context.log.info("corpus inputs recorded: the next curate skips the corpus while they are unchanged")
        else:
            context.log.info("corpus inputs not recorded: they changed while the run ran (or were recorded)")
