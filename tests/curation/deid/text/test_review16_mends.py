"""Review of rounds 16a-c: clinical text that those rounds took as PHI (invented look-alikes of each class).

Every case is kept verbatim: a care/centre compound before a purpose or a clinical noun (K1), a clinical acronym
after "at/im ... booked" (K2), a score or wheelchair fraction before a number (K3), "Prim." meaning primär (K4), a
page-header heading (K5), a newborn word before a clinical compound (K6), a CJK run without a person cue (K7)."""

from __future__ import annotations

import pytest

from curation.deid.text.contact_names import contact_name_hits
from curation.deid.text.names import person_hits
from curation.deid.text.scrub import scrub_text


def _scrub(text: str, lang: str = "de") -> str:
    return scrub_text(text, lang, use_spacy=False).text


K1_DE = [
    "Vorstellung im Brustzentrum zur Biopsie empfohlen.", "Vorstellung im Brustzentrum zur Besprechung.",
    "Anmeldung im Tumorzentrum zur Tumorkonferenz.", "Verlegung ins Traumazentrum zur Versorgung.",
    "Aufnahme im Herzzentrum zur Koronarangiographie.", "Überweisung an den Pflegedienst zur Wundkontrolle.",
    "Anmeldung beim Pflegedienst zum Verbandswechsel.", "Vorstellung im Brustzentrum zum Staging.",
    "Zuweisung ins Wirbelsäulenzentrum zur Infiltration.", "Im Brustzentrum am Mittwoch besprochen.",
    "Im Brustzentrum am Standort besprochen.", "Verlegung ins Brustzentrum am Nachmittag.",
    "Im Pflegedienst am Wochenende keine Versorgung.", "Transportdienst Liegend, Begleitung erforderlich.",
    "Transportdienst Sitzend, Begleitung erforderlich.", "Transportdienst Rollstuhl, Begleitung erforderlich.",
    "Pflegedienst Notfall", "Ernährungsdienst Sondenkost", "Stillberatung Hebammenhilfe Wochenbett",
    "Nachbarschaftshilfe Einkauf",
    # look-alikes of the same class (not in the review)
    "Termin im Gefäßzentrum zur Duplexsonographie.", "Rückmeldung vom Pflegedienst am Abend.",
    "Vorstellung im Darmzentrum zum Tumorboard.", "Hausnotrufdienst Sturz, Rückruf erfolgt.",
    "Verlegung ins Schlaganfallzentrum zur Thrombektomie.",
]
K1_ROMANCE = [
    ("Ambulatorio cardiologico Paziente stabile.", "it"), ("Centro traumatologico Politrauma", "it"),
    ("Centro oncologico Tumorboard", "it"), ("Centre cardiologique Urgence", "fr"),
    ("Cabinet dentaire Panoramique", "fr"), ("Centro oncologico Chemioterapia in corso.", "it"),
    ("Centre radiologique Scanner prévu.", "fr"),
]
K1_EN = ["Vein & Laser treatment planned.", "Vein & Laser ablation", "Heart & Vascular review booked.",
         "Skin & Laser therapy advised."]


@pytest.mark.parametrize("text", K1_DE)
def test_k1_care_compound_before_purpose_or_clinical_noun_stays(text):
    assert _scrub(text) == text


@pytest.mark.parametrize(("text", "lang"), K1_ROMANCE)
def test_k1_romance_practice_before_clinical_noun_stays(text, lang):
    assert _scrub(text, lang) == text


@pytest.mark.parametrize("text", K1_EN)
def test_k1_english_specialty_pair_without_name_stays(text):
    assert _scrub(text, "en") == text


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Vorstellung im Brustzentrum am Luisenplatz.", "de", "Luisenplatz"),
    ("Pflegedienst Sonnenschein übernimmt ab Montag.", "de", "Sonnenschein"),
    ("Radiologiezentrum St. Gallen", "de", "Gallen"),
    ("Ambulatorio cardiologico Bellinzona", "it", "Bellinzona"),
    ("Seen at Pinecrest Vein & Laser last year.", "en", "Pinecrest"),
])
def test_k1_named_sites_still_taken(text, lang, name):
    assert name not in _scrub(text, lang)


K2 = [("Recovery at PACU booked.", "en"), ("Transfer at NICU booked.", "en"), ("Cot at SCBU booked.", "en"),
      ("Slot at TOE booked.", "en"), ("List at DSU booked.", "en"), ("Session at ESWL booked.", "en"),
      ("Slot at RFA booked.", "en"), ("Slot at TACE booked.", "en"), ("Slot at UGI booked.", "en"),
      ("Untersuchung im HKL geplant.", "de"), ("Ablation im EPU geplant.", "de"), ("Eingriff im ZOP geplant.", "de"),
      ("Überwachung im AWR vorgesehen.", "de"), ("Interpreter via LanguageLine, BSL interpreter booked.", "en"),
      ("Slot at MRCP booked.", "en"), ("Termin im PET geplant.", "de")]


@pytest.mark.parametrize(("text", "lang"), K2)
def test_k2_clinical_acronym_in_booking_slot_stays(text, lang):
    out = _scrub(text, lang)
    for token in text.replace(",", " ").replace(".", " ").split():
        if token.isupper() and len(token) > 1:
            assert token in out


@pytest.mark.parametrize(("text", "lang"), [
    ("Stage 3/4 1500 cases", "en"), ("Visus 5/10 0800", "de"), ("Kraftgrad 4/5 1200", "de"),
    ("Patient uses w/c 2/7 days a week.", "en"), ("Arrived by w/c 1/2 hour late.", "en"),
    ("Muskelkraft 3/5 1400 geprüft.", "de"), ("Acuité 8/10 0900", "fr"),
])
def test_k3_score_or_wheelchair_fraction_before_number_stays(text, lang):
    assert _scrub(text, lang) == text


