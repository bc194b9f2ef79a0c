"""Round 14b: brand-style institutions, phones with an extension suffix, rooms and floors, scanner models.

Rules only (tagger off, no spaCy): each class with strings of its own, and the look-alikes that must stay.
"""

from __future__ import annotations

import pytest

from curation.deid.text.brand_sites import brand_site_hits
from curation.deid.text.device_models import model_keeps
from curation.deid.text.rooms import room_keeps
from tests.dev14t.measure import rules_only


def _institutions(text: str) -> list[str]:
    return [text[h.start:h.end] for h in brand_site_hits(text)]


@pytest.mark.parametrize(("text", "name"), [
    ("Referred from SRH The Whitfield for staging.", "SRH The Whitfield"),
    ("Previous scan at BMI The Chiltern, report attached.", "BMI The Chiltern"),
    ("Outside CT from Covenant St. Elizabeth reviewed.", "Covenant St. Elizabeth"),
    ("Seen at Ardent St. Clare's for a fall.", "Ardent St. Clare's"),
    ("Booked with Lumen Scanning Stoke for a CT colonography.", "Lumen Scanning Stoke"),
    ("Imaging performed at Alliance Medical Derby.", "Alliance Medical Derby"),
    ("Scan at Northgate Diagnostics Sheffield showed no change.", "Northgate Diagnostics Sheffield"),
    ("Termin bei Dr. Weninger Orthopädie Leoben am Montag.", "Dr. Weninger Orthopädie Leoben"),
    ("Outside echo from Dr Rathbone Cardiology Leicester.", "Dr Rathbone Cardiology Leicester"),
    ("Examen chez Dr Perrottet Radiologie Yverdon, IRM.", "Dr Perrottet Radiologie Yverdon"),
    ("Esami presso Dr. Bernasconi Ortopedia Mendrisio.", "Dr. Bernasconi Ortopedia Mendrisio"),
])
def test_brand_style_institutions(text, name):
    assert name in _institutions(text)
    assert name not in rules_only(text, "en")


@pytest.mark.parametrize("text", [
    "BMI 31. The liver is enlarged.",  # the body-mass index
    "BMI The patient is obese.",  # "The" before a lower-case word names nothing
    "CT The Liver is enlarged",  # a modality, not a hospital group
    "Mechanical St. Jude Medical valve in situ.",  # the device maker (keep.py)
    "Performed with Doppler Ultrasound Leeds protocol.",  # a technique word is no brand
    "Cardiac MRI Leeds: normal.",
    "Dr. Huber Radiologie Befund folgt.",  # a report word after the specialty names no town
    "Seen at 12 Main St. Louis yesterday",  # a house number: an address, not a brand
])
def test_brand_look_alikes_are_no_brand_sites(text):
    assert _institutions(text) == []


def test_device_maker_and_departments_stay():
    assert "St. Jude Medical" in rules_only("Mechanical St. Jude Medical mitral valve; CT only.", "en")
    assert "Medical Physics" in rules_only("Dose records reviewed by Medical Physics; DLP 612 mGy·cm.", "en")
    assert "BMI 34" in rules_only("BMI 34. Body habitus limits the ultrasound.", "en")


@pytest.mark.parametrize(("text", "number"), [
    ("Pflegestation Haus B: 07242 / 350 66 - 214", "07242 / 350 66 - 214"),
    ("Wohnbereich 3 (Pflege): (0732) 7806-2145", "(0732) 7806-2145"),
    ("Wohnbereich 1: 0732/7806-2145/2146", "0732/7806-2145/2146"),
    ("Pflegedienstleitung: 02732 55 66 - 20", "02732 55 66 - 20"),
    ("Rückfragen Station 3B: 0316 385 12-3456.", "0316 385 12-3456"),
])
def test_phone_with_extension_suffix_is_one_span(text, number):
    out = rules_only(text, "de")
    assert "[TELEFON]" in out
    assert not any(c.isdigit() for c in out[out.index(":") if ":" in out else 0:].replace("[TELEFON]", ""))
    assert number not in out


