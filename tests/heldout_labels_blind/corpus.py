# ruff: noqa: E501
"""Labels held-out B: whole chest CT reports labelled by hand for the 18 CT-RATE findings, written blind.

Written by engineer "labels-blind" without reading the labeller's code, its docs or any earlier label set.
Conventions: suspected findings are positive and uncertain; findings only in the clinical question /
indication / history are not findings; resolved / "no longer seen" findings are negative; negated ones
negative. Consolidation also counts as lung_opacity; ground glass counts as lung_opacity; scars / fibrotic
bands / fibrotic residues count as pulmonary_fibrotic_sequela; any device, tube, line, stent, clip or wire
counts as medical_material. Do not tune the labeller on these reports: the set is only useful while nobody has.
"""

from __future__ import annotations

from dataclasses import dataclass

LABELS = (
    "medical_material", "arterial_wall_calcification", "cardiomegaly", "pericardial_effusion",
    "coronary_artery_wall_calcification", "hiatal_hernia", "lymphadenopathy", "emphysema", "atelectasis",
    "lung_nodule", "lung_opacity", "pulmonary_fibrotic_sequela", "pleural_effusion",
    "mosaic_attenuation_pattern", "peribronchial_thickening", "consolidation", "bronchiectasis",
    "interlobular_septal_thickening",
)

_CODE = {
    "MM": "medical_material", "AWC": "arterial_wall_calcification", "CM": "cardiomegaly",
    "PE": "pericardial_effusion", "CAC": "coronary_artery_wall_calcification", "HH": "hiatal_hernia",
    "LAD": "lymphadenopathy", "EMP": "emphysema", "ATL": "atelectasis", "NOD": "lung_nodule",
    "OPA": "lung_opacity", "FIB": "pulmonary_fibrotic_sequela", "PLE": "pleural_effusion",
    "MOS": "mosaic_attenuation_pattern", "PBT": "peribronchial_thickening", "CON": "consolidation",
    "BRE": "bronchiectasis", "IST": "interlobular_septal_thickening",
}


@dataclass(frozen=True)
class Report:
    id: str
    lang: str
    text: str
    labels: dict[str, int]
    uncertain: frozenset[str]


def _r(rid: str, lang: str, text: str, pos: str = "", unc: str = "") -> Report:
    u = {_CODE[c] for c in unc.split()}
    p = {_CODE[c] for c in pos.split()} | u
    return Report(rid, lang, text.strip(), {n: int(n in p) for n in LABELS}, frozenset(u))


