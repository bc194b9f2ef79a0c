"""Held-out set 7 (issue 16): report excerpts from departments in DE/AT/CH/UK/US, written before reading the grammar.

Written for issue 16 without reading curation/snippets/*.py (only the record format and scoring helper of sets
5 and 6). Citing habits, one or two per department, mixed with the numbers a report carries:

- "berger" (AT): series/image after the image word, "(Bild 7/112)", lists "(Bild 3/61 sowie 3/66)",
  "(Bilder 6/14, 6/19 und 6/23)", ranges "(Bild 5/101-108)", "(Bilder 2/30 bis 2/34)".
- "kaelin" (CH): glued PACS tags "(Se5Bi44)", "(SE5IM44)", "(Serie2Bild17)", "(Ser3Img45)", "(se6im12)".
- "hofmann" (DE): "(Serie 3, Bild 45)" with a plane word inside the bracket before the series
  ("(koronar Serie 602, Bild 33)", "(sagittale Rekonstruktion, Serie 7, Bild 19)").
- "schulte" (DE): references into the prior study ("in der VU ... (VU Se 2, Bi 58)", "(Vorbefund: ...)",
  "(Voruntersuchung Serie 3, Bild 40)") beside references of this study and comparison phrases.
- "oconnor" (UK): "(series 4, image 67)", "(se/im 4/67)", "previous exam (series 3, image 22)", "3/12" follow-up.
- "patel" (US): "(series 2 image 45)", "(se 3 im 21-24)", "(4:51)", "(prior study series 5, image 60)",
  "(coronal series 601 image 70)".
- "gruber" (AT): multi-image lists "(Serie 4, Bild 21, 27 und 33)", "(Se 6/Bi 15-19, 24)".
- "wong" (US, MR): "(axial T2, series 5, image 14)", "(sag T1 se 3 im 12)", "(prior MRI series 6 image 12)".
- "neumann" (DE, teleradiology): unbracketed "Serie 3 Bild 45", "vgl. Bild 5/40", "Se4Bi77", "Vorbefund".

Record: as set 5 (`heldout5.py`: report = (lang, radiologist, sections), `report_text`), but a ref is
(series as written or None, image_start, image_end, expected snippet, status, plane) with status "current" or
"prior_study" (an image of the prior examination: kept, never resolved into this study) and plane the plane
word that stands in the reference's own bracket or clause ("coronal", "sagittal", "axial") or None.
Snippet decisions are set 5's, with `mit`/`with` dropped like `und`/`and`, and words inside the reference's
own bracket (a plane word, "VU:", "prior") not part of the snippet.
"""

from __future__ import annotations

from tests.curation.snippets.heldout5 import report_text

Ref7 = tuple[int | None, int, int, str, str, str | None]
Sentence7 = tuple[str, list[Ref7]]
Section7 = tuple[str, list[Sentence7]]
Report7 = tuple[str, str, list[Section7]]

__all__ = ["CONFOUNDER_REPORTS", "REPORTS", "Ref7", "Report7", "report_refs", "report_text"]


def S(text: str, *refs: Ref7) -> Sentence7:
    """One sentence and its expected refs."""
    return text, list(refs)


def C(series: int | None, start: int, end: int, snippet: str, plane: str | None = None) -> Ref7:
    """A reference into this study."""
    return series, start, end, snippet, "current", plane


def P(series: int | None, start: int, end: int, snippet: str) -> Ref7:
    """A reference into the prior study."""
    return series, start, end, snippet, "prior_study", None


def report_refs(report: Report7) -> list[Ref7]:
    """Expected refs of a whole report in text order."""
    return [ref for _, sentences in report[2] for _, refs in sentences for ref in refs]


