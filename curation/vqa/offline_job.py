"""vLLM offline job: runs in its own (CUDA) environment, launched through Dagster Pipes.

Standalone on purpose: imports only dagster_pipes, pyarrow and vllm, never radcurate. Reads the prompts
Parquet, generates with vllm.LLM under a JSON-schema structured output, writes the results Parquet
(task_id, content, error) and reports counts back through Pipes.

Extras: prompts_path, results_path, model, schema (JSON text), sampling {max_tokens, temperature}.
"""

from __future__ import annotations

import json
import os
import tempfile


def main() -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq
    from dagster_pipes import open_dagster_pipes

    with open_dagster_pipes() as pipes:
        from vllm import LLM, SamplingParams
        from vllm.sampling_params import StructuredOutputsParams

        extras = pipes.extras
        prompts = pq.read_table(extras["prompts_path"]).to_pylist()
        sampling = extras.get("sampling") or {}
        params = SamplingParams(temperature=float(sampling.get("temperature", 0.0)),
                                max_tokens=int(sampling.get("max_tokens", 2048)),
                                structured_outputs=StructuredOutputsParams(json=json.loads(extras["schema"])))
        pipes.log.info(f"vLLM offline: {len(prompts)} prompts, model loading")
        llm = LLM(model=extras["model"])
        outputs = llm.chat([json.loads(p["messages_json"]) for p in prompts], params, use_tqdm=False)
        rows = []
        for prompt, output in zip(prompts, outputs, strict=True):
            text = output.outputs[0].text if output.outputs else None
            rows.append({"task_id": prompt["task_id"], "content": text,
                         "error": None if text else "empty completion"})
        table = pa.Table.from_pylist(rows, schema=pa.schema([("task_id", pa.int64()), ("content", pa.string()),
                                                             ("error", pa.string())]))
        out = extras["results_path"]
        fd, tmp = tempfile.mkstemp(suffix=".parquet", dir=os.path.dirname(out))
        os.close(fd)
        pq.write_table(table, tmp)
        os.replace(tmp, out)
        failed = sum(r["error"] is not None for r in rows)
        pipes.report_custom_message({"prompts": len(prompts), "completed": len(rows) - failed, "failed": failed})


if __name__ == "__main__":
    main()
