"""Round 17b: legal, forensic, military, occupational and insurance bodies; roles; case numbers; incident places.

Real strings of each class (none of the dev corpus tests/dev14fo) and their look-alikes.
"""

from __future__ import annotations

import pytest

from curation.deid.text.incident_places import incident_place_hits
from curation.deid.text.legal_bodies import legal_body_hits
from curation.deid.text.scrub import scrub_text


def _found(text: str, lang: str = "de") -> set[str]:
    return {text[s.start:s.end] for s in scrub_text(text, lang, use_spacy=False).spans}


def _bodies(text: str) -> list[str]:
    return [text[h.start:h.end] for h in legal_body_hits(text, text.lower())]


@pytest.mark.parametrize("text, value", [
    ("Im Auftrag des Amtsgerichts Rosenheim erstellt.", "Amtsgerichts Rosenheim"),
    ("Auftrag: Landesgericht für Strafsachen Innsbruck, CT.", "Landesgericht für Strafsachen Innsbruck"),
    ("Staatsanwaltschaft Landshut ordnet Obduktion an.", "Staatsanwaltschaft Landshut"),
    ("Kantonspolizei Thurgau meldet Unfall.", "Kantonspolizei Thurgau"),
    ("Demande du Tribunal d'arrondissement de Sion.", "Tribunal d'arrondissement de Sion"),
    ("Ministère public du canton de Vaud, réquisition.", "Ministère public du canton de Vaud"),
    ("Prison de la Croisée : détenu.", "Prison de la Croisée"),
    ("Richiesta del Tribunale penale di Bellinzona.", "Tribunale penale di Bellinzona"),
    ("Casa circondariale di Como, detenuto.", "Casa circondariale di Como"),
    ("Order of the Superior Court of Arizona, County of Yavapai.", "Superior Court of Arizona, County of Yavapai"),
    ("Sent to Leeds Crown Court on request.", "Leeds Crown Court"),
    ("Referral from HM Area Coroner for West Sussex; CT.", "HM Area Coroner for West Sussex"),
    ("Office of the Chief Medical Examiner – Fairfax County.", "Office of the Chief Medical Examiner – Fairfax County"),
    ("Kostenträger Berufsgenossenschaft Holz und Metall.", "Berufsgenossenschaft Holz und Metall"),
    ("Meldung an die BG RCI, Unfall.", "BG RCI"),
    ("Zuweisung SanRgt 3; Soldat.", "SanRgt 3"),
    ("Militärspital 2 Einsiedeln meldet.", "Militärspital 2 Einsiedeln"),
    ("Zuweisung aus der Rommel-Kaserne; MRT.", "Rommel-Kaserne"),
    ("Aboard USS Bataan (LHD-5) at sea.", "USS Bataan (LHD-5)"),
    ("Sapper with 32nd Engineer Regiment; knee.", "32nd Engineer Regiment"),
    ("Betriebsärztlicher Dienst der Lonza meldet.", "Betriebsärztlicher Dienst der Lonza"),
    ("Employer: Redhill Haulage; HRCT.", "Redhill Haulage"),
    ("Worker at Pennant Steel Fabrication for 20 years.", "Pennant Steel Fabrication"),
    ("OPG by Bridgewater Dental Practice enclosed.", "Bridgewater Dental Practice"),
    ("Cabinet dentaire de la Gare : OPT.", "Cabinet dentaire de la Gare"),
    ("Compare with the Doncaster images of May.", "Doncaster"),
    ("Calling AE LUKS_LUZERN_ARCHIVE sent it.", "LUKS_LUZERN_ARCHIVE"),
])
def test_bodies(text, value):
    assert value in _bodies(text)


@pytest.mark.parametrize("text", [
    "Das Gericht hat ein Gutachten angefordert.",
    "The court ordered a CT of the chest.",
    "Staatsanwaltschaft informiert, Obduktion folgt.",
    "Landgericht: Gutachten erbeten.",
    "BGA unauffällig, BG normal, BG-Wert 5.",
    "Compared with the previous films; Compare to the CT images.",
    "RS 2 Segment rechts; OS 3 mm.",
    "Occupational health review next week.",
    "SERIES_T2_AX and T1_FS_COR sequences.",
    "Sanitätsdienst informiert; Kaserne verlassen.",
    "Magnetic Resonance Imaging Division 2 findings",
])
def test_body_look_alikes(text):
    assert _bodies(text) == []


