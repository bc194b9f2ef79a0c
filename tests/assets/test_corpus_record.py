"""The corpus job's success hook knows the whole job's steps and is on every one of them."""

from __future__ import annotations

from assets.corpus_record import corpus_steps, record_corpus_inputs


def test_the_hook_knows_every_step_of_the_corpus_job_and_runs_after_each() -> None:
    from radcurate.definitions import defs

    job = defs.resolve_job_def("curate_corpus")
    nodes = {node.name for node in job.graph.nodes}
    assert corpus_steps() == nodes
    assert {"snippet_pairs", "dataset", "vqa_items_vqa_items_phi_free", "dataset_dataset_references_resolve"} <= nodes
    handles = list(job.graph.iterate_node_handles())
    assert all(record_corpus_inputs in job.get_all_hooks_for_handle(handle) for handle in handles)
    assert not defs.resolve_job_def("curate_export").hook_defs
