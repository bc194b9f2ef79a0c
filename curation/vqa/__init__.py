"""VQA generation: items from reports, slice metadata and grounding boxes, validated before storage.

Backends sit behind `VqaGenerator` (protocol.py): the embedded rule-based template generator
(template.py), a vLLM OpenAI-compatible server (server.py) and vLLM offline in its own environment
(offline.py launches offline_job.py through Dagster Pipes).
"""
