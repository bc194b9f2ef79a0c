"""Round 11 (facilities, addresses, one table reader): shape and floor of the dev corpus (tests/dev14fa/corpus.py,
DEV batch only: FRESH is measured, never asserted), the classes on other strings, and look-alikes that survive."""

from __future__ import annotations

import pytest

from tests.curation.deid.text.corpus_de_en import assert_well_formed
from tests.dev14fa.corpus import DEV, FRESH
from tests.dev14t.measure import assert_rules_floor, with_tagger


def test_shape():
    assert len(DEV) == 33
    assert len(FRESH) == 12
    for s in (*DEV, *FRESH):
        assert_well_formed(s)


def _scrub(text: str, lang: str) -> str:
    from curation.deid.text.scrub import scrub_text

    return with_tagger(False, lambda: scrub_text(text, lang, None, None, use_spacy=False)).text


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # one table reader: site / practice, postcode, town and street columns (header words stay)
    ("Site|Modality\nWGH|CT\nSJH|MRI", "en", "Site|Modality\n[INSTITUTION]|CT\n[INSTITUTION]|MRI"),
    ("Site,Exam\nRUH,CT chest\nBRI,MRI knee", "en", "Site,Exam\n[INSTITUTION],CT chest\n[INSTITUTION],MRI knee"),
    ("MRN\tGP Practice\tExam\nH4471022\tBeech House\tCT head\nH4471023\tThe Elms\tXR hand", "en",
     "MRN\tGP Practice\tExam\n[ID]\t[INSTITUTION]\tCT head\n[ID]\t[INSTITUTION]\tXR hand"),
    ("Name;PLZ;Wohnort;Befund\nHuber;6020;Innsbruck;Fraktur\nKofler;6060;Hall;kein Befund", "de",
     "Name;PLZ;Wohnort;Befund\n[PERSON];[ADRESSE];[ADRESSE];Fraktur\n[PERSON];[ADRESSE];[ADRESSE];kein Befund"),
    ("Zip,City,Exam\n97504,Medford,CT\n59901,Kalispell,MRI", "en",
     "Zip,City,Exam\n[ADDRESS],[ADDRESS],CT\n[ADDRESS],[ADDRESS],MRI"),
    ("Patient ID|Address|Postcode\nK5512093|12 Vine Street|BS8 1TH\nK5512094|3 Elm Row|EH7 4AA", "en",
     "Patient ID|Address|Postcode\n[ID]|[ADDRESS]|[ADDRESS]\n[ID]|[ADDRESS]|[ADDRESS]"),
    # facilities (round 11 classes, other strings than the corpus)
    ("Zuweisung aus dem Margrit Zellweger Spital Uznach: MRT Knie.", "de",
     "Zuweisung aus dem [EINRICHTUNG]: MRT Knie."),
    ("Transfer aus dem Kreisspital Lenzburg am Hallwilersee; CT Thorax.", "de",
     "Transfer aus dem [EINRICHTUNG]; CT Thorax."),
    ("Verlegung aus dem Krankenhaus Hall in Tirol; CT.", "de", "Verlegung aus dem [EINRICHTUNG]; CT."),
    ("Vorbefund Kreisklinik Pfaffenhofen a. d. Ilm: Fraktur.", "de", "Vorbefund [EINRICHTUNG]: Fraktur."),
    ("Vorbefund Vamed Bad Berka.", "de", "Vorbefund [EINRICHTUNG]."),
    ("Recalled by NHS breast screening unit Dorset East for assessment.", "en",
     "Recalled by NHS breast screening unit [INSTITUTION] for assessment."),
    ("Einladung der Screening-Einheit Oberpfalz Nord; Mammographie unauffällig.", "de",
     "Einladung der Screening-Einheit [EINRICHTUNG]; Mammographie unauffällig."),
    ("Thames Valley North Breast Screening Service: recall for calcification.", "en",
     "[INSTITUTION] Breast Screening Service: recall for calcification."),
    ("Zuweiser: PVE Salzburg-Lehen. Sonographie Abdomen.", "de", "Zuweiser: [EINRICHTUNG]. Sonographie Abdomen."),
    ("Seen at VA Black Hills HCS; MRI shoulder.", "en", "Seen at [INSTITUTION]; MRI shoulder."),
    ("Records from Ashby & Reed Orthopedics were reviewed.", "en", "Records from [INSTITUTION] were reviewed."),
    ("PID|1||7745120^^^RIVERSIDE^MR||Dunn^Ava||19700101|F", "en", "PID|1||[ID]^^^[INSTITUTION]^MR||[PERSON]||[DATE]|F"),
    ("Protocol Name: Lindenhof_Knie_PD_FS", "de", "Protocol Name: [EINRICHTUNG]_Knie_PD_FS"),
    ("Eseguita presso Ospedale Regionale di Mendrisio, sede Beata Vergine: TC torace.", "it",
     "Eseguita presso [EINRICHTUNG], sede [EINRICHTUNG]: TC torace."),
    ("Signed: Dr Aled Price\nSt. Ninian's General", "en", "Signed: Dr [PERSON]\n[INSTITUTION]"),
    # addresses
    ("Praxis Seeblick · Seestrasse 101–103 · 8002 Zürich", "de", "[EINRICHTUNG] · [ADRESSE] · [ADRESSE]"),
    ("Mrs Ann Lowe\n12 Station Road East\nCleethorpes\nDN35 8AB", "en", "Mrs [PERSON]\n[ADDRESS]\n[ADDRESS]"),
    ("Patient lives in Bozeman, MT; CT chest.", "en", "Patient lives in [ADDRESS]; CT chest."),
])
def test_classes(text, lang, expected):
    assert _scrub(text, lang) == expected


