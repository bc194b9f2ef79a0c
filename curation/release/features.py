"""Hugging Face `features` for a release shard, written into the Parquet schema's metadata.

`datasets` reads a shard's column types from the `huggingface` key of the Parquet schema metadata; without it
an image column loads as a plain {bytes, path} struct. Writing the features here (instead of importing
`datasets`, which the curation environment does not need) makes every image column a `datasets.Image` and
every other column the `Value` / `Sequence` its Arrow type implies. "Sequence" is the spelling `datasets`
3.x understands and 4.x+ still reads (as `List`).
"""

from __future__ import annotations

import json

import pyarrow as pa

IMAGE_STRUCT = pa.struct([("bytes", pa.binary()), ("path", pa.string())])

_VALUE_NAMES = {
    pa.string(): "string", pa.large_string(): "large_string", pa.binary(): "binary",
    pa.large_binary(): "large_binary", pa.bool_(): "bool", pa.int8(): "int8", pa.int16(): "int16",
    pa.int32(): "int32", pa.int64(): "int64", pa.uint8(): "uint8", pa.uint16(): "uint16",
    pa.uint32(): "uint32", pa.uint64(): "uint64", pa.float16(): "float16", pa.float32(): "float32",
    pa.float64(): "float64", pa.date32(): "date32", pa.date64(): "date64", pa.null(): "null",
}


def feature_of(arrow_type: pa.DataType) -> dict:
    """The `datasets` feature dict for one Arrow type; a {bytes, path} struct is an Image."""
    if arrow_type.equals(IMAGE_STRUCT):
        return {"_type": "Image"}
    if pa.types.is_struct(arrow_type):
        return {arrow_type.field(i).name: feature_of(arrow_type.field(i).type) for i in range(arrow_type.num_fields)}
    if pa.types.is_fixed_size_list(arrow_type):
        return {"feature": feature_of(arrow_type.value_type), "length": arrow_type.list_size, "_type": "Sequence"}
    if pa.types.is_list(arrow_type) or pa.types.is_large_list(arrow_type):
        return {"feature": feature_of(arrow_type.value_type), "_type": "Sequence"}
    if pa.types.is_timestamp(arrow_type):
        zone = f", tz={arrow_type.tz}" if arrow_type.tz else ""
        return {"dtype": f"timestamp[{arrow_type.unit}{zone}]", "_type": "Value"}
    for known, name in _VALUE_NAMES.items():
        if arrow_type.equals(known):
            return {"dtype": name, "_type": "Value"}
    raise ValueError(f"no Hugging Face feature for Arrow type {arrow_type}")


def with_hf_features(table: pa.Table) -> pa.Table:
    """`table` with its schema's `huggingface` metadata set from its own column types."""
    features = {field.name: feature_of(field.type) for field in table.schema}
    metadata = dict(table.schema.metadata or {})
    metadata[b"huggingface"] = json.dumps({"info": {"features": features}}).encode()
    return table.replace_schema_metadata(metadata)
