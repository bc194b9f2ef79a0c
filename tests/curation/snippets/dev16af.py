"""DEV set for issue 16, round 30a fixes (engineer refs-fix30a): the STUDY decision (today's vs an earlier study) and
prior citations the miner does not generate, by the classes seen on the retired refs sets AF and AG.

Written from the classes listed by this engineer's own diff of AF and AG (gold vs mined, main and 1c7d04c), before
reading the modules at fault; no AF/AG text is copied (invented names, dates, numbers, organs). Markup is dev16c's (as
dev16ae): `⟦visible citation|spec⟧` with `S:I` / `S:I-J` items, `-` for no series, `P` for a prior or outside study;
no snippets. DE/AT/CH/UK/US habits.

Classes:
- BATCH1, several timepoints compared in prose: a sentence names the earlier exams by year or month ("Vergleich mit
  den Voruntersuchungen 2020, 2022 und Mai 2024", "compared with the scans of 2019 and April 2023"), then each value is
  headed by its timepoint ("2022 11 mm (Se 5 Bi 30)", "April 2023 8 mm (series 4 image 20)"): the year- or
  month-headed citations are the earlier exams', the one headed "heute"/"now"/"currently" is today's.
- BATCH2, an earlier-exam label inside the citation's bracket or right around it ("(Vorschall Bild 7)", "(Bild 3 der
  Voraufnahme)", "(externe CT, Serie 2, Bild 40)", "(CT externe, série 5 image 71)", "(precedente: serie 4 immagine
  22)", "(Vor-MRT Se 7 Bi 12)"): that citation is the earlier exam's, and the next bracket is not.
- BATCH3, a clause headed by an earlier exam ("Im CT vom 03.05.2025 noch ...", "Nel CT precedente (date) ...",
  "Prior MRI at 20 weeks: ...", "Compared with the previous CT of 4th May the nodule measured 7 mm series 3 image 30",
  "Im Vorscreening 2022 nicht sichtbar (Bild 2)"), a finding in the past or a "noch"/"damals"/"was" value, then the
  citation: the earlier exam's.
- BATCH4, second-opinion letters and outside studies: "auf den Fremdbildern Serie 301, Bild 12", "in the outside
  images (series 401, image 9)" are prior; "in unserer/der hauseigenen Kontroll-CT vom <date> ... Serie 3, Bild 40" is
  today's (own house), however dated.
- BATCH5, look-alikes that stay today's: a comparison word or an earlier exam earlier in the sentence but a today's
  word, finding noun phrase and today's value before the citation ("compared with the prior, today's lesion on image
  45 ...", "Im Vergleich zur VU heute 12 mm (Se 3 Bi 20)", a year that is no timepoint: "WHO 2021 Grad 2 (Se 4 Bi
  9)", "Fleischner 2017: ... (series 3 image 60)").

Labelling decisions (as dev16ab/dev16ad/dev16ae): S is the series the citation points into (written, else carried
over in the same bracket, list, clause or paragraph, never from today's study into an earlier one); `-` where no
series can be known. P marks a citation into a previous or outside study.

Two labelling slips fixed before any change to the miner (both citations the miner reads, not marked at first):
BATCH3's spoken "series five image sixty", BATCH5's "image 45 of series 6".

Measured once on the unchanged miner (branch refs-fix30a at 86a8c9b, `include_prior=True`), aggregate only, tp / fp /
fn, model (grammar alone):
- BATCH1 timepoints in prose (6 excerpts, 19 refs, 13 prior): 17/2/2.
- BATCH2 earlier-exam label at the bracket (8 excerpts, 18 refs, 8 prior): 15/2/3.
- BATCH3 clause headed by an earlier exam (8 excerpts, 16 refs, 8 prior): 12/4/4.
- BATCH4 second-opinion letters (4 excerpts, 8 refs, 4 prior): 3/5/5.
- BATCH5 today's look-alikes (10 excerpts, 13 refs): 13/0/0.
- all five (36 excerpts, 74 refs, 33 prior): 60/13/14 P 0.822 R 0.811 (53/20/21).
"""

from __future__ import annotations

from tests.curation.snippets.dev16c import Excerpt, parse

__all__ = ["BATCH1", "BATCH2", "BATCH3", "BATCH4", "BATCH5"]

