"""Round 14c (addresses): town tails, stair letters, French / Italian street forms, flats before a house name, rural
routes, living phrases with a filler, reading sites; and the look-alikes that must stay (rules only, no spaCy)."""

from __future__ import annotations

import pytest

from curation.deid.text.rules import rule_hits
from curation.deid.text.scrub import scrub_text
from curation.deid.text.town_tails import town_tail_end
from tests.dev14t.measure import with_tagger


def _scrubbed(text: str, lang: str) -> str:
    return with_tagger(False, lambda: scrub_text(text, lang, None, -364, use_spacy=False).text)


def _addresses(text: str) -> list[str]:
    return sorted({text[h.start:h.end] for h in rule_hits(text) if h.label == "ADDRESS"})


@pytest.mark.parametrize(("text", "found", "whole"), [
    ("74523 Chalon-sur-Saône; Befund", "74523 Chalon", "74523 Chalon-sur-Saône"),
    ("6060 Sarnen OW\n", "6060 Sarnen", "6060 Sarnen OW"),
    ("55100 Lucca (LU), TC", "55100 Lucca", "55100 Lucca (LU)"),
    ("75013 Paris Cedex 13.", "75013 Paris", "75013 Paris Cedex 13"),
    ("wohnhaft in Weiden in der Oberpfalz.", "wohnhaft in Weiden", "wohnhaft in Weiden in der Oberpfalz"),
    ("wohnhaft in Graz in Begleitung der Tochter", "wohnhaft in Graz", "wohnhaft in Graz"),  # a noun, no clause end
    ("24047 Treviglio (UK)", "24047 Treviglio", "24047 Treviglio"),  # a country code is no province
    ("6020 Innsbruck, OT Hötting", "6020 Innsbruck", "6020 Innsbruck"),  # the district is a span of its own
])
def test_town_tail(text: str, found: str, whole: str) -> None:
    assert town_tail_end(text, len(found)) == len(whole)


@pytest.mark.parametrize(("text", "lang", "phi", "kept"), [
    # Austrian stair and door letters; a German district after "OT".
    ("Zustellung: Wiedner Gasse 12, Stiege C, Tür 4, 1040 Wien. MRT Knie.", "de",
     ("Wiedner Gasse 12, Stiege C, Tür 4", "1040 Wien"), ("MRT Knie",)),
    ("Wohnort: Am Anger 3, 94209 Regen OT Schweinhütt; Sonographie Leber.", "de",
     ("Am Anger 3", "94209 Regen", "Schweinhütt"), ("OT", "Sonographie Leber")),
    # Swiss canton codes, French "bis" and lower-case "place" with its number.
    ("Frau Brigitte Imhof, Kirchweg 8, CH-6370 Stans NW\nRöntgen Thorax.", "de", ("6370 Stans NW",), ("Röntgen",)),
    ("Domicile: 9 place de la Fontaine, 21000 Dijon", "fr", ("9 place de la Fontaine", "21000 Dijon"), ()),
    ("Mme Odile Vuagniaux, chemin des Roches 14bis, 1009 Pully; IRM lombaire.", "fr",
     ("chemin des Roches 14bis", "1009 Pully"), ("IRM lombaire",)),
    # Italian: a roman numeral, "n.", a hamlet with its number, "residente in" and the town's qualifier.
    ("Sig.ra Lucia Ferraris, Via XX Settembre 41, 16121 Genova; RM encefalo.", "it",
     ("Via XX Settembre 41", "16121 Genova"), ("RM encefalo",)),
    ("Residente in località Pian di Sco 7, Reggello; TC torace.", "it", ("località Pian di Sco 7", "Reggello"),
     ("TC torace",)),
    ("Paziente residente in Sesto San Giovanni, ecografia addome.", "it", ("Sesto San Giovanni",), ("ecografia",)),
    # UK flat before a house name; US rural route and box; a filler between verb and place.
    ("Mr Owen Pritchard\nFlat 12, Marlowe House\n5 Quayside\nBristol BS1 4QA", "en",
     ("Flat 12, Marlowe House", "5 Quayside", "Bristol BS1 4QA"), ()),
    ("Home: RR 2 Box 118, Hamlin, WV 25523. XR chest.", "en", ("RR 2 Box 118", "Hamlin, WV 25523"), ("XR chest",)),
    ("She lives with her son in Tiverton. MRI brain: small vessel disease.", "en", ("Tiverton",), ("MRI brain",)),
    ("Lebt allein in Schwaz; CT Schädel nativ.", "de", ("Schwaz",), ("CT Schädel",)),
    # A reading site.
    ("Report issued by teleradiology, Perth. CT head: no bleed.", "en", ("Perth",), ("CT head",)),
    ("Befundort: Sofia (Teleradiologie). CT Thorax.", "de", ("Sofia",), ("CT Thorax",)),
    ("French BP 3051, 97300 Cayenne", "fr", ("BP 3051", "97300 Cayenne"), ()),
    # Batch B's classes: a house name before its street, a UK outward code, a lieu-dit, a US route, "case postale",
    # a bilingual town.
    ("Ivybank, 12 Kirk Wynd, Dundee DD3 6HJ\nXR wrist.", "en", ("Ivybank", "12 Kirk Wynd", "Dundee DD3 6HJ"),
     ("XR wrist",)),
    ("Lives at 4 Ormeau Rd, Belfast BT7. CT chest.", "en", ("4 Ormeau Rd", "Belfast BT7"), ("CT chest",)),
    ("M. Paul Ribot, lieu-dit Les Combes, 46100 Figeac-sur-Célé; scanner.", "fr",
     ("lieu-dit Les Combes", "46100 Figeac-sur-Célé"), ("scanner",)),
    ("Home: 77 Route 22A, Patterson NY 12563. MRI knee.", "en", ("77 Route 22A", "Patterson NY 12563"), ("MRI knee",)),
    ("Rue du Lac 2, case postale 44, 1800 Vevey 1", "fr", ("case postale 44", "1800 Vevey 1"), ()),
    ("Frau Ladina Caviezel, Via da la Staziun 5, 7500 Sankt Moritz/San Murezzan; MRI.", "de",
     ("7500 Sankt Moritz/San Murezzan",), ("MRI",)),
    # Third step: a facility's town, labelled postcodes, an unlisted US town with its state, one-word streets, Welsh
    # streets, house names before a postcode, floors, Swiss postcodes that look like years.
    ("Bewohnerin im Pflegeheim Lindenhof in Oberägeri; CT Becken.", "de", ("Oberägeri",), ("CT Becken",)),
    ("Übernahme aus dem Pflegeheim Abendrot (Wetzikon-Kempten) mit Pneumonie.", "de", ("Wetzikon-Kempten",),
     ("Pneumonie",)),
    ("Postleitzahl: 6370, Ort: Oberdorf\nCT LWS.", "de", ("6370", "Oberdorf"), ("CT LWS",)),
    ("Zip code: 02139-4307; MRI brain.", "en", ("02139-4307",), ("MRI brain",)),
    ("The patient, from Spring Valley, MN. XR knee.", "en", ("Spring Valley, MN",), ("XR knee",)),
    ("Home: Flat 4, Juniper Court, Hackney.", "en", ("Flat 4, Juniper Court", "Hackney"), ()),
    ("Lives at 7 Southgate, Elland HX5 0BP.", "en", ("7 Southgate", "Elland HX5 0BP"), ()),
    ("Mrs Eira Jones, 3 Ffordd Penrhos, Bangor LL57 2BX", "en", ("3 Ffordd Penrhos", "Bangor LL57 2BX"), ()),
    ("Wohnadresse Chalet Edelweiss, 3920 Zermatt. Röntgen Knie.", "de", ("Chalet Edelweiss", "3920 Zermatt"),
     ("Röntgen Knie",)),
    ("Kopie an Bergstraße 14, 3. Stock, 6020 Innsbruck.", "de", ("Bergstraße 14, 3. Stock", "6020 Innsbruck"), ()),
    ("Mme Coralie Favre, Chemin du Signal 6, 1963 Vétroz.", "fr", ("Chemin du Signal 6", "1963 Vétroz"), ()),
    ("Wohnt bei der Tochter in Oberstaufen; MRT Knie.", "de", ("Oberstaufen",), ("MRT Knie",)),
])
def test_address_forms(text: str, lang: str, phi: tuple[str, ...], kept: tuple[str, ...]) -> None:
    out = _scrubbed(text, lang)
    for value in phi:
        assert value not in out, (value, out)
        assert not any(w in out for w in value.replace(",", " ").split() if len(w) > 3 and w[0].isupper()), out
    for value in kept:
        assert value in out, (value, out)


