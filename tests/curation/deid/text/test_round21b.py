"""Round 21b: structured exports, facility heads and tails, keyword-less facilities, towns of residence and origin,
labelled IDs, phone forms, spaced dates, and the administrative keep-terms around them.

Strings of their own (none of the dev corpus tests/dev14fx) and their clinical look-alikes.
"""

from __future__ import annotations

import pytest

from curation.deid.text.admin_keeps import admin_keeps
from curation.deid.text.facility_joins import facility_edge_hits
from curation.deid.text.keywordless_sites import keywordless_site_hits
from curation.deid.text.phone_forms import phone_form_hits
from curation.deid.text.ref_ids import ref_id_hits
from curation.deid.text.residence_towns import residence_town_hits
from curation.deid.text.rules import rule_hits
from curation.deid.text.scrub import scrub_text


def _out(text: str, lang: str = "en") -> str:
    return scrub_text(text, lang, use_spacy=False).text


def _keeps(text: str) -> list[str]:
    return [text[a:b] for a, b in admin_keeps(text)]


def _found(hits, text: str, label: str) -> list[str]:
    return [text[h.start : h.end] for h in hits if h.label == label]


# --- keep-terms (admin_keeps) ---


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Generator REF 4471-08 explanted, UDI-DI 04035479112233.", "REF 4471-08"),
        ("Generator REF 4471-08 explanted, UDI-DI 04035479112233.", "UDI-DI 04035479112233"),
        ("Investigational agent under IND 158812; CT abdomen.", "IND 158812"),
        ("Please contact Patient Liaison or the Patient Advocacy Office.", "Patient Liaison"),
        ("Please contact Patient Liaison or the Patient Advocacy Office.", "Patient Advocacy Office"),
        ("Ein Schreiben der Patientenombudsstelle liegt vor.", "Patientenombudsstelle"),
        ("Die Patientenanwaltschaft ersucht um Stellungnahme.", "Patientenanwaltschaft"),
        ("Fallvorstellung im Tumorboard Dermatologie am Dienstag.", "Tumorboard Dermatologie"),
        ("Claim filed under the Medical Devices Regulation.", "Medical Devices Regulation"),
        ("Transferred to 6 North Haematology overnight.", "6 North Haematology"),
        ("Seen in the Memory Clinic last week.", "Memory Clinic"),
        ("Worklist: Modalität MR, Dublette in Zeile 1187 entfernt.", "Modalität MR"),
        ("Worklist: Modalität MR, Dublette in Zeile 1187 entfernt.", "Zeile 1187"),
        ("Re-sent batch 0731 to the archive.", "batch 0731"),
        ("Config: CALLING_AE RADWS3, STATION_NAME CTROOM2.", "CALLING_AE"),
        ("09:14:02 -> PACS: OK", "-> PACS"),
        ("Interpreter booked, language Jamaican Creole.", "Jamaican Creole"),
        ("Wohnhaft im Großherzogtum Luxemburg.", "Großherzogtum Luxemburg"),
        ('<assignedAuthor><id extension="X1"/></assignedAuthor>', "<assignedAuthor"),
    ],
)
def test_admin_keep_ranges(text: str, term: str) -> None:
    assert term in _keeps(text)