# Several timepoints compared in prose; each value headed by its year or month.
BATCH1: list[Excerpt] = [
    parse(
        "de",
        "Verlaufskontrolle, Vergleich mit den Voruntersuchungen 2020, 2022 und Mai 2024. Meningeom heute 21 mm "
        "(⟦Se. 5, Bi. 33|5:33⟧), Mai 2024 19 mm (⟦Se. 5, Bi. 31|5:31 P⟧), 2020 15 mm (⟦Se. 3, Bi. 28|3:28 P⟧).",
    ),
    parse(
        "en",
        "Follow-up CT, compared with the scans of 2019 and April 2023. Left adrenal mass now 31 mm (⟦series 4 image "
        "52|4:52⟧), April 2023 27 mm (⟦series 4 image 50|4:50 P⟧), 2019 22 mm (⟦series 3 image 47|3:47 P⟧).",
    ),
    parse(
        "de",
        "MRT Knie, Vergleich mit 2022 und Oktober 2024. Knorpeldefekt aktuell 9 mm (⟦Se. 7 / Bi. 14|7:14⟧), Oktober "
        "2024 6 mm (⟦Se. 7 / Bi. 13|7:13 P⟧), 2022 noch intakt (⟦Se. 5 / Bi. 15|5:15 P⟧).",
    ),
    parse(
        "en",
        "Compared to studies from 2020, 2021 and June 2024. Aneurysm sac currently 58 mm (⟦series 6, image 80|6:80⟧), "
        "June 2024 55 mm (⟦series 6, image 78|6:78 P⟧), 2021 51 mm (⟦series 5, image 70|5:70 P⟧), 2020 49 mm "
        "(⟦series 5, image 66|5:66 P⟧).",
    ),
    parse(
        "de",
        "Verlaufsambulanz, MRT. Vergleich mit den Untersuchungen 2019 und März 2023. Syrinx heute 6 mm (⟦Serie 8, "
        "Bild 22|8:22⟧), März 2023 5 mm (⟦Serie 8, Bild 21|8:21 P⟧), 2019 4 mm (⟦Serie 6, Bild 25|6:25 P⟧).",
    ),
    parse(
        "en",
        "Surveillance MRI compared with the examinations of 2018, 2021 and February 2024. Vestibular schwannoma now "
        "17 x 12 mm (⟦Se 9 Im 40|9:40⟧), February 2024 16 x 12 mm (⟦Se 9 Im 38|9:38 P⟧), 2021 14 x 10 mm "
        "(⟦Se 7 Im 35|7:35 P⟧).",
    ),
]

# An earlier-exam label inside the citation's bracket or around it.
BATCH2: list[Excerpt] = [
    parse(
        "de",
        "Schädelsonographie, Tag 5. Subependymale Zyste links (⟦Bild 2|-:2⟧). Im Vorschall vom Tag 2 kleiner "
        "(⟦Vorschall Bild 7|-:7 P⟧).",
    ),
    parse(
        "de",
        "Röntgen Handgelenk. Distale Radiusfraktur (⟦Bild 1|-:1⟧). In der Voraufnahme vom 02.03.2026 noch ohne "
        "Stufe (⟦Bild 3 der Voraufnahme|-:3 P⟧).",
    ),
    parse(
        "de",
        "Pleuraerguss rechts 3 cm (⟦Serie 4, Bild 90|4:90⟧), bereits in der externen CT vom 11.01.2026 "
        "nachweisbar (⟦externe CT Serie 2, Bild 40|2:40 P⟧).",
    ),
    parse(
        "de",
        "Nierenzyste links 18 mm (⟦Serie 6, Bild 55|6:55⟧), stabil gegenüber dem Vorbefund (⟦precedente: serie 4 "
        "immagine 22|4:22 P⟧). Lymphknoten paraaortal (⟦serie 6 imm. 70|6:70⟧).",
    ),
    parse(
        "de",
        "Leberherd Segment VI 14 mm (⟦Serie 5, Bild 61|5:61⟧), 11 mm in der Vergleichsuntersuchung (⟦CT externe, "
        "série 5 image 71|5:71 P⟧); Milz unauffällig (⟦Serie 5, Bild 80|5:80⟧).",
    ),
    parse(
        "de",
        "Postmortale CT. Rippenserienfraktur links (⟦Serie 3, Bild 140|3:140⟧). Bereits in der klinischen CT vom "
        "28.11.2026 abgebildet (⟦klinische CT Serie 6, Bild 52|6:52 P⟧).",
    ),
    parse(
        "en",
        "Cystic lesion of the pancreatic tail 16 mm (⟦series 5, image 33|5:33⟧), 12 mm on the outside study "
        "(⟦outside CT series 2, image 41|2:41 P⟧).",
    ),
    parse(
        "de",
        "Gliom rechts frontal (⟦Se 11 Bi 40|11:40⟧), Größenzunahme gegenüber (⟦Vor-MRT Se 9 Bi 37|9:37 P⟧).",
    ),
]

