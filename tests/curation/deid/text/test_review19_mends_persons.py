"""Review of rounds 19a/19b/20a, mends of the person, date and ID rules (deid-mend19p): every new keep loss the
reviewer's probes found in signer_names, worklist_rows, name_variants, chat_lines, crew_names, ranks, contact_names
and dates, the rule's own look-alikes that must stay, and the names the same rules must still find."""

from __future__ import annotations

import pytest

from curation.deid.text.scrub import scrub_text
from curation.deid.text.word_shapes import is_eponym_pair, is_eponym_word, is_name_shaped, is_word_shaped


def _spans(text: str, lang: str = "en") -> list[tuple[str, str]]:
    r = scrub_text(text, lang, use_spacy=False)
    return [(text[s.start : s.end], s.label) for s in r.spans]


def _kept(text: str, term: str, lang: str = "en") -> bool:
    """No output span overlaps `term` in `text`."""
    start = text.index(term)
    end = start + len(term)
    r = scrub_text(text, lang, use_spacy=False)
    return not any(s.start < end and s.end > start for s in r.spans)


def _labels(text: str, lang: str = "en") -> dict[str, str]:
    return dict(_spans(text, lang))


# --- the reviewer's new keep losses: probe text and the term that must survive ---


@pytest.mark.parametrize(
    ("text", "term", "lang"),
    [
        # signer_names: a status, setting or workflow word between a date and a role is no surname.
        ("03/11/2025, Urgent, Consultant Radiologist to review", "Urgent", "en"),
        ("03/11/2025, Portable, Radiographer: J.K.", "Portable", "en"),
        ("2025-10-01, Kontrastmittel, Assistenzärztin", "Kontrastmittel", "de"),
        ("03/11/2025, Preliminary, Registrar", "Preliminary", "en"),
        ("03/11/2025, Final, Consultant Radiologist", "Final", "en"),
        ("03/11/2025, Verified, Consultant", "Verified", "en"),
        ("03/11/2025, Provisional, Registrar", "Provisional", "en"),
        ("03/11/2025, Amended, Consultant", "Amended", "en"),
        ("03/11/2025, Inpatient, Radiographer", "Inpatient", "en"),
        ("03/11/2025, Outpatient, Sonographer", "Outpatient", "en"),
        ("03/11/2025, Elective, Consultant", "Elective", "en"),
        ("12.03.2025, Vorläufig, Oberarzt", "Vorläufig", "de"),
        ("12.03.2025, Korrektur, Oberärztin", "Korrektur", "de"),
        ("12.03.2025, Ambulant, Fachärztin", "Ambulant", "de"),
        ("12.03.2025, Stationär, Oberarzt", "Stationär", "de"),
        ("12.03.2025, Freigegeben, Oberarzt", "Freigegeben", "de"),
        ("12.03.2025, Validiert, Facharzt", "Validiert", "de"),
        ("12.03.2025, Urgente, Primario", "Urgente", "it"),
        ("03/11/2025, On Call, Registrar", "On Call", "en"),
        ("03/11/2025, Digital Signature, Consultant", "Digital Signature", "en"),
        # worklist_rows: an exam cell of two unlisted words names no one.
        ("| CAROTID,DOPPLER | US | 14.01.2025 | routine |", "CAROTID,DOPPLER", "en"),
        ("| PROSTATE,MPMRI | MR | 14.01.2025 | routine |", "PROSTATE,MPMRI", "en"),
        ("| ADRENAL,WASHOUT | CT | 14.01.2025 | routine |", "ADRENAL,WASHOUT", "en"),
        ("| FACIAL,BONES | XR | 14.01.2025 | routine |", "FACIAL,BONES", "en"),
        ("| MANDIBLE,OPG | XR | 14.01.2025 | routine |", "MANDIBLE,OPG", "en"),
        ("| SKELETAL,SURVEY | XR | 14.01.2025 | routine |", "SKELETAL,SURVEY", "en"),
        ("| CORONARY,CTA | XR | 14.01.2025 | routine |", "CORONARY,CTA", "en"),
        ("| BONE,SCAN | XR | 14.01.2025 | routine |", "BONE,SCAN", "en"),
        ("| THYROID,UPTAKE | XR | 14.01.2025 | routine |", "THYROID,UPTAKE", "en"),
        ("| GALLIUM,DOTATATE | XR | 14.01.2025 | routine |", "GALLIUM,DOTATATE", "en"),
        ("| BARIUM,SWALLOW | XR | 14.01.2025 | routine |", "BARIUM,SWALLOW", "en"),
        ("| IVC,FILTER | XR | 14.01.2025 | routine |", "IVC,FILTER", "en"),
        ("| CVC,CHECK | XR | 14.01.2025 | routine |", "CVC,CHECK", "en"),
        ("| FETAL,ANOMALY | XR | 14.01.2025 | routine |", "FETAL,ANOMALY", "en"),
        ("| OBSTETRIC,GROWTH | XR | 14.01.2025 | routine |", "OBSTETRIC,GROWTH", "en"),
        ("| LUNG,LDCT | XR | 14.01.2025 | routine |", "LUNG,LDCT", "en"),
        ("| TEMPORAL,BONE | XR | 14.01.2025 | routine |", "TEMPORAL,BONE", "en"),
        ("| SELLA,PITUITARY | XR | 14.01.2025 | routine |", "SELLA,PITUITARY", "en"),
        ("| CLAVICLE,CEPHALIC | XR | 14.01.2025 | routine |", "CLAVICLE,CEPHALIC", "en"),
        ("| PATELLA,SETTEGAST | XR | 14.01.2025 | routine |", "PATELLA,SETTEGAST", "en"),
        ("| MASTOID,STENVERS | XR | 14.01.2025 | routine |", "MASTOID,STENVERS", "en"),
        ("| MASTOID,MAYER | XR | 14.01.2025 | routine |", "MASTOID,MAYER", "en"),
        # name_variants: a gestational age, weight or count after "born" / "geb." is no birth date.
        ("Spontaneous Delivery, born 38+2 weeks", "Spontaneous Delivery", "en"),
        ("Normal Delivery, born 3.2 kg", "Normal Delivery", "en"),
        ("Breech Presentation, born 37 weeks, hip US.", "Breech Presentation", "en"),
        ("Chronic Pain, geb. 2 Kinder", "Chronic Pain", "de"),
        ("Reifes Neugeborenes, geb. 39+1 SSW, Hüftsono.", "Reifes Neugeborenes", "de"),
        ("Frühgeborenes Mädchen, geb. 32. SSW", "Frühgeborenes Mädchen", "de"),
        # name_variants: a variant must itself look like a name.
        ("Frau Meier (auch Diabetikerin)", "Diabetikerin", "de"),
        ("Herr Huber (auch Raucher)", "Raucher", "de"),
        ("Mrs Smith (also Warfarin)", "Warfarin", "en"),
        ("Mr Jones (also Diabetic)", "Diabetic", "en"),
        ("Frau Addison (Addison Krise)", "Krise", "de"),
        # dates: a weekday after a score word, a count of cores after the fraction.
        ("Power Friday 4/5 in both legs.", "4/5", "en"),
        ("Wed 3/4 cores positive.", "3/4 cores", "en"),
        ("Pain Monday 7/10, Tuesday 4/10.", "4/10", "en"),
        # chat_lines: measurement and anatomy headings are no bare speakers.
        ("Transcript:\nAnjali 07:52: CT Thorax bitte\nPia: intakt laut Neuro", "Pia", "de"),
        ("Transcript:\nJonas 07:52: passt\nMax: ca. 12 mm", "Max", "de"),
        # crew_names: an eponym after a child word, a common word before a phone number.
        ("Kind Kawasaki Verdacht", "Kawasaki", "de"),
        ("paramedic Handover 0151 22334455", "Handover", "en"),
        # ranks: a two-author method after a clergy word.
        ("Kaplan Meier analysis shows.", "Kaplan Meier", "en"),
        # contact_names: a French participle after a newborn word.
        ("Bébé Secoué (syndrome du) suspecté, IRM.", "Secoué", "fr"),
    ],
)
def test_the_reviewers_keep_term_survives(text, term, lang):
    assert _kept(text, term, lang), _spans(text, lang)


