"""The label set: the 18 CT-RATE abnormalities and the RATE-style abdominal questions, with prompt sentences.

The prompt sentences are the positive / negative statements RadFinder-style training puts in the shared
embedding space (one pair per label).
"""

from __future__ import annotations

CT_RATE_LABELS: tuple[str, ...] = (
    "medical_material", "arterial_wall_calcification", "cardiomegaly", "pericardial_effusion",
    "coronary_artery_wall_calcification", "hiatal_hernia", "lymphadenopathy", "emphysema", "atelectasis",
    "lung_nodule", "lung_opacity", "pulmonary_fibrotic_sequela", "pleural_effusion",
    "mosaic_attenuation_pattern", "peribronchial_thickening", "consolidation", "bronchiectasis",
    "interlobular_septal_thickening",
)
ABDOMINAL_LABELS: tuple[str, ...] = (
    "liver_lesion", "hepatic_steatosis", "gallstones", "kidney_cyst", "kidney_stone", "hydronephrosis",
    "ascites", "splenomegaly", "adrenal_nodule",
)
ALL_LABELS: tuple[str, ...] = CT_RATE_LABELS + ABDOMINAL_LABELS

# (positive, negative) prompt sentences per label.
PROMPTS: dict[str, tuple[str, str]] = {
    "medical_material": ("There is medical material such as a catheter, stent or pacemaker.",
                         "There is no medical material."),
    "arterial_wall_calcification": ("There is arterial wall calcification.",
                                    "There is no arterial wall calcification."),
    "cardiomegaly": ("The heart is enlarged.", "The heart is not enlarged."),
    "pericardial_effusion": ("There is a pericardial effusion.", "There is no pericardial effusion."),
    "coronary_artery_wall_calcification": ("There is coronary artery calcification.",
                                           "There is no coronary artery calcification."),
    "hiatal_hernia": ("There is a hiatal hernia.", "There is no hiatal hernia."),
    "lymphadenopathy": ("There are enlarged lymph nodes.", "There are no enlarged lymph nodes."),
    "emphysema": ("There is pulmonary emphysema.", "There is no pulmonary emphysema."),
    "atelectasis": ("There is atelectasis.", "There is no atelectasis."),
    "lung_nodule": ("There is a nodule in the lung.", "There is no lung nodule."),
    "lung_opacity": ("There is a lung opacity.", "There is no lung opacity."),
    "pulmonary_fibrotic_sequela": ("There are fibrotic changes in the lung.",
                                   "There are no fibrotic changes in the lung."),
    "pleural_effusion": ("There is a pleural effusion.", "There is no pleural effusion."),
    "mosaic_attenuation_pattern": ("There is a mosaic attenuation pattern.", "There is no mosaic attenuation pattern."),
    "peribronchial_thickening": ("There is peribronchial thickening.", "There is no peribronchial thickening."),
    "consolidation": ("There is a consolidation in the lung.", "There is no consolidation in the lung."),
    "bronchiectasis": ("There are bronchiectases.", "There are no bronchiectases."),
    "interlobular_septal_thickening": ("There is interlobular septal thickening.",
                                       "There is no interlobular septal thickening."),
    "liver_lesion": ("There is a lesion in the liver.", "There is no liver lesion."),
    "hepatic_steatosis": ("The liver is fatty.", "The liver is not fatty."),
    "gallstones": ("There are gallstones.", "There are no gallstones."),
    "kidney_cyst": ("There is a kidney cyst.", "There is no kidney cyst."),
    "kidney_stone": ("There is a kidney or ureter stone.", "There is no kidney or ureter stone."),
    "hydronephrosis": ("There is hydronephrosis.", "There is no hydronephrosis."),
    "ascites": ("There is ascites.", "There is no ascites."),
    "splenomegaly": ("The spleen is enlarged.", "The spleen is not enlarged."),
    "adrenal_nodule": ("There is an adrenal nodule.", "There is no adrenal nodule."),
}


def check_labels(names: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """`names` as a tuple, each a known label; ValueError naming the unknown ones."""
    unknown = [n for n in names if n not in PROMPTS]
    if unknown:
        raise ValueError(f"unknown report labels {unknown}; known: {list(ALL_LABELS)}")
    return tuple(names)
