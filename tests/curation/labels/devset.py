"""The developer's own examples for the rule labeller (issue 19), separate from the held-out set.

Each case: (text, positives, uncertain); positives and uncertain as space-separated label names. The rule
labeller was built against these and the issue's classes, never against heldout_labels.py.
"""

from __future__ import annotations

DEV_CASES: list[tuple[str, str, str]] = [
    # list negation, pre and post negation
    ("Befund: Keine Pleura- und Perikardergüsse.", "", ""),
    ("Befund: Weder Infiltrate noch Rundherde.", "", ""),
    ("Findings: No pneumothorax, effusion or focal consolidation.", "", ""),
    ("Findings: There is no evidence of pericardial or pleural effusion.", "", ""),
    ("Befund: Hiläre Lymphknoten beidseits nicht vergrößert. Kein Emphysem.", "", ""),
    ("Befund: Ein Perikarderguss ist nicht nachweisbar.", "", ""),
    ("Befund: Nephrolithiasis ausgeschlossen. Gallenblase mit Steinen.", "gallstones", ""),
    ("Befund: Kein Erguss, jedoch Plattenatelektase links basal.", "atelectasis", ""),
    ("Befund: Keine Infiltrate, geringe Dystelektasen dorsal.", "atelectasis", ""),
    ("Findings: The heart is not enlarged. No hiatus hernia.", "", ""),
    ("Befund: Herz normal groß, Perikard zart.", "", ""),
    # suspicion
    ("Befund: V.a. Lungenrundherd im Mittellappen.", "lung_nodule", "lung_nodule"),
    ("Beurteilung: Streifige Transparenzminderung rechts, DD Dystelektase, DD Infiltrat.",
     "lung_opacity atelectasis", "atelectasis"),
    ("Findings: Possible small right pleural effusion.", "pleural_effusion", "pleural_effusion"),
    ("Impression: Findings suspicious for early consolidation in the lingula.", "consolidation lung_opacity",
     "consolidation lung_opacity"),
    ("Befund: Ein kleiner Perikarderguss ist nicht sicher auszuschließen.", "pericardial_effusion",
     "pericardial_effusion"),
    ("Befund: Fragliche Bronchiektasen im Unterlappen links.", "bronchiectasis", "bronchiectasis"),
    ("Findings: Mild bronchial wall thickening, likely reflecting bronchitis.", "peribronchial_thickening", ""),
    # resolved / prior / partly regressed
    ("Befund: Die Atelektase links ist vollständig regredient.", "", ""),
    ("Befund: Z.n. Perikarderguss, jetzt kein Erguss mehr.", "", ""),
    ("Befund: Rückläufige Ergüsse beidseits.", "pleural_effusion", ""),
    ("Findings: The previously described ground-glass opacity is no longer visible.", "", ""),
    ("Findings: Interval resolution of the left lower lobe atelectasis.", "", ""),
    ("Befund: Z.n. Sternotomie mit einliegenden Cerclagen.", "medical_material", ""),
    # clinical question only
    ("Fragestellung: Pleuraerguss? Pneumonie?\nBefund: Unauffällige Lunge, kein Erguss.", "", ""),
    ("Clinical question: ?bronchiectasis\nFindings: Normal airways.", "", ""),
    ("Anamnese: Bekannte Hiatushernie.\nBeurteilung: Unauffälliger Befund.", "", ""),
    ("History: Prior emphysema surgery.\nImpression: Stable appearances.", "", ""),
    # compounds and synonyms
    ("Befund: Multiple Lungenrundherde beidseits. Perikarderguss 5 mm.", "lung_nodule pericardial_effusion", ""),
    ("Befund: Einliegender Portkatheter rechts. Aortensklerose. Koronarkalk.",
     "medical_material arterial_wall_calcification coronary_artery_wall_calcification", ""),
    ("Befund: Subkutanes Hautemphysem links thorakal. Kein Lungenemphysem.", "", ""),
    ("Findings: Extensive surgical emphysema in the neck.", "", ""),
    ("Befund: Zentrilobuläres Lungenemphysem, Bullae apikal.", "emphysema", ""),
    ("Befund: Mosaikartige Dichteunterschiede des Lungenparenchyms.", "mosaic_attenuation_pattern", ""),
    ("Befund: Verdickung der Interlobulärsepten beidseits.", "interlobular_septal_thickening", ""),
    ("Findings: Thickened interlobular septa at both bases.", "interlobular_septal_thickening", ""),
    ("Befund: Leber mit zwei kleinen Zysten, Nieren mit einer Zyste links.", "liver_lesion kidney_cyst", ""),
    ("Befund: Konkrement im distalen Harnleiter rechts mit Aufstau.", "kidney_stone", ""),
    ("Findings: Left adrenal nodule, 14 mm. No lung nodule.", "adrenal_nodule", ""),
    ("Befund: Fettleber. Milz vergrößert.", "hepatic_steatosis splenomegaly", ""),
    ("Findings: Moderate ascites and an enlarged spleen.", "ascites splenomegaly", ""),
    ("Befund: Hydronephrose Grad I links.", "hydronephrosis", ""),
    ("Befund: Narbenhernie im Oberbauch.", "", ""),
    ("Findings: Scarring in the lingula and parenchymal bands at the bases.", "pulmonary_fibrotic_sequela", ""),
    ("Befund: Pleuraergüsse beidseits, rechts mehr als links.", "pleural_effusion", ""),
    ("Befund: Vergrößerter LK paraaortal 18 mm.", "lymphadenopathy", ""),
    ("Befund: Kardiomegalie ohne Perikarderguss.", "cardiomegaly", ""),
    ("Findings: Endotracheal tube and right internal jugular central line in place.", "medical_material", ""),
    ("Befund: Unauffälliger Thorax ohne Lymphadenopathie, ohne Infiltrat.", "", ""),
    ("Befund: Konsolidierung im linken Unterlappen mit positivem Bronchopneumogramm.",
     "consolidation lung_opacity", ""),
    ("Befund: Im Vergleich zur Voruntersuchung stationärer 6 mm Nodulus im Oberlappen rechts.", "lung_nodule", ""),
    ("Befund: Keine neuen Herde in der Lunge. Bekannter Herd im Unterlappen links unverändert.", "lung_nodule", ""),
    ("Befund: Axiale Gleithernie.\nBeurteilung: Hiatushernie.", "hiatal_hernia", ""),
    ("Befund: Keine\nInfiltrate, kein Pleuraerguss und keine vergrößerten Lymphknoten im Mediastinum\n"
     "nachweisbar.", "", ""),
    # more phrasing habits (CH spelling, AT habits, UK/US templates)
    ("Befund: Herz vergrössert. Lymphknoten mediastinal vergrössert bis 14 mm.", "cardiomegaly lymphadenopathy", ""),
    ("Befund: Keine pathologisch vergrösserten Lymphknoten.", "", ""),
    ("Befund: Pulmonal keine Herde. Pleuraergüsse: keine.", "", ""),
    ("IMPRESSION:\n1. No acute intrathoracic abnormality.\n2. Stable 5 mm right lower lobe nodule.", "lung_nodule", ""),
    ("FINDINGS:\nLungs: Clear. No nodules.\nPleura: No effusion.\nHeart: Mildly enlarged.\n", "cardiomegaly", ""),
    ("Findings: Heart size is mildly enlarged. Trace pericardial fluid.", "cardiomegaly pericardial_effusion", ""),
    ("REASON FOR EXAM: rule out pneumonia\nFINDINGS: Lungs are clear.", "", ""),
    ("Indication: ?lymphoma. Findings: Bulky mediastinal lymph nodes.", "lymphadenopathy", ""),
    ("Findings: Atelectasis versus consolidation in the left lower lobe.", "atelectasis consolidation lung_opacity",
     "atelectasis consolidation lung_opacity"),
    ("Findings: Small hiatal hernia. Atherosclerotic calcification of the coronary arteries and aorta.",
     "hiatal_hernia coronary_artery_wall_calcification arterial_wall_calcification", ""),
    ("Befund: Ausgeprägte Koronarsklerose. Kalzifizierte Plaques der Aorta descendens.",
     "coronary_artery_wall_calcification arterial_wall_calcification", ""),
    ("Befund: Traktionsbronchiektasen und Honigwabenmuster subpleural.",
     "bronchiectasis pulmonary_fibrotic_sequela", ""),
    ("Befund: Kein Anhalt für Lymphknotenmetastasen. Geringe Septenverdickung.", "interlobular_septal_thickening", ""),
    ("Befund: Leber ohne fokale Läsion. Cholezystolithiasis.", "gallstones", ""),
    ("Findings: The gallbladder contains multiple calculi. The kidneys are normal without stones.", "gallstones", ""),
    ("Findings: Simple cyst in the upper pole of the right kidney. Liver is unremarkable.", "kidney_cyst", ""),
    ("Befund: Hypodenser Herd in Lebersegment VI, DD Zyste, DD Metastase.", "liver_lesion", ""),
    ("Befund: Thyreoidea mit Knoten rechts. Rundherd im Oberlappen links 7 mm.", "lung_nodule", ""),
    ("Findings: 9 mm thyroid nodule. No pulmonary nodules.", "", ""),
    ("Befund: Dichteminderung des Leberparenchyms im Sinne einer Steatosis hepatis.", "hepatic_steatosis", ""),
    ("Befund: Geringe freie Flüssigkeit im Douglas.", "ascites", ""),
    ("Befund: Ektasie der Bronchien ohne Bronchialwandverdickung.", "bronchiectasis", ""),
    ("Befund: Mehrere kleine Knötchen subpleural, a.e. intrapulmonale Lymphknoten.", "lung_nodule", ""),
    ("Befund: Herzschrittmacher mit Sonden im rechten Ventrikel. Clips nach Cholezystektomie.", "medical_material", ""),
    ("Findings: Right IJ line tip in the SVC. NG tube tip in the stomach.", "medical_material", ""),
    # organ context of generic words, devices removed, more calcification forms
    ("Findings: Fatty infiltration of the liver. Lungs clear.", "hepatic_steatosis", ""),
    ("Befund: Sklerotische Verdichtung im BWK 8. Lunge frei.", "", ""),
    ("Befund: Pleuraständige Verdichtung im Unterlappen rechts.", "lung_opacity", ""),
    ("Befund: Perikard mit schmalem Erguss. Pleura zart.", "pericardial_effusion", ""),
    ("Findings: Interval removal of the left chest tube. No pneumothorax.", "", ""),
    ("Befund: Der ZVK wurde zwischenzeitlich entfernt.", "", ""),
    ("Befund: Aorta thoracica deutlich verkalkt. Koronararterien verkalkt.",
     "arterial_wall_calcification coronary_artery_wall_calcification", ""),
    ("Befund: Verkalktes Granulom im Mittellappen.", "lung_nodule", ""),
    ("Findings: Calcified granulomatous disease of the mediastinum.", "", ""),
    ("Befund: Weichteilverdichtung paravertebral. Keine pulmonale Verdichtung.", "", ""),
    ("Findings: Small hypodensity in the liver, too small to characterize.", "liver_lesion", ""),
    ("Findings: Borderline cardiomegaly. Grenzwertig große mediastinale Lymphknoten.", "", ""),
    # whole reports
    ("""Klinische Fragestellung: Dyspnoe, Ausschluss Pneumonie, Stauung?
Befund:
Lunge: Beidseits basal betonte, streifige Minderbelüftungen. Keine pneumonietypischen Infiltrate.
Pleura: Kleine Ergüsse beidseits, links > rechts.
Herz: Vergrößert, kein Perikarderguss.
Mediastinum: Keine pathologisch vergrößerten Lymphknoten.
Oberbauch: Miterfasste Leber mit einer 1 cm großen Zyste, sonst unauffällig.
Beurteilung:
1. Kleine Pleuraergüsse bds. mit basalen Dystelektasen.
2. Kardiomegalie.
3. Kein Anhalt für Pneumonie.""", "atelectasis pleural_effusion cardiomegaly liver_lesion", ""),
    ("""CT CHEST WITH CONTRAST
CLINICAL HISTORY: 54F, breast cancer, restaging.
COMPARISON: CT 02/2024.
FINDINGS:
Lines/tubes: Right chest port with catheter tip at the cavoatrial junction.
Lungs: No new nodules. The previously noted 4 mm LLL nodule is unchanged. Mild biapical scarring.
Pleura: No effusion or thickening.
Heart/mediastinum: Normal heart size. No pericardial effusion. No lymphadenopathy.
Upper abdomen: Hepatic steatosis. Small hypodensity in the liver, too small to characterize.
IMPRESSION:
1. Stable 4 mm left lower lobe nodule.
2. No evidence of metastatic disease in the chest.""",
     "medical_material lung_nodule pulmonary_fibrotic_sequela hepatic_steatosis liver_lesion", ""),
    ("""Indikation: Verlaufskontrolle nach COVID-19-Pneumonie.
Befund: Im Vergleich zur Voruntersuchung deutlich regrediente Milchglasverdichtungen beidseits, residuell
subpleurale retikuläre Zeichnungsvermehrung und einzelne Parenchymbänder. Keine Konsolidierungen mehr.
Keine Pleuraergüsse.
Beurteilung: Deutliche Befundbesserung. Residuelle fibrotische Veränderungen.""",
     "lung_opacity pulmonary_fibrotic_sequela", ""),
    ("""Findings: There is a small left pleural effusion which may be loculated. No pneumothorax.
Possible small focus of consolidation in the left lower lobe, cannot exclude aspiration.
Impression: Small left effusion. Possible left lower lobe consolidation.""",
     "pleural_effusion consolidation lung_opacity", "consolidation lung_opacity"),
    ("""Beurteilung: Z.n. Cholezystektomie. Keine Cholestase. Nierenzysten beidseits. Kein Harnstau.
Kein freie Flüssigkeit.
Milz normal groß.""", "kidney_cyst", ""),
    ("""FINDINGS: Lungs: Bibasilar dependent atelectasis. No consolidation.
Airways: Mild bronchial wall thickening.
Heart: Borderline cardiomegaly. Coronary artery calcifications are present.
IMPRESSION: No acute process.""", "atelectasis peribronchial_thickening coronary_artery_wall_calcification", ""),
    # a third batch, written after the second passed
    ('Befund: Keine Lymphadenopathie, keine Ergüsse, keine Infiltrate. Lungenparenchym mit kleinfleckigen '
     'Milchglasarealen links apikal.',
     'lung_opacity', ''),
    ('Befund: Die Nieren zeigen beidseits mehrere Zysten. Die Gallenblase ist steinfrei.',
     'kidney_cyst', ''),
    ('Findings: There is trace bilateral pleural fluid. Small volume ascites.',
     'pleural_effusion ascites', ''),
    ('Findings: No suspicious pulmonary nodule or mass. Unremarkable heart size.',
     '', ''),
    ('Findings: Status post right upper lobectomy with surgical staples at the bronchial stump.',
     'medical_material', ''),
    ('Findings: Emphysematous changes with upper lobe predominance. Patent airways. No bronchiectasis.',
     'emphysema', ''),
    ('Findings: Fibrotic changes are not seen. Hiatal hernia is again noted.',
     'hiatal_hernia', ''),
    ('Befund: Kein Nachweis einer Hiatushernie. Lymphknoten mediastinal bis 9 mm, nach Größenkriterien '
     'unauffällig. Vereinzelte verkalkte Lymphknoten.',
     '', ''),
    ('Befund: Mäßiggradige Ergussbildung bds. Kein Pneumothorax.',
     'pleural_effusion', ''),
    ('Befund: Flächige Verschattung im rechten Unterfeld.',
     'lung_opacity', ''),
    ('Findings: Right basal collapse/consolidation.',
     'atelectasis consolidation lung_opacity', ''),
    ('Befund: Keine Raumforderung der Nebennieren. Kleines Leberhämangiom im Segment II.',
     'liver_lesion', ''),
    ('Findings: Pulmonary edema with smooth septal thickening and small effusions.',
     'interlobular_septal_thickening pleural_effusion', ''),
    ('Befund: Kein Perikarderguss, aber kleine Pleuraergüsse beidseits.',
     'pleural_effusion', ''),
    ('Befund: Lunge: Keine Rundherde, keine Infiltrate. Zentrilobuläres Emphysem.',
     'emphysema', ''),
    ('Befund: Fragestellung: Lungenembolie?\nBefund: Keine Lungenembolie. Plattenatelektase rechts.',
     'atelectasis', ''),
    ('IMPRESSION: Findings may represent early interstitial lung disease; fibrosis cannot be excluded.',
     'pulmonary_fibrotic_sequela', 'pulmonary_fibrotic_sequela'),
    ('Findings: Ill-defined opacity in the right upper lobe, concerning for pneumonia.',
     'lung_opacity', ''),
]