# --- the same rules still find their names ---


@pytest.mark.parametrize(
    ("text", "name", "lang"),
    [
        ("15/01/2026, O'Donoghue, Registrar", "O'Donoghue", "en"),
        ("15/01/2026, McAllister, Registrar", "McAllister", "en"),
        ("12.03.2025, von Hagen, Oberarzt", "von Hagen", "de"),
        ("03/04/2026, Scarpellini, Dirigente Medico", "Scarpellini", "it"),  # unlisted, of no word's shape
        ("Graz, 9. März 2026, Ploderer, Richter am Landesgericht", "Ploderer", "de"),
    ],
)
def test_a_dated_signer_of_name_shape_is_a_person(text, name, lang):
    assert _labels(text, lang)[name] == "PERSON"


def test_a_row_opening_with_a_bar_keeps_its_whole_accession():
    labels = _labels("| 250114-33 | KOWALCZYK,ANNA | CT THORAX | 14.01.2025 |")
    assert labels["250114-33"] == "ID"
    assert labels["KOWALCZYK,ANNA"] == "PERSON"


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ("A7712|20260114|CT CHEST|LINDQVIST,SOFIA|F", "LINDQVIST,SOFIA"),  # unlisted surname, listed given name
        ("A7712|20260114|US ABDO|OYELARAN,TOLU|F", "OYELARAN,TOLU"),  # given name of the world list
        ("A7712|20260114|CT CHEST|OKAFOR,CHIDI|BRANDT,L|F", "OKAFOR,CHIDI"),  # listed surname
        ("A7712|20260114|CT CHEST|WETHERBY,K|F", "WETHERBY,K"),  # an initial: the old rule
    ],
)
def test_a_worklist_cell_of_name_shape_is_a_person(text, cell):
    assert _labels(text)[cell] == "PERSON"