@pytest.mark.parametrize("text", [
    "Tel. 0316 385 12, erreichbar 8 - 18 Uhr",  # a time range after a number is no extension
    "Läsion (0123) 12 mm",  # a bracketed short number and a size
])
def test_phone_look_alikes(text):
    out = rules_only(text, "de")
    assert "18 Uhr" in out or "12 mm" in out


@pytest.mark.parametrize(("text", "kept"), [
    ("Patient liegt auf Zi. 314, Stock 3; Sono bettseitig.", ("Zi. 314", "Stock 3")),
    ("Please attend Room 4.12, Level -2, Radiology reception.", ("Room 4.12", "Level -2")),
    ("MRI scanner 2 is on Floor 1, Rm 118; gadolinium given.", ("Floor 1", "Rm 118")),
    ("Untersuchung in Raum U1.07, Ebene -1.", ("Raum U1.07", "Ebene -1")),
    ("Standort: Radiologie Ebene 2. MRT Schädel.", ("Radiologie Ebene 2",)),
    ("Standort: Nuklearmedizin Ebene U1", ("Nuklearmedizin Ebene U1",)),
    ("Rendez-vous en salle 3, étage -1, IRM genou.", ("salle 3", "étage -1")),
    ("TC eseguita in sala 2, piano -1.", ("sala 2", "piano -1")),
])
def test_rooms_and_floors_stay(text, kept):
    out = rules_only(text, "en")
    for k in kept:
        assert k in out


def test_a_room_in_a_home_stays_an_address():
    # A care home's room and a home address's floor are where the patient lives: the address rules take them.
    assert room_keeps("Seniorenresidenz Parkblick, Zimmer 214") == []
    assert room_keeps("Frau Huber, Hauptstraße 5/Stiege 2/Stock 3, 1010 Wien") == []
    assert "Zimmer 214" not in rules_only("Seniorenresidenz Parkblick, Zimmer 214; Kontakt Enkel", "de")
    # A phone extension after a room word is a phone, not a room.
    assert "3-2290" not in rules_only("Questions: reporting room 3-2290; Room 12 is the CT suite.", "en")


def test_a_name_before_a_room_is_cut_at_the_room():
    out = rules_only("Übergabe:\n1) Gerlinde Wachter, Zi. 12 - CT Thorax ausstehend", "de")
    assert "Wachter" not in out and "Gerlinde" not in out
    assert "Zi. 12" in out


@pytest.mark.parametrize(("text", "model"), [
    ("RIS: CT Thorax | Gerät Aquilion ONE PRISM | Revolution EVO Reserve", "Revolution EVO"),
    ("Equipment: Artis Q Zeego; Fluoro time 4.2 min", "Artis Q Zeego"),
    ("Model: Optima CT660 | kVp 120", "Optima CT660"),
    ("(0008,1090) LO [Brilliance iCT 256]", "Brilliance iCT 256"),
    ("Gerät: MAGNETOM Sola Fit, 1,5 T", "MAGNETOM Sola Fit"),
    ("Scanner: Biograph Vision Quadra; FDG", "Biograph Vision Quadra"),
])
def test_scanner_models_stay(text, model):
    assert any(text[a:b].startswith(model) for a, b in model_keeps(text))
    assert model in rules_only(text, "en")


def test_model_family_words_as_names():
    # After a title the family word is a given name; a listed surname ends a model.
    assert model_keeps("Dr. Artis Smith reviewed the study.") == []
    assert "Artis Smith" not in rules_only("Dr. Artis Smith reviewed the study.", "en")
    assert model_keeps("Signa Hernandez called.") == []


def test_a_station_named_by_its_model_stays_in_a_dump():
    # The dump's station-name test uses device_models' families (one list): an ultrasound family too.
    assert "LOGIQ E10" in rules_only("(0008,1010) SH [LOGIQ E10]", "en")
    # A site's own station name stays too since round 17a (a device's name; the lead's blind set marks it kept).
    assert "CT-SOM-02" in rules_only("(0008,1010) SH [CT-SOM-02]", "en")
