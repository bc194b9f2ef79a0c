"""Review of rounds 17a / 17b: clinical text the round's rules took as PHI (keep losses), each class with look-alikes
of its own, and the PHI of each rule that must still be found.

Every case of the review (/tmp/deid-review17/report.md, K1-K10) is a test with its expected output; the other strings
are new texts of the same classes.
"""

from __future__ import annotations

import pytest

from curation.deid.text.incident_places import incident_place_hits
from curation.deid.text.legal_bodies import legal_body_hits
from curation.deid.text.scrub import scrub_text


def _scrubbed(text: str, lang: str) -> str:
    return scrub_text(text, lang, use_spacy=False).text


def _bodies(text: str) -> list[str]:
    return [text[h.start:h.end] for h in legal_body_hits(text, text.lower())]


def _places(text: str) -> list[str]:
    return [text[h.start:h.end] for h in incident_place_hits(text, text.lower())]


# Clinical text that comes back unchanged (K1-K10 of the review, and look-alikes of the same classes).
KEPT = [
    # K1: UK ultrasound ("USS"), radiofrequency ablation ("RFA") and a sign ("HMS") headers are no ships.
    ("en", "USS Liver: normal."), ("en", "USS KUB: no hydronephrosis."), ("en", "USS Pelvis (TV)."),
    ("en", "USS Renal tract."), ("en", "Request: USS Neck."), ("en", "USS Abdomen: normal."),
    ("en", "HMS Sign: positive."), ("en", "HMS Type 2."), ("en", "RFA Ablation zone 3 cm."),
    ("en", "USS Testes: small left hydrocele."), ("en", "USS Thyroid (urgent)."), ("en", "RFA Zone margin 5 mm."),
    # K2: body sites, everyday places, states and times after a place label.
    ("en", "Location of injury: Left Hand."), ("en", "Location of injury: Right Knee."),
    ("en", "Location of injury: Scalp."), ("de", "Unfallort: Arbeitsplatz."), ("de", "Unfallort: Zuhause."),
    ("de", "Unfallort: Sporthalle."), ("de", "Unfallort: Baustelle."), ("de", "Unfallort: Pflegeheim."),
    ("de", "Unfallort: Skipiste."), ("de", "Unfallort: Zuhause, Treppe."),
    ("de", "Fundort: Bewusstlos in Rückenlage."), ("en", "Scene: Roadside."), ("en", "Scene: Nursing Home."),
    ("en", "Place of injury: Playground."), ("en", "Found at: Bottom of stairs."),
    ("en", "Found at: Bathroom floor."), ("de", "Unfallort: Turnhalle der Schule."),
    ("de", "Fundort: Schlafzimmer, neben dem Bett."), ("en", "Site of injury: Left Forearm."),
    ("en", "Scene: Kitchen floor."), ("de", "Ereignisort: Spielplatz."),
    # K3: nouns, feasts, weather and manner after a sport's or an accident's preposition.
    ("de", "Sturz beim Radfahren in Kurve."), ("de", "Unfall beim Fußballspielen in Zweikampf."),
    ("en", "Skiing accident in Whiteout."), ("en", "Fell at Gym."), ("fr", "Accident de vélo à Noël."),
    ("fr", "Chute à ski à Pâques."), ("fr", "Chute à vélo à Montée."), ("it", "Caduta a Natale."),
    ("it", "Caduta a Ferragosto."), ("it", "Caduta in bicicletta a Velocità elevata."),
    ("de", "Unfall auf der A9 bei Nebel."), ("de", "Sturz beim Snowboarden in Halfpipe."),
    ("en", "Cycling accident in Darkness."), ("it", "Caduta a Pasqua."), ("de", "Unfall auf der A3 bei Glatteis."),
    # K4: a time or a projection before "films" names no hospital.
    ("en", "Compared with the Monday films."), ("en", "Compared with the Friday films."),
    ("en", "Compared with the January films."), ("en", "Compared with the Lateral films."),
    ("en", "Compared with the Supine films."), ("en", "Compared with the Erect films."),
    ("en", "Compared with the Admission films."), ("en", "Compared with the Portable images."),
    ("en", "Comparison to the Prone images."), ("en", "Compared with the December films."),
    # K5: an employment status, a state's service or a work condition after an employer cue.
    ("en", "Employer: Unemployed."), ("en", "Employer: NHS."), ("de", "Arbeitgeber: Selbständig."),
    ("de", "Arbeitgeber: Rentner."), ("de", "Arbeitgeber: Bundeswehr."), ("en", "Works at Night."),
    ("en", "Works at Heights."), ("en", "Employer: Retired."), ("de", "Arbeitgeber: Arbeitslos."),
    ("en", "Works at Home."),
    # K6: a performer or subject display that is an organisation, a device, a department or a body part.
    ("en", '{"performer": [{"display": "Radiology Department"}]}'),
    ("en", '{"performer": [{"display": "Emergency Department"}]}'),
    ("en", '{"performer": [{"display": "MRI 3T Scanner Room 2"}]}'),
    ("en", '{"subject": {"display": "Left kidney"}}'),
    ("en", '{"performer": [{"display": "Nuclear Medicine Service"}]}'),
    # K7: a lesion's id, dotted decimals with a unit, a "-Nr." cue running into the next label.
    ("en", '{"lesion": {"id": "L3", "size_mm": 12}}'), ("en", '{"target": {"id": "T2"}}'),
    ("de", "Schwächung 45.2.12.3 HU"), ("en", "Level 10.0.0.1 evidence"), ("de", "Seq.-Nr. 12. Abb.-Nr. 2."),
    ("de", "Dichte 40.12.33.8 HU in der Läsion"),
    # K8: PACS AE titles without a site part.
    ("en", "PACS_MAIN_ARCHIVE error."), ("en", "CT_SITE_PACS not reachable."), ("en", "MR_LOCAL_STORE offline."),
    # K9: a court's paper after the court, whatever the verb.
    ("de", "Landgericht: Gutachten angefordert."), ("de", "Amtsgericht: Anfrage folgt."),
    # K10: a release label's status.
    ("de", "Freigabe: ausstehend"), ("de", "Freigabe: laufend"),
    # K10: dictation labels' status words, systems and grades (a word is never cut in the middle).
    ("de", "Geschrieben: ja"), ("de", "Geschrieben: nein"), ("de", "Diktiert: Ja"), ("de", "Schreibkraft: extern"),
    ("en", "Typist: VR."), ("en", "Transcribed by: speech recognition."), ("en", "Transcribed by Dragon."),
    ("en", "Reported by SpR."), ("en", "Dictated by: FY2."), ("en", "Dictated by: ST3."), ("de", "Diktiert: nein"),
]


