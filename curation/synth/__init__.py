"""Synthetic hospital export (DICOM + RIS reports) with a ground-truth file, for tests and demos.

truth_path = write_synthetic_export(out_dir, SynthOptions(patients=3, seed=0))
truth = load_truth(truth_path)
"""

from curation.synth.export import COMPLETE_MARKER, SynthOptions, write_synthetic_export
from curation.synth.truth import load_truth, truth_path_for

__all__ = ["COMPLETE_MARKER", "SynthOptions", "load_truth", "truth_path_for", "write_synthetic_export"]
