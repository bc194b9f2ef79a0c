"""German and English radiology reports for the synthetic studies, with exact truth offsets.

A report is assembled piece by piece through ReportBuilder, which records where every PHI string,
keep word and image reference lands in the final text, so the truth file carries exact character
offsets. Findings point at the study's phantom lesions through the image that shows them.
Confounders that look like references but are not ("3 x 4 cm", "12/8 mm", "Segment 7",
"10:45 Uhr", "LWK 3/4") are planted on purpose.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from curation.synth.people import Patient, Site
from curation.synth.phantom import Lesion
from curation.synth.plan import StudyPlan, lesion_instance
from curation.synth.refs import FORMATS_DE, FORMATS_EN, IMAGE_ONLY, PlannedReference


@dataclass
class ReportBuilder:
    """Concatenates text pieces and remembers the offsets of the marked ones."""

    parts: list[str] = field(default_factory=list)
    length: int = 0
    phi_spans: list[dict] = field(default_factory=list)
    keep_words: list[str] = field(default_factory=list)
    references: list[tuple[int, int, PlannedReference, tuple[int, int]]] = field(default_factory=list)

    def add(self, text: str) -> tuple[int, int]:
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return start, self.length

    def phi(self, text: str, label: str) -> None:
        start, end = self.add(text)
        self.phi_spans.append({"start": start, "end": end, "label": label, "text": text})

    def keep(self, text: str) -> None:
        self.add(text)
        if text not in self.keep_words:
            self.keep_words.append(text)

    def finding(self, snippet: str, ref: PlannedReference, tail: str = "") -> None:
        """'<snippet> <reference><tail>': the snippet is what the reference illustrates."""
        snippet_span = self.add(snippet)
        self.add(" ")
        start, end = self.add(ref.text())
        self.references.append((start, end, ref, snippet_span))
        self.add(tail)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def de_date(yyyymmdd: str) -> str:
    return f"{yyyymmdd[6:8]}.{yyyymmdd[4:6]}.{yyyymmdd[:4]}"


def iso_date(yyyymmdd: str) -> str:
    return f"{yyyymmdd[:4]}-{yyyymmdd[4:6]}-{yyyymmdd[6:8]}"


def us_date(yyyymmdd: str) -> str:
    return f"{yyyymmdd[4:6]}/{yyyymmdd[6:8]}/{yyyymmdd[:4]}"


def _lesion_snippet(lesion: Lesion, modality: str, lang: str, rng: random.Random) -> str:
    right = lesion.center_mm[0] < 0
    size = round(2 * lesion.radius_mm)
    if lesion.kind == "lung_nodule":
        lobe_de = "Oberlappen" if lesion.center_mm[2] > 110 else "Unterlappen"
        lobe_en = "upper lobe" if lesion.center_mm[2] > 110 else "lower lobe"
        # The lung is named (not only its lobe): a label map without lobes can still ground "rechten Lunge".
        if lang == "de":
            return (
                f"Solider Rundherd der {'rechten' if right else 'linken'} Lunge im {lobe_de}, ca. {size}/{size - 2} mm"
            )
        return f"Solid nodule in the {'right' if right else 'left'} lung, {lobe_en}, approx. {size} mm"
    if lesion.kind == "liver_lesion":
        segment = 7 if right else 3
        look_de = "Hypodense" if modality == "CT" else "T2-hyperintense"
        look_en = "Hypodense" if modality == "CT" else "T2 hyperintense"
        if lang == "de":
            return f"{look_de} Leberläsion in Segment {segment}, ca. {size} mm"
        return f"{look_en} liver lesion in segment {segment}, measuring {size} mm"
    if lesion.kind == "kidney_cyst":
        if lang == "de":
            return f"Blande Zyste der {'rechten' if right else 'linken'} Niere, ca. {size} mm"
        return f"Simple cyst of the {'right' if right else 'left'} kidney, {size} mm"
    look_de = "Hypodense" if modality == "CT" else "T2-hyperintense"
    look_en = "Hypodense" if modality == "CT" else "T2 hyperintense"
    if lang == "de":
        return f"{look_de} Marklagerläsion {'re.' if right else 'li.'}, ca. {size} mm"
    return f"{look_en} white matter lesion on the {'right' if right else 'left'}, {size} mm"


def plan_references(study: StudyPlan, lang: str, rng: random.Random) -> list[list[PlannedReference]]:
    """Per lesion: a findings reference and an impression reference, in varied formats and series."""
    by_role = {s.role: s for s in study.series}
    formats = FORMATS_DE if lang == "de" else FORMATS_EN
    planned: list[list[PlannedReference]] = []
    for index, lesion in enumerate(study.lesions):
        refs = []
        thick, thin = by_role["thick_axial"], by_role["thin_axial"]
        if index == 0 or rng.random() < 0.5:  # the first lesion always on the thin series
            n = lesion_instance(thin, lesion)
            half = max(1, int(lesion.radius_mm / 2 / thin.geometry.slice_thickness))
            start, end = (n - half, n + half) if index == 0 or rng.random() < 0.5 else (n, n)
            refs.append(PlannedReference(thin, start, end, rng.choice(formats), index))
        else:
            n = lesion_instance(thick, lesion)
            fmt = IMAGE_ONLY[lang] if rng.random() < 0.3 else rng.choice(formats)
            refs.append(PlannedReference(thick, n, n, fmt, index))
        other = by_role["coronal"] if rng.random() < 0.35 else thick
        n = lesion_instance(other, lesion)
        refs.append(PlannedReference(other, n, n, rng.choice(formats), index))
        planned.append(refs)
    return planned


HISTORY_DE = (
    ("Z.n. ", "Weber-B-Fraktur", " re. 2015. "),
    ("Bekannter ", "Morbus Crohn", ", V.a. Fistel. "),
    ("Z.n. Mamma-Ca li., ", "BI-RADS", " 5 in der Mammographie. "),
    ("", "Baker-Zyste", " li. bekannt. "),
)
HISTORY_EN = (
    ("History of ", "Morbus Crohn", ". "),
    ("Prior ", "Weber-B-Fraktur", " (ankle fracture) on the right. "),
    ("Known ", "Baker-Zyste", " (Baker cyst) on the left. "),
)


def build_report(
    patient: Patient, site: Site, study: StudyPlan, lang: str, rng: random.Random, prior_date: str, age: int
) -> ReportBuilder:
    """One report for one study in the department's house style."""
    b = ReportBuilder()
    refs = plan_references(study, lang, rng) if study.lesions else []
    de = lang == "de"
    b.phi(site.institution, "INSTITUTION")
    b.add("\nInstitut für Radiologie, " if de else "\nDepartment of Radiology, ")
    b.phi(site.address, "ADDRESS")
    b.add(", Tel. " if de else ", phone ")
    b.phi(site.phone, "PHONE")
    b.add("\n\nPatient: ")
    if de:
        b.phi(f"{patient.last}, {patient.first}", "PERSON")
        b.add(", geb. ")
        b.phi(patient.birth_date_de, "DATE")
        b.add(", PID ")
    else:
        b.phi(f"{patient.first} {patient.last}", "PERSON")
        b.add(", DOB ")
        b.phi(us_date(patient.birth_date), "DATE")
        b.add(", MRN ")
    b.phi(patient.patient_id, "ID")
    if rng.random() < 0.5:
        b.add("\nAnschrift: " if de else "\nAddress: ")
        b.phi(patient.address, "ADDRESS")
        b.add(", Tel. " if de else ", phone ")
        b.phi(patient.phone, "PHONE")
    b.add(f"\n{'Untersuchung' if de else 'Exam'}: {study.description} {'vom' if de else 'on'} ")
    b.phi(de_date(study.study_date) if de else iso_date(study.study_date), "DATE")
    b.add(", Acc.-Nr. " if de else ", accession ")
    b.phi(study.accession, "ID")
    b.add("\nZuweiser: " if de else "\nReferring physician: ")
    b.add("Dr. med. " if de else "Dr. ")
    b.phi(f"{site.referring.first} {site.referring.last}", "PERSON")
    history = rng.choice(HISTORY_DE if de else HISTORY_EN)
    if de:
        b.add("\n\nKlinische Angaben:\n")
        b.phi(str(age), "AGE")
        male = patient.sex == "M"
        b.add("-jähriger Patient. " if male else "-jährige Patientin. ")
        b.add(history[0])
        b.keep(history[1])
        b.add(
            history[2]
            + "V.a. Raumforderung, z.B. Metastasen?\n\nBefund:\nZum Vergleich liegt die Voruntersuchung vom "
        )
        b.phi(de_date(prior_date), "DATE")
        b.add(" vor.\n")
    else:
        b.add("\n\nHistory:\n")
        b.phi(str(age), "AGE")
        b.add(f"-year-old {'man' if patient.sex == 'M' else 'woman'}. ")
        b.add(history[0])
        b.keep(history[1])
        b.add(history[2] + "Rule out metastases.\n\nFindings:\nComparison is made with the prior exam of ")
        b.phi(iso_date(prior_date), "DATE")
        b.add(".\n")
    snippets = [_lesion_snippet(lesion, study.modality, lang, rng) for lesion in study.lesions]
    for lesion, lesion_refs, snippet in zip(study.lesions, refs, snippets, strict=True):
        if lesion_refs[0].series_written is None:
            # "(Bild 45)" cites the main series only where its section names no other series before it (an
            # image-only citation continues the series named earlier in its section): a paragraph of its own
            b.add("\n")
        b.finding(snippet, lesion_refs[0], ", neu." if de else ", new.")
        if lesion.kind == "kidney_cyst":
            b.add(" Klassifikation " if de else " Classified as ")
            b.keep("Bosniak")
            b.add(" I.")
        if lesion.kind == "liver_lesion":
            b.add(" Segmenteinteilung nach " if de else " Segments according to ")
            b.keep("Couinaud")
            b.add(".")
        b.add("\n")
    _two_lesions_on_t1(b, study, lang)
    _normal_findings(b, study, de)
    b.add("\nBeurteilung:\n" if de else "\nImpression:\n")
    for number, (lesion_refs, snippet) in enumerate(zip(refs, snippets, strict=True), start=1):
        b.add(f"{number}. ")
        b.finding(snippet.split(",")[0], lesion_refs[1], ", V.a. Metastase.\n" if de else ", suspicious.\n")
    if not refs:
        b.add("1. Kein Nachweis einer Raumforderung.\n" if de else "1. No mass.\n")
    b.add("\nTelefonische Mitteilung an Dr. med. " if de else "\nDiscussed by phone with Dr. ")
    b.phi(site.referring.last, "PERSON")
    b.add(" um 10:45 Uhr.\nBefundet von " if de else " at 10:45.\nSigned by ")
    b.add("Dr. med. " if de else "Dr. ")
    b.phi(f"{site.reporting.first} {site.reporting.last}", "PERSON")
    b.add(", Rückfragen: " if de else ", questions: ")
    b.phi(site.reporting.email, "EMAIL")
    b.add("\n")
    return b