@pytest.mark.parametrize(("text", "lang"), [
    # "Ort" of a findings table is a lesion's site, not a town
    ("Befund;Ort;Größe\nRundherd;Unterlappen;8 mm\nZyste;Niere;12 mm", "de"),
    ("Region,Sequence\nKnee,PD FS\nHip,T1", "en"),
    # departments joined by "&", protocol names without a brand, "at the" + a common noun, dates after a site
    ("Seen in Accident & Emergency at 02:00.", "en"),
    ("Referred from Trauma & Orthopaedics for CT.", "en"),
    ("Protocol Name: Abdomen_Routine_KM", "de"),
    ("ProtocolName=Thorax_HR_1mm", "en"),
    ("CT head at the time of scan: no bleed.", "en"),
    ("Lagerung in Bauchlage; CT Thorax a. p. und seitlich.", "de"),
    ("Lyme disease; CPT 74177; Siemens Biograph Vision.", "en"),
    ("Consultant Radiologist\nDepartment of Clinical Radiology", "en"),
])
def test_look_alikes(text, lang):
    assert _scrub(text, lang) == text


def test_postcode_after_name_and_occupation():
    out = _scrub("Patientin: Heidi Zaugg, Bäuerin, 3537 Eggiwil. Röntgen Thorax.", "de")
    assert "3537" not in out and "Eggiwil" not in out and out.endswith("[ADRESSE]. Röntgen Thorax.")


def test_site_edges_stop_at_dates_and_departments():
    assert _scrub("Vorbefund aus dem Klinikum Wels am Montag übermittelt.", "de") == (
        "Vorbefund aus dem [EINRICHTUNG] am Montag übermittelt.")
    assert _scrub("Die Bilder vom UKH Salzburg (Unfallambulanz) wurden übermittelt.", "de") == (
        "Die Bilder vom [EINRICHTUNG] (Unfallambulanz) wurden übermittelt.")
    assert _scrub("Transferred from Royal Infirmary on Monday.", "en") == "Transferred from [INSTITUTION] on Monday."


def test_xcn_degree_is_no_assigning_authority():
    out = _scrub("PV1||O|MRI2||||11983^LIEBERMAN^JUDITH^S^^^MD", "en")
    assert out.endswith("^^^MD")


def test_floor():
    # Round 11 figures on DEV, rules only (1.000 recall, 1.000 keep, 1 false hit of 48: an occupation inside a
    # person span, persons' rule) less a margin; measured once before it (0454315): recall 0.543.
    assert_rules_floor(DEV, 0.97, 0.99, 0.03)
