"""Round 16b: facilities without a hospital keyword or with a rare one, facility acronyms decided by context, and a
specialty before a named hospital that stays a keep-term.

Rules only (tagger off, no spaCy): each class with strings of its own (none from the dev corpus tests/dev14fl), and
the look-alikes that must stay.
"""

from __future__ import annotations

import pytest

from tests.dev14t.measure import rules_only


@pytest.mark.parametrize(("text", "lang", "name"), [
    # German type compounds with a level, a saint, a region, a place or the owner
    ("Entbindung im Perinatalzentrum Level 1 St. Elisabeth, Schädelsonographie.", "de",
     "Perinatalzentrum Level 1 St. Elisabeth"),
    ("Zuweisung vom Herz- und Gefäßzentrum Hohenlohe, CTA Aorta.", "de", "Herz- und Gefäßzentrum Hohenlohe"),
    ("Überweisung Augenarztpraxis Dr. med. Wendland, MRT Orbita.", "de", "Augenarztpraxis Dr. med. Wendland"),
    ("Zuweiser: Frauenpraxis am Domplatz, Mammographie.", "de", "Frauenpraxis am Domplatz"),
    ("Betreuung durch Mobiler Pflegedienst Kranich, Röntgen Hüfte.", "de", "Mobiler Pflegedienst Kranich"),
    ("Übersetzung: Dolmetschdienst Babel Süd, Arabisch.", "de", "Dolmetschdienst Babel Süd"),
    ("Befund an Nuklearmedizin Ostalb MVZ, Szintigraphie.", "de", "Nuklearmedizin Ostalb MVZ"),
    # social, rescue and protection services
    ("Gefährdungsmeldung an die KESB Seeland erfolgt.", "de", "KESB Seeland"),
    ("Fahrdienst des SRK Kanton Zug, Röntgen Thorax.", "de", "SRK Kanton Zug"),
    ("Transport: Bayerisches Rotes Kreuz Miesbach, CT Schädel.", "de", "Rotes Kreuz Miesbach"),
    ("Spitex Entlebuch meldet Sturz, Röntgen Becken.", "de", "Spitex Entlebuch"),
    ("Amenée par la Croix-Rouge jurassienne, IRM cérébrale.", "fr", "Croix-Rouge jurassienne"),
    ("Accompagnata dalla Croce Rossa grigionese, TC cranio.", "it", "Croce Rossa grigionese"),
    ("Segnalazione all'APEA Bellinzona, RX torace.", "it", "APEA Bellinzona"),
    ("Inviata dallo Studio ginecologico Lucchini, ecografia.", "it", "Studio ginecologico Lucchini"),
    # English specialty institutes, vein clinics, cancer centres with a city, charity clinics, VA by town
    ("Referred by Lakeland Heart & Vascular Institute for CTA.", "en", "Lakeland Heart & Vascular Institute"),
    ("Venous mapping for Harbor Point Vein & Vascular; duplex.", "en", "Harbor Point Vein & Vascular"),
    ("Restaging at Beatson Cancer Centre – Glasgow; CT CAP.", "en", "Beatson Cancer Centre – Glasgow"),
    ("Seen first at St. Joseph de Paul clinic, chest X-ray.", "en", "St. Joseph de Paul clinic"),
    ("Walk-ins from Harmony Lane free clinic; CXR.", "en", "Harmony Lane free clinic"),
    ("Records from Fort Harrison VA; CT chest.", "en", "Fort Harrison VA"),
    ("Second opinion via radiologen-netz.ch, MRI knee.", "en", "radiologen-netz.ch"),
    # acronyms by context
    ("Ultraschallzentrum Lindenau (UZL), Sonographie Schilddrüse.", "de", "UZL"),
    ("Nephrostomy in the WGH IR suite this afternoon.", "en", "WGH"),
    ("Coil embolisation: RVI theatres booked.", "en", "RVI"),
    ("Dolmetscherin via AOZ anwesend, Sonographie.", "de", "AOZ"),
    ("Die Nachkontrolle ist im SZO geplant.", "de", "SZO"),
    # (batch B's classes, with strings of their own)
    ("Controllo al Poliambulatorio cardiologico Chiasso; ecocardiografia.", "it",
     "Poliambulatorio cardiologico Chiasso"),
    ("Sent from Velindre Cancer Centre – Cardiff for restaging.", "en", "Velindre Cancer Centre – Cardiff"),
    ("Followed by Red Rock Vein & Vascular since 2019; duplex.", "en", "Red Rock Vein & Vascular"),
    ("Uninsured; uses New Hope free clinic for meds.", "en", "New Hope free clinic"),
    ("Interpreter via TransPerfect (Arabic) present.", "en", "TransPerfect"),
])
def test_institutions_are_redacted(text, lang, name):
    out = rules_only(text, lang)
    assert name not in out
    assert not any(w in out for w in name.split() if len(w) > 3 and w[0].isupper() and w not in text.split()[0])


@pytest.mark.parametrize(("text", "lang", "kept"), [
    # clinical acronyms in the same places
    ("Kontrolle im MRT geplant, PET ausstehend.", "de", "im MRT geplant"),
    ("Drain placed in the CT suite; MRI suite busy.", "en", "MRI suite"),
    ("Transfer to the ITU; PTS booked by the ward.", "en", "PTS booked"),
    ("Klinikum Nordstadt (PET), SUV 4,2.", "de", "(PET)"),
    ("Dolmetscherin anwesend, CT Abdomen.", "de", "CT Abdomen"),
    # German compounds that name a centre of a thing, a duty or a kind
    ("Ossifikationszentrum Femurkopf regelrecht angelegt.", "de", "Ossifikationszentrum Femurkopf"),
    ("Das Brustzentrum Rückmeldung folgt.", "de", "Brustzentrum Rückmeldung"),
    ("Rettungsdienst Übergabe: GCS 14.", "de", "Rettungsdienst Übergabe"),
    ("Pflegedienst Montag informiert.", "de", "Pflegedienst Montag"),
    ("Sozialdienst Kontakt aufgenommen.", "de", "Sozialdienst Kontakt"),
    # kinds of clinic and centre, not names
    ("Referred to Outpatient Wound Care for dressing.", "en", "Outpatient Wound Care"),
    ("Heart & Lung: normal.", "en", "Heart & Lung"),
    ("Billing through the VA; CT chest.", "en", "VA"),
    ("Interpreter (Polish) present; MRI brain.", "en", "Interpreter (Polish)"),
    ("Heart & Vascular: no change.", "en", "Heart & Vascular"),
    ("Ultraschall (US), Klinikum Nordstadt (MRT).", "de", "(MRT)"),
    ("Visit www.radiologyinfo.org for patient leaflets.", "en", "Visit"),
    # a specialty before a named hospital is the department there
    ("cc: Gastroenterology Royal Hallamshire Hospital", "en", "Gastroenterology"),
    ("Kopie: Neurologie Klinikum Oberberg", "de", "Neurologie"),
])
def test_look_alikes_stay(text, lang, kept):
    assert kept in rules_only(text, lang)