@pytest.mark.parametrize(
    ("text", "lang", "term"),
    [
        ("Please contact Patient Liaison or the Patient Advocate.", "en", "Patient Liaison"),
        ("Please contact Patient Liaison or the Patient Advocate.", "en", "Patient Advocate"),
        ("Transferred to 6 North Haematology; seen in Memory Clinic.", "en", "6 North Haematology"),
        ("Transferred to 6 North Haematology; seen in Memory Clinic.", "en", "Memory Clinic"),
        ("Under the Cross-Border Healthcare Directive.", "en", "Cross-Border Healthcare Directive"),
        ("Modalität OT, Dublette Zeile 5521 gelöscht.", "de", "Modalität OT"),
        ("Modalität OT, Dublette Zeile 5521 gelöscht.", "de", "Zeile 5521"),
        ("AE_TITLE MRSCAN4 configured.", "en", "AE_TITLE"),
        ("08:00:01 → VNA: OK", "de", "→ VNA: OK"),
        ("Language: Haitian Creole.", "en", "Haitian Creole"),
        ("Generator REF 4471-08, UDI-DI 04035479112233.", "en", "UDI-DI 04035479112233"),
    ],
)
def test_keep_terms_survive(text: str, lang: str, term: str) -> None:
    assert term in _out(text, lang)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # A name before the word is no rule's name; a named clinic is a facility; a street stays an address.
        ("Hausarzt Dr. Huber Regulation.", "Huber Regulation"),
        ("Riverside Neurology Clinic referred the patient.", "Riverside Neurology Clinic"),
        ("Moved to 14 West Street, Leeds.", "14 West"),
        ("Beschwerde an die Tiroler Patientenvertretung.", "Patientenvertretung"),
        ("Anfrage der Patientenombudsstelle Burgenland zum CT.", "Patientenombudsstelle"),
        ("Investigational drug 158812 given.", "158812"),
    ],
)
def test_admin_keep_lookalikes(text: str, absent: str) -> None:
    assert absent not in _keeps(text)


def test_named_lookalikes_still_scrubbed() -> None:
    assert _out("Hausarzt Dr. Huber Regulation.", "de") == "Hausarzt Dr. [PERSON]."
    assert "Riverside" not in _out("Riverside Neurology Clinic referred the patient.")
    assert "West Street" not in _out("Moved to 14 West Street, Leeds.")


# --- labelled IDs (ref_ids) ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Histology lab ref 24M118204 pending.", "24M118204"),
        ("Complaint ref PALS/2024/1187 acknowledged.", "PALS/2024/1187"),
        ("Logged as Datix 2025/44812.", "Datix 2025/44812"),
        ("ICD serial 9920117-044 interrogated.", "9920117-044"),
        ("S/N AXK881204-B on the label.", "AXK881204-B"),
        ("PPSN 1122334FA on file.", "1122334FA"),
        ("N° d'examen GEN24US11807, échographie.", "GEN24US11807"),
        ("Numero esame BEL24CT55012.", "BEL24CT55012"),
        ("PACS accession QEH2024Z10233 for comparison.", "QEH2024Z10233"),
        ("Akt GZ-L-2024/4410 beigelegt.", "GZ-L-2024/4410"),
    ],
)
def test_labelled_ids(text: str, value: str) -> None:
    assert value in _found(ref_id_hits(text), text, "ID")


@pytest.mark.parametrize(
    "text",
    [
        "Serial imaging every 3 months.",
        "Serial CT at 12 weeks.",
        "Lab ref range 3.5-5.1 mmol/l.",
        "PPSN not available.",
        "Akt 2 der Oper.",
        "Akt 2024 abgeschlossen.",
        "Accession pending.",
    ],
)
def test_labelled_id_lookalikes(text: str) -> None:
    assert ref_id_hits(text) == []


# --- phone forms (phone_forms) ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Rückruf an Dienstarzt intern 5 21 90.", "5 21 90"),
        ("Sucher 44 18 02 bitte anpiepsen.", "44 18 02"),
        ("Kontakt tel:+41.44.255.11.11 oder Fax.", "+41.44.255.11.11"),
        ("Discussed with the fellow (617-555-0148) at 14:10.", "(617-555-0148)"),
    ],
)
def test_phone_forms(text: str, value: str) -> None:
    assert value in _found(phone_form_hits(text, text.lower()), text, "PHONE")


@pytest.mark.parametrize(
    "text",
    [
        "Intern 3 Befunde offen.",
        "Internal 4 12 mm lesion.",
        "Läsion intern 1 2 cm.",
        "Ratio (3.2-4.1-5.0) stable.",
        "Segments (617-555) noted.",
    ],
)
def test_phone_form_lookalikes(text: str) -> None:
    assert phone_form_hits(text, text.lower()) == []


# --- spaced dates ---


def test_spaced_dates_are_dates() -> None:
    assert _out("Stationär vom 3. 11. 2024 bis 8. 11. 2024.", "de") == "Stationär vom [DATUM] bis [DATUM]."