REPORTS: list[Report7] = [
    # ---------------------------------------------------------------- berger (AT): (Bild 7/112)
    ("de", "berger", [
        ("Befund:", [
            S("Im linken Unterlappen ein 7 mm messender solider Knoten (Bild 7/112).",
              C(7, 112, 112, "Im linken Unterlappen ein 7 mm messender solider Knoten")),
            S("Zwei subpleurale Mikronoduli rechts (Bild 3/61 sowie 3/66), je unter 4 mm.",
              C(3, 61, 61, "Zwei subpleurale Mikronoduli rechts"), C(3, 66, 66, "Zwei subpleurale Mikronoduli rechts")),
            S("Schilddrüse mit Knoten rechts 14 mm, TI-RADS 3."),
        ]),
        ("Beurteilung:", [
            S("Solider Knoten linker Unterlappen (Bild 7/112), Kontrolle in 3 Monaten empfohlen.",
              C(7, 112, 112, "Solider Knoten linker Unterlappen")),
        ]),
    ]),
    ("de", "berger", [
        ("Befund:", [
            S("Hypodense Läsion im Lebersegment VI, 22 x 18 mm (Bild 5/101-108), randständiges Enhancement.",
              C(5, 101, 108, "Hypodense Läsion im Lebersegment VI, 22 x 18 mm")),
            S("Mehrere kleine Zysten der linken Niere (Bilder 6/14, 6/19 und 6/23).",
              C(6, 14, 14, "Mehrere kleine Zysten der linken Niere"),
              C(6, 19, 19, "Mehrere kleine Zysten der linken Niere"),
              C(6, 23, 23, "Mehrere kleine Zysten der linken Niere")),
            S("Kreatinin 1,4 mg/dl, eGFR 52 ml/min."),
            S("Osteochondrose LWK 3/4 und LWK 4/5 ohne Spinalkanalstenose."),
        ]),
    ]),
    ("de", "berger", [
        ("Befund:", [
            S("Pleuraerguss links mit Kompressionsatelektase (Bilder 2/30 bis 2/34).",
              C(2, 30, 34, "Pleuraerguss links mit Kompressionsatelektase")),
            S("Im Vergleich zur VU vom 4.3.2024 neu aufgetretene Rundherde im Mittellappen (Bild 2/77).",
              C(2, 77, 77, "Im Vergleich zur VU vom 4.3.2024 neu aufgetretene Rundherde im Mittellappen")),
            S("Der Herd im Oberlappen misst jetzt 15 mm (Bild 2/41), zuvor 9 mm (VU: Bild 3/39).",
              C(2, 41, 41, "Der Herd im Oberlappen misst jetzt 15 mm"), P(3, 39, 39, "zuvor 9 mm")),
        ]),
        ("Beurteilung:", [
            S("Progrediente pulmonale Metastasierung, etwa 3/4 der Herde größenprogredient."),
        ]),
    ]),
    ("de", "berger", [
        ("Befund:", [
            S("Fraktur der Massa lateralis des Os sacrum rechts (Bild 9/48-52).",
              C(9, 48, 52, "Fraktur der Massa lateralis des Os sacrum rechts")),
            S("Hämatom im M. iliacus rechts 4 x 3 cm (Bild 9/40).",
              C(9, 40, 40, "Hämatom im M. iliacus rechts 4 x 3 cm")),
            S("Symphyse mit 6 mm normal weit, Iliosakralgelenke unauffällig."),
        ]),
    ]),
    ("de", "berger", [
        ("Befund:", [
            S("Aneurysma der A. poplitea links, Durchmesser 24 mm (Bild 4/210 und 4/218).",
              C(4, 210, 210, "Aneurysma der A. poplitea links, Durchmesser 24 mm"),
              C(4, 218, 218, "Aneurysma der A. poplitea links, Durchmesser 24 mm")),
            S("Stent in der A. femoralis superficialis (6/80 mm) durchgängig."),
        ]),
    ]),
    # ---------------------------------------------------------------- kaelin (CH): glued tags
    ("de", "kaelin", [
        ("Befund:", [
            S("Solider Knoten im rechten Oberlappen, 11 mm (Se4Bi120).",
              C(4, 120, 120, "Solider Knoten im rechten Oberlappen, 11 mm")),
            S("Milchglasherd im linken Unterlappen (Se4Bi187), 6 mm.",
              C(4, 187, 187, "Milchglasherd im linken Unterlappen")),
            S("Mediastinum: keine vergrösserten Lymphknoten, Kurzachse max. 8 mm."),
        ]),
        ("Beurteilung:", [
            S("Lung-RADS 4A, Kontroll-CT in 3 Monaten; Rückfragen Tel. 031 632 21 11."),
        ]),
    ]),
    ("de", "kaelin", [
        ("Befund:", [
            S("Gallenblasenwand verdickt auf 6 mm mit Pericholezystischem Fluid (SE5IM44).",
              C(5, 44, 44, "Gallenblasenwand verdickt auf 6 mm mit Pericholezystischem Fluid")),
            S("Konkrement im Ductus choledochus, 7 mm (SE5IM61).",
              C(5, 61, 61, "Konkrement im Ductus choledochus, 7 mm")),
            S("Lipase 840 U/l, CRP 96 mg/l."),
        ]),
    ]),
    ("de", "kaelin", [
        ("Befund:", [
            S("Subdurales Hämatom frontoparietal links, Breite 9 mm (Serie2Bild17).",
              C(2, 17, 17, "Subdurales Hämatom frontoparietal links, Breite 9 mm")),
            S("Mittellinienverlagerung 4 mm nach rechts (Serie2Bild21).",
              C(2, 21, 21, "Mittellinienverlagerung 4 mm nach rechts")),
            S("GCS bei Eintreffen 13/15."),
        ]),
    ]),
    ("de", "kaelin", [
        ("Befund:", [
            S("Lymphknoten iliakal extern links 16 mm (Se7Bi88) und obturatorisch links 12 mm (Se7Bi95).",
              C(7, 88, 88, "Lymphknoten iliakal extern links 16 mm"), C(7, 95, 95, "obturatorisch links 12 mm")),
            S("Im Vergleich zur Voruntersuchung war dieser Lymphknoten 9 mm gross (Voruntersuchung: Se6Bi80).",
              P(6, 80, 80, "Im Vergleich zur Voruntersuchung war dieser Lymphknoten 9 mm gross")),
            S("PSA 4,8 ng/ml, Gleason 4+3=7."),
        ]),
    ]),
    ("en", "kaelin", [
        ("Findings:", [
            S("Spiculated mass in the left upper lobe, 28 mm (Ser3Img45).",
              C(3, 45, 45, "Spiculated mass in the left upper lobe, 28 mm")),
            S("Small left adrenal nodule (se6im12), 10 HU on the unenhanced phase.",
              C(6, 12, 12, "Small left adrenal nodule")),
            S("DLP 512 mGy*cm, CTDIvol 7.9 mGy."),
        ]),
    ]),
    # ---------------------------------------------------------------- hofmann (DE): plane word in the bracket
    ("de", "hofmann", [
        ("Befund:", [
            S("Keilwirbel BWK 12 mit Höhenminderung der Vorderkante um ca. 30 % (sagittal Serie 7, Bild 19), "
              "die Hinterkante ist intakt (Serie 3, Bild 140).",
              C(7, 19, 19, "Keilwirbel BWK 12 mit Höhenminderung der Vorderkante um ca. 30 %", "sagittal"),
              C(3, 140, 140, "die Hinterkante ist intakt")),
            S("Spinalkanal in Höhe BWK 11/12 mit 14 mm ausreichend weit."),
        ]),
    ]),
    ("de", "hofmann", [
        ("Befund:", [
            S("Zyste am Oberpol der rechten Niere, 3 cm (koronar Serie 602, Bild 33), sowie eine kleine "
              "Zyste links (Serie 4, Bild 71).",
              C(602, 33, 33, "Zyste am Oberpol der rechten Niere, 3 cm", "coronal"),
              C(4, 71, 71, "eine kleine Zyste links")),
            S("Nebennieren schlank."),
            S("Freie Flüssigkeit im Douglasraum, ca. 20 ml."),
        ]),
    ]),
    ("de", "hofmann", [
        ("Befund:", [
            S("Diskusprolaps L5/S1 mediolateral links mit Kontakt zur Wurzel S1 (sagittale Rekonstruktion, "
              "Serie 8, Bild 11).",
              C(8, 11, 11, "Diskusprolaps L5/S1 mediolateral links mit Kontakt zur Wurzel S1", "sagittal")),
            S("Rezessusstenose links auf axialer Schicht (Serie 9, Bild 24).",
              C(9, 24, 24, "Rezessusstenose links auf axialer Schicht", "axial")),
            S("Facettengelenksarthrose L4/5 beidseits."),
        ]),
    ]),
    ("de", "hofmann", [
        ("Befund:", [
            S("Appendix 12 mm verdickt mit Appendikolith (koronar, Serie 5, Bild 62) und periappendizitischer "
              "Flüssigkeit (Serie 3, Bild 88).",
              C(5, 62, 62, "Appendix 12 mm verdickt mit Appendikolith", "coronal"),
              C(3, 88, 88, "periappendizitischer Flüssigkeit")),
            S("Leukozyten 14,1 G/l."),
        ]),
    ]),
    ("de", "hofmann", [
        ("Befund:", [
            S("Thrombus in der V. jugularis interna rechts (cor. Serie 6, Bild 40; axial Serie 2, Bild 18).",
              C(6, 40, 40, "Thrombus in der V. jugularis interna rechts", "coronal"),
              C(2, 18, 18, "Thrombus in der V. jugularis interna rechts", "axial")),
            S("Lymphknoten Level IIa rechts 13 mm (Serie 2, Bild 25).",
              C(2, 25, 25, "Lymphknoten Level IIa rechts 13 mm")),
        ]),
    ]),
    # ---------------------------------------------------------------- schulte (DE): prior-study references
    ("de", "schulte", [
        ("Befund:", [
            S("Die Lebermetastase in Segment VII misst aktuell 21 mm (Serie 4, Bild 38), in der VU 14 mm "
              "(VU Se 3, Bi 35).",
              C(4, 38, 38, "Die Lebermetastase in Segment VII misst aktuell 21 mm"), P(3, 35, 35, "in der VU 14 mm")),
            S("Neu ist eine 8 mm große Läsion in Segment III (Serie 4, Bild 22).",
              C(4, 22, 22, "Neu ist eine 8 mm große Läsion in Segment III")),
            S("Voruntersuchung vom 18.09.2024 zum Vergleich vorliegend."),
        ]),
        ("Beurteilung:", [
            S("Progress nach RECIST 1.1 (Summe 41 mm gegenüber 30 mm)."),
        ]),
    ]),
    ("de", "schulte", [
        ("Befund:", [
            S("Der bekannte Rundherd im rechten Unterlappen ist größenkonstant 6 mm (Serie 3, Bild 201; "
              "Voruntersuchung Serie 3, Bild 188).",
              C(3, 201, 201, "Der bekannte Rundherd im rechten Unterlappen ist größenkonstant 6 mm"),
              P(3, 188, 188, "Der bekannte Rundherd im rechten Unterlappen ist größenkonstant 6 mm")),
            S("Im Vorbefund beschriebene Konsolidierung im Mittellappen (Vorbefund: Serie 2, Bild 95) ist "
              "vollständig regredient.",
              P(2, 95, 95, "Im Vorbefund beschriebene Konsolidierung im Mittellappen")),
        ]),
    ]),
    ("de", "schulte", [
        ("Befund:", [
            S("Größenprogrediente Raumforderung im Pankreaskorpus im Vergleich zur Voruntersuchung "
              "(Serie 5, Bild 46), jetzt 34 mm.",
              # round 29 (refs-conv29): re-marked prior (the convention: a citation right after an earlier exam is its)
              P(5, 46, 46, "Größenprogrediente Raumforderung im Pankreaskorpus im Vergleich zur Voruntersuchung")),
            S("Damals 26 mm (Vorbefund vom 02.02.2024, Serie 4, Bild 44).",
              P(4, 44, 44, "Damals 26 mm")),
            S("CA 19-9 von 120 auf 310 U/ml angestiegen."),
        ]),
    ]),
    ("de", "schulte", [
        ("Befund:", [
            S("Pleuraerguss rechts rückläufig, jetzt 15 mm (Serie 3, Bild 160), in der Voruntersuchung 32 mm "
              "(Voruntersuchung: Serie 3, Bild 158).",
              C(3, 160, 160, "Pleuraerguss rechts rückläufig, jetzt 15 mm"),
              P(3, 158, 158, "in der Voruntersuchung 32 mm")),
            S("Drainage 28 Ch. liegt regelrecht."),
        ]),
    ]),
    ("de", "schulte", [
        ("Befund:", [
            S("Das Meningeom parasagittal links ist unverändert 18 mm (Serie 6, Bild 14; VU Serie 5, Bild 13).",
              C(6, 14, 14, "Das Meningeom parasagittal links ist unverändert 18 mm"),
              P(5, 13, 13, "Das Meningeom parasagittal links ist unverändert 18 mm")),
            S("Fazekas 1, keine Diffusionsstörung."),
        ]),
    ]),
    # ---------------------------------------------------------------- oconnor (UK)
    ("en", "oconnor", [
        ("Findings:", [
            S("There is a 9 mm nodule in the right middle lobe (series 4, image 67).",
              C(4, 67, 67, "There is a 9 mm nodule in the right middle lobe")),
            S("This measured 6 mm on the previous exam (series 3, image 62).",
              P(3, 62, 62, "This measured 6 mm on the previous exam")),
            S("Mild centrilobular emphysema."),
        ]),
        ("Conclusion:", [
            S("Growing nodule; suggest PET-CT and follow-up CT in 3/12."),
        ]),
    ]),
    ("en", "oconnor", [
        ("Findings:", [
            S("Hypoattenuating lesion in the pancreatic head (se/im 4/67), 15 mm.",
              C(4, 67, 67, "Hypoattenuating lesion in the pancreatic head")),
            S("The common bile duct measures 11 mm (se/im 4/52).",
              C(4, 52, 52, "The common bile duct measures 11 mm")),
            S("Compared with the scan of 14/02/2024 the duct was 7 mm."),
        ]),
    ]),
    ("en", "oconnor", [
        ("Findings:", [
            S("Left hilar mass encasing the lower lobe bronchus (series 5, images 88-95).",
              C(5, 88, 95, "Left hilar mass encasing the lower lobe bronchus")),
            S("On the comparison study it was smaller (comparison study series 2, image 80).",
              P(2, 80, 80, "On the comparison study it was smaller")),
            S("Review in MDT on 21/6, tel. 0161 276 1234."),
        ]),
    ]),
    ("en", "oconnor", [
        ("Findings:", [
            S("Sclerotic lesion in the T9 vertebral body (series 7, image 33).",
              C(7, 33, 33, "Sclerotic lesion in the T9 vertebral body")),
            S("Previous exam: series 6, image 31, unchanged in size.",
              P(6, 31, 31, "unchanged in size")),
            S("Disc bulges at C5/6 and C6/7."),
        ]),
    ]),
    # ---------------------------------------------------------------- patel (US)
    ("en", "patel", [
        ("FINDINGS:", [
            S("Right lower lobe consolidation with air bronchograms (series 2 image 45).",
              C(2, 45, 45, "Right lower lobe consolidation with air bronchograms")),
            S("Small right pleural effusion (se 3 im 21-24).", C(3, 21, 24, "Small right pleural effusion")),
            S("Heart size normal; BP 142/88 at triage."),
        ]),
    ]),
    ("en", "patel", [
        ("FINDINGS:", [
            S("Enhancing mass in the interpolar right kidney, 3.1 cm (4:51).",
              C(4, 51, 51, "Enhancing mass in the interpolar right kidney, 3.1 cm")),
            S("Previously 2.4 cm (prior study series 5, image 60).", P(5, 60, 60, "Previously 2.4 cm")),
            S("Bosniak 2F cyst in the left kidney is stable since 3/2022."),
        ]),
    ]),
    ("en", "patel", [
        ("FINDINGS:", [
            S("Acute left renal infarct (coronal series 601 image 70) with a wedge-shaped defect "
              "(series 4 image 52).",
              C(601, 70, 70, "Acute left renal infarct", "coronal"),
              C(4, 52, 52, "a wedge-shaped defect")),
            S("Aortic diameter 2.9 cm, no dissection."),
        ]),
    ]),
    ("en", "patel", [
        ("FINDINGS:", [
            S("Stable 5 mm left upper lobe nodule (series 3 image 90; prior series 3 image 86).",
              C(3, 90, 90, "Stable 5 mm left upper lobe nodule"),
              P(3, 86, 86, "Stable 5 mm left upper lobe nodule")),
            S("On the comparison CT from 11/03/2023 the lymph node (series 2, image 40) measured 8 mm.",
              P(2, 40, 40, "On the comparison CT from 11/03/2023 the lymph node")),
            S("No new nodules; Lung-RADS 2."),
        ]),
    ]),
    ("en", "patel", [
        ("FINDINGS:", [
            S("Displaced fracture of the left 8th rib (series 5 image 112).",
              C(5, 112, 112, "Displaced fracture of the left 8th rib")),
            S("Small left pneumothorax measuring 1.2 cm (series 5 image 30), compared to prior enlarged.",
              C(5, 30, 30, "Small left pneumothorax measuring 1.2 cm")),
        ]),
    ]),
    # ---------------------------------------------------------------- gruber (AT): multi-image lists
    ("de", "gruber", [
        ("Befund:", [
            S("Multiple Leberläsionen bis 19 mm (Serie 4, Bild 21, 27 und 33).",
              C(4, 21, 21, "Multiple Leberläsionen bis 19 mm"), C(4, 27, 27, "Multiple Leberläsionen bis 19 mm"),
              C(4, 33, 33, "Multiple Leberläsionen bis 19 mm")),
            S("Milz 13 x 5 cm."),
            S("Peritoneale Implantate im rechten Unterbauch (Se 6/Bi 15-19, 24).",
              C(6, 15, 19, "Peritoneale Implantate im rechten Unterbauch"),
              C(6, 24, 24, "Peritoneale Implantate im rechten Unterbauch")),
        ]),
    ]),
    ("de", "gruber", [
        ("Befund:", [
            S("Ausgeprägte Bronchiektasen beider Unterlappen (Serie 3, Bilder 150, 162, 171).",
              C(3, 150, 150, "Ausgeprägte Bronchiektasen beider Unterlappen"),
              C(3, 162, 162, "Ausgeprägte Bronchiektasen beider Unterlappen"),
              C(3, 171, 171, "Ausgeprägte Bronchiektasen beider Unterlappen")),
            S("FEV1 laut Zuweisung 54 % Soll."),
            S("Mosaikperfusion (Serie 3, Bild 120-128 und 140).",
              C(3, 120, 128, "Mosaikperfusion"), C(3, 140, 140, "Mosaikperfusion")),
        ]),
    ]),
    ("de", "gruber", [
        ("Befund:", [
            S("Arthrose im Kniegelenk medial betont, Kellgren-Lawrence 3."),
            S("Radiärriss im Hinterhorn des Innenmeniskus (Serie 5, Bild 14 und 15; Serie 7, Bild 22).",
              C(5, 14, 14, "Radiärriss im Hinterhorn des Innenmeniskus"),
              C(5, 15, 15, "Radiärriss im Hinterhorn des Innenmeniskus"),
              C(7, 22, 22, "Radiärriss im Hinterhorn des Innenmeniskus")),
            S("Knochenmarködem im medialen Tibiaplateau (Bild 5/18-20).",
              C(5, 18, 20, "Knochenmarködem im medialen Tibiaplateau")),
        ]),
    ]),
    ("de", "gruber", [
        ("Befund:", [
            S("Nierenstein links 6 mm im proximalen Ureter (Bild 4/88, 4/93), Harnstau Grad II.",
              C(4, 88, 88, "Nierenstein links 6 mm im proximalen Ureter"),
              C(4, 93, 93, "Nierenstein links 6 mm im proximalen Ureter")),
            S("Dichte 1.100 HU, Abstand Haut-Stein 9 cm."),
        ]),
    ]),
    # ---------------------------------------------------------------- wong (US, MR)
    ("en", "wong", [
        ("FINDINGS:", [
            S("T2 hyperintense lesion in the left peripheral zone at the mid gland (axial T2, series 5, image 14), "
              "PI-RADS 4.",
              C(5, 14, 14, "T2 hyperintense lesion in the left peripheral zone at the mid gland", "axial")),
            S("Corresponding restricted diffusion (series 8, image 14).",
              C(8, 14, 14, "Corresponding restricted diffusion")),
            S("Prostate volume 48 mL, PSA density 0.15."),
        ]),
    ]),
    ("en", "wong", [
        ("FINDINGS:", [
            S("Disc extrusion at L4-5 compressing the traversing L5 root (sag T1 se 3 im 12) and "
              "narrowing the left recess (se 6 im 20).",
              C(3, 12, 12, "Disc extrusion at L4-5 compressing the traversing L5 root", "sagittal"),
              C(6, 20, 20, "narrowing the left recess")),
            S("Conus terminates at L1."),
        ]),
    ]),
    ("en", "wong", [
        ("FINDINGS:", [
            S("Enhancing lesion in the right frontal lobe, 14 mm (series 10, image 88), previously 9 mm "
              "(prior MRI series 6 image 12).",
              C(10, 88, 88, "Enhancing lesion in the right frontal lobe, 14 mm"), P(6, 12, 12, "previously 9 mm")),
            S("Edema on FLAIR (cor FLAIR, series 12, image 40).",
              C(12, 40, 40, "Edema on FLAIR", "coronal")),
            S("Dexamethasone 4 mg bid noted."),
        ]),
    ]),
    ("en", "wong", [
        ("FINDINGS:", [
            S("Full-thickness tear of the supraspinatus tendon (cor PD FS series 4 image 16), retraction 2 cm.",
              C(4, 16, 16, "Full-thickness tear of the supraspinatus tendon", "coronal")),
            S("Goutallier grade 2 fatty infiltration (sagittal T1 series 6 image 9).",
              C(6, 9, 9, "Goutallier grade 2 fatty infiltration", "sagittal")),
            S("Biceps tendon in the groove (series 3 image 21).", C(3, 21, 21, "Biceps tendon in the groove")),
        ]),
    ]),
    # ---------------------------------------------------------------- neumann (DE): teleradiology
    ("de", "neumann", [
        ("Befund:", [
            S("Frische Ischämie im Mediastromgebiet links, Serie 3 Bild 18 und Bild 21.",
              C(3, 18, 18, "Frische Ischämie im Mediastromgebiet links"),
              C(3, 21, 21, "Frische Ischämie im Mediastromgebiet links")),
            S("ASPECTS 7/10, hyperdenses Mediazeichen links."),
            S("Verschluss M1 links, vgl. Bild 5/40.", C(5, 40, 40, "Verschluss M1 links")),
        ]),
    ]),
    ("de", "neumann", [
        ("Befund:", [
            S("Subarachnoidale Blutung basal, Se4Bi77, Fisher 3.", C(4, 77, 77, "Subarachnoidale Blutung basal")),
            S("Aneurysma der A. communicans anterior 6 mm, Se8Bi102.",
              C(8, 102, 102, "Aneurysma der A. communicans anterior 6 mm")),
            S("Hunt und Hess Grad 2, Rückruf unter 0221 478-0."),
        ]),
    ]),
    ("de", "neumann", [
        ("Befund:", [
            S("Lungenarterienembolie im Unterlappenast rechts, Serie 4 Bild 102.",
              C(4, 102, 102, "Lungenarterienembolie im Unterlappenast rechts")),
            S("RV/LV-Quotient 1,2; Rechtsherzbelastung."),
            S("Bereits im Vorbefund Embolie rechts beschrieben, Vorbefund Serie 4 Bild 99.",
              P(4, 99, 99, "Bereits im Vorbefund Embolie rechts beschrieben")),
        ]),
    ]),
    ("de", "neumann", [
        ("Befund:", [
            S("Intrazerebrale Blutung thalamisch links 3 x 2 cm (Bild 2/14-17) mit Ventrikeleinbruch (Bild 2/9).",
              C(2, 14, 17, "Intrazerebrale Blutung thalamisch links 3 x 2 cm"),
              C(2, 9, 9, "Ventrikeleinbruch")),
            S("Volumen ca. 8 ml (ABC/2)."),
        ]),
    ]),
    # ---------------------------------------------------------------- mixed departments, short excerpts
    ("de", "berger", [
        ("Befund:", [
            S("Osteolyse im Humeruskopf rechts 2 cm (Bild 3/55, 3/58), kortikale Destruktion.",
              C(3, 55, 55, "Osteolyse im Humeruskopf rechts 2 cm"),
              C(3, 58, 58, "Osteolyse im Humeruskopf rechts 2 cm")),
            S("In der VU vom 6/2023 noch nicht abgrenzbar."),
        ]),
    ]),
    ("de", "kaelin", [
        ("Befund:", [
            S("Ovarialzyste rechts 4 cm (Se3Bi52-58).", C(3, 52, 58, "Ovarialzyste rechts 4 cm")),
            S("Endometrium 11 mm, Zyklustag 14."),
        ]),
    ]),
    ("de", "hofmann", [
        ("Befund:", [
            S("Skaphoidfraktur im mittleren Drittel (koronare Rekonstruktion Serie 5, Bild 12), "
              "axial ohne Dislokation (Serie 3, Bild 30).",
              C(5, 12, 12, "Skaphoidfraktur im mittleren Drittel", "coronal"),
              C(3, 30, 30, "axial ohne Dislokation", "axial")),
        ]),
    ]),
    ("de", "schulte", [
        ("Befund:", [
            S("Aortenaneurysma infrarenal 52 mm (Serie 4, Bild 90), in der Voruntersuchung 47 mm (VU: Se 4, Bi 86).",
              C(4, 90, 90, "Aortenaneurysma infrarenal 52 mm"), P(4, 86, 86, "in der Voruntersuchung 47 mm")),
            S("Wachstum 5 mm/Jahr."),
        ]),
    ]),
    ("en", "oconnor", [
        ("Findings:", [
            S("Subcapsular renal haematoma (series 4, image 70, and series 4, image 75).",
              C(4, 70, 70, "Subcapsular renal haematoma"), C(4, 75, 75, "Subcapsular renal haematoma")),
            S("Hb 98 g/L on 2/1."),
        ]),
    ]),
    ("en", "patel", [
        ("FINDINGS:", [
            S("Focal fat near the falciform ligament (5:22-26).",
              C(5, 22, 26, "Focal fat near the falciform ligament")),
            S("Liver span 17 cm; ratio of spleen to liver attenuation 1:1.2."),
        ]),
    ]),
    ("en", "wong", [
        ("FINDINGS:", [
            S("Small meningioma along the falx (coronal post-contrast, series 11, image 54).",
              C(11, 54, 54, "Small meningioma along the falx", "coronal")),
            S("Unchanged from the prior exam (prior exam series 9, image 50).",
              P(9, 50, 50, "Unchanged from the prior exam")),
        ]),
    ]),
    ("de", "gruber", [
        ("Befund:", [
            S("Pneumothorax links apikal 2 cm (Serie 2, Bild 8-12), Mantelpneu.",
              C(2, 8, 12, "Pneumothorax links apikal 2 cm")),
            S("Rippenfrakturen links 4-6 (Serie 2, Bild 40, 52, 61).",
              C(2, 40, 40, "Rippenfrakturen links 4-6"), C(2, 52, 52, "Rippenfrakturen links 4-6"),
              C(2, 61, 61, "Rippenfrakturen links 4-6")),
        ]),
    ]),
    ("de", "neumann", [
        ("Befund:", [
            S("Zervikale Lymphknoten Level III links 14 mm, Se5Bi30 und Se5Bi36.",
              C(5, 30, 30, "Zervikale Lymphknoten Level III links 14 mm"),
              C(5, 36, 36, "Zervikale Lymphknoten Level III links 14 mm")),
        ]),
    ]),
    ("de", "kaelin", [
        ("Befund:", [
            S("Divertikulitis des Colon sigmoideum mit gedeckter Perforation (SE4IM99-103).",
              C(4, 99, 103, "Divertikulitis des Colon sigmoideum mit gedeckter Perforation")),
            S("Hinchey Ib, Abszess 2,5 cm (SE4IM110).", C(4, 110, 110, "Hinchey Ib, Abszess 2,5 cm")),
        ]),
    ]),
    ("en", "oconnor", [
        ("Findings:", [
            S("Enlarged right axillary node, 22 mm short axis (series 3, image 41).",
              C(3, 41, 41, "Enlarged right axillary node, 22 mm short axis")),
            S("On the previous study this measured 12 mm (previous study, series 3, image 44).",
              P(3, 44, 44, "On the previous study this measured 12 mm")),
        ]),
    ]),
    ("de", "schulte", [
        ("Befund:", [
            S("Neue Knochenmetastase im Os ilium links (Serie 6, Bild 120), in der Voruntersuchung "
              "(Voruntersuchung Serie 5, Bild 118) nicht vorhanden.",
              C(6, 120, 120, "Neue Knochenmetastase im Os ilium links"),
              P(5, 118, 118, "in der Voruntersuchung")),
        ]),
    ]),
    ("de", "berger", [
        ("Befund:", [
            S("Zyste im Pankreasschwanz 12 mm (Bild 4/66-69), keine Gangkommunikation.",
              C(4, 66, 69, "Zyste im Pankreasschwanz 12 mm")),
            S("Im Vorbefund 10 mm (Bild 4/61).", P(4, 61, 61, "Im Vorbefund 10 mm")),
        ]),
    ]),
    ("en", "patel", [
        ("FINDINGS:", [
            S("Hepatic hemangioma in segment 6 (series 2 image 30, series 2 image 34).",
              C(2, 30, 30, "Hepatic hemangioma in segment 6"), C(2, 34, 34, "Hepatic hemangioma in segment 6")),
            S("Segment 4 hypodensity too small to characterize."),
        ]),
    ]),
    ("de", "hofmann", [
        ("Befund:", [
            S("Achillessehnenruptur 4 cm oberhalb des Ansatzes (sag. STIR Serie 4, Bild 10), Dehiszenz 15 mm "
              "(axial PD Serie 6, Bild 22).",
              C(4, 10, 10, "Achillessehnenruptur 4 cm oberhalb des Ansatzes", "sagittal"),
              C(6, 22, 22, "Dehiszenz 15 mm", "axial")),
        ]),
    ]),
    ("de", "gruber", [
        ("Befund:", [
            S("Lymphozele im kleinen Becken links 6 x 4 cm (Serie 3, Bilder 70-76 und Serie 5, Bild 18).",
              C(3, 70, 76, "Lymphozele im kleinen Becken links 6 x 4 cm"),
              C(5, 18, 18, "Lymphozele im kleinen Becken links 6 x 4 cm")),
        ]),
    ]),
    ("de", "neumann", [
        ("Befund:", [
            S("Kalottenfraktur parietal rechts, vgl. Bild 6/31-33, Impression 3 mm.",
              C(6, 31, 33, "Kalottenfraktur parietal rechts")),
            S("Kein epidurales Hämatom."),
        ]),
    ]),
    ("en", "wong", [
        ("FINDINGS:", [
            S("Anterior cruciate ligament tear (sag PD series 3 image 14; cor PD series 5 image 11).",
              C(3, 14, 14, "Anterior cruciate ligament tear", "sagittal"),
              C(5, 11, 11, "Anterior cruciate ligament tear", "coronal")),
        ]),
    ]),
    ("de", "kaelin", [
        ("Befund:", [
            S("Nebennierenadenom rechts 18 mm, 8 HU (Se2Bi60), bereits in der Voruntersuchung (VU Se2Bi58).",
              C(2, 60, 60, "Nebennierenadenom rechts 18 mm, 8 HU"),
              P(2, 58, 58, "bereits in der Voruntersuchung")),
        ]),
    ]),
]


