"""Held-out set for report labels (issue 19): whole reports, each labelled by hand for the 18 CT-RATE labels
and the abdominal questions, written before any labeller existed and never used to tune one.

Reports as departments write them: Germany (de), Austria (at), Switzerland (ch), UK (uk), US (us). Hard classes
covered on purpose: list negation ("weder ... noch", "kein X- oder Y-erguss", "no A, B or C"), post-posed German
negation ("Lymphknoten nicht vergrößert"), suspicion (V.a., DD, fraglich, a.e., possible, cannot be excluded,
suspicious for), resolved / prior findings (Z.n., nicht mehr nachweisbar, vollständig regredient, previously seen,
resolved), partly regressed findings that are still present (regredient, decreasing), clinical-question-only
mentions (Fragestellung / Frage / Klinische Angaben / Indication / Clinical details / History), normal reports,
pertinent negatives, compounds (Perikarderguss, Pleuraergüsse, Lungenrundherde), subcutaneous emphysema (not
pulmonary emphysema).

Gold per report: `pos` is a space-separated list of label codes present; a trailing "?" marks a label that is
only suspected (positive, uncertain). Every label not listed is 0. Definitions (what counts) are in
docs/labels.md, "Label definitions".
"""

from __future__ import annotations

from dataclasses import dataclass

CODES: dict[str, str] = {
    "MM": "medical_material", "AWC": "arterial_wall_calcification", "CM": "cardiomegaly",
    "PCE": "pericardial_effusion", "CAC": "coronary_artery_wall_calcification", "HH": "hiatal_hernia",
    "LN": "lymphadenopathy", "EMPH": "emphysema", "ATEL": "atelectasis", "NOD": "lung_nodule",
    "OPAC": "lung_opacity", "FIB": "pulmonary_fibrotic_sequela", "PLE": "pleural_effusion",
    "MOS": "mosaic_attenuation_pattern", "PBT": "peribronchial_thickening", "CONS": "consolidation",
    "BRX": "bronchiectasis", "IST": "interlobular_septal_thickening",
    "LIV": "liver_lesion", "STEAT": "hepatic_steatosis", "GALL": "gallstones", "KCYST": "kidney_cyst",
    "KSTONE": "kidney_stone", "HYDRO": "hydronephrosis", "ASC": "ascites", "SPLEEN": "splenomegaly",
    "ADR": "adrenal_nodule",
}


@dataclass(frozen=True)
class Gold:
    """One hand-labelled report."""

    id: str
    lang: str
    origin: str
    text: str
    positive: frozenset[str]
    uncertain: frozenset[str]


def R(id: str, origin: str, text: str, pos: str = "") -> Gold:
    lang = "en" if origin in {"uk", "us"} else "de"
    codes = pos.split()
    positive = frozenset(CODES[c.rstrip("?")] for c in codes)
    uncertain = frozenset(CODES[c.rstrip("?")] for c in codes if c.endswith("?"))
    return Gold(id, lang, origin, text.strip(), positive, uncertain)


