"""Issue 16, review of rounds 23/24: the wrong rows a read-only reviewer found, as classes with their look-alikes.

D response labels in other senses; I/J single-volume slices of another exam or in another sense; H slices of an
earlier single volume; E today's exam that is the pre-operative one; C a caption's rows end at a sub-heading; B a row
that labels its own timepoints; A image/series captions; F dates-only captions called earlier; G fractions after a
size; K/L "im"/"Ims" before a counted noun; and "then" of a sequence. The texts are the reviewer's probes (written for
the review, not from any held-out set). Each case holds with the learned decision and with the grammar alone
(`scorer`), unless it names one."""

from __future__ import annotations

import pytest

from curation.snippets.preop_today import preop_today
from curation.snippets.single_volume import single_volume_refs
from tests.curation.snippets.mined import rows


@pytest.mark.parametrize(("text", "lang", "want"), [
    # D: SD thyroid, PD duct / proton density / peritoneal dialysis, CMR / NMR exams, PMR, CR, PR: this study's
    ("Zyste in der SD 8 mm (Serie 2, Bild 18).", "de", [(2, 18, 18, False)]),
    ("Stone in the PD 4 mm (series 3 image 40).", "en", [(3, 40, 40, False)]),
    ("Cartilage defect on PD 3 mm (series 4 image 12).", "en", [(4, 12, 12, False)]),
    ("Knorpeldefekt retropatellar in PD 3 mm (Serie 4, Bild 12).", "de", [(4, 12, 12, False)]),
    ("Knorpelschaden bei PD 3 mm (Se 6, Bi 14).", "de", [(6, 14, 14, False)]),
    ("Disc protrusion at L4/5 at PD 4 mm (series 5 image 9).", "en", [(5, 9, 9, False)]),
    ("Cardiac MRI. Subendocardial scar in the inferior wall on CMR 12 mm (series 4 image 20).", "en",
     [(4, 20, 20, False)]),
    ("Herd in der CMR 14 mm (Serie 6, Bild 12).", "de", [(6, 12, 12, False)]),
    ("Raumforderung im NMR 12 mm (Serie 3, Bild 40).", "de", [(3, 40, 40, False)]),
    ("Enthesitis at PMR 4 mm (series 2 image 12).", "en", [(2, 12, 12, False)]),
    ("Z.n. PD (Peritonealdialyse). Peritoneum verdickt bei PD 4 mm (Serie 2, Bild 60).", "de", [(2, 60, 60, False)]),
    ("Läsion beim PD 4 mm (Serie 2, Bild 12).", "de", [(2, 12, 12, False)]),
    ("Liver lesion in PR 12 mm (series 3 image 40).", "en", [(3, 40, 40, False)]),
    # ... today's response itself
    ("Restaging, overall response SD. Liver lesion at SD 22 mm (series 3 image 40).", "en", [(3, 40, 40, False)]),
    ("Re-Staging. Leberherd initial 30 mm, heute bei SD 22 mm (Serie 3, Bild 40).", "de", [(3, 40, 40, False)]),
    # ... but an earlier round of a response assessment stays prior
    ("Compared with baseline, lesion at PD 14 mm (series 2 image 77), now 16 mm (series 2 image 80).", "en",
     [(2, 77, 77, True), (2, 80, 80, False)]),
    ("Unter Therapie bei SD 15 mm (Serie 3, Bild 40); heute 15 mm (Serie 3, Bild 42).", "de",
     [(3, 40, 40, True), (3, 42, 42, False)]),
    ("Lebermetastase bei iUPD 30 mm (Se 3, Bi 55), jetzt 24 mm (Se 7, Bi 57).", "de",
     [(3, 55, 55, True), (7, 57, 57, False)]),
])
def test_response_labels_in_other_senses(scorer: None, text: str, lang: str, want: list) -> None:
    assert rows(text, lang) == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    # I: "DVT" as deep vein thrombosis, history, negation or comparison: the context series stays, no series-less row
    ("CTPA. Embolus in the right lower lobe artery (series 4, image 120). Known DVT left leg; further embolus on "
     "slice 140.", "en", [(4, 120, 120, False), (4, 140, 140, False)]),
    ("Compared with CBCT 2024. CTA head (series 5): aneurysm on slice 45.", "en", [(5, 45, 45, False)]),
    ("CT Kopf nativ. Z.n. DVT. Blutung im Schnitt 23.", "de", []),
    ("Kiefer-CT (kein DVT). Blutung im Schnitt 23.", "de", []),
    ("Fragestellung: DVT links? Lungenembolie? Befund: Embolus Unterlappenarterie rechts (Schnitt 140).", "de", []),
    ("Post-op CT, previous DVT prophylaxis. Cuts 12 and 14 show fluid.", "en", []),
    ("Vergleich: DVT vom Vorjahr. cCT nativ: Blutung Schnitt 23.", "de", []),
    ("DVT NNH 2024 zum Vergleich. CT-Thorax: Rundherd im Schnitt 45.", "de", []),
    ("DVT Kiefer zum Vergleich. Angio-CT: Aneurysma Schnitt 45.", "de", []),
    ("DVT 2024 zum Vergleich. Sonografie Hals: Lymphknoten im Schnitt 3.", "de", []),
    # J: slice words in other senses in a DVT/CBCT report
    ("DVT OK: Im Schnitt 12 Zähne dargestellt.", "de", []),
    ("DVT: Zahn 48 verlagert, im Schnitt 2 Wurzeln erkennbar.", "de", []),
    ("DVT: Im Schnitt 2-3 Kanäle je Molar.", "de", []),
    ("DVT: im Schnitt 1 bis 2 Millimeter Schleimhautschwellung.", "de", []),
    ("Kieferhöhlen im Schnitt 2-fach verschattet. DVT.", "de", []),
    ("DVT Kiefer. Histologie: in Schnitt 3 und 4 Plattenepithel.", "de", []),
    ("CBCT mandible. Section 2 of the histology showed granuloma.", "en", []),
    ("CBCT: see section 3 of the referral.", "en", []),
    ("CBCT. Radiation dose per section 12 µSv.", "en", []),
    ("CBCT. Sections 2 and 3 of this report describe the TMJ.", "en", []),
    ("DVT: Ein Schnitt 2. Grades nach Winkel.", "de", []),
    ("Cone beam CT. Per slice 0.3 mm. Slices 1-400 reviewed.", "en", []),
    ("CBCT for implant planning. Bone height 12 mm on cut 3 of the panoramic reconstruction.", "en", []),
    # ... while real slices stay, also in a report of two exams
    ("DVT: Wurzelspitze 46 in Schnitt 46 und 47 dargestellt.", "de", [(None, 46, 46, False), (None, 47, 47, False)]),
    ("CT Nasennebenhöhlen: Polypen (Serie 3, Bild 40). Ergänzendes DVT: oroantrale Verbindung regio 27 (Schnitt "
     "55).", "de", [(3, 40, 40, False), (None, 55, 55, False)]),
    # H: slices of an earlier single volume are prior
    ("DVT vom Vorjahr (Schnitt 40) zum Vergleich: heute Befund regredient (Schnitt 42).", "de",
     [(None, 40, 40, True), (None, 42, 42, False)]),
    ("DVT vom 12.01.2025 (Voraufnahme): Osteolyse Schnitt 55. Aktuelles DVT: Osteolyse Schnitt 60.", "de",
     [(None, 55, 55, True), (None, 60, 60, False)]),
    ("DVT: Osteolyse regio 36 (Schnitt 55; Vor-DVT Schnitt 52).", "de",
     [(None, 55, 55, False), (None, 52, 52, True)]),
    ("DVT: Läsion Schnitt 40 (Vorbefund), heute Schnitt 42.", "de", [(None, 40, 40, True), (None, 42, 42, False)]),
    ("DVT: Läsion in der VU Schnitt 40, heute Schnitt 42.", "de", [(None, 40, 40, True), (None, 42, 42, False)]),
    ("DVT: Läsion in der VU (Schnitt 40), heute (Schnitt 42).", "de", [(None, 40, 40, True), (None, 42, 42, False)]),
    ("DVT OK/UK vom 05.02.2026.\nVergleich: DVT vom 10.01.2025.\nBefund: Zyste regio 36 (Schnitt 40), in der "
     "Voraufnahme Schnitt 38.", "de", [(None, 40, 40, False), (None, 38, 38, True)]),
    ("Previous CBCT (2024): cyst in slice 55. Current CBCT: cyst in slice 60.", "en",
     [(None, 55, 55, True), (None, 60, 60, False)]),
])
def test_single_volume_slices(scorer: None, text: str, lang: str, want: list) -> None:
    assert rows(text, lang) == want