@pytest.mark.parametrize(("text", "lang"), [
    ("Somministrazione per via endovenosa di mezzo di contrasto; via biliare principale 6 mm, corso regolare.", "it"),
    ("Mise en place d'une sonde; Place de l'IRM dans le bilan; voie veineuse en place.", "fr"),
    ("Top of the dens intact; image 14 of series 5; lesion 9 x 7 mm; Top 3 differentials listed.", "en"),
    ("BP 140/90, HR 72; RR 18 breaths; HC 34 cm (head circumference).", "en"),
    ("Stiege hinauf gestürzt, Tür-zu-Nadel-Zeit 31 min; Virchow-Trias; Morbus Basedow.", "de"),
    ("Accesso per via femorale destra; Corso clinico favorevole.", "it"),
    ("Lives in fear of falling; lives alone in a flat.", "en"),
    ("Findings, 3 lesions noted; Impression, 2 foci. Reader in training reviewed.", "en"),
    ("Grade T2, stage T3 N1. Level L4. En 2019, 3 cas.", "en"),
    ("Second opinion (Sarcoma Unit); seen in Radiology, CT. Moved to Theatre.", "en"),
    ("120 Hounsfield units, 3 Gateway lesions? no; Serie 2, 2019 Kontrolle.", "en"),
])
def test_look_alikes_stay(text: str, lang: str) -> None:
    assert _scrubbed(text, lang) == text


def test_reading_site_needs_a_place() -> None:
    assert _addresses("Teleradiology, Report: CT head.") == []
    assert _addresses("Befundungsstandort: Befundung folgt.") == []


@pytest.mark.parametrize("text", [
    "Vorbefund aus dem Kantonsspital Aarau in Absprache mit dem Hausarzt; Kantonsspital Baden (Notfall).",
    "Transfer from Mercy Hospital (Emergency) and St Luke's Hospital (Neurology).",
    "Kantonsspital Olten in Narkose durchgeführt.",
])
def test_no_facility_town_from_a_department_word(text: str) -> None:
    assert _addresses(text) == []