REPORTS: list[Gold] = [
    # ------------------------------------------------------------------ Germany
    R("de01", "de", """
Fragestellung: Fieber, Husten seit 5 Tagen. Pneumonie?
Technik: CT Thorax nativ, Low-Dose.
Befund: Keine pneumonischen Infiltrate. Kein Pleura- oder Perikarderguss. Mediastinale und hiläre Lymphknoten
nicht vergrößert. Herz normal groß. Zentrilobuläres Lungenemphysem beidseits oberfeldbetont.
Beurteilung: Kein Anhalt für Pneumonie. Zentrilobuläres Emphysem.
""", "EMPH"),
    R("de02", "de", """
Klinische Angaben: Bekanntes Bronchialkarzinom rechts, Staging.
Befund: Spikulierter Rundherd im rechten Oberlappen, 23 mm. Vergrößerte Lymphknoten rechts hilär und
subkarinal bis 17 mm Kurzachse. Schmaler Pleuraerguss rechts. Herz und Perikard unauffällig.
Leber ohne fokale Läsionen. Nebennieren schlank.
Beurteilung: Bekanntes Bronchialkarzinom im RUL mit hilärer und mediastinaler Lymphadenopathie.
Kleiner Pleuraerguss rechts.
""", "NOD LN PLE"),
    R("de03", "de", """
Fragestellung: Z.n. Pleuraerguss links, Verlaufskontrolle.
Befund: Der vorbeschriebene Pleuraerguss links ist nicht mehr nachweisbar. Streifige Verdichtung im
linken Unterlappen, a.e. Narbe. Portkatheter über die V. subclavia rechts, Spitze in der V. cava superior.
Beurteilung: Vollständige Resorption des Ergusses. Narbige Residuen links basal.
""", "FIB MM OPAC"),
    R("de04", "de", """
Befund: Herz deutlich vergrößert. Geringer Perikarderguss bis 8 mm. Beidseitige Pleuraergüsse mit
angrenzenden Kompressionsatelektasen. Verdickte Interlobulärsepten beidseits basal, Milchglastrübungen
perihilär im Sinne einer kardialen Stauung.
Beurteilung: Kardiale Dekompensation mit Kardiomegalie, Pleuraergüssen bds., Perikarderguss und
interstitiellem Lungenödem.
""", "CM PCE PLE ATEL IST OPAC"),
    R("de05", "de", """
Fragestellung: Tumornachsorge Mammakarzinom links.
Befund: Thorax: Keine Lungenrundherde. Keine suspekten Lymphknoten axillär, mediastinal oder hilär.
Weder Pleura- noch Perikarderguss. Abdomen: Leber mit normaler Größe, eine 9 mm große Zyste im Segment IVa,
unverändert. Gallenblase, Milz, Pankreas und Nieren unauffällig. Kein Aszites.
Beurteilung: Kein Hinweis auf Tumorrezidiv oder Metastasen. Bekannte Leberzyste.
""", "LIV"),
    R("de06", "de", """
Befund: Koronarsklerose im Verlauf von RIVA und RCX. Aortensklerose. Axiale Hiatushernie.
Lunge: Subpleurale Fibrosezeichen beidseits basal mit Traktionsbronchiektasen und retikulären Veränderungen.
Kein Erguss.
Beurteilung: Fibrotischer Lungenumbau basal bds. mit Traktionsbronchiektasen, DD UIP-Muster.
""", "CAC AWC HH FIB BRX"),
    R("de07", "de", """
Indikation: Dyspnoe, V.a. Lungenembolie.
Befund: Keine Füllungsdefekte in den Pulmonalarterien. Dystelektatische Veränderungen beidseits dorsobasal.
Keine Konsolidierung. Kein Pleuraerguss.
Beurteilung: Kein Nachweis einer Lungenembolie. Dystelektasen basal beidseits.
""", "ATEL"),
    R("de08", "de", """
Befund: Fragliche kleine Konsolidierung im Mittellappen, DD Atelektase. Kein Pleuraerguss. Einzelne
Lymphknoten mediastinal, nicht pathologisch vergrößert.
Beurteilung: V.a. beginnende Pneumonie im Mittellappen, DD Minderbelüftung. Verlaufskontrolle empfohlen.
""", "CONS? ATEL? OPAC?"),
    R("de09", "de", """
Fragestellung: Bekannte COPD, Exazerbation?
Befund: Ausgeprägtes panlobuläres Lungenemphysem mit Bullae apikal. Bronchialwandverdickungen und
Bronchiektasen im Unterlappen beidseits. Mosaikmuster der Lungenperfusion, vereinbar mit Air Trapping.
Keine Infiltrate. Herzgröße normal.
Beurteilung: Schweres Emphysem. Zeichen der Atemwegserkrankung mit Bronchiektasen und Mosaikperfusion.
""", "EMPH PBT BRX MOS"),
    R("de10", "de", """
Befund: Z.n. Sternotomie mit Drahtcerclagen. Aortenklappenersatz. Koronarstents. Regredienter
Pleuraerguss rechts, jetzt nur noch schmal. Keine neuen Verdichtungen.
Beurteilung: Rückläufiger Pleuraerguss rechts. Postoperativer Status nach ACVB.
""", "MM PLE"),
    R("de11", "de", """
Befund: Multiple bilaterale Lungenrundherde bis 14 mm, neu im Vergleich zur Voruntersuchung. Leber mit
mehreren hypodensen Herden bis 3 cm, metastasensuspekt. Geringer Aszites perihepatisch.
Beurteilung: Neu aufgetretene pulmonale und hepatische Metastasen. Geringer Aszites.
""", "NOD LIV ASC"),
    R("de12", "de", """
CT Abdomen mit KM.
Befund: Leber vergrößert mit deutlich verminderter Dichte im Sinne einer Steatosis hepatis. Cholezystolithiasis
ohne Zeichen der Cholezystitis. Milz mit 15 cm Länge vergrößert. Nieren: Parapelvine Zyste links 2 cm.
Keine Konkremente, kein Harnstau.
Beurteilung: Steatosis hepatis, Splenomegalie, Cholezystolithiasis, Nierenzyste links.
""", "STEAT GALL SPLEEN KCYST"),
    R("de13", "de", """
Fragestellung: Flankenschmerz links, Nephrolithiasis?
Befund: 6 mm Konkrement im proximalen Ureter links mit Harnaufstau Grad II. Rechts kein Harnstau,
kleine Nierenkelchsteine rechts bis 3 mm.
Beurteilung: Obstruktive Urolithiasis links mit Harnstau II°. Nephrolithiasis rechts.
""", "KSTONE HYDRO"),
    R("de14", "de", """
Befund: Lunge seitengleich belüftet, keine Infiltrate, keine Rundherde, kein Emphysem. Pleura und
Perikard ohne Erguss. Mediastinum ohne Lymphadenopathie. Herz normal groß. Knöcherner Thorax unauffällig.
Beurteilung: Unauffälliger CT-Befund des Thorax.
"""),
    R("de15", "de", """
Befund: Milchglasartige Verdichtungen beidseits peripher betont, teils mit Crazy-Paving und verdickten
Interlobulärsepten. Keine Konsolidierungen. Kein Pleuraerguss.
Beurteilung: Bild vereinbar mit viraler Pneumonie (COVID-19), CO-RADS 5.
""", "OPAC IST"),
    R("de16", "de", """
Befund: Im Vergleich zur Voruntersuchung vollständig regrediente Konsolidierung im linken Unterlappen.
Verbliebene zarte Milchglasreste. Kleine verkalkte Lymphknoten hilär, nicht vergrößert.
Beurteilung: Weitgehend ausgeheilte Pneumonie links mit diskreten Residuen.
""", "OPAC"),
    R("de17", "de", """
Befund: ZVK über die V. jugularis interna rechts, Spitze im rechten Vorhof. Endotrachealtubus 4 cm oberhalb
der Carina. Magensonde regelrecht. Ausgedehnte Konsolidierungen beider Unterlappen mit Aerobronchogramm.
Pleuraergüsse bds. Subkutanes Weichteilemphysem der rechten Thoraxwand nach Drainageanlage, Thoraxdrainage rechts.
Beurteilung: Beidseitige Unterlappenpneumonie. Ergüsse bds. Weichteilemphysem rechts.
""", "MM CONS OPAC PLE"),
    R("de18", "de", """
Fragestellung: Raumforderung Nebenniere?
Befund: Nebenniere links mit 18 mm großem Knoten, Dichte nativ 6 HE, a.e. Adenom. Rechte Nebenniere schlank.
Leber, Milz und Nieren regelrecht. Keine Gallensteine.
Beurteilung: Nebennierenadenom links.
""", "ADR"),
    R("de19", "de", """
Befund: Einzelner 4 mm großer Nodulus im rechten Unterlappen, unspezifisch. Ansonsten keine Herde.
Geringe Atherosklerose der Aorta thoracalis. Kleine Hiatushernie.
Beurteilung: 4 mm Lungenknötchen, gemäß Fleischner-Kriterien keine Kontrolle erforderlich.
""", "NOD AWC HH"),
    R("de20", "de", """
Klinik: Z.n. Lobektomie rechts oben 2021 wegen NSCLC.
Befund: Postoperative Veränderungen mit Klammernahtreihe am Bronchusstumpf. Narbige Verdichtungen
perihilär rechts. Kein Rezidivverdacht. Kein Lymphknotenvergrößerung. Kein Pleuraerguss mehr.
Beurteilung: Stationärer postoperativer Befund, kein Rezidiv.
""", "MM FIB OPAC"),
    R("de21", "de", """
Befund: Die in der Voruntersuchung beschriebenen Lungenrundherde sind größenregredient, der größte jetzt
7 mm (zuvor 12 mm). Mediastinale Lymphknoten nicht mehr vergrößert.
Beurteilung: Partielles Ansprechen der pulmonalen Metastasen unter Therapie.
""", "NOD"),
    R("de22", "de", """
Befund: Kardiomegalie. Schrittmacher mit Sondenspitzen im rechten Vorhof und rechten Ventrikel.
Kalzifizierte Plaques der Koronararterien. Ausgeprägte Verkalkungen der Aorta und der supraaortalen Äste.
Kein Perikarderguss.
Beurteilung: Kardiomegalie bei einliegendem Zweikammer-Schrittmacher. Generalisierte Arteriosklerose.
""", "CM MM CAC AWC"),
    R("de23", "de", """
Befund: Fraglicher Rundherd im Segment 6 links, 5 mm, DD Gefäßanschnitt. Sonst unauffälliges Lungenparenchym.
Beurteilung: Fragliches Knötchen links, Kontrolle in 6 Monaten.
""", "NOD?"),
    R("de24", "de", """
Fragestellung: Aszites? Leberzirrhose bekannt.
Befund: Zirrhotischer Leberumbau mit knotiger Oberfläche, keine fokalen Läsionen. Milz vergrößert (14,5 cm).
Kein freie Flüssigkeit. Gallenblase mit Wandverdickung, keine Steine.
Beurteilung: Leberzirrhose mit Splenomegalie, kein Aszites.
""", "SPLEEN"),
    # ------------------------------------------------------------------ Austria
    R("at01", "at", """
Klinische Angaben: Pat. mit Husten und Gewichtsverlust. Frage: Malignom?
Befund: Keine suspekten Raumforderungen der Lunge. Keine vergrößerten LK mediastinal. Geringes
zentrilobuläres Emphysem in den Oberlappen. Diskrete Bronchialwandverdickung.
Beurteilung: Kein Malignomnachweis. Zeichen einer chronischen Bronchitis, geringes Emphysem.
""", "EMPH PBT"),
    R("at02", "at", """
Befund: Ausgedehnte Pleuraergüsse beidseits mit Kompressionsatelektasen der Unterlappen. Herzsilhouette verbreitert.
Kein Perikarderguss. Vergrößerte paratracheale Lymphknoten bis 13 mm, a.e. reaktiv.
Beurteilung: Pleuraergüsse bds. mit Atelektasen. Kardiomegalie. Mediastinale Lymphadenopathie.
""", "PLE ATEL CM LN"),
    R("at03", "at", """
Befund: Bekannte Zysten beider Nieren bis 4 cm, Bosniak I. Kein Harnstau, keine Konkremente. Leber
homogen, keine Herde. Milz normal groß. Kein Aszites.
Beurteilung: Nierenzysten bds., sonst unauffälliger Oberbauch.
""", "KCYST"),
    R("at04", "at", """
Befund: Pleuraerguss rechts ist im Vergleich zur VU nicht mehr abgrenzbar. Residuelle Pleuraschwiele.
Keine Infiltrate. Herz normal konfiguriert.
Beurteilung: Z.n. Pleuraerguss rechts, aktuell resorbiert.
"""),
    R("at05", "at", """
Befund: Im linken Oberlappen 11 mm messender solider Herd, suspekt auf Malignität. Keine weiteren Noduli.
Kein Erguss. Lymphknoten im Normbereich.
Beurteilung: Malignomsuspekter Rundherd LOL, PET-CT empfohlen.
""", "NOD"),
    R("at06", "at", """
Befund: Dorsobasal beidseits Plattenatelektasen. Subsegmentale Minderbelüftung im Mittellappen.
Kein Infiltrat abgrenzbar. Aortenwandverkalkungen.
Beurteilung: Belüftungsstörungen basal, kein Infiltrat.
""", "ATEL AWC"),
    R("at07", "at", """
Befund: Kein Nachweis eines Perikardergusses. Kein Pleuraerguss. Keine Kardiomegalie. Koronarverkalkungen
im RIVA. Keine Hiatushernie.
Beurteilung: Koronarsklerose.
""", "CAC"),
    R("at08", "at", """
Befund: Milchglastrübungen im rechten Unterlappen, fraglich infektiös. Konsolidierungen ausgeschlossen.
Beurteilung: Diskrete Milchglasverdichtung rechts basal, DD beginnendes Infiltrat, DD Hypoventilation.
""", "OPAC ATEL?"),
    R("at09", "at", """
Befund: Hepar mit multiplen kleinen Zysten, größte 12 mm. Gallenblase steinfrei. Nieren mit einem
5 mm Kelchkonkrement links. Kein Harnstau. Nebennieren unauffällig.
Beurteilung: Leberzysten. Nephrolithiasis links.
""", "LIV KSTONE"),
    R("at10", "at", """
Fragestellung: Lungenfibrose? Belastungsdyspnoe.
Befund: Keine fibrotischen Veränderungen. Keine Bronchiektasen. Keine Septenverdickungen. Geringes Mosaikmuster,
a.e. Air Trapping bei Small-Airway-Disease.
Beurteilung: Keine Lungenfibrose. Hinweis auf Small-Airway-Disease.
""", "MOS"),
    R("at11", "at", """
Befund: Port-System über die V. cephalica links. Bekannter Lungenrundherd im RUL stationär, 8 mm. Neu
aufgetretene mediastinale Lymphadenopathie mit LK bis 22 mm. Geringer Perikarderguss.
Beurteilung: Progrediente Lymphknotenmetastasen mediastinal. Perikarderguss. Stationärer Herd RUL.
""", "MM NOD LN PCE"),
    R("at12", "at", """
Befund: Lunge regelrecht belüftet. Keine Verdichtungen, keine Herde. Keine Ergüsse. Mediastinum unauffällig.
Oberbauch: Leber steatotisch, sonst unauffällig.
Beurteilung: Unauffälliger Thoraxbefund. Steatosis hepatis.
""", "STEAT"),
    # ------------------------------------------------------------------ Switzerland
    R("ch01", "ch", """
Fragestellung: Infektfokus? Pat. auf IPS.
Befund: Konsolidation im posterobasalen Unterlappen rechts mit Luftbronchogramm. Pleuraerguss rechts,
schmal. Tracheostomiekanüle in situ. Zentraler Venenkatheter jugulär links.
Beurteilung: Pneumonie im Unterlappen rechts mit parapneumonischem Erguss.
""", "CONS OPAC PLE MM"),
    R("ch02", "ch", """
Befund: Weder Pleuraergüsse noch Perikarderguss. Keine vergrösserten Lymphknoten. Lungenparenchym
ohne Rundherde. Kleine axiale Hiatushernie.
Beurteilung: Hiatushernie, ansonsten unauffällig.
""", "HH"),
    R("ch03", "ch", """
Befund: Verkalkte Koronarien. Arteriosklerose der Aorta. Herz grenzwertig gross, keine eindeutige Kardiomegalie.
Zentrilobuläre Emphysemareale apikal beidseits.
Beurteilung: Koronare Herzkrankheit (Kalk). Emphysem.
""", "CAC AWC EMPH"),
    R("ch04", "ch", """
Fragestellung: Sarkoidose, Verlauf.
Befund: Bihiläre Lymphadenopathie, regredient im Vergleich zur Voruntersuchung. Perilymphatische Knötchen
entlang der Bronchovaskulärbündel, weniger ausgeprägt. Keine Fibrose.
Beurteilung: Regrediente Sarkoidose Stadium II.
""", "LN NOD"),
    R("ch05", "ch", """
Befund: Keine Konsolidationen. Keine Milchglasveränderungen. Keine Atelektasen. Keine Ergüsse.
Beurteilung: Unauffälliger Lungenbefund, insbesondere kein Infiltrat.
"""),
    R("ch06", "ch", """
Befund: Diffuse Verdickung der interlobulären Septen beidseits und Milchglas, DD Lymphangiosis
carcinomatosa, DD Lungenödem. Pleuraerguss links. Lymphknoten infrakarinal 15 mm.
Beurteilung: Verdacht auf Lymphangiosis carcinomatosa. Pleuraerguss links. Lymphadenopathie.
""", "IST OPAC PLE LN"),
    R("ch07", "ch", """
Befund: Leber: Hypodense Läsion Segment VII, 2 cm, a.e. Hämangiom. Gallenblase mit mehreren Konkrementen.
Milz, Pankreas unauffällig. Nieren ohne Befund.
Beurteilung: Leberhämangiom. Cholezystolithiasis.
""", "LIV GALL"),
    R("ch08", "ch", """
Befund: Nicht mehr nachweisbare Konsolidation im Oberlappen rechts. Residuelle streifige Fibrose.
Keine neuen Herde.
Beurteilung: Z.n. Pneumonie im OL rechts mit fibrotischen Residuen.
""", "FIB"),
    R("ch09", "ch", """
Klinische Angaben: Mesotheliom rechts. Pleurodese 2023.
Befund: Noduläre Pleuraverdickung rechts. Geringer gekammerter Pleuraerguss rechts. Kein Perikarderguss.
Atelektase des rechten Unterlappens.
Beurteilung: Progredientes Mesotheliom mit Erguss und Unterlappenatelektase.
""", "PLE ATEL"),
    R("ch10", "ch", """
Befund: Kein Harnaufstau. Nierensteine ausgeschlossen. Kleine kortikale Zyste am Oberpol rechts (8 mm).
Nebenniere rechts mit 12 mm grossem Knoten, unklar, DD Adenom.
Beurteilung: Nebennierenknoten rechts unklarer Dignität. Nierenzyste.
""", "KCYST ADR"),
    R("ch11", "ch", """
Befund: Bronchiektasen im Mittellappen und in der Lingula mit Schleimimpaktionen. Peribronchiale Verdickungen.
Tree-in-bud-Muster. Keine Kavernen.
Beurteilung: Bronchiektasen, DD atypische Mykobakteriose.
""", "BRX PBT"),
    R("ch12", "ch", """
Befund: Sternumcerclagen. Status nach Mitralklappenrekonstruktion mit Anuloplastiering. Herz gross.
Beurteilung: Postoperativer Status, Kardiomegalie.
""", "MM CM"),
    # ------------------------------------------------------------------ UK
    R("uk01", "uk", """
Clinical details: SOB. ?PE ?consolidation.
Findings: No filling defects in the pulmonary arteries. The lungs are clear with no consolidation or effusion.
No mediastinal or hilar lymphadenopathy. Heart size normal.
Conclusion: No pulmonary embolus. Normal study.
"""),
    R("uk02", "uk", """
Clinical details: Smoker, weight loss.
Findings: 18 mm spiculated nodule in the left upper lobe. Moderate centrilobular emphysema. Enlarged
subcarinal node measuring 14 mm short axis. Small left pleural effusion.
Conclusion: Left upper lobe mass, likely primary lung cancer, with nodal disease. Small effusion.
""", "NOD EMPH LN PLE"),
    R("uk03", "uk", """
Findings: The previously seen right lower lobe consolidation has resolved. Minor linear scarring at the right
base. No pleural effusion.
Conclusion: Resolution of consolidation with minor residual scarring.
""", "FIB"),
    R("uk04", "uk", """
Findings: Bilateral pleural effusions, larger on the right, with adjacent compressive atelectasis.
Cardiomegaly. Small pericardial effusion. Smooth interlobular septal thickening in keeping with oedema.
Conclusion: Appearances consistent with fluid overload.
""", "PLE ATEL CM PCE IST"),
    R("uk05", "uk", """
Findings: Patchy ground glass opacity in the right middle lobe. Possible early consolidation, although this
may represent atelectasis. No effusion.
Conclusion: Possible early infection in the right middle lobe. Suggest follow-up.
""", "OPAC CONS? ATEL?"),
    R("uk06", "uk", """
Findings: Coronary artery calcification. Atheromatous calcification of the thoracic aorta. Moderate sliding
hiatus hernia. The lungs are clear.
Conclusion: Incidental hiatus hernia. Coronary calcification.
""", "CAC AWC HH"),
    R("uk07", "uk", """
Clinical details: Known bronchiectasis, worsening cough.
Findings: Cylindrical bronchiectasis in both lower lobes with bronchial wall thickening. Mosaic attenuation
in keeping with small airways disease. Some mucus plugging.
Conclusion: Bronchiectasis with features of small airways disease.
""", "BRX PBT MOS"),
    R("uk08", "uk", """
Findings: No pulmonary nodules. No consolidation, collapse or effusion. Mediastinal nodes are not enlarged.
No pericardial effusion. The upper abdomen is unremarkable.
Conclusion: No evidence of metastatic disease.
"""),
    R("uk09", "uk", """
Findings: Right sided PICC line with its tip in the SVC. Dense consolidation in the left lower lobe with
air bronchograms. Small left effusion. Cannot exclude an underlying mass.
Conclusion: Left lower lobe pneumonia. Follow-up CT after treatment to exclude an underlying lesion.
""", "MM CONS OPAC PLE NOD?"),
    R("uk10", "uk", """
Findings: Basal subpleural reticulation with traction bronchiectasis and honeycombing, consistent with a UIP
pattern. No ground glass. Prominent mediastinal nodes, not enlarged by size criteria.
Conclusion: Established fibrotic lung disease, UIP pattern.
""", "FIB BRX"),
    R("uk11", "uk", """
Findings: The liver contains a 15 mm low attenuation lesion in segment 6, indeterminate. Gallstones noted.
Both kidneys contain simple cysts. No hydronephrosis. No free fluid.
Conclusion: Indeterminate liver lesion, MRI recommended. Cholelithiasis. Renal cysts.
""", "LIV GALL KCYST"),
    R("uk12", "uk", """
Findings: The previously noted left pleural effusion is no longer seen. The heart is not enlarged. No pulmonary
nodules. Pacemaker in situ.
Conclusion: Resolved effusion.
""", "MM"),
    R("uk13", "uk", """
Clinical details: Query lymphoma.
Findings: No lymphadenopathy in the neck, chest, abdomen or pelvis. Spleen normal in size. Liver normal.
Conclusion: No evidence of lymphoma.
"""),
    R("uk14", "uk", """
Findings: Subsegmental atelectasis at both bases. Small hiatus hernia. Mild emphysema. Left renal calculus 4 mm.
Conclusion: No acute abnormality. Incidental left renal calculus.
""", "ATEL HH EMPH KSTONE"),
    R("uk15", "uk", """
Findings: Widespread ground glass opacification with interlobular septal thickening (crazy paving). Small bilateral
effusions. Endotracheal tube in satisfactory position.
Conclusion: Appearances may represent pulmonary oedema or atypical infection.
""", "OPAC IST PLE MM"),
    R("uk16", "uk", """
Findings: Several small pulmonary nodules measuring up to 5 mm, likely benign. Calcified mediastinal nodes
in keeping with previous granulomatous disease. No enlarged nodes.
Conclusion: Small nodules, no follow-up required.
""", "NOD"),
    R("uk17", "uk", """
Findings: Cirrhotic liver morphology with splenomegaly and a moderate volume of ascites. No focal liver lesion.
Conclusion: Cirrhosis with portal hypertension.
""", "SPLEEN ASC"),
    R("uk18", "uk", """
Findings: A 2 cm left adrenal nodule with washout characteristics of an adenoma. Fatty infiltration of the liver.
No hydronephrosis.
Conclusion: Left adrenal adenoma. Hepatic steatosis.
""", "ADR STEAT"),
    # ------------------------------------------------------------------ US
    R("us01", "us", """
INDICATION: Cough and fever, evaluate for pneumonia.
COMPARISON: None.
FINDINGS: LUNGS AND PLEURA: No focal consolidation, pleural effusion, or pneumothorax. No suspicious pulmonary
nodules. MEDIASTINUM: No lymphadenopathy. Heart size is normal. No pericardial effusion.
IMPRESSION: No acute cardiopulmonary process.
"""),
    R("us02", "us", """
HISTORY: 68-year-old male with lung cancer screening.
FINDINGS: There is a 6 mm solid nodule in the right upper lobe. Mild centrilobular emphysema. Moderate coronary
artery calcifications. Aortic atherosclerosis.
IMPRESSION: Lung-RADS 3: probably benign 6 mm nodule. Emphysema. Coronary artery calcification.
""", "NOD EMPH CAC AWC"),
    R("us03", "us", """
FINDINGS: Patchy bilateral ground-glass opacities, suspicious for atypical infection. No consolidation.
No pleural effusions. Mild peribronchial thickening.
IMPRESSION: Bilateral ground-glass opacities, suspicious for viral pneumonia.
""", "OPAC PBT"),
    R("us04", "us", """
FINDINGS: Left lower lobe consolidation, which could represent pneumonia or aspiration. Trace left pleural
effusion. Enteric tube terminates in the stomach.
IMPRESSION: Left lower lobe consolidation, likely pneumonia or aspiration.
""", "CONS OPAC PLE MM"),
    R("us05", "us", """
FINDINGS: Moderate pericardial effusion. Cardiomegaly. Bilateral pleural effusions with bibasilar atelectasis.
Enlarged mediastinal lymph nodes measuring up to 1.5 cm.
IMPRESSION: Moderate pericardial effusion, new from prior. Bilateral effusions.
""", "PCE CM PLE ATEL LN"),
    R("us06", "us", """
FINDINGS: Mild bronchiectasis of the right middle lobe. Scattered areas of mosaic attenuation. No interlobular
septal thickening. No honeycombing.
IMPRESSION: Mild bronchiectasis and mosaic attenuation, which may reflect small airways disease.
""", "BRX MOS"),
    R("us07", "us", """
INDICATION: History of pleural effusion.
FINDINGS: No pleural effusion. Lungs are clear. Cardiac size within normal limits.
IMPRESSION: Resolved pleural effusion.
"""),
    R("us08", "us", """
FINDINGS: Possible 3 mm nodule in the left lower lobe, which may represent a vessel. No other nodules.
No lymphadenopathy.
IMPRESSION: Possible tiny left lower lobe nodule. No follow-up needed per Fleischner.
""", "NOD?"),
    R("us09", "us", """
FINDINGS: Postoperative changes of median sternotomy and CABG. Coronary artery stents. Extensive atherosclerotic
calcification of the aorta. Small hiatal hernia.
IMPRESSION: Postsurgical changes. Atherosclerosis. Small hiatal hernia.
""", "MM AWC HH"),
    R("us10", "us", """
FINDINGS: Interval decrease in size of the right pleural effusion, now small. Persistent right lower lobe
atelectasis. Stable 4 mm left upper lobe nodule.
IMPRESSION: Decreasing right pleural effusion.
""", "PLE ATEL NOD"),
    R("us11", "us", """
FINDINGS: Liver: Diffuse hepatic steatosis. No focal lesion. Gallbladder: Cholelithiasis without
cholecystitis. Kidneys: Nonobstructing 5 mm right renal stone. Mild left hydronephrosis.
IMPRESSION: Hepatic steatosis. Cholelithiasis. Right nephrolithiasis. Mild left hydronephrosis.
""", "STEAT GALL KSTONE HYDRO"),
    R("us12", "us", """
FINDINGS: No hepatic lesions. No gallstones. No renal stones or hydronephrosis. No ascites. Spleen is normal
in size. Adrenal glands are unremarkable.
IMPRESSION: Normal CT of the abdomen.
"""),
    R("us13", "us", """
FINDINGS: Subpleural fibrotic changes and septal thickening at the lung bases. Small bilateral pleural effusions
cannot be excluded. Paratracheal lymph nodes are borderline.
IMPRESSION: Basilar fibrotic changes. Possible small effusions.
""", "FIB IST PLE?"),
    R("us14", "us", """
FINDINGS: A dual-chamber pacemaker is present. Cardiomegaly without pericardial effusion. Mild emphysema.
IMPRESSION: Cardiomegaly. Emphysema.
""", "MM CM EMPH"),
    R("us15", "us", """
CLINICAL HISTORY: Metastatic colon cancer.
FINDINGS: Multiple hypoattenuating liver lesions, the largest measuring 3.2 cm in segment 8, increased. Small
volume ascites. Pulmonary nodules in both lungs, up to 9 mm.
IMPRESSION: Progression of hepatic and pulmonary metastatic disease. New small ascites.
""", "LIV ASC NOD"),
    R("us16", "us", """
FINDINGS: Left upper lobe collapse with obstructing central mass. Postobstructive opacity. Left hilar and
mediastinal adenopathy. Moderate left effusion.
IMPRESSION: Left upper lobe collapse secondary to central mass.
""", "ATEL OPAC LN PLE NOD"),
    R("us17", "us", """
FINDINGS: Mild emphysema. No consolidation. No pleural effusion. There is subcutaneous emphysema in the
right chest wall related to the chest tube. Small right apical pneumothorax.
IMPRESSION: Small right pneumothorax with chest tube in place.
""", "EMPH MM"),
    R("us18", "us", """
FINDINGS: The lungs are clear bilaterally. No nodules, masses, or consolidation. No lymphadenopathy.
No pleural or pericardial effusion. Heart size normal. Mild atherosclerotic calcification of the aortic arch.
IMPRESSION: No acute findings. Mild aortic atherosclerosis.
""", "AWC"),
]