@pytest.mark.parametrize("text", ["Punkte 3. 4. 25 mm.", "Schichten 2. 5. 10 mm.", "Abb. 3. 4. 2 cm"])
def test_spaced_date_lookalikes(text: str) -> None:
    assert _out(text, "de") == text


# --- towns (residence_towns) ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Wohnort: Obergurgl; Röntgen Thorax.", "Obergurgl"),
        ("Patient lives in Fort Qu'Appelle, SK.", None),
        ("Patient resides in Port Colborne, ON; CT.", "Port Colborne, ON"),
        ("Home: Belmullet, Co. Mayo; MRI.", "Belmullet, Co. Mayo"),
        ("Paziente nato a Mesocco il 3 maggio 1941.", "Mesocco"),
        ("Patiente née à Porrentruy le 2 mai 1950.", "Porrentruy"),
        ("Fait à Delémont, le 3 mars 2025.", "Delémont"),
        ("Fait à Vission, le 3 mars 2025.", "Vission"),
        ("Sohn Herr Lukas Pfanner (Schruns) informiert.", "Schruns"),
        ("Überweisung (Dr. Keller, Hausarzt, Dübendorf).", "Dübendorf"),
        ("Pat. Maria Nigg, geb. 03.04.1938, Gais, Röntgen Becken.", "Gais"),
        ("Rückfrage nach Dingle, Co. Kerry erfolgt.", "Dingle, Co. Kerry"),
    ],
)
def test_residence_towns(text: str, value: str | None) -> None:
    found = _found(residence_town_hits(text), text, "ADDRESS")
    if value is None:
        assert found == []  # an apostrophe is no town letter: left to other rules
    else:
        assert value in found


@pytest.mark.parametrize(
    "text",
    [
        "Wohnort: unbekannt.",
        "Home: Independent, lives alone.",
        "Home: Nursing Home.",
        "Patient: Anna Huber, geb. 24.02.1957, Pat.-ID 12345",
        "Pat. Josef Gruber, geb. 01.02.1940, Notaufnahme, CT.",
        "Pat. Josef Gruber, 01.02.1940, Verlaufskontrolle; CT.",
        "Tochter Frau Eva Moser (Ärztin) informiert.",
        "Sohn Peter Moser (Pflege) informiert.",
        "Hausarzt, Befund folgt).",
    ],
)
def test_residence_town_lookalikes(text: str) -> None:
    assert _found(residence_town_hits(text), text, "ADDRESS") == []


# --- facility edges (facility_joins) ---