@pytest.mark.parametrize("lang, text", KEPT)
def test_clinical_text_is_kept(lang, text):
    assert _scrubbed(text, lang) == text


# The PHI of the same rules that must still be found (expected outputs).
FOUND = [
    ("en", "Served aboard USS Nimitz for four years.", "Served aboard [INSTITUTION] for four years."),
    ("en", "Aboard USS Bataan (LHD-5) at sea.", "Aboard [INSTITUTION] at sea."),
    ("de", "Unfallort: Davos, Parsenn.", "Unfallort: [ADRESSE]."),
    ("en", "Location of injury: Mill Lane car park.", "Location of injury: [ADDRESS]."),
    ("de", "Fundort: Uferweg am Stausee, Kirchberg; CT.", "Fundort: [ADRESSE]; CT."),
    ("en", "Scene: Tesco car park, Headingley.", "Scene: [ADDRESS]."),
    ("de", "Unfallort: Bergbahn Pizol, Talstation.", "Unfallort: [ADRESSE]."),
    ("en", "Found at: Lidl loading bay, Kirkstall.", "Found at: [ADDRESS]."),
    ("en", "Compare with the Doncaster images of May.", "Compare with the [INSTITUTION] images of May."),
    ("en", "Employer: Redhill Haulage; HRCT.", "Employer: [INSTITUTION]; HRCT."),
    ("en", "Calling AE LUKS_LUZERN_ARCHIVE sent it.", "Calling AE [ID] sent it."),
    ("de", "Amtsgericht Charlottenburg HRB 12345", "Amtsgericht [ADRESSE] HRB [ID]"),
    ("en", '{"performer": [{"display": "Dr Niamh Costello"}]}', '{"performer": [{"display": "Dr [PERSON]"}]}'),
    ("en", "host 10.12.4.55 refused", "host [ID] refused"),
    ("de", "Häftl.-Nr. 4471/25, CT", "Häftl.-Nr. [ID], CT"),
    ("de", "Geschrieben: 13.03.2025 sg", "Geschrieben: [DATUM] [PERSON]"),
    ("en", "Transcribed by kmartinez", "Transcribed by [PERSON]"),
    ("de", "Diktiert: pham / geschrieben: kr", "Diktiert: [PERSON] / geschrieben: [PERSON]"),
    ("en", "Typist: ab", "Typist: [PERSON]"),
]


