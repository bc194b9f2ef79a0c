"""Round 15b: institutions decided by position and context, legal and commercial forms, public bodies, acronym
hospitals and unit words that stay outside a facility's span.

Rules only (tagger off, no spaCy): each class with strings of its own (none from the dev corpus tests/dev14fi),
and the look-alikes that must stay.
"""

from __future__ import annotations

import pytest

from tests.dev14t.measure import rules_only


@pytest.mark.parametrize(("text", "lang", "name"), [
    # letterheads: a short first line before an address or a phone line
    ("KORVANT DIAGNOSTICS – Swindon\n22 Fleet Street, Swindon SN1 1RQ\nMRI lumbar spine.", "en",
     "KORVANT DIAGNOSTICS – Swindon"),
    ("praxiswerk Bildgebung\nTel. 089 4412 300\nCT Thorax nativ.", "de", "praxiswerk Bildgebung"),
    # brands after a provenance or locative cue
    ("Prior study from SkyRead Teleradiology reviewed.", "en", "SkyRead Teleradiology"),
    ("Befund aus der DialyseNet Oberpfalz vom Vormonat.", "de", "DialyseNet Oberpfalz"),
    ("Images reçues par RADIONET VALAIS, IRM du genou.", "fr", "RADIONET VALAIS"),
    ("Scanned at the mobile unit in Asda Superstore Yeovil, mammography.", "en", "Asda Superstore Yeovil"),
    ("Eseguito presso Centro Luganese Radiologico, TC torace.", "it", "Centro Luganese Radiologico"),
    ("Vorstellung im Sana-Verbund Oberland, Tumorboard Thorax.", "de", "Sana-Verbund Oberland"),
    # care homes and residences
    ("Résident de la Résidence du Grand Pré, chute.", "fr", "Résidence du Grand Pré"),
    ("Ospite della Residenza Il Glicine, RX bacino.", "it", "Residenza Il Glicine"),
    ("Transferred from St. Aidan's Lodge, CT head.", "en", "St. Aidan's Lodge"),
    # legal and commercial forms
    ("Records released to Pemberton Quayle LLP on request.", "en", "Pemberton Quayle LLP"),
    ("Copy: Ashworth, Kilbride & Mortensen, solicitors.", "en", "Ashworth, Kilbride & Mortensen"),
    ("Rechnung an Radiologie Isartal GmbH, MRT Knie.", "de", "Radiologie Isartal GmbH"),
    ("Zuweiser: Dr. Gruber & Dr. Moser OG, Röntgen.", "de", "Dr. Gruber & Dr. Moser OG"),
    ("Zuweisung: Kardiologie Dr. Stadler & Team Wels, Echo.", "de", "Kardiologie Dr. Stadler & Team Wels"),
    ("Fattura: Radiomed Sagl, ecografia.", "it", "Radiomed Sagl"),
    # public bodies
    ("Prisoner from HMP Blackmoor Vale, CT abdomen.", "en", "HMP Blackmoor Vale"),
    ("Inmate at Riverbend State Penitentiary, X-ray wrist.", "en", "Riverbend State Penitentiary"),
    ("Überstellung aus der Justizvollzugsanstalt Waldeck, CT.", "de", "Justizvollzugsanstalt Waldeck"),
    ("Soldier of 1 PARA, seen at DMRC Headley Court.", "en", "DMRC Headley Court"),
    ("Referred from 2-502 IN aid station, X-ray tibia.", "en", "2-502 IN"),
    ("Zuweisung Bundeswehrkrankenhaus Westerstede, MRT.", "de", "Bundeswehrkrankenhaus Westerstede"),
    ("Letter from Healthwatch Kingsbury about the delay.", "en", "Healthwatch Kingsbury"),
    # acronym hospitals
    ("Transfert au CH Nyon pour scanner.", "fr", "CH Nyon"),
    ("Verlegt → KSW; CT Schädel.", "de", "KSW"),
    ("Kantonsspital Aarau (KSA), MRT Knie.", "de", "KSA"),
    ("Imagerie Médicale de la Broye: échographie.", "fr", "Imagerie Médicale de la Broye"),
    ("Istituto Cardiocentro della Svizzera italiana, TC coronarie.", "it",
     "Istituto Cardiocentro della Svizzera italiana"),
])
def test_institutions_are_redacted(text, lang, name):
    assert name not in rules_only(text, lang)


@pytest.mark.parametrize(("text", "lang", "kept"), [
    # unit words before a facility's own head stay
    ("Vorstellung im Brustzentrum Klinikum Nordstadt.", "de", "Brustzentrum"),
    ("Letterhead\nKlinik Seeblick – Radiologie\n", "de", "Radiologie"),
    # look-alikes
    ("CT THORAX\n12.03.2025 nativ", "de", "CT THORAX"),
    ("Im 2. OG links, Station 5.", "de", "OG"),
    ("Leber, Milz & Niere unauffällig.", "de", "Leber, Milz & Niere"),
    ("Kostengutsprache KG 2025/1 erteilt.", "de", "Kostengutsprache"),
    ("Versichert bei HELSANA, Kostengutsprache liegt vor.", "de", "HELSANA"),
    ("Segment 2-3 IN the liver.", "en", "Segment"),
    ("2 CT scans and 3 MRI studies.", "en", "2 CT"),
    ("Reviewed at the thoracic MDT; DWI and ADC concordant.", "en", "DWI and ADC"),
    ("Centre Hospitalier de Bienne (CHB), IRM.", "fr", "IRM"),
])
def test_look_alikes_stay(text, lang, kept):
    assert kept in rules_only(text, lang)


@pytest.mark.parametrize(("text", "lang", "scrubbed"), [
    # a person's name in capitals after a cue stays a person (it is written as a name elsewhere in the text)
    ("Patientin: Rautenberg, Hiltrud\nNachfrage bei RAUTENBERG ergab Marcumar-Einnahme.", "de",
     "Patientin: [PERSON]\nNachfrage bei [PERSON] ergab Marcumar-Einnahme."),
    # a list of people joined by "und" is no firm
    ("Anwesend: Dres. Kalb, Neuhold und Stiegler. CT Thorax.", "de",
     "Anwesend: Dres. [PERSON], [PERSON] und [PERSON]. CT Thorax."),
    # a firm's name joined by "&" is one institution
    ("Copy: Ashworth, Kilbride & Mortensen, solicitors.", "en", "Copy: [INSTITUTION], solicitors."),
])
def test_persons_and_firms_keep_their_labels(text, lang, scrubbed):
    assert rules_only(text, lang) == scrubbed