REPORTS: tuple[Report, ...] = (
    _r("de01", "de", """
Klinische Angaben: Z.n. Mamma-Ca rechts, Staging. Fragestellung: Metastasen?
Befund: Portkatheter über die V. subclavia rechts, Spitze in der V. cava superior. Keine mediastinale, hiläre oder axilläre Lymphadenopathie. Herz normal groß, kein Perikarderguss. Lunge: Kein Anhalt für pulmonale Rundherde. Keine Infiltrate. Keine Pleuraergüsse. Postoperative Veränderungen der rechten Mamma.
Beurteilung: Kein Anhalt für Metastasen. Regelrecht einliegender Port.
""", "MM"),
    _r("de02", "de", """
Fragestellung: Dyspnoe, V.a. Pneumonie.
Befund: Flächige Konsolidierung im Unterlappen rechts mit positivem Aerobronchogramm, umgebende Milchglasverdichtungen. Kleiner Pleuraerguss rechts. Links unauffällig. Herz nicht vergrößert. Mediastinale Lymphknoten bis 9 mm, nicht vergrößert. Aortensklerose.
Beurteilung: Pneumonisches Infiltrat im rechten Unterlappen mit kleinem parapneumonischem Erguss.
""", "CON OPA PLE AWC"),
    _r("de03", "de", """
Indikation: Chronischer Husten, Raucher, 40 py.
Befund: Zentrilobuläres Lungenemphysem betont in den Oberlappen. Bronchialwandverdickungen beidseits. Keine Bronchiektasen. Im Segment 6 links ein 6 mm messender solider Rundherd. Keine Pleuraergüsse. Koronarsklerose. Herz normal konfiguriert.
Beurteilung: Zentrilobuläres Emphysem. 6 mm Nodulus links, Verlaufskontrolle nach Fleischner empfohlen.
""", "EMP PBT NOD CAC"),
    _r("de04", "de", """
Befund: Im Vergleich zur Voruntersuchung vom März ist die dort beschriebene Konsolidierung im Mittellappen nicht mehr abgrenzbar. Residuelle streifige Narbenstränge im Mittellappen. Der Pleuraerguss links ist vollständig regredient. Keine neuen Infiltrate.
Beurteilung: Vollständige Rückbildung der Pneumonie, narbige Residuen im Mittellappen.
""", "FIB"),
    _r("de05", "de", """
Fragestellung: Lungenembolie?
Befund: Kein Nachweis von Füllungsdefekten in den Pulmonalarterien. Kardiomegalie. Schmaler Perikarderguss. Beidseitige Pleuraergüsse mit angrenzenden Kompressionsatelektasen der Unterlappen. Verdickte interlobuläre Septen beidseits, dezente Milchglastrübungen, a.e. im Rahmen einer kardialen Dekompensation.
Beurteilung: Keine LAE. Zeichen der kardialen Dekompensation mit Ergüssen und interstitiellem Ödem.
""", "CM PE PLE ATL IST OPA"),
    _r("de06", "de", """
Befund: Herzschrittmacher mit Sondenlage im rechten Vorhof und rechten Ventrikel. Sternalcerclagen nach Sternotomie. Ausgeprägte Verkalkungen der Koronararterien und der Aorta thoracica. Herz grenzwertig groß. Keine Pleura- oder Perikardergüsse. Lunge frei belüftet. Kleine axiale Hiatushernie.
Beurteilung: Z.n. ACVB und SM-Implantation. Hiatushernie.
""", "MM CAC AWC HH"),
    _r("de07", "de", """
Klinik: Z.n. Pneumonie links vor 6 Wochen, Verlaufskontrolle.
Befund: Keine Infiltrate mehr nachweisbar. Keine Pleuraergüsse. Keine Lymphadenopathie. Herz und Mediastinum unauffällig.
Beurteilung: Unauffälliger Befund, insbesondere kein Residuum der Pneumonie.
"""),
    _r("de08", "de", """
Befund: Unscharf begrenzter 14 mm Herd im rechten Oberlappen mit Spiculae, DD Bronchialkarzinom. Vergrößerte Lymphknoten paratracheal rechts (Kurzachse 16 mm) und hilär rechts. Keine Pleuraergüsse. Kein Perikarderguss. Leichtes paraseptales Emphysem apikal.
Beurteilung: Malignomsuspekter Rundherd rechter Oberlappen mit mediastinaler und hilärer Lymphadenopathie, weitere Abklärung empfohlen.
""", "NOD LAD EMP"),
    _r("de09", "de", """
Fragestellung: Fibrose?
Befund: Retikuläre Zeichnungsvermehrung subpleural und basal betont mit Traktionsbronchiektasen und beginnender Honigwabenbildung. Keine Konsolidierungen. Mediastinale Lymphknoten vergrößert bis 12 mm, a.e. reaktiv. Herz normal groß.
Beurteilung: UIP-Muster, vereinbar mit idiopathischer Lungenfibrose.
""", "FIB BRE LAD"),
    _r("de10", "de", """
Befund: Mosaikartige Dichteverteilung des Lungenparenchyms, in Exspiration Air-Trapping. Zylindrische Bronchiektasen in beiden Unterlappen mit Wandverdickung der Bronchien. Keine Rundherde. Keine Ergüsse.
Beurteilung: Mosaikperfusion mit Air-Trapping und Bronchiektasen, vereinbar mit Small-airways-disease.
""", "MOS BRE PBT"),
    _r("de11", "de", """
Befund: Thorax: Keine pulmonalen Rundherde, keine Infiltrate, keine Atelektasen. Keine Pleura- oder Perikardergüsse. Keine vergrößerten Lymphknoten mediastinal, hilär oder axillär. Herz normal groß. Aorta normkalibrig ohne Wandverkalkungen.
Beurteilung: Altersentsprechend unauffälliger CT-Thorax.
"""),
    _r("de12", "de", """
Befund: ZVK über die V. jugularis interna rechts, Spitze im Cavo-atrialen Übergang. Endotrachealtubus 4 cm oberhalb der Carina. Magensonde in situ. Bilaterale dorsobasale Verdichtungen, DD Dystelektasen, DD Infiltrate. Beidseitige Pleuraergüsse, rechts betont.
Beurteilung: Beidseitige Ergüsse mit basalen Verdichtungen, a.e. Dystelektasen, pneumonische Infiltrate nicht sicher auszuschließen.
""", "MM PLE OPA", "ATL"),
    _r("de13", "de", """
Befund: Kein Anhalt für Lymphknotenvergrößerungen. In beiden Lungen multiple, bis 8 mm messende Rundherde, teils subpleural, V.a. Filiae. Keine Pleuraergüsse.
Beurteilung: V.a. pulmonale Metastasierung.
""", "NOD"),
    _r("de14", "de", """
Voruntersuchung: CT vom 12.01.
Befund: Der vorbeschriebene 5 mm Nodulus im linken Unterlappen ist größenkonstant. Keine neuen Herde. Geringe Aortenwandverkalkungen. Kleine Hiatushernie unverändert.
Beurteilung: Größenkonstanter Nodulus seit 12 Monaten, a.e. benigne.
""", "NOD AWC HH"),
    _r("de15", "de", """
Fragestellung: Tumorsuche bei B-Symptomatik, V.a. Lymphom.
Befund: Kein Nachweis vergrößerter Lymphknoten. Lunge ohne Herdbefund. Kein Erguss. Herz normal.
Beurteilung: Kein Anhalt für Lymphom im Thorax.
"""),
    _r("de16", "de", """
Befund: Milchglasartige Verdichtungen beidseits peripher und subpleural betont mit Crazy-Paving-Muster durch verdickte Interlobärsepten. Keine Pleuraergüsse. Keine Lymphadenopathie.
Beurteilung: Befundmuster typisch für COVID-19-Pneumonie.
""", "OPA IST"),
    _r("de17", "de", """
Befund: Plattenatelektase im Lingulasegment. Geringer Perikard-Erguss von 6 mm. Koronarstents im RIVA. Sonst unauffällig.
Beurteilung: Kleiner Perikarderguss. Plattenatelektase.
""", "ATL PE MM"),
    _r("de18", "de", """
Befund: Pleuraständige Verdichtung im rechten Oberlappen, DD Atelektase, DD Narbe. Keine Ergüsse.
Beurteilung: Unklare subpleurale Verdichtung rechts, Kontrolle empfohlen.
""", "OPA", "ATL FIB"),
    # Austrian
    _r("at01", "de", """
Zuweisungsdiagnose: COPD, Exazerbation.
Befund: Panlobuläres Emphysem beider Unterlappen. Verdickte Bronchialwände. Keine Infiltrate. Kein Pleuraerguss. Herz nicht vergrößert. Arteriosklerose der Aorta und der Koronararterien.
Conclusio: Emphysem, Bronchitis-Zeichen, keine Pneumonie.
""", "EMP PBT AWC CAC"),
    _r("at02", "de", """
Befund: Zustand nach Lobektomie rechts oben, Klammernahtreihe am Bronchusstumpf. Postoperative fibrotische Veränderungen perihilär rechts. Kein Hinweis auf Lokalrezidiv. Keine suspekten Lymphknoten. Kein Erguss.
Conclusio: Stationärer postoperativer Befund, kein Rezidiv.
""", "MM FIB"),
    _r("at03", "de", """
Befund: Randständig ein kleiner Pleuraerguss links, ansonsten keine pleuralen Auffälligkeiten. Herzsilhouette verbreitert, Kardiomegalie. Zwerchfellhochstand links mit Belüftungsstörung im Unterlappen. Stentgraft in der Aorta descendens.
Conclusio: Kardiomegalie, kleiner Erguss links mit Minderbelüftung basal.
""", "PLE CM ATL MM"),
    _r("at04", "de", """
Befund: Solitärer 4 mm Knoten im Mittellappen, kalkdicht, a.e. Granulom. Hiläre Lymphknoten verkalkt, nicht vergrößert. Keine Ergüsse.
Conclusio: Verkalktes Granulom, kein Handlungsbedarf.
""", "NOD"),
    _r("at05", "de", """
Befund: Pneumonische Konsolidierung im linken Oberlappen, daneben Bronchiektasen. Kein Erguss. Herz normal. Mediastinale Lymphknoten vergrößert bis 15 mm, a.e. reaktiv.
Conclusio: Pneumonie links oben, reaktive Lymphadenopathie.
""", "CON OPA BRE LAD"),
    # Swiss (no ß)
    _r("ch01", "de", """
Fragestellung: Abklärung Dyspnoe, Ausschluss Interstitielle Lungenerkrankung.
Befund: Keine interstitielle Zeichnungsvermehrung. Keine Milchglastrübungen. Keine Bronchiektasen. Geringe Verkalkungen der Aortenklappe und der Koronarien. Herz normal gross. Kein Pleuraerguss. Kein Perikarderguss.
Beurteilung: Keine ILD.
""", "CAC"),
    _r("ch02", "de", """
Befund: Grosse Hiatushernie mit intrathorakalem Magenanteil. Angrenzende Dystelektasen im Unterlappen links. Keine Infiltrate. Keine Lymphadenopathie.
Beurteilung: Grosse Hiatushernie.
""", "HH ATL"),
    _r("ch03", "de", """
Befund: Im Vergleich zur Voruntersuchung regrediente Milchglasverdichtungen, residuell noch diskrete Trübungen im rechten Unterlappen. Pleuraerguss rechts nicht mehr abgrenzbar. Pigtail-Drainage entfernt.
Beurteilung: Deutliche Befundbesserung, residuelle Milchglastrübungen rechts basal.
""", "OPA"),
    _r("ch04", "de", """
Befund: Perikarderguss zirkulär bis 15 mm. Herz vergrössert. Mediastinum sonst unauffällig. Lunge: keine Rundherde. Kein Pleuraerguss.
Beurteilung: Mittelgradiger Perikarderguss, Kardiomegalie.
""", "PE CM"),
    _r("ch05", "de", """
Befund: Fragliche fokale Milchglasverdichtung im Oberlappen links, a.e. Partialvolumeneffekt, DD entzündlich. Ansonsten unauffällige Lunge. Keine Ergüsse.
Beurteilung: Fragliche Milchglasverdichtung links apikal, Kontrolle.
""", "", "OPA"),
    _r("ch06", "de", """
Befund: Mosaikmuster ohne Bronchiektasen. Keine Emphysemzeichen. Kein Anhalt für Lungenrundherde. Septen nicht verdickt.
Beurteilung: Mosaikmuster, DD Perfusionsstörung (CTEPH?), DD Small airways disease.
""", "MOS"),
    # UK
    _r("uk01", "en", """
Clinical details: Haemoptysis. ?malignancy.
Findings: There is a 22 mm spiculated nodule in the right upper lobe. Enlarged right paratracheal and subcarinal lymph nodes. Small right pleural effusion. Mild centrilobular emphysema. No pericardial effusion.
Conclusion: Right upper lobe nodule with mediastinal lymphadenopathy, highly suspicious for primary lung cancer.
""", "NOD LAD PLE EMP"),
    _r("uk02", "en", """
Clinical details: Known bronchiectasis, exacerbation.
Findings: Bilateral lower lobe cylindrical bronchiectasis with bronchial wall thickening and mucus plugging. Patchy consolidation in the left lower lobe. No effusion. Heart size normal.
Conclusion: Bronchiectasis with superimposed infective consolidation left lower lobe.
""", "BRE PBT CON OPA"),
    _r("uk03", "en", """
Indication: Staging, colorectal cancer.
Findings: No pulmonary nodules. No lymphadenopathy. No pleural or pericardial effusion. Right-sided PICC line with tip in the SVC. Mild aortic atherosclerotic calcification.
Impression: No evidence of thoracic metastatic disease.
""", "MM AWC"),
    _r("uk04", "en", """
Comparison: CT 3 months ago.
Findings: The previously seen left lower lobe consolidation has resolved. The left pleural effusion has also resolved. Minor linear atelectasis at the left base. No new abnormality.
Impression: Resolution of the left lower lobe pneumonia.
""", "ATL"),
    _r("uk05", "en", """
Findings: Subpleural reticulation and traction bronchiectasis at both bases, with honeycombing. Patchy ground-glass opacity. No effusion. Coronary artery calcification. Small sliding hiatus hernia.
Impression: Fibrotic interstitial lung disease, probable UIP pattern.
""", "FIB BRE OPA CAC HH"),
    _r("uk06", "en", """
Findings: Dual-chamber pacemaker in situ. Cardiomegaly. Bilateral small pleural effusions. Smooth interlobular septal thickening and peribronchial cuffing, in keeping with pulmonary oedema.
Impression: Features of fluid overload.
""", "MM CM PLE IST PBT"),
    _r("uk07", "en", """
Findings: Lungs are clear. No focal consolidation, nodule or effusion. Mediastinal and hilar nodes are not enlarged. Heart size is normal. No pericardial effusion.
Impression: Normal CT chest.
"""),
    _r("uk08", "en", """
Findings: A 7 mm solid nodule in the right upper lobe, stable since the prior study. No other nodules. No emphysema. No lymphadenopathy.
Impression: Stable 7 mm nodule, suggest follow-up per BTS guidance.
""", "NOD"),
    _r("uk09", "en", """
Clinical details: Post CABG, fever.
Findings: Median sternotomy wires. Small pericardial effusion, likely post-operative. Left basal atelectasis and small left effusion. No collection. Dense coronary calcification.
Impression: Expected post-operative appearances; no collection.
""", "MM PE ATL PLE CAC"),
    _r("uk10", "en", """
Findings: Subtle mosaic attenuation which may reflect small airways disease. No bronchiectasis. Lungs otherwise clear.
Impression: Possible small airways disease; consider expiratory imaging.
""", "", "MOS"),
    _r("uk11", "en", """
Findings: Left lower lobe opacity, which may represent atelectasis or early consolidation. Small left pleural effusion. Nasogastric tube tip in the stomach.
Impression: Left basal opacity, infection cannot be excluded.
""", "OPA PLE MM", "ATL CON"),
    # US
    _r("us01", "en", """
CLINICAL HISTORY: Shortness of breath. History of pulmonary embolism.
COMPARISON: None.
FINDINGS: No pulmonary embolism. Heart size is normal. No pericardial effusion. Lungs: No consolidation, no pleural effusion. Mild dependent atelectasis bilaterally. No suspicious pulmonary nodules.
IMPRESSION: No evidence of pulmonary embolism. Mild bibasilar dependent atelectasis.
""", "ATL"),
    _r("us02", "en", """
FINDINGS: Status post left mastectomy with surgical clips in the left axilla. No axillary, mediastinal or hilar lymphadenopathy. Scattered atherosclerotic calcifications of the thoracic aorta and coronary arteries. 3 mm nodule in the right middle lobe, likely benign.
IMPRESSION: No evidence of recurrent disease. Tiny right middle lobe nodule.
""", "MM AWC CAC NOD"),
    _r("us03", "en", """
INDICATION: Cough, rule out pneumonia.
FINDINGS: Multifocal patchy airspace consolidation in the right lower lobe and lingula. Peribronchial thickening. Small bilateral pleural effusions. Reactive appearing mediastinal lymph nodes measuring up to 1.2 cm in short axis.
IMPRESSION: Multifocal pneumonia with small effusions and mildly enlarged reactive mediastinal lymph nodes.
""", "CON OPA PBT PLE LAD"),
    _r("us04", "en", """
HISTORY: Lung cancer screening, 30 pack-year smoker.
FINDINGS: Moderate centrilobular and paraseptal emphysema. No suspicious nodules. No lymphadenopathy. Severe coronary artery calcifications. Moderate hiatal hernia.
IMPRESSION: Lung-RADS 1. Emphysema. Coronary artery calcification.
""", "EMP CAC HH"),
    _r("us05", "en", """
FINDINGS: Endotracheal tube terminates 3 cm above the carina. Right internal jugular central venous catheter tip in the SVC. Enteric tube in the stomach. Diffuse bilateral ground-glass and dense consolidative opacities with air bronchograms, dependent predominance. Small bilateral effusions.
IMPRESSION: Diffuse bilateral airspace disease, consistent with ARDS in the appropriate clinical setting.
""", "MM OPA CON PLE"),
    _r("us06", "en", """
FINDINGS: Cardiomegaly without pericardial effusion. Calcified atherosclerotic plaque in the aortic arch. The lungs are clear without consolidation, nodule, or pleural effusion. No hiatal hernia.
IMPRESSION: Cardiomegaly. Otherwise no acute cardiopulmonary process.
""", "CM AWC"),
    _r("us07", "en", """
COMPARISON: CT chest 6 months prior.
FINDINGS: Interval resolution of the previously noted right middle lobe ground-glass opacity. Redemonstrated scattered subcentimeter pulmonary nodules, stable. Stable mildly enlarged subcarinal lymph node measuring 11 mm.
IMPRESSION: Resolved ground-glass opacity. Stable pulmonary nodules and subcarinal lymphadenopathy.
""", "NOD LAD"),
    _r("us08", "en", """
FINDINGS: Lungs: Cannot exclude a 4 mm nodule in the left upper lobe versus vessel. No consolidation. No effusion. Aortic valve replacement. Sternotomy wires.
IMPRESSION: Possible 4 mm left upper lobe nodule versus vessel; follow-up as clinically indicated.
""", "MM", "NOD"),
    _r("us09", "en", """
FINDINGS: Patchy opacities in the right lower lobe with bronchial wall thickening and mild bronchiectasis, which may reflect infectious bronchiolitis such as atypical mycobacterial infection. No pleural effusion. Thoracic aorta normal in caliber with no calcification.
IMPRESSION: Findings suspicious for MAC infection.
""", "OPA PBT BRE"),
    _r("us10", "en", """
FINDINGS: No evidence of pneumothorax. No pleural effusion. No pericardial effusion. Heart size within normal limits. No enlarged lymph nodes. Lungs without focal opacity. No emphysema. No bronchiectasis. No septal thickening.
IMPRESSION: No acute abnormality.
"""),
    _r("us11", "en", """
CLINICAL INFORMATION: Follow-up of known pericardial effusion and cardiomegaly.
FINDINGS: Heart size is now normal. The pericardial effusion has resolved. Trace right pleural effusion. Biventricular ICD leads in place.
IMPRESSION: Resolution of pericardial effusion. Trace right pleural effusion.
""", "PLE MM"),
    _r("us12", "en", """
FINDINGS: Bilateral upper lobe predominant fibrotic scarring with volume loss and traction bronchiectasis, likely sequela of prior granulomatous disease. Calcified mediastinal lymph nodes, not enlarged. No focal consolidation.
IMPRESSION: Chronic post-inflammatory fibrosis of the upper lobes.
""", "FIB BRE"),
    _r("us13", "en", """
FINDINGS: Patchy ground-glass opacities with interlobular septal thickening in the upper lobes, possibly representing drug toxicity versus atypical infection. Mosaic attenuation in the lower lobes. Esophageal stent in place.
IMPRESSION: Ground-glass opacities with septal thickening, differential as above.
""", "OPA IST MOS MM"),
    _r("us14", "en", """
FINDINGS: Subsegmental atelectasis in the right middle lobe. Possible small left pleural effusion. Mild peribronchial wall thickening. No consolidation.
IMPRESSION: Mild bronchitis. Possible trace left effusion.
""", "ATL PBT", "PLE"),
    _r("de19", "de", """
Fragestellung: Pleuraerguss? Z.n. Pleurodese.
Befund: Kein Pleuraerguss mehr nachweisbar. Pleuraverdickung links. Narbige Veränderungen im linken Unterlappen. Geringes Lungenemphysem.
Beurteilung: Z.n. Pleurodese links, kein Erguss.
""", "FIB EMP"),
    _r("de20", "de", """
Befund: Bronchialwandverdickungen und Mukusimpaktionen in beiden Unterlappen, V.a. varikoese Bronchiektasen. Milchglasareale und Mosaikperfusion. Keine Herde. Nicht vergrößerte Lymphknoten.
Beurteilung: V.a. Bronchiektasen bei chronischer Atemwegserkrankung, DD ABPA.
""", "PBT OPA MOS", "BRE"),
    _r("uk12", "en", """
Clinical details: ?lymphadenopathy on CXR.
Findings: No mediastinal or hilar lymphadenopathy. The hilar prominence on the radiograph is vascular. Lungs clear. No effusion.
Conclusion: No lymphadenopathy.
"""),
    _r("us15", "en", """
FINDINGS: Small hiatal hernia. Scattered coronary artery calcifications. Left chest wall port with catheter tip in the cavoatrial junction. Stable 5 mm left lower lobe nodule. Mild biapical pleuroparenchymal scarring.
IMPRESSION: Stable 5 mm nodule; no new findings.
""", "HH CAC MM NOD FIB"),
)