def _two_lesions_on_t1(b: ReportBuilder, study: StudyPlan, lang: str) -> None:
    """MR liver: one sentence naming both liver lesions, each with its own size and its own reference into
    the T1 sequence that shares the T2 series' grid ("Zwei Leberläsionen in T1: in Segment 7, ca. 18 mm
    (Serie 13, Bild 20) und in Segment 3, ca. 12 mm (Serie 13, Bild 28)."). A local Random picks the
    reference format, so the export's other draws stay as they were."""
    t1 = next((s for s in study.series if s.role == "t1_axial"), None)
    if t1 is None or len(study.lesions) < 2:
        return
    rng = random.Random(f"{study.study_uid}:two-lesions")
    formats = FORMATS_DE if lang == "de" else FORMATS_EN
    fmt = next(f for f in rng.sample(formats, len(formats)) if f != "colon")
    de = lang == "de"
    b.add("Zwei Leberläsionen in T1 hypointens: " if de else "Two liver lesions, T1 hypointense: ")
    for index, lesion in enumerate(study.lesions[:2]):
        segment = 7 if lesion.center_mm[0] < 0 else 3
        size = round(2 * lesion.radius_mm)
        snippet = f"in Segment {segment}, ca. {size} mm" if de else f"in segment {segment}, {size} mm"
        n = lesion_instance(t1, lesion)
        tail = (" und " if de else " and ") if index == 0 else ".\n"
        b.finding(snippet, PlannedReference(t1, n, n, fmt, index), tail)