@pytest.mark.parametrize("lang, text, expected", FOUND)
def test_phi_of_the_same_rules_is_found(lang, text, expected):
    assert _scrubbed(text, lang) == expected


@pytest.mark.parametrize("text, value", [
    ("Served on HMS Daring (D32) as a stoker.", "HMS Daring (D32)"),
    ("Navy veteran, served on USS Carl Vinson.", "USS Carl Vinson"),
    ("Flown in from HMS Queen Elizabeth; CT head.", "HMS Queen Elizabeth"),
])
def test_ships_by_hull_or_naval_context(text, value):
    assert value in _bodies(text)


@pytest.mark.parametrize("text", ["USS Liver: normal.", "HMS Sign positive in a naval officer.",
                                  "RFA Ablation zone, ex-Navy.", "Request: USS Neck.", "USS Left Kidney: normal.",
                                  "USS Renal Tract: normal."])
def test_no_ship_without_a_ship_name(text):
    assert _bodies(text) == []


@pytest.mark.parametrize("text, value", [
    ("Sturz beim Mountainbiken in Lenzerheide; CT.", "Lenzerheide"),
    ("Skiing accident at Verbier yesterday.", "Verbier"),
    ("Auffindeort Rastplatz Hohenrain, A2; CT.", "Rastplatz Hohenrain, A2"),
])
def test_places_of_the_same_rules(text, value):
    assert value in _places(text)


# Leaks of the review (L1, L2) now found: person keys of French / Italian exports, an IPv4 glued after "KEY:", and
# case-number cues of DE / FR / IT / UK / US.
LEAKS = [
    ("fr", '{"nom": "Rochat", "prenom": "Céline"}', '{"nom": "[PERSON]", "prenom": "[PERSON]"}'),
    ("it", '{"cognome": "Bernasconi", "nome": "Lucia"}', '{"cognome": "[PERSON]", "nome": "[PERSON]"}'),
    ("en", "SRC:10.12.4.55 IP:10.12.4.56 host=10.12.4.57", "SRC:[ID] IP:[ID] host=[ID]"),
    ("de", "Staatsanwaltschaft Zürich-Limmat, Verfahren ST.2024.1234", "[EINRICHTUNG], Verfahren [ID]"),
    ("de", "Aktenzeichen des Gerichts: 5 Ds 112/24", "Aktenzeichen des Gerichts: [ID]"),
    ("de", "Unser Zeichen: mw/ht 2024-334", "Unser Zeichen: [PERSON]/[PERSON] [ID]"),
    ("it", "Pratica n. 2024/5512", "Pratica n. [ID]"), ("it", "Verbale n. 445/2024", "Verbale n. [ID]"),
    ("fr", "Dossier no 2024/5512", "Dossier no [ID]"), ("fr", "Réf. police: 2024-445566", "Réf. police: [ID]"),
    ("it", "Procura pubblica di Lugano, incarto 2024.4455", "[EINRICHTUNG], incarto [ID]"),
    ("en", "Liberty Mutual, claim 031-22-44551", "Liberty Mutual, claim [ID]"),
    ("de", "Kantonspolizei Aargau, Rapport Nr. 2025-7781", "[EINRICHTUNG], Rapport Nr. [ID]"),
]


@pytest.mark.parametrize("lang, text, expected", LEAKS)
def test_review_leaks_are_found(lang, text, expected):
    assert _scrubbed(text, lang) == expected


@pytest.mark.parametrize("lang, text", [
    ("de", "Verfahren unauffällig, RG 2 Segment."), ("en", "We claim 3 benefits."), ("de", "Zeitpunkt 12:10.12.4.5"),
    ("fr", '{"nom": "Scanner thoracique", "code": "CT"}'), ("en", '{"name": "T2 FLAIR", "id": 4}'),
])
def test_leak_look_alikes_stay(lang, text):
    assert _scrubbed(text, lang) == text