@pytest.mark.parametrize(
    ("text", "name", "lang"),
    [
        ("Levin Gasser, geb. 04.09.1958\nCT Thorax: Rundherd.", "Levin Gasser", "de"),
        ("Poppy-Rae Hollingworth, DOB 11/03/2017.\nUS hips: normal.", "Poppy-Rae Hollingworth", "en"),
        ("Amara Okoye, born 3 March 2019, hip US.", "Amara Okoye", "en"),
    ],
)
def test_a_name_before_a_birth_date_is_still_a_person(text, name, lang):
    assert _labels(text, lang)[name] == "PERSON"


@pytest.mark.parametrize(
    ("text", "variant", "lang"),
    [
        ("Sig.ra Fatjona Hoxha (anche Hoxhaj), TC cranio.", "Hoxhaj", "it"),  # listed
        ("Patient Kajan Sivanesan (tamil., auch Kajen), Sonographie.", "Kajen", "de"),  # a spelling neighbour
        ("Mr Sivakumar Ramalingam (known as Siva), CT KUB.", "Siva", "en"),
        ("Frau Lidija Petrenko (auch Petrenco), MRT.", "Petrenco", "de"),  # unlisted neighbour
        ("KOVAC, Ivana (Ivana Kovač), CT.", "Ivana Kovač", "de"),  # no cue: every word a word of the name
    ],
)
def test_a_name_shaped_variant_is_still_a_person(text, variant, lang):
    assert _labels(text, lang)[variant] == "PERSON"


@pytest.mark.parametrize(
    ("text", "name", "lang"),
    [
        ("Paramedic D. Fisher, EMT S. Alvarez", "D. Fisher", "en"),  # an eponym with an initial is a crew name
        ("Case worker Tamika (718) 555-0172, CT head.", "Tamika", "en"),
        ("Kind Luwam", "Luwam", "de"),
        ("Transcript:\nAnjali 07:52: CT Thorax bitte\nJonas: passt so", "Jonas", "de"),
        ("Kaplan Huber besuchte den Patienten.", "Huber", "de"),
        ("Bébé Vuilleumier, RX thorax.", "Vuilleumier", "fr"),
    ],
)
def test_crews_speakers_clergy_and_newborns_are_still_persons(text, name, lang):
    assert _labels(text, lang)[name] == "PERSON"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("since Thursday 5/2 pain worse", "Thursday 5/2"),
        ("seen Fri 3/6 in clinic", "Fri 3/6"),
        ("Pain clinic seen Tuesday 4/10 at 14:00", "Tuesday 4/10"),  # a score word without an earlier score
    ],
)
def test_a_weekday_slash_date_without_a_score_is_still_a_date(text, date):
    assert _labels(text)[date] == "DATE"


# --- word_shapes ---


@pytest.mark.parametrize(
    "word",
    ["Urgent", "Preliminary", "Verified", "Elective", "Vorläufig", "Validiert", "Stationär", "Freigegeben", "On"],
)
def test_word_shaped_words(word):
    assert is_word_shaped(word)
    assert not is_name_shaped(word)


@pytest.mark.parametrize("word", ["Ploderer", "Scarpellini", "Nwachukwu", "Okafor", "Hagen", "Vincent"])
def test_name_shaped_words(word):
    assert is_name_shaped(word)


def test_eponyms_and_method_pairs():
    assert [is_eponym_word(w) for w in ("Kawasaki", "Vojta", "Bosniak", "Meier", "Huber")] == [
        True,
        True,
        True,
        False,
        False,
    ]
    assert is_eponym_pair("Kaplan", "Meier")
    assert not is_eponym_pair("Kaplan", "Huber")