def test_a_comparison_dvt_gives_today_s_ct_no_earlier_slice(scorer: None) -> None:
    # The grammar gives no row; since round 25's retrain the learned decision reads the Kopf-CT's own "Schnitt 23"
    # as today's image without a series (the resolver's primary axial series). Never a prior or a DVT slice.
    text = "Voruntersuchung: DVT Kiefer 2024. Aktuell Kopf-CT nativ: Blutung im Schnitt 23."
    assert rows(text, "de") in ([], [(None, 23, 23, False)])


def test_single_volume_refs_flag_the_earlier_volume() -> None:
    text = "DVT: Läsion in der VU Schnitt 40, heute Schnitt 42."
    assert [(r.images, r.prior) for r in single_volume_refs(text)] == [(((40, 40),), True), (((42, 42),), False)]


@pytest.mark.parametrize(("text", "lang", "want"), [
    # E: today's exam is the pre-operative one
    ("Präoperatives MRT Rektum zur OP-Planung. Tumor 3 cm (präop. MRT Serie 7, Bild 28).", "de", [(7, 28, 28, False)]),
    ("Präoperatives MRT zur Planung. Befund: Tumor 3 cm (Se. 4 Bi. 70, präop. MRT).", "de", [(4, 70, 70, False)]),
    ("Indication: preoperative staging. On the preoperative MRI the tumour measures 3 cm (series 7 image 28).", "en",
     [(7, 28, 28, False)]),
    ("Preoperative CT for surgical planning: tumour 3 cm (pre-op CT series 2 image 77).", "en", [(2, 77, 77, False)]),
    # ... a later exam's report keeps the pre-op exam earlier
    ("Postoperative Kontrolle. Resektionshöhle (Serie 5, Bild 30, präop. MRT Serie 5, Bild 28).", "de",
     [(5, 30, 30, False), (5, 28, 28, True)]),
    # "then" of a sequence
    ("Liver lesion 12 mm (series 3 image 40), then a second lesion 8 mm (series 3 image 55).", "en",
     [(3, 40, 40, False), (3, 55, 55, False)]),
    ("(now: series 14 image 30; then: series 12 image 28)", "en", [(14, 30, 30, False), (12, 28, 28, True)]),
])
def test_preop_today_and_sequence_words(scorer: None, text: str, lang: str, want: list) -> None:
    assert rows(text, lang) == want