@pytest.mark.parametrize("text", [
    "Prim. Tumor im Oberlappen, sek. Herde in der Leber.", "V.a. Prim. Hyperparathyreoidismus",
    "Prim. Lymphom des ZNS nicht ausgeschlossen.", "Prim. Sklerosierende Cholangitis",
])
def test_k4_prim_as_primaer_stays(text):
    assert _scrub(text) == text


def test_k4_prim_title_before_a_name_still_taken():
    assert "Hofer" not in _scrub("Befundet von Prim. Dr. Hofer.")


@pytest.mark.parametrize(("text", "lang"), [
    ("Page 2 of 3  CT ABDOMEN, Contrast", "en"), ("Seite 2 von 3 BEFUND, Fortsetzung", "de"),
    ("Page 3 of 4  MRI KNEE, Findings", "en"), ("Seite 1 von 2 BEURTEILUNG, Nachtrag", "de"),
])
def test_k5_page_header_heading_stays(text, lang):
    assert _scrub(text, lang) == text


@pytest.mark.parametrize(("text", "lang"), [
    ("Kind Hand-Fuß-Mund", "de"), ("Zwilling Feto-Fetales Transfusionssyndrom", "de"),
    ("Infant Klippel-Feil", "en"), ("Kind Hirsch-Sprung? Morbus Hirschsprung", "de"),
    ("Säugling Pierre-Robin-Sequenz", "de"), ("Twin Shone-Complex suspected", "en"),
])
def test_k6_newborn_word_before_clinical_compound_stays(text, lang):
    assert _scrub(text, lang) == text


def test_k6_newborn_double_surname_still_taken():
    assert "Meier-Huber" not in _scrub("Kind Meier-Huber, geb. 03.04.2024")


@pytest.mark.parametrize(("text", "lang"), [
    ("Vitamin D (25-OH) 日本語 comment", "en"), ("Befund 中文 Übersetzung folgt", "de"),
])
def test_k7_cjk_run_without_person_cue_stays(text, lang):
    assert _scrub(text, lang) == text


@pytest.mark.parametrize(("text", "lang", "acronym"), [
    ("Kontrolle im KSW geplant.", "de", "KSW"), ("Follow-up at UCLH booked.", "en", "UCLH"),
    ("Nachsorge im USZ vorgesehen.", "de", "USZ"),
])
def test_k2_house_acronyms_still_taken(text, lang, acronym):
    assert acronym not in _scrub(text, lang)


def test_k4_prim_before_a_listed_surname_still_taken():
    assert "Gruber" not in _scrub("Rücksprache mit Prim. Gruber erfolgt.")


def test_k6_rules_leave_a_newborn_syndrome():
    # (The tagger, when on, still takes "Baby Beckwith-Wiedemann": not mended here; the rules leave it.)
    text = "Baby Beckwith-Wiedemann"
    assert contact_name_hits(text) == [] and person_hits(text, text.lower()) == []


def test_k6_newborn_common_surname_pair_still_taken():
    assert "Weber-Schmidt" not in _scrub("Kind Weber-Schmidt, geb. 03.04.2024")


def test_k7_cjk_name_after_a_label_still_taken():
    assert "王小明" not in _scrub("Patient: 王小明, geb. 03.04.1970")


@pytest.mark.parametrize("text", [
    "ImageType ORIGINAL^PRIMARY^M^ND^NORM", "Series: DWI^ADC^TRACEW", "Protocol: HEAD^ROUTINE^STROKE",
    "Study description: CT^THORAX^ABDOMEN^BECKEN", "Sequenz SE^EPI^DWI b1000", "MR^KNIE^RE",
    "AX^T1^MPRAGE, SAG^T2^SPACE, COR^PD^FS", "Vendor: SIEMENS^SKYRA", "BRAIN^HEAD^NEURO protocol",
    "Laterality code R^RIGHT^L", "Hip fracture: GARDEN^IV", "Dx: MASS^BREAST^LEFT",
    "Procedure code: MRBRAIN^MRI Brain w/o contrast^L", "Localizer: SCOUT^AX^T2",
])
def test_k8_caret_joined_codes_stay(text):
    assert _scrub(text, "en") == text


@pytest.mark.parametrize(("text", "name"), [
    ("Operator: KELLER^BRIGITTE", "KELLER"), ("Ref: DOE^JOHN^A^IV", "DOE"), ("Pat: van der Linde^Johanna", "Linde"),
])
def test_k8_caret_names_still_taken(text, name):
    assert name not in _scrub(text, "en")


@pytest.mark.parametrize(("text", "name"), [
    ("Read by: LI^X", "LI^X"), ("Physician: CHEST^JOHN", "CHEST"), ("Physician: HEAD^MARY^A", "MARY"),
    ("Physician: MR^JONES", "JONES"), ("Physician: PET^SARAH", "SARAH"),
])
def test_k8_code_like_surnames_in_person_fields_still_taken(text, name):
    assert name not in _scrub(text, "en")


@pytest.mark.parametrize(("text", "lang"), [
    ("Cordiali saluti,\nRadiologia", "it"), ("Cordiali saluti\nCardiologia", "it"),
    ("Cordiali saluti\nPronto Soccorso", "it"), ("Thanks & regards,\nBreast Imaging", "en"),
    ("Regards,\nNeuro IR", "en"), ("Viele Grüsse\nNotfall", "de"), ("Mit freundlichen Grüßen\nGastroenterologie", "de"),
])
def test_k10_department_line_under_a_closing_stays(text, lang):
    assert _scrub(text, lang) == text


def test_k10_name_line_under_a_closing_still_taken():
    assert "Keller" not in _scrub("Mit freundlichen Grüßen\nAnna Keller")