CONFOUNDER_REPORTS: list[Report7] = [
    ("de", "berger", [
        ("Befund:", [
            S("Voruntersuchung vom 12/2023 zum Vergleich."),
            S("Verhältnis Lymphknoten Kurz- zu Langachse 1/2."),
            S("Stenose der A. carotis interna links 70/80 % nach NASCET."),
            S("Zustand nach TEP 2/2019 rechts."),
        ]),
    ]),
    ("de", "kaelin", [
        ("Befund:", [
            S("Se-Spiegel 80 µg/l, Vitamin B12 normal."),
            S("Seg7-Läsion bereits bekannt, keine Grössenzunahme."),
            S("T2N1M0, Stadium IIIa."),
            S("Befund besprochen mit Dr. X, Tel. 044 255 11 11 (intern 3/4512)."),
        ]),
    ]),
    ("de", "hofmann", [
        ("Befund:", [
            S("Schichtdicke 5/1 mm, Rekonstruktion in 3 Ebenen."),
            S("Zwei Drittel (2/3) der Zirkumferenz betroffen."),
            S("Koronare Rekonstruktionen in Serie 6 angefertigt."),
            S("Sagittal keine Stufenbildung an BWK 11/12."),
        ]),
    ]),
    ("de", "schulte", [
        ("Befund:", [
            S("Vergleich mit der Voruntersuchung vom 03.04.2024 und dem Vorbefund von 11/2023."),
            S("In der VU 12 mm, jetzt 15 mm."),
            S("Bild 1/3 der Schlüsselbilder nachträglich exportiert."),
            S("RR 150/95 mmHg, Puls 88/min."),
        ]),
    ]),
    ("en", "oconnor", [
        ("Findings:", [
            S("Repeat CT in 6/52 and clinic review in 3/12."),
            S("Compared with previous exam of 12/05/2023."),
            S("Blood pressure 130/80, SpO2 94 %."),
            S("Disc protrusion at L4/5 with mild foraminal narrowing."),
        ]),
    ]),
    ("en", "patel", [
        ("FINDINGS:", [
            S("Prior study dated 04/11/2023 was reviewed."),
            S("Nodule 4/5 mm, unchanged."),
            S("Gleason 3+4=7, 2/12 cores positive."),
            S("Ejection fraction 55/60 %, ratio 2:1."),
        ]),
    ]),
    ("de", "gruber", [
        ("Befund:", [
            S("Bildqualität durch Bewegung eingeschränkt (Serie von 2 Durchgängen)."),
            S("Kreatinin 1,1 mg/dl, Harnstoff 34/48 mg/dl."),
            S("Stent 10/60 mm in der A. iliaca communis."),
            S("Nierengröße rechts 11/5 cm, links 10/5 cm."),
        ]),
    ]),
    ("en", "wong", [
        ("FINDINGS:", [
            S("3/4 of the tendon footprint is uncovered."),
            S("Series 5 is degraded by motion."),
            S("Axial T2 images at 3 mm; sag T1 at 4/0.4 mm gap."),
            S("Compared with prior MRI of 1/15/2024."),
        ]),
    ]),
    ("de", "neumann", [
        ("Befund:", [
            S("Bilder wurden am 14.5. um 03:12 Uhr befundet."),
            S("NIHSS 14/42, mRS 0 vor Ereignis."),
            S("Rückruf Teleradiologie 0800 123 45 67."),
            S("Vorbefund aus 2021 (Serie von 4 Sequenzen) nicht verfügbar."),
        ]),
    ]),
    ("de", "hofmann", [
        ("Befund:", [
            S("Wirbelkörperhöhen BWK 6/7 erhalten."),
            S("Dosis DLP 612 mGy*cm, 3 Phasen."),
            S("Im Bild 2 Ebenen dokumentiert."),
        ]),
    ]),
]
