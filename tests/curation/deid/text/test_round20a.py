"""Round 20a: name variants in brackets, chat speakers and callees, crews and companions by role, nicknames of
initials, uncorrected dictation (spoken titles, spellings, digits, dates), logins, names before a DOB, Graf's hip
types. Real strings (new ones, not the dev corpus') and look-alikes that must stay."""

from __future__ import annotations

import pytest

from curation.deid.text.scrub import scrub_text


def _scrubbed(text: str, lang: str = "de") -> str:
    return scrub_text(text, lang, use_spacy=False).text


def _labels(text: str, lang: str = "de") -> dict[str, str]:
    r = scrub_text(text, lang, use_spacy=False)
    return {text[s.start : s.end]: s.label for s in r.spans}


# --- name variants ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "variant"),
    [
        ("Patientin Gülsen Arslanoglu (auch Arslanoğlu geschrieben), CT Thorax.", "de", "Arslanoğlu"),
        ("Mr Tewodros Alemu (alt. Alemu-Tesfaye), CXR clear.", "en", "Alemu-Tesfaye"),
        ("Mrs Nadiya Bondarenko (aka Nadia Bondarenco), MRI knee.", "en", "Nadia Bondarenco"),
        ("Mr Sivakumar Ramalingam (known as Siva), CT KUB.", "en", "Siva"),
        ("Herr Oleksandr Kravets (im KIS als Krawez, Alexander angelegt), Röntgen.", "de", "Krawez, Alexander"),
        ("Frau Zeynep Öztürk (im Pass: Zeynep Ozturk), MRT.", "de", "Zeynep Ozturk"),
        ("Sig.ra Fatjona Hoxha (anche Hoxhaj), TC cranio.", "it", "Hoxhaj"),
        ("Patient Kajan Sivanesan (tamil., auch Kajen), Sonographie.", "de", "Kajen"),
        ("NOWICKA, Agata (Agata Nowicka), CT Abdomen.", "de", "Agata Nowicka"),
    ],
)
def test_a_second_spelling_of_a_named_person_is_redacted(text, lang, variant):
    assert _labels(text, lang)[variant] == "PERSON"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Kontrastmittel (auch Gadolinium genannt) gut vertragen.", "Gadolinium"),
        ("CT chest (also known as CTPA protocol) negative.", "CTPA"),
        ("Herr Lindqvist (auch Diabetes bekannt), CT Abdomen.", "Diabetes"),
        ("Frau Brunner (Verband: trocken), Röntgen Hand.", "trocken"),
    ],
)
def test_a_bracket_without_a_name_after_a_cue_stays(text, kept):
    assert kept in _scrubbed(text, "en" if "chest" in text else "de")


def test_a_bracket_of_other_words_after_a_name_stays():
    out = _scrubbed("SANTOS, Beatriz (Leber Zyste), Sonographie.")
    assert "Leber Zyste" in out and "Beatriz" not in out


# --- names before a birth date -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Poppy-Rae Hollingworth, DOB 11/03/2017.\nUS hips: normal.", "en", "Poppy-Rae Hollingworth"),
        ("Levin Gasser, geb. 04.09.1958\nCT Thorax: Rundherd.", "de", "Levin Gasser"),
    ],
)
def test_a_full_name_opening_a_line_before_a_dob_is_redacted(text, lang, name):
    assert _labels(text, lang)[name] == "PERSON"


def test_a_clinical_line_before_a_dob_label_stays():
    assert "Kontrolle Lunge" in _scrubbed("Kontrolle Lunge, geb. 04.09.1958\nCT Thorax.")


# --- chat transcripts ---------------------------------------------------------------------------------------------
def test_chat_speakers_with_times_and_tags_are_redacted():
    text = "Farida K 08:12: CTPA ist fertig\n[Teams] Rupert Hollis 08:15: danke, Befund folgt"
    labels = _labels(text)
    assert labels["Farida K"] == "PERSON" and labels["Rupert Hollis"] == "PERSON"


def test_bare_speakers_of_a_transcript_and_their_callees_are_redacted():
    text = "Svenja: ist das MRT von Bett 4 fertig?\nTobias: ja, ruf Marquardt unter 4471 an"
    labels = _labels(text)
    assert (labels["Svenja"], labels["Tobias"], labels["Marquardt"], labels["4471"]) == (
        "PERSON",
        "PERSON",
        "PERSON",
        "PHONE",
    )


def test_a_single_french_speaker_line_in_lower_case_is_redacted():
    assert _labels("Amandine : le scanner est fait, appelle Rossier au 3390.", "fr")["Amandine"] == "PERSON"


def test_the_name_on_duty_in_a_transcript_is_a_person_not_a_site():
    labels = _labels("Benedikt Roth 07:02: heute hat Hintergrund Przybylski")
    assert labels["Przybylski"] == "PERSON" and "Hintergrund Przybylski" not in labels


@pytest.mark.parametrize(
    "text",
    [
        "Befund: Lungenembolie beidseits.\nBeurteilung: Rechtsherzbelastung.",
        "Transport 10:20: Patient liegend.",
        "Art: Notfall\nDringlichkeit: hoch",
        "Von: Sekretariat\nAn: Befundsekretariat\nBetreff: CT Thorax",
        "Lieu: salle 3\nBy: fax",
    ],
)
def test_section_labels_and_times_are_no_speakers(text):
    assert _scrubbed(text) == text


