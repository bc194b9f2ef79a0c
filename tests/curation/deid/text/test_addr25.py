"""Round 25 (deid-addr25): address classes that many writers of the retired held-outs share, each with positive
and negative cases.

1. A listed town closing a site's slot after its name (site_towns): ", <Town>" at a line or clause end, " | <Town>
   |", a town's second official name after a slash; a department, a road or a town word that goes on stays.
2. A listed town closing a doctor's slot (site_towns): after a title's name, with or without a role, or a name with
   a degree; a duty or a study after the name stays, and so does a town after a name without a title or role.
3. A US "Town, ST" without a ZIP code (site_towns): a listed town before a state code that closes its clause, or any
   town-shaped name after a street; "<Name>, MD", "<Name>, PA" and "<Town>, CT Thorax" stay.
4. US street forms (places): two-letter directions, a direction after the street word, expressways.
"""

from __future__ import annotations

import pytest

from curation.deid.text.common import Hit
from curation.deid.text.scrub import scrub_text
from curation.deid.text.site_towns import site_town_hits


def _addresses(text: str, lang: str = "en") -> list[str]:
    return [text[s.start : s.end] for s in scrub_text(text, lang, use_spacy=False).spans if s.label == "ADDRESS"]


def _site_towns(text: str, spans: list[tuple[str, str]]) -> list[str]:
    hits = [Hit(text.index(value), text.index(value) + len(value), label, "rule") for value, label in spans]
    return [text[h.start : h.end] for h in site_town_hits(text, hits)]


# --- 1. a town closing a site's slot ---


@pytest.mark.parametrize(
    ("text", "site", "town"),
    [
        ("Einsender: Praxis Dr. Lindqvist, Rosenheim\nCT Abdomen", "Praxis Dr. Lindqvist", "Rosenheim"),
        ("Zentrum für Gedächtnis Weidmann | Winterthur | Anmeldung", "Zentrum für Gedächtnis Weidmann", "Winterthur"),
        ("Copy to Ashdown Medical Centre, Harrogate; patient", "Ashdown Medical Centre", "Harrogate"),
        ("Foyle Valley Hospital, Derry/Londonderry\nDiagnosis", "Foyle Valley Hospital", "Derry/Londonderry"),
        ("Kantonsspital Nordwest, Olten.", "Kantonsspital Nordwest", "Olten"),
    ],
)
def test_town_closing_a_site_slot(text, site, town):
    assert _site_towns(text, [(site, "INSTITUTION")]) == [town]


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Klinikum Talblick, Notfall\nCT Schädel", "Klinikum Talblick"),  # a department, unlisted
        ("Ashdown Medical Centre, Harrogate Road 4", "Ashdown Medical Centre"),  # a road, not the town alone
        ("Praxis Dr. Lindqvist, Rosenheim-Studie läuft", "Praxis Dr. Lindqvist"),  # the town word goes on
        ("Kantonsspital Nordwest, Olten und Aarau kooperieren", "Kantonsspital Nordwest"),  # no slot end
    ],
)
def test_site_slot_without_a_town_alone(text, site):
    assert _site_towns(text, [(site, "INSTITUTION")]) == []


# --- 2. a town closing a doctor's slot ---


@pytest.mark.parametrize(
    ("text", "person", "town"),
    [
        ("Zuweisung: Dr. Milena Kovačič, Allgemeinmedizin, Villach\nPatient", "Milena Kovačič", "Villach"),
        ("Reporting radiologist: Anna Wiśniewska, MD, Kraków", "Anna Wiśniewska", "Kraków"),
        ("an Dr. Kilian Oberhauser, Allgemeinmediziner in Saalfelden (+43 6582 1)", "Kilian Oberhauser", "Saalfelden"),
        ("Médecin traitant: Dr Lucien Varone, Lausanne\nIRM", "Lucien Varone", "Lausanne"),
    ],
)
def test_town_closing_a_doctor_slot(text, person, town):
    assert _site_towns(text, [(person, "PERSON")]) == [town]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Dr. Milena Kovačič, Urlaub\nVertretung folgt", "Milena Kovačič"),  # a duty, unlisted
        ("Dr. Milena Kovačič, Villach-Studie, Zentrum 3", "Milena Kovačič"),  # a study name goes on
        ("Partnerin Eva Moritz, Villach\n", "Eva Moritz"),  # no title, no role: not a doctor's slot
        ("Dr. Milena Kovačič, Oberärztin\n", "Milena Kovačič"),
    ],
)
def test_doctor_slot_without_a_town(text, person):
    assert _site_towns(text, [(person, "PERSON")]) == []


