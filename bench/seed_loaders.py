"""Load radcurate's seed exports with the seeds' own dataset code, unchanged, and print what they loaded.

    python bench/seed_loaders.py --radgrounder ~/radgrounder --radfinder ~/radfinder --data DATA --out OUT \
        [--english-stand-in]

Needs local checkouts of lmb-freiburg/radgrounder and lmb-freiburg/radfinder and their loaders' Python
dependencies beside radcurate's environment (torch is radcurate's CPU build; the rest pure Python; PyPI's
torchvision, a CUDA build, is kept out of the RadFinder process):

    pip install --target DEPS --no-deps monai packg visiontext loguru matplotlib tqdm natsort pathspec typedparser
    PYTHONPATH=DEPS python bench/seed_loaders.py ...

Writes both exports from the curated data (`radcurate export` does the same), then, each in its own process
with the seed's environment variables set before its modules load:
- RadGrounder: `load_snippet2rsopids`, `load_segmentation_dataset`, `read_dicom_as_numpy`, the VQA dataset
  `RefRad2DVQA` and the detection dataset `RefRad2DDetect` (given a whitespace tokenizer: the HF
  tokenizer it normally gets needs downloaded weights), one item of each.
- RadFinder: `CTRateDataset` (reports, findings), the CT-RATE 18-label CSV read as its label loader reads it,
  `RandomSnippetTransformd` on our `slices` dicts, and each slice's depth target computed by its own
  `get_slice_from_scan_with_affines` from our dcmaffine, compared with radcurate's depth_mm (goal: within half
  a cell). Its model module is not imported (see the note in the check code).

`--english-stand-in`: for a corpus curated without a translator, copies DATA and gives every German caption and
snippet an English twin "EN <German text>", so that the bilingual paths can be exercised. The figures then say
nothing about translation quality, only about the layouts.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

RADGROUNDER_CHECK = r'''
import json, sys
import numpy as np
from radgrounder.dataset.dataset_utils import load_segmentation_dataset, load_snippet2rsopids
from radgrounder.grounded_gemma.utils import read_dicom_as_numpy
from radgrounder.paths import REFRAD2D_DICOM_DIR, REFRAD2D_VQA_PARQUET
import pandas as pd

out = {}
for modality in ("ct", "mr"):
    for split in ("train", "val", "test"):
        data = load_snippet2rsopids(split, modality, report_count=False)
        out[f"snippet2rsopids_{split}_{modality}"] = sum(len(v) for v in data.values())
    out[f"segment_{modality}"] = len(load_segmentation_dataset(modality, report_count=False))
frame = pd.read_parquet(REFRAD2D_VQA_PARQUET).set_index("rsopid")
out["parquet_rows"] = len(frame)
first = frame.index[0]
pixels = read_dicom_as_numpy(REFRAD2D_DICOM_DIR / first[:2] / f"{first}.dcm.zst")
out["first_image"] = {"shape": list(pixels.shape), "min": float(pixels.min()), "max": float(pixels.max())}
from radgrounder.dataset.vqa_dataset.refrad2d_vqa_dataset import RefRad2DVQA
vqa = RefRad2DVQA(split="train", language="all")
item = vqa[0]
out["vqa_dataset"] = {"len": len(vqa), "item_keys": sorted(item) if isinstance(item, dict) else str(type(item))}

class WhitespaceTokenizer:
    def encode(self, text):
        return text.split()
    def decode(self, tokens, skip_special_tokens=True):
        return " ".join(tokens)

from radgrounder.dataset.segmentation.refrad2d_detect import RefRad2DDetect
for modality in ("ct", "mr"):
    try:
        detect = RefRad2DDetect(split="train", modality=modality, tokenizer=WhitespaceTokenizer())
        sample = detect[0]
        out[f"detect_{modality}"] = {"len": len(detect), "item": type(sample).__name__,
                                     "item_parts": len(sample) if hasattr(sample, "__len__") else None}
    except ValueError as exc:   # "No samples left": no slice with keywords in both languages
        out[f"detect_{modality}"] = {"error": str(exc)}
print("RESULT " + json.dumps(out, default=str))
'''

RADFINDER_CHECK = r'''
import json, sys
from pathlib import Path
# RadFinder's transforms import FeatMode from its model module, which pulls in timm -> torchvision; PyPI's
# torchvision is a CUDA build that cannot load beside radcurate's CPU torch (STACK_NOTES). The data code needs
# only the FeatMode constants: they are taken from RadFinder's own source, the model stack is not imported.
import ast, types
import radfinder
_source = (Path(radfinder.__file__).parent / "models" / "load_model.py").read_text()
_feat = next(n for n in ast.parse(_source).body if isinstance(n, ast.ClassDef) and n.name == "FeatMode")
_module = types.ModuleType("radfinder.models.load_model")
exec("from packg.constclass import Const\n" + ast.get_source_segment(_source, _feat), _module.__dict__)
sys.modules["radfinder.models.load_model"] = _module
from pathlib import Path
import nibabel as nib
import numpy as np
from radfinder.data.ct_rate import CTRateDataset
from radfinder.transforms.snippet_transform import RandomSnippetTransformd
from radfinder.utils.scan_utils import get_slice_from_scan_with_affines
from radfinder.paths import get_medv_data_dir

expected = json.loads(sys.argv[1])
root = Path(get_medv_data_dir()) / "public/CT-RATE"
out, depth_errors, cells = {}, [], []
for split in ("train", "valid", "test"):
    if not list((root / "dataset" / f"{split}_fixed").glob("*/*/*.nii.gz")):
        continue
    dataset = CTRateDataset(data_dir=root, split=split, include_reports=True, add_slices=True)
    slices = json.loads((root / "dataset/slices" / f"{split}_slices.json").read_text())
    out[split] = {"volumes": len(dataset), "with_findings": sum(bool(d["findings"][0]) for d in dataset.data),
                  "scans_with_slices": 0, "slices": 0}
    transform = RandomSnippetTransformd(language="en", is_train=False)
    for item in dataset.data:
        entries = slices.get(item["scan_key"], {})
        if not entries:
            continue
        item = transform({**item, "slices": {k: dict(v) for k, v in entries.items()}})
        out[split]["scans_with_slices"] += 1
        image = nib.load(item["image"])
        grid = np.arange(int(np.prod(image.shape))).reshape(image.shape)
        for slice_id, data in item["slices"].items():
            assert data["snippet"] in data["en_cleanhist"]
            hit = get_slice_from_scan_with_affines(grid, image.affine, np.asarray(data["dcmaffine"]),
                                                   tuple(data["shape"]), order=0, mode="grid-constant", cval=-1)
            k = np.bincount(np.unravel_index(hit[hit >= 0].astype(np.int64), image.shape)[2]).argmax()
            spacing = float(image.header.get_zooms()[2])
            depth = (image.shape[2] - 0.5 - k) * spacing
            depth_errors.append(abs(depth - expected[slice_id]))
            cells.append(spacing)
            out[split]["slices"] += 1
# The label loader's module imports RadFinder's model stack (torchvision, see above); its three data lines are
# run here with its own PATHOLOGIES list, taken from its source.
import pandas as pd
import radfinder.data
_source = (Path(radfinder.data.__file__).parent / "prompt_rate_labels.py").read_text()
_node = next(n for n in ast.parse(_source).body if isinstance(n, ast.Assign)
             and getattr(n.targets[0], "id", "") == "PATHOLOGIES")
pathologies = ast.literal_eval(_node.value)
for split in ("train", "valid", "test"):
    label_file = root / "dataset/multi_abnormality_labels" / f"{split}_predicted_labels.csv"
    if label_file.is_file():
        frame = pd.read_csv(label_file).set_index("VolumeName")
        names = [p.name for p in (root / "dataset" / f"{split}_fixed").glob("*/*/*.nii.gz")]
        common = [n for n in names if n in frame.index]
        batch = frame.loc[common, pathologies].to_numpy().astype(np.int64)
        out[f"ctrate18_labels_{split}"] = {"volumes": len(common), "positives": int(batch.sum())}
out["depth"] = {"slices": len(depth_errors), "max_error_mm": max(depth_errors, default=None),
                "within_half_cell": int(sum(e <= c / 2 for e, c in zip(depth_errors, cells)))}
print("RESULT " + json.dumps(out, default=str))
'''


def english_stand_in(data: Path, target: Path) -> Path:
    """A copy of the data dir whose German captions and snippets have an English twin "EN <text>"."""
    sys.path.insert(0, str(ROOT))
    from curation.paths import DataPaths
    from curation.tables import write_table
    from curation.tables.io import read_table

    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(data, target, symlinks=True)
    paths = DataPaths(target, target.parent / "unused-vault")
    for table, de, en in (("image_text_pairs", "caption_de", "caption_en"), ("snippet_pairs", "snippet", "snippet_en")):
        rows = read_table(paths, table).to_pylist()
        for row in rows:
            if row[en] is None and row[de] and row.get("lang", "de") == "de":
                row[en] = f"EN {row[de]}"
        write_table(paths, table, rows)
    return target


def expected_depths(paths) -> dict[str, float]:
    """Our depth_mm per slice id of the CT-RATE `slices` files (the same key the exporter uses)."""
    from curation.seed_exports.ctrate import _slice_id
    from curation.tables.io import read_table

    rows = read_table(paths, "snippet_pairs", columns=["study_uid", "resolved_series", "ref_image_start",
                                                       "depth_mm"]).to_pylist()
    return {_slice_id(r["study_uid"], r["resolved_series"], r["ref_image_start"]): r["depth_mm"]
            for r in rows if r["depth_mm"] is not None}


def run_check(code: str, args: list[str], env: dict[str, str], checkout_paths: list[Path]) -> dict:
    path = os.pathsep.join([*(str(p) for p in checkout_paths), os.environ.get("PYTHONPATH", "")])
    done = subprocess.run([sys.executable, "-c", code, *args], env=os.environ | env | {"PYTHONPATH": path},
                          capture_output=True, text=True, check=False)
    result = next((line for line in done.stdout.splitlines() if line.startswith("RESULT ")), None)
    if done.returncode or result is None:
        return {"failed": done.returncode, "stderr": done.stderr[-3000:]}
    return json.loads(result.removeprefix("RESULT "))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--radgrounder", type=Path, required=True)
    parser.add_argument("--radfinder", type=Path, required=True)
    parser.add_argument("--data", type=Path, required=True, help="a curated data dir")
    parser.add_argument("--vault", type=Path, default=None, help="its vault (default: RADCURATE_VAULT_DIR)")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--english-stand-in", action="store_true")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from curation.keys import Pseudonymizer, load_secret
    from curation.paths import DataPaths
    from curation.seed_exports.ctrate import write_ct_rate
    from curation.seed_exports.refrad2d import env_for, write_refrad2d

    data = english_stand_in(args.data, args.out / "data") if args.english_stand_in else args.data
    paths = DataPaths(data, args.vault or DataPaths.from_env().vault_dir)
    refrad = write_refrad2d(paths, args.out / "refrad2d", Pseudonymizer(load_secret()))
    ctrate = write_ct_rate(paths, args.out / "radfinder" / "public" / "CT-RATE")
    print("radcurate wrote:", json.dumps({"refrad2d": {"slices": refrad.slices, "splits": refrad.by_split,
                                                        "with_boxes": refrad.with_boxes,
                                                        "left_out": dict(refrad.skipped_reasons)},
                                           "ct-rate": {"volumes": ctrate.volumes, "slices": ctrate.slices,
                                                       "labelled": ctrate.labelled}}))
    grounder = run_check(RADGROUNDER_CHECK, [], env_for(args.out / "refrad2d"), [args.radgrounder])
    print("radgrounder loaded:", json.dumps(grounder, indent=1))
    finder = run_check(RADFINDER_CHECK, [json.dumps(expected_depths(paths))],
                       {"MEDV_DATA_DIR": str(args.out / "radfinder")}, [args.radfinder / "src"])
    print("radfinder loaded:", json.dumps(finder, indent=1))
    return 0 if "failed" not in grounder and "failed" not in finder else 1


if __name__ == "__main__":
    sys.exit(main())
