"""Round 18b: facility brands, care networks and services without a hospital keyword.

Real strings of each class (none of the dev corpus tests/dev14fq) and their look-alikes.
"""

from __future__ import annotations

import pytest

from curation.deid.text.brand_networks import acronym_after_hits, brand_network_hits
from curation.deid.text.common import Hit
from curation.deid.text.scrub import scrub_text


def _found(text: str, lang: str = "en") -> set[str]:
    return {text[s.start:s.end] for s in scrub_text(text, lang, use_spacy=False).spans}


def _brands(text: str) -> list[str]:
    return [text[h.start:h.end] for h in brand_network_hits(text, text.lower())]


@pytest.mark.parametrize("text, value", [
    ("Prior study at Brightwater Imaging – Swindon; nodule.", "Brightwater Imaging – Swindon"),
    ("Images from Kestrel Radiology - Denver reviewed.", "Kestrel Radiology - Denver"),
    ("Vorbefund Radiologie Am Hafen – Bremen: Fraktur.", "Radiologie Am Hafen – Bremen"),
    ("Vorbefund Bildgebung Linth-Nord: Zyste.", "Bildgebung Linth-Nord"),
    ("Transferred from AdventHealth ED; CT head.", "AdventHealth"),
    ("Übernahme aus dem NeuroVascNet Nord; CTA.", "NeuroVascNet Nord"),
    ("Overnight coverage by Sanford eICU; line ok.", "Sanford eICU"),
    ("Teleradiologie im Herzinfarkt-Netz Mainfranken; CT.", "Herzinfarkt-Netz Mainfranken"),
    ("Preliminary read via Starlight Teleradiology at 03:00.", "Starlight Teleradiology"),
    ("Funding agreed by North East Essex ICB; MRI booked.", "North East Essex ICB"),
    ("Referred by the Avon Breast Screening Service; recall.", "Avon"),
    ("Screening centre: Kingsmead Breast Screening Unit.", "Kingsmead Breast Screening Unit"),
    ("Einladung der Screening-Einheit Allgäu Süd; BI-RADS 2.", "Allgäu Süd"),
    ("Convocation du Programme vaudois de dépistage du cancer du sein.",
     "Programme vaudois de dépistage du cancer du sein"),
    ("Brought in by SWASFT crew 2231 after a fall.", "SWASFT"),
    ("Arrived with Redwood Ambulance; FAST negative.", "Redwood Ambulance"),
    ("Scene response by Medic Two; CT spine.", "Medic Two"),
    ("Einlieferung durch Rettungsdienst Ortenau & Kinzig Offenburg; CT.", "Rettungsdienst Ortenau & Kinzig Offenburg"),
    ("Begutachtung der MEDAS Zentralschweiz; MRT.", "MEDAS Zentralschweiz"),
    ("Aufnahmen aus dem Institut für Radiologie Dr. Wendelin; Befund.", "Institut für Radiologie Dr. Wendelin"),
    ("Vorbefund: Institut Haberl & Partner, Mammographie.", "Institut Haberl & Partner"),
    ("Examen à l'Institut d'imagerie de Carouge ; hernie.", "Institut d'imagerie de Carouge"),
    ("Voruntersuchung im Bodensee-Klinikum: Pneumonie.", "Bodensee-Klinikum"),
    ("Transferred from Tralee General; CT head.", "Tralee General"),
])
def test_brand_network_rules(text: str, value: str) -> None:
    assert value in _brands(text)
    assert any(value in f or f in value for f in _found(text)), _found(text)


@pytest.mark.parametrize("text", [
    "Radiologie Zentrum – Befundbericht folgt.",  # a title word after the dash, no town
    "Konsil Radiologie – Rückfrage an Station.",
    "Contrast given via the left antecubital vein.",  # via before anatomy
    "Drainage via ERCP; stent in place.",  # via before an acronym
    "Report sent via Email to the GP.",  # no reading context word right before "via"
    "Gadolinium (MultiHance) given; CyberKnife planning CT.",  # device brands, no transfer preposition
    "Calculated eGFR 54 ml/min.",
    "Brought in by HEMS crew after a fall.",  # a generic crew acronym
    "Abholung durch den Rettungsdienst; Thorax.",
    "Konsil der HNO-Klinik erbeten.",  # a department acronym before the keyword
    "Verlegung in die Uni-Klinik.",  # a generic prefix
    "Biopsy site in the left breast; no hematoma.",
    "Puncture at the Hickman site; no hematoma.",
    "Screened by the NHS Breast Screening Programme; normal.",  # the national programme
    "In general, no acute findings.",
    "Referral to the Surgeon General.",
])
def test_look_alikes_stay(text: str) -> None:
    assert _brands(text) == []


def test_site_town_is_address() -> None:
    text = "Untersuchung am site Sursee; Thorax."
    hits = brand_network_hits(text, text.lower())
    assert [(text[h.start:h.end], h.label) for h in hits] == [("Sursee", "ADDRESS")]


def test_acronym_after_a_house() -> None:
    text = "Kontrolle im Klinikum Talheim UKT; Sonographie. Broomfield ENT clinic. Klinikum Talheim MRT."
    houses = ("Klinikum Talheim", "Broomfield", "Klinikum Talheim MRT")
    hits = [Hit(text.index(h), text.index(h) + len(h.split(" MRT")[0]), "INSTITUTION", "rule") for h in houses]
    assert [text[h.start:h.end] for h in acronym_after_hits(text, hits)] == ["UKT"]


@pytest.mark.parametrize("text, term", [
    ("Referred to the Major Trauma Centre at Kingsmill Royal Infirmary.", "Major Trauma Centre"),
    ("Checklist for NHS Continuing Healthcare completed.", "NHS Continuing Healthcare"),
    ("Prior authorization: Advanced Imaging – CT abdomen.", "Advanced Imaging"),
    ("Pflegedienstleitung informiert; Röntgen Hüfte.", "Pflegedienstleitung"),
])
def test_generic_services_are_kept(text: str, term: str) -> None:
    out = scrub_text(text, "en" if text[0] != "P" else "de", use_spacy=False).text
    assert term in out


@pytest.mark.parametrize("text, out", [
    ("Taken to Royal Stoke Major Trauma Centre; CT.", "Taken to [INSTITUTION] Major Trauma Centre; CT."),
    ("Admitted to Northbrook Hyperacute Stroke Unit.", "Admitted to [INSTITUTION] Hyperacute Stroke Unit."),
    ("Taken to the Major Trauma Centre.", "Taken to the Major Trauma Centre."),
    ("Preliminary read via vRad; no PE.", "Preliminary read via [INSTITUTION]; no PE."),
])
def test_service_designation_after_a_name(text: str, out: str) -> None:
    assert scrub_text(text, "en", use_spacy=False).text == out


def test_rescue_word_before_a_noun_stays() -> None:
    assert _brands("Rettungsdienst Übergabe: GCS 14.") == []
    assert _brands("Rettungsdienst Notarzt vor Ort.") == []