@pytest.mark.parametrize(
    ("text", "lang", "gone", "kept"),
    [
        ("Vorbefunde aus dem Universitätsklinikum Mainz und Wiesbaden liegen vor.", "de", "Wiesbaden", "liegen vor"),
        ("Bestrahlung am Süddeutsches Ionenzentrum Ulm geplant.", "de", "Süddeutsches", "geplant"),
        ("Verlegt aus dem St. Lukas Kinderspital zur MRT.", "de", "Kinderspital", "zur MRT"),
        ("Referring practice: Lakeside Urology Associates, PA; CT.", "en", ", PA", "CT"),
        ("Outside images: Halton Health – Georgetown Site, CTA.", "en", "Site", "CTA"),
        ("Aufnahme über die Privatklinik Kettler-Stift, CT.", "de", "Stift", "CT"),
        ("Images received from University of Kansas Hospitals & Clinics; MRI.", "en", "& Clinics", "MRI"),
        ("Prior study at Lenox Hill Imaging at Gramercy Park; MRI.", "en", "Gramercy Park", "MRI"),
        ("Prior study at Baylor Scott Imaging Division, CT.", "en", "Division", "CT"),
        ("Transferred from Trillium Health – Mississauga Site.", "en", "Mississauga Site", "Transferred"),
        ("Transfert depuis HFR Meyriez – Hôpital cantonal ; IRM.", "fr", "cantonal", "IRM"),
        ("Films from the Royal Hospital for Sick Children Glasgow today.", "en", "Sick Children", "today"),
    ],
)
def test_facility_edges(text: str, lang: str, gone: str, kept: str) -> None:
    out = _out(text, lang)
    assert gone not in out and kept in out


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Zuweisung durch die Hausarztpraxis Dr. med. T. Moosbrugger, Sono.", "Hausarztpraxis Dr. med. T. Moosbrugger"),
        ("Kopie an Ordination Dr. Ebner.", "Ordination Dr. Ebner"),
        ("FROM: NORTH TEES NHS FOUNDATION TRUST", "NORTH TEES NHS FOUNDATION TRUST"),
        ("LETTER FROM BETSI CADWALADR HEALTH BOARD.", "BETSI CADWALADR HEALTH BOARD"),
        ("CC: BRIGHTON AND SUSSEX NHS TRUST", "BRIGHTON AND SUSSEX NHS TRUST"),
    ],
)
def test_facility_edge_hits(text: str, value: str) -> None:
    assert value in _found(facility_edge_hits(text), text, "INSTITUTION")


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        # Two facilities stay two; a document word is no hyphenated name part; a sentence keeps its words.
        ("Befundkopie an Ambulatorium Favoriten und Diagnostikum Linz-Süd.", "de", " und "),
        ("Films from Kaiser Permanente and Atrium Health; consult.", "en", " and "),
        ("Kantonsspital-Bericht für die Akte.", "de", "-Bericht"),
        ("LETTER FROM NORTH TEES NHS FOUNDATION TRUST.", "en", "LETTER FROM"),
        ("Praxis für Radiologie, Befund folgt.", "de", "Praxis für Radiologie"),
        ("Transferred from Weymouth Hospital for CT angiography.", "en", "for CT angiography"),
    ],
)
def test_facility_edge_lookalikes(text: str, lang: str, kept: str) -> None:
    assert kept in _out(text, lang)


def test_at_place_needs_a_named_house() -> None:
    text = "Seen in Imaging at Noon Today."
    assert not [h for h in rule_hits(text) if h.label == "INSTITUTION" and h.end > text.index("Noon")]


# --- keyword-less facilities (keywordless_sites) ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Beschwerde über die Vorarlberger Patientenvertretung.", "Vorarlberger Patientenvertretung"),
        ("Zuweisung Radio-Onkologie LUKS-KSO zur Planung.", "Radio-Onkologie LUKS-KSO"),
        ("Campione inviato al Laboratorio Analisi Sottoceneri.", "Laboratorio Analisi Sottoceneri"),
        ("Retrieved by Mercy Flight to the trauma bay.", "Mercy Flight"),
        ("Primärtransport mit Christophorus 4, CT.", "Christophorus 4"),
        ("Transport Rega 9 ins Zentrumsspital.", "Rega 9"),
        ("Interpreter via CallBridge (Tigrinya).", "CallBridge"),
        ("TalkLink interpreter present for consent.", "TalkLink"),
    ],
)
def test_keywordless_sites(text: str, value: str) -> None:
    assert value in _found(keywordless_site_hits(text), text, "INSTITUTION")


@pytest.mark.parametrize(
    "text",
    [
        "Die Patientenvertretung wurde informiert.",
        "Leider Patientenanwalt nicht erreichbar.",
        "Laboratorio Analisi Chimiche interno.",
        "After a Long Flight from Boston, calf pain.",
        "Return Flight booked after discharge.",
        "Christophorus als Vorname.",
        "Interpreter via Telephone (Somali).",
        "Interpreter via Video link.",
        "Radiologie CT-MR Befund.",
    ],
)
def test_keywordless_site_lookalikes(text: str) -> None:
    assert keywordless_site_hits(text) == []


# --- structured exports ---


def test_cda_fragment_keeps_markup_and_scrubs_values() -> None:
    text = (
        '<assignedEntity><id root="1.2.276.0.76.4.8" extension="KX-20931"/><assignedPerson><name>'
        "<given>Hedwig</given><family>Strasser</family></name></assignedPerson></assignedEntity>"
    )
    out = _out(text, "de")
    for term in ("<assignedEntity>", "<assignedPerson>", "</assignedEntity>", 'root="1.2.276.0.76.4.8"'):
        assert term in out
    for phi in ("KX-20931", "Hedwig", "Strasser"):
        assert phi not in out