# --- 3. US "Town, ST" without a ZIP ---


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Patient Park, Min-jun, Fort Lee, NJ, MRN 5512", "Fort Lee, NJ"),
        ("for Harold Nyberg, 96, of Beaverton, OR. Medicare", "Beaverton, OR"),
        ("Date of injury 3/2/2025 – fall on steps at 2210 Bayview Ave, Alameda, CA.", "Alameda, CA"),
    ],
)
def test_us_town_and_state(text, town):
    assert town in _addresses(text)


@pytest.mark.parametrize(
    "text",
    [
        "Reviewed with Susan Whitaker, MD, and the team.",
        "Seen by Dana Okafor, PA, in clinic.",
        "Pat. wohnhaft in Bad Kreuznach, CT Thorax mit KM.",
        "Head, CT, and spine, MR, were normal.",
    ],
)
def test_no_us_town_and_state(text):
    assert not any(a.endswith((", MD", ", PA", ", CT")) for a in _addresses(text, "de" if "wohnhaft" in text else "en"))


# --- 4. US street forms ---


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("after a fall at home (2290 NW 12th St, Apt 5, Miami, FL 33125).", "2290 NW 12th St, Apt 5"),
        ("Clinic at 410 3rd Ave N, Suite 300, Nashville, TN 37201.", "410 3rd Ave N, Suite 300"),
        ("Imaging – 5100 N Central Expy, Suite 220, Dallas, TX 75206", "5100 N Central Expy, Suite 220"),
    ],
)
def test_us_street_forms(text, street):
    assert street in _addresses(text)


@pytest.mark.parametrize(
    "text",
    [
        "ST segment elevation in 3 leads, NW 2 of the ward.",
        "Average HR 88; 2 Expy lanes closed is irrelevant text.",
    ],
)
def test_no_us_street(text):
    assert _addresses(text) == []


# --- 5. the parts of a one-line address before its postcode, a town with its partial postcode (address_parts) ---


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Ms Tamsin Polglase, Chywoone, Market Street, St Just TR19 7HX\nYour scan", "Chywoone"),
        ("Patient: Ronald Ashworth, 81, 14 Fell Brow, Kendal LA9 6BJ\nAdmitted", "14 Fell Brow"),
        ("Patient: Ewan Munro (known as Ewan), Croft 7, Rhiconich, Lairg IV27 4RN, CHI 1", "Croft 7"),
        ("Re: Mrs Nia Pritchard, DOB 03.04.1951, Bryn Awel, Heol y Felin, Llandeilo SA19 7AB", "Bryn Awel"),
        ("Verteiler: Hausärztin, Große Bleichen 21, 20354 Hamburg; Kardiologie", "Große Bleichen 21"),
    ],
)
def test_parts_before_a_postcode(text, part):
    assert any(part in a for a in _addresses(text, "de" if "Verteiler" in text else "en"))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Seen in Outpatients, Kendal LA9 6BJ by the team.", "Outpatients"),
        ("CT Head, Chest, Abdomen, London NW1 2BU requested.", "Abdomen"),
        ("Klinikum Nord, Radiologie, 20099 Hamburg", "Radiologie"),
        ("Wohnhaft Seefeldstrasse 140, 8008 Zürich; CT NNH.", "Wohnhaft"),
    ],
)
def test_no_parts_before_a_postcode(text, kept):
    assert not any(kept in a for a in _addresses(text, "de" if "Klinikum" in text or "Wohnhaft" in text else "en"))


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Patient Gareth Lamb, Birmingham B15. US abdomen.", "Birmingham B15"),
        ("Re: Kemi Ade, DOB 08.11.1988, 3 Orchard Way, Bedford MK40\nThank you", "Bedford MK40"),
        ("sponsor Mr Alan Pike, Oak Lodge, Tonbridge TN9)", "Tonbridge TN9"),
    ],
)
def test_town_with_partial_postcode(text, town):
    assert town in _addresses(text)


@pytest.mark.parametrize(
    "text",
    [
        "Compared with Bedford T2 images, no change.",  # a sequence, no comma before the town
        "Seen at clinic, Sale T2 weighted images.",  # the clause goes on
        "Fracture of Hyde, C5 and C6.",  # a vertebra
    ],
)
def test_no_partial_postcode(text):
    assert not any(a.endswith(("T2", "C5")) for a in _addresses(text))