# A clause headed by an earlier exam; the citation after its finding.
BATCH3: list[Excerpt] = [
    parse(
        "en",
        "Fetal MRI at 30 weeks. Right CPAM 24 mL (⟦7:20-31|7:20-31⟧). Prior fetal MRI at 22 weeks: CVR was 1.4 "
        "(⟦4:15-25|4:15-25 P⟧).",
    ),
    parse(
        "de",
        "Lungenembolie rechts (⟦Serie 5, Bild 70|5:70⟧). Mittellappen im CT vom 03.05.2026 noch unauffällig, "
        "⟦Serie 2, Bild 66|2:66 P⟧. D-Dimer 2,1 mg/l.",
    ),
    parse(
        "de",
        "Thrombus in der Vena portae, ⟦serie 4 immagine 51|4:51⟧. Nel CT precedente (14.02.2026) kein Thrombus, "
        "⟦serie 3 immagine 48|3:48 P⟧.",
    ),
    parse(
        "en",
        "Mass in the left lower lobe 18 mm ⟦series five image sixty|5:60⟧. Compared with the previous CT of 4th May "
        "the mass measured 13 mm ⟦series 3 image 52|3:52 P⟧ full stop",
    ),
    parse(
        "de",
        "Mammographie, Herdbefund oben außen rechts (⟦Bild 1|-:1⟧). Im Vorscreening 2022 nicht sichtbar (⟦Bild "
        "1|-:1 P⟧).",
    ),
    parse(
        "en",
        "Hydronephrosis of the left kidney, pelvis 19 mm (⟦series 3, image 40|3:40⟧). Prior ultrasound of 2 March: "
        "pelvis was 11 mm (⟦image 6|-:6 P⟧).",
    ),
    parse(
        "de",
        "Hämatom im M. iliopsoas 5 cm (⟦Serie 3, Bild 98|3:98⟧). In der Vor-CT vom 20.10.2026 damals 3 cm, "
        "⟦Serie 2, Bild 90|2:90 P⟧.",
    ),
    parse(
        "de",
        "Lungenrundherd 9 mm (⟦série 4 image 77|4:77⟧). Sur l'examen précédent du 12.04.2026, nodule de 6 mm "
        "(⟦série 3 image 70|3:70 P⟧).",
    ),
]

# Second-opinion letters: outside images are prior; own-house exams are today's, however dated.
BATCH4: list[Excerpt] = [
    parse(
        "de",
        "Zweitbegutachtung der CT vom 04.06.2026 (auswärtiges Spital): Divertikulitis mit Wandverdickung auf den "
        "Fremdbildern ⟦Serie 301, Bild 12|301:12 P⟧. In der hauseigenen Kontroll-CT vom 07.06.2026 gedeckte "
        "Perforation ⟦Serie 4, Bild 58|4:58⟧.",
    ),
    parse(
        "de",
        "Zweitmeinung: Auf den Fremdaufnahmen Kompressionsfraktur LWK 2 ⟦Serie 401, Bild 33|401:33 P⟧; in unserer "
        "MRT vom 15.07.2026 Ödem ⟦Serie 7, Bild 11|7:11⟧.",
    ),
    parse(
        "en",
        "Second opinion. On the outside images the appendix measured 12 mm (⟦series 501, image 40|501:40 P⟧). On "
        "our follow-up CT of 09/02/2026 there is a 3 cm abscess (⟦series 3, image 66|3:66⟧).",
    ),
    parse(
        "de",
        "Konsil: Schenkelhalsfraktur auf den Fremdbildern ⟦Serie 601, Bild 5|601:5 P⟧, in der hauseigenen CT vom "
        "12.10.2026 disloziert ⟦Serie 2, Bild 44|2:44⟧.",
    ),
]

# Look-alikes: today's citations near a comparison or an earlier exam.
BATCH5: list[Excerpt] = [
    parse(
        "en",
        "Compared with the prior, today's lesion on ⟦image 45 of series 6|6:45⟧ measures 14 mm (⟦series 6, image "
        "45|6:45⟧).",
    ),
    parse("de", "Im Vergleich zur VU vom 03.2026 heute 12 mm (⟦Se 3 Bi 20|3:20⟧)."),
    parse("de", "Oligodendrogliom, WHO 2021 Grad 2 (⟦Se 4 Bi 9|4:9⟧)."),
    parse("en", "Fleischner 2017: solid nodule 7 mm (⟦series 3 image 60|3:60⟧), follow-up in 6-12 months."),
    parse(
        "de",
        "Vergleich mit 2023. Aktuell neue Metastase Segment VII (⟦Serie 5, Bild 44|5:44⟧) und Segment II (⟦Serie "
        "5, Bild 30|5:30⟧).",
    ),
    parse(
        "en",
        "Compared with the scans of 2022 and 2024. There is a new 9 mm nodule in the lingula (⟦series 4 image "
        "101|4:101⟧).",
    ),
    parse(
        "de",
        "Im Vorschall war die Zyste kleiner; heute 14 mm (⟦Bild 3|-:3⟧).",
    ),
    parse(
        "en",
        "Relative to the 2024 MRI, the lesion now measures 20 mm (⟦series 8, image 15|8:15⟧).",
    ),
    parse(
        "de",
        "Leberzyste 2,1 cm (⟦Serie 4, Bild 30|4:30⟧), Vorbefund 1,8 cm. Neue Zyste Segment III (⟦Serie 4, Bild "
        "41|4:41⟧).",
    ),
    parse(
        "de",
        "Verlaufskontrolle seit 2021. Pankreaszyste heute 22 mm (⟦Serie 6, Bild 18|6:18⟧).",
    ),
]