@pytest.mark.parametrize("text, value", [
    ("Häftl.-Nr. 4471/25, CT", "4471/25"),
    ("N/Réf. KL/25/0091 ; IRM", "KL/25/0091"),
    ("réf. PA25.004417 ; scanner", "PA25.004417"),
    ("Ref. no. HC/2024/7712; CT", "HC/2024/7712"),
    ("Reg. No. 88213-054, federal inmate", "88213-054"),
    ("Pers.-Nr. 771204, Werk", "771204"),
    ("NINO JC 12 34 56 B on file", "JC 12 34 56 B"),
    ("service number 25173468 recorded", "25173468"),
    ("Sinistro SUVA n. 11.22334.25.7; RM", "11.22334.25.7"),
])
def test_case_numbers(text, value):
    assert value in _found(text)


@pytest.mark.parametrize("text, value, lang", [
    ("Decedent Maria Lopez, identified later; CT.", "Maria Lopez", "en"),
    ("Claimant Peter Hughes attended.", "Peter Hughes", "en"),
    ("Beschuldigter Thomas Berger, Röntgen.", "Thomas Berger", "de"),
    ("Victime : Claire Morel, scanner.", "Claire Morel", "fr"),
])
def test_roles(text, value, lang):
    assert value in _found(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Employee Health clinic review; CT chest.", "en"),
    ("Opfer eines Verkehrsunfalls, CT.", "de"),
    ("the victim's CT showed no fracture", "en"),
    ("Lt knee effusion; Ref. range 100-400 U/l.", "en"),
    ("AZ reduziert, Standort des ZVK regelrecht.", "de"),
    ("pAVK Stadium Fontaine IIb; Weber B; Garden III.", "de"),
])
def test_role_and_reference_look_alikes(text, lang):
    assert _found(text, lang) == set()


@pytest.mark.parametrize("text, value", [
    ("Fundort: Uferweg am Stausee, Kirchberg; CT.", "Uferweg am Stausee, Kirchberg"),
    ("Auffindeort Rastplatz Hohenrain, A2; CT.", "Rastplatz Hohenrain, A2"),
    ("Location of injury: Mill Lane car park.", "Mill Lane car park"),
    ("Sturz beim Mountainbiken in Lenzerheide; CT.", "Lenzerheide"),
    ("Skiing accident at Verbier yesterday.", "Verbier"),
    ("MVC on the I-70 near Frisco; CT.", "I-70 near Frisco"),
    ("Returned from Lagos last week; CXR.", "Lagos"),
    ("Unfall in Garmisch-Partenkirchen; CT.", "Garmisch-Partenkirchen"),
])
def test_incident_places(text, value):
    assert value in [text[h.start:h.end] for h in incident_place_hits(text, text.lower())]


@pytest.mark.parametrize("text", [
    "Sturz im Treppenhaus; Distorsion OSG.",
    "Sturz auf der Baustelle, CT.",
    "Sturz beim Skifahren in Rücklage.",
    "Fundort: unbekannt.",
    "Fundort Wohnung der Patientin.",
    "Unfallort Autobahn, Fahrtrichtung Süd.",
    "Unfallort: Küche.",
    "fell at Home, CT.",
    "Back from Spain after holiday.",
    "Sturz in Folge Synkope.",
    "fall at Brookdale Senior Living, hip pain.",  # a facility's name (its own rules), no place of an accident
])
def test_incident_place_look_alikes(text):
    assert incident_place_hits(text, text.lower()) == []


@pytest.mark.parametrize("text, town", [
    ("AUVA Landesstelle Salzburg, Schaden.", "Salzburg"),
    ("BG ETEM Bezirksverwaltung Augsburg meldet.", "Augsburg"),
    ("Suva Agentur Sion, dossier.", "Sion"),
])
def test_an_insurers_branch_keeps_its_word_and_loses_its_town(text, town):
    found = _found(text)
    assert town in found
    assert not any(w in f for f in found for w in ("Landesstelle", "Bezirksverwaltung", "Agentur"))


def test_department_after_institute_stays():
    text = "Institut für Rechtsmedizin, Abteilung Forensische Bildgebung: postmortale CT."
    assert _found(text) == set()