def _normal_findings(b: ReportBuilder, study: StudyPlan, de: bool) -> None:
    """Normal findings with the number confounders that are not image references."""
    if study.body_part == "CHEST":
        b.add(
            "Mediastinale Lymphknoten bis 12/8 mm, nicht vergrößert. Kein Pleuraerguss.\n"
            if de
            else "Mediastinal lymph nodes up to 12/8 mm. No pleural effusion.\n"
        )
    elif study.body_part in ("ABDOMEN", "LIVER"):
        b.add(
            "Milz normal groß. Nebennieren schlank. Degenerative Veränderungen "
            if de
            else "Spleen normal in size. Degenerative changes at "
        )
        b.keep("LWK 3")
        b.add(
            "/4 mit Osteochondrose LWK 3/4. Raumforderung im Becken ca. 3 x 4 cm, unverändert.\n"
            if de
            else "/4. Pelvic mass of 3 x 4 cm, unchanged.\n"
        )
    elif study.body_part == "HEAD":
        b.add(
            "Keine intrakranielle Blutung. Ventrikel normal weit. Keine Mittellinienverlagerung.\n"
            if de
            else "No intracranial haemorrhage. Ventricles normal. No midline shift.\n"
        )
    else:
        b.add(
            "Keine Diffusionsstörung. Ventrikel normal weit. Keine Mittellinienverlagerung.\n"
            if de
            else "No restricted diffusion. Ventricles normal. No midline shift.\n"
        )


def build_orphan_report(patient: Patient, site: Site, accession: str, report_date: str) -> ReportBuilder:
    """A report whose accession matches no study in the export (the RIS sent one too many)."""
    b = ReportBuilder()
    b.phi(site.institution, "INSTITUTION")
    b.add("\n\nPatient: ")
    b.phi(f"{patient.last}, {patient.first}", "PERSON")
    b.add(", geb. ")
    b.phi(patient.birth_date_de, "DATE")
    b.add(f"\nUntersuchung: Röntgen Thorax p.a. vom {''}")
    b.phi(de_date(report_date), "DATE")
    b.add(", Acc.-Nr. ")
    b.phi(accession, "ID")
    b.add(
        "\n\nBefund:\nKein Infiltrat. Kein Erguss. Herz nicht vergrößert.\n\nBeurteilung:\n"
        "Altersentsprechender Normalbefund.\n"
    )
    return b