def test_preop_today_keeps_offsets() -> None:
    text = "Präoperatives MRT Rektum zur OP-Planung. Tumor 3 cm (präop. MRT Serie 7, Bild 28)."
    out = preop_today(text)
    assert len(out) == len(text) and "präop" not in out.lower() and out.endswith("MRT Serie 7, Bild 28).")
    later = "Postoperative Kontrolle. Tumor (präop. MRT Serie 7, Bild 28)."
    assert preop_today(later) is later


@pytest.mark.parametrize(("text", "lang", "want"), [
    # C: a sub-heading ends the caption's rows (digits or not)
    ("Zielläsionen (VU / heute):\nLeber 24 mm 4/61 / 15 mm 5/58\nNeue Läsionen seit 03/2025:\n"
     "Leber S2 8 mm 4/30 / 9 mm 6/31 (axial / koronar)\n", "de", [(4, 61, 61, True), (5, 58, 58, False)]),
    ("Target lesions (prior / today):\nLiver 24 mm 4/61 / 15 mm 5/58\nNew lesions: 2\n"
     "Liver 8 mm 4/30 / spleen 9 mm 4/41\n", "en", [(4, 61, 61, True), (5, 58, 58, False)]),
    ("Zielläsionen (VU / heute):\nLeber 24 mm 4/61 / 15 mm 5/58\nNicht-Zielläsionen 2 (heute):\n"
     "LK 8 mm 4/30 / 9 mm 4/41\n", "de", [(4, 61, 61, True), (5, 58, 58, False)]),
    ("Target lesions (prior / current):\nLiver 24 mm (series 4 image 61) / 15 mm (series 5 image 58)\n"
     "Non-target: 2 nodes (series 4 image 30) / (series 4 image 41)\n", "en",
     [(4, 61, 61, True), (5, 58, 58, False), (4, 30, 30, False), (4, 41, 41, False)]),
    # B: a row that labels its own timepoints wins over the caption's order
    ("Comparison (prior / current):\nLiver: current 15 mm 5/58; prior 24 mm 4/61\n"
     "Spleen: current 10 mm 6/20; prior 12 mm 6/22\n", "en",
     [(5, 58, 58, False), (4, 61, 61, True), (6, 20, 20, False), (6, 22, 22, True)]),
    ("Zielläsionen (VU 03/2025 / heute):\nLeber: 15 mm 5/58 (heute) / 24 mm 4/61 (VU)\n", "de",
     [(5, 58, 58, False), (4, 61, 61, True)]),
    ("Vergleich (VU / heute):\nLeber: 24 mm 4/61 / 15 mm 5/58 (beide Maße heute, axial/koronar)\n", "de",
     [(4, 61, 61, True), (5, 58, 58, False)]),
    # A: image/series captions
    ("Zielläsionen in mm, Bild/Serie (VU / heute):\nLeber 24 mm 61/4 / 15 mm 58/5\n", "de",
     [(4, 61, 61, True), (5, 58, 58, False)]),
    ("Lesion | Prior (mm, im/se) | Today (mm, im/se)\nLiver | 24 mm 61/4 | 15 mm 58/5\n", "en",
     [(4, 61, 61, True), (5, 58, 58, False)]),
    # F: a dates-only caption whose words call every column earlier
    ("Comparison studies: 2023 / 2024 / 2025:\nLiver 24 mm 4/61 / 20 mm 4/63 / 18 mm 4/60\n", "en",
     [(4, 61, 61, True), (4, 63, 63, True), (4, 60, 60, True)]),
    ("Prior MRIs (2023 / 2024 / 2025):\nLiver 24 mm 4/61 / 20 mm 4/63 / 18 mm 4/60\n", "en",
     [(4, 61, 61, True), (4, 63, 63, True), (4, 60, 60, True)]),
    # ... while dates alone keep the last as today
    ("Zielläsionen 12.01.2025 / 03.04.2025 / 05.12.2026:\nLeber 24 mm 4/61 / 20 mm 4/63 / 18 mm 4/60\n", "de",
     [(4, 61, 61, True), (4, 63, 63, True), (4, 60, 60, False)]),
    # G: fractions after a size
    ("Oesophagus (VU / heute):\nWandverdickung 12 mm 2/3 / 8 mm 1/3\n", "de", []),
    ("Stenosegrad (VU / heute):\nACI links 4 mm 1/2 / 3 mm 2/3\n", "de", []),
    # K / L: "im" and "Ims" before a counted noun
    ("Serie 5 Bild 33 und im 4 Quadranten ebenfalls.", "de", [(5, 33, 33, False)]),
    ("Knoten Serie 6 Bild 44 und im 5 Segment weiterer Knoten.", "de", [(6, 44, 44, False)]),
    ("series 4 im 140 and im 146", "en", [(4, 140, 140, False), (4, 146, 146, False)]),
    ("Series 3: Ims 12 patients were scanned.", "en", []),
    ("Herd in Serie 6, Ims 31 und 44.", "de", [(6, 31, 31, False), (6, 44, 44, False)]),
])
def test_caption_scope_and_pair_shapes(scorer: None, text: str, lang: str, want: list) -> None:
    assert rows(text, lang) == want