# --- crews, teams, companions ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        ("Besatzung: NA: Wojciechowski, NotSan B. Reiter.", "de", ("Wojciechowski", "B. Reiter")),
        ("Crew: Paramedic F. Delacroix, EMT M. Oyelowo.", "en", ("F. Delacroix", "M. Oyelowo")),
        ("Case worker Tamika (718) 555-0172, CT head.", "en", ("Tamika",)),
        ("Physio Ramona (ramona.k@physio-olten.ch) meldet sich.", "de", ("Ramona",)),
        ("MDT coordinator is Eilidh eilidh.m@nhs.net.", "en", ("Eilidh",)),
        ("Begleitet von der famille Chappuis ; scanner.", "fr", ("Chappuis",)),
        ("Contact : colocataire Nabil (078 331 22 90).", "fr", ("Nabil",)),
        ("Contact: roommate Dawit (347) 555-0119.", "en", ("Dawit",)),
        ("Übergabe durch RettSan Kessler im Schockraum.", "de", ("Kessler",)),
    ],
)
def test_crew_team_and_companion_names_are_redacted(text, lang, names):
    labels = _labels(text, lang)
    for name in names:
        assert labels[name] == "PERSON"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Na: 139 mmol/l, K: 4,1 mmol/l.", "de"),
        ("Physio: Mobilisation ab morgen.", "de"),
        ("Hebamme informiert; CTG unauffällig.", "de"),
        ("Family History of breast cancer.", "en"),
        ("Kind regards, the radiology team.", "en"),
        ("Paramedic crew reported a GCS of 14.", "en"),
    ],
)
def test_role_words_without_a_name_stay(text, lang):
    assert _scrubbed(text, lang) == text


# --- nicknames ----------------------------------------------------------------------------------------------------
def test_a_quoted_initials_nickname_is_redacted_with_the_name():
    out = _scrubbed("Patient Daniel 'DJ' Wroblewski, X-ray wrist.", "en")
    assert "DJ" not in out and "Wroblewski" not in out and "X-ray wrist" in out


def test_a_quoted_clinical_word_stays():
    assert "„Doppelkontur“" in _scrubbed("Zeichen „Doppelkontur“ am Knorpel.")


# --- uncorrected dictation -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "value", "label"),
    [
        ("dictated by doctor Whitlock extension five five one two period", "en", "Whitlock", "PERSON"),
        ("dictated by doctor Whitlock extension five five one two period", "en", "five five one two", "PHONE"),
        ("Doktor Hinterleitner informiert Punkt", "de", "Hinterleitner", "PERSON"),
        ("Herr Maier Strich Schreibweise Meyr Komma", "de", "Meyr", "PERSON"),
        (
            "geboren am siebzehnten August neunzehnhundertneunundvierzig Punkt",
            "de",
            "siebzehnten August neunzehnhundertneunundvierzig",
            "DATE",
        ),
        (
            "date of birth March twenty second nineteen sixty eight period",
            "en",
            "March twenty second nineteen sixty eight",
            "DATE",
        ),
        (
            "seen on the ninth of October two thousand and nine period",
            "en",
            "the ninth of October two thousand and nine",
            "DATE",
        ),
        (
            "Rückruf unter null sieben sechs drei eins vier zwei Punkt",
            "de",
            "null sieben sechs drei eins vier zwei",
            "PHONE",
        ),
    ],
)
def test_spoken_names_numbers_and_dates_are_redacted(text, lang, value, label):
    assert _labels(text, lang)[value] == label


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Rundherd sieben Millimeter Punkt", "de"),
        ("third ventricle normal period", "en"),
        ("am vierten Tag nach Operation Punkt", "de"),
        ("the doctor said no period", "en"),
        ("Doktor informiert Punkt", "de"),
        ("lesion at two o'clock period", "en"),
    ],
)
def test_spoken_look_alikes_stay(text, lang):
    assert _scrubbed(text, lang) == text


def test_a_spoken_title_is_no_login():
    out = _scrubbed("dictated by doctor Whitlock period", "en")
    assert out.startswith("dictated by doctor ")


# --- logins, eponyms ----------------------------------------------------------------------------------------------
def test_a_department_after_a_user_label_is_no_login_but_a_login_is():
    assert _scrubbed("Signed (user: radiology); CXR normal.", "en") == "Signed (user: radiology); CXR normal."
    assert "hkessler" not in _scrubbed("Freigabe (Login hkessler) 10:02.")


def test_graf_hip_types_stay_beside_a_doctor_graf():
    out = _scrubbed("Dr. Graf informiert; Hüftsonographie: Graf Typ IIb rechts, Graf IIa links.")
    assert "Dr. Graf" not in out and "Graf Typ IIb" in out and "Graf IIa" in out


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("Mr Whipple, CT: status after Whipple procedure.", "en", "Whipple procedure"),
        ("Frau Baker, MRT Knie: Baker-Zyste 2 cm.", "de", "Baker-Zyste"),
        ("Interpreter: Tigrinya; CT abdomen.", "en", "Tigrinya"),
    ],
)
def test_eponyms_and_languages_stay_beside_a_found_name(text, lang, kept):
    assert kept in _scrubbed(text, lang)
