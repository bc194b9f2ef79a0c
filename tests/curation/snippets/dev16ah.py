"""DEV set for issue 16, round 31a fixes (engineer refs-fix31a): the structure class, bare citations in table cells,
list items and template fields whose series (and study) is given once in a column header, a caption, a list
heading, a legend line or a template field.

Written from the refs-fix31a brief's class description and the class listing of retired refs AH's losses, before
this engineer read the modules at fault; no text of AH is copied. Markup is dev16c's (as dev16ag): `⟦visible
citation|spec⟧` with `S:I` / `S:I-J` items, `-` for no series, `P` for a prior study (a "Baseline", "Vor-Unt.",
"VU", "prior", "nadir" column of a lesion table is an earlier study; "aktuell", "heute", "today", "current" the
present one), `#x` the expected snippet `⟨x|...⟩` (the lesion / finding cell of the row). DE/AT/CH/UK/US habits;
invented names, dates and numbers.

Classes:
- BATCH1, pipe and markdown tables with a series/image column or an "S:I"-like notation in the header, one row per
  lesion, with baseline/nadir/today columns.
- BATCH2, space- and tab-aligned tables ("Se/Im", "Serie/Bild", "Ser:Img" headers), several timepoints per row.
- BATCH3, captions and list headings naming the series once ("Serie 5:", "(alle Angaben Serie 3)", "Series 4,
  axial:"), bare image numbers or "Bild n" in the items below.
- BATCH4, legend lines naming series by number and plane/sequence ("Serien: 4 = axial KM, 7 = koronar"), cited
  below by number ("4/61") or by name ("koronar Bild 22").
- BATCH5, structured templates: "field: value" lines with a "Serie"/"Bild" field, checkbox lines.
- BATCH6, look-alikes that must stay unmined: tables without image columns, size-only / HU / volume tables,
  numbered lists whose numbers are item numbers, a legend that names series but cites nothing, segment and level
  tables.

Measured once on the unchanged miner (branch refs-fix31a at 2a14d81, `include_prior=True`), aggregate only, refs
tp / fp / fn, snippet token-F1 over matched refs (`python -m tests.curation.snippets.test_dev16ah_shape`):
- BATCH1 pipe tables (5 excerpts, 16 refs): 16/0/0, F1 1.000.
- BATCH2 space- and tab-aligned tables (5 excerpts, 16 refs): 1/2/15, F1 1.000.
- BATCH3 captions and list headings (5 excerpts, 11 refs): 9/0/2, F1 1.000.
- BATCH4 legend lines (4 excerpts, 8 refs): 3/4/5, F1 1.000.
- BATCH5 templates (4 excerpts, 5 refs): 5/0/0, F1 0.293.
- BATCH6 look-alikes (8 excerpts, 2 refs, 7 without): 2/0/0, F1 1.000.
- all (31 excerpts, 58 refs): 36/6/22, F1 0.902.
"""

from __future__ import annotations

from tests.curation.snippets.dev16c import Excerpt, parse

__all__ = ["BATCH1", "BATCH2", "BATCH3", "BATCH4", "BATCH5", "BATCH6"]

# Pipe and markdown tables with series/image columns.
BATCH1: list[Excerpt] = [
    parse(
        "de",
        "Zielläsionen nach RECIST 1.1 (Angaben Serie/Bild):\n"
        "| # | Läsion | Baseline 02.09.2025 | aktuell | Durchmesser |\n"
        "|---|---|---|---|---|\n"
        "| 1 | ⟨a|Lebermetastase Segment VI⟩ | ⟦5/88|5:88 P #a⟧ | ⟦5/85|5:85 #a⟧ | 41 -> 29 mm |\n"
        "| 2 | ⟨b|Nebennierenmetastase links⟩ | ⟦5/61|5:61 P #b⟧ | ⟦5/60|5:60 #b⟧ | 24 -> 19 mm |",
    ),
    parse(
        "en",
        "Target lesions (Se:Im)\n"
        "| Lesion | Prior 11/04/2025 | Current | Size prior | Size now |\n"
        "| ⟨a|Right lower lobe nodule⟩ | ⟦3:142|3:142 P #a⟧ | ⟦3:139|3:139 #a⟧ | 17 mm | 12 mm |\n"
        "| ⟨b|Subcarinal node⟩ | ⟦2:77|2:77 P #b⟧ | ⟦2:74|2:74 #b⟧ | 19 mm | 15 mm |",
    ),
    parse(
        "de",
        "| Nr | Befund | Serie | Bild | Größe |\n"
        "| 1 | ⟨a|Hypodense Läsion Pankreasschwanz⟩ | 6 | ⟦47|6:47 #a⟧ | 14 mm |\n"
        "| 2 | ⟨b|Zyste Niere links Oberpol⟩ | 6 | ⟦52|6:52 #b⟧ | 9 mm |",
    ),
    parse(
        "en",
        "| Node | Station | Series | Image | Short axis |\n"
        "| ⟨a|Left axillary node⟩ | L1 | 4 | ⟦31|4:31 #a⟧ | 11 mm |\n"
        "| ⟨b|Left supraclavicular node⟩ | IV | 4 | ⟦12|4:12 #b⟧ | 8 mm |",
    ),
    parse(
        "de",
        "Lugano-Verlauf (Se:Bi):\n"
        "| Region | Vor-PET | jetzt | SUVmax vorher/jetzt |\n"
        "| ⟨a|Mediastinal links⟩ | ⟦2:55|2:55 P #a⟧ | ⟦2:58|2:58 #a⟧ | 9,4 / 2,1 |\n"
        "| ⟨b|Milz⟩ | ⟦2:101|2:101 P #b⟧ | ⟦2:99|2:99 #b⟧ | 6,2 / 1,8 |",
    ),
]

# Space- and tab-aligned tables.
BATCH2: list[Excerpt] = [
    parse(
        "de",
        "Läsion                      Se/Im VU     Se/Im aktuell   Größe\n"
        "⟨a|Rundherd OL rechts⟩           ⟦3/64|3:64 P #a⟧         ⟦3/66|3:66 #a⟧            8 -> 11 mm\n"
        "⟨b|Rundherd UL links⟩            ⟦3/190|3:190 P #b⟧        ⟦3/187|3:187 #b⟧           5 -> 5 mm",
    ),
    parse(
        "en",
        "Lesion\tSeries/Image\tSize (mm)\n"
        "⟨a|Segment 8 lesion⟩\t⟦7/33|7:33 #a⟧\t22\n"
        "⟨b|Segment 3 lesion⟩\t⟦7/51|7:51 #b⟧\t13",
    ),
    parse(
        "de",
        "Befund                 Serie/Bild     Durchmesser\n"
        "⟨a|LK iliakal extern re⟩   ⟦8/140|8:140 #a⟧          13 mm\n"
        "⟨b|LK inguinal li⟩         ⟦8/182|8:182 #b⟧          10 mm",
    ),
    parse(
        "en",
        "Nodule     Baseline (se:im)   Nadir (se:im)   Today (se:im)\n"
        "⟨a|RUL⟩        ⟦4:37|4:37 P #a⟧              ⟦4:40|4:40 P #a⟧           ⟦4:39|4:39 #a⟧\n"
        "⟨b|LLL⟩        ⟦4:201|4:201 P #b⟧             ⟦4:198|4:198 P #b⟧          ⟦4:199|4:199 #b⟧",
    ),
    parse(
        "de",
        "MS-Läsionen\tSerie:Bild\tneu?\n"
        "⟨a|periventrikulär links⟩\t⟦5:18|5:18 #a⟧\tnein\n"
        "⟨b|juxtakortikal parietal rechts⟩\t⟦5:24|5:24 #b⟧\tja",
    ),
]

# Captions and list headings naming the series once.
BATCH3: list[Excerpt] = [
    parse(
        "de",
        "Lungenrundherde, Serie 4:\n"
        "- ⟨a|Oberlappen rechts, 6 mm⟩, ⟦Bild 58|4:58 #a⟧\n"
        "- ⟨b|Mittellappen, 4 mm⟩, ⟦Bild 97|4:97 #b⟧\n"
        "- ⟨c|Unterlappen links, 5 mm⟩, ⟦Bild 133|4:133 #c⟧",
    ),
    parse(
        "de",
        "Lebermetastasen (alle Angaben Serie 3):\n"
        "1. ⟨a|Segment II, 18 mm⟩ (⟦Bild 41|3:41 #a⟧)\n"
        "2. ⟨b|Segment VII, 25 mm⟩ (⟦Bild 66|3:66 #b⟧)",
    ),
    parse(
        "en",
        "Series 6, axial post-contrast:\n"
        "* ⟨a|Enhancing lesion in the right parietal lobe⟩, ⟦image 44|6:44 #a⟧\n"
        "* ⟨b|Smaller satellite lesion posterior to it⟩, ⟦image 47|6:47 #b⟧",
    ),
    parse(
        "en",
        "Key images (series 2):\n"
        "1) ⟨a|Pneumothorax apex left⟩ - ⟦im 15|2:15 #a⟧\n"
        "2) ⟨b|Displaced fracture of the 5th rib⟩ - ⟦im 62|2:62 #b⟧",
    ),
    parse(
        "de",
        "Knochenläsionen, Serie 9 (sagittal):\n"
        "• ⟨a|BWK 8, sklerotisch⟩ ⟦Bild 21|9:21 #a⟧\n"
        "• ⟨b|LWK 3, gemischt⟩ ⟦Bild 24|9:24 #b⟧",
    ),
]

# Legend lines naming series, cited below.
BATCH4: list[Excerpt] = [
    parse(
        "de",
        "Serien: 4 = axial KM, 7 = koronar.\n"
        "⟨a|Appendix verdickt auf 11 mm⟩ (⟦4/96|4:96 #a⟧), ⟨b|periappendizitische Imbibierung⟩ "
        "(⟦koronar Bild 22|7:22 #b⟧).",
    ),
    parse(
        "en",
        "Series key: 3 = axial T2, 5 = sagittal T1.\n"
        "⟨a|L4/5 disc extrusion⟩ (⟦sagittal T1 image 9|5:9 #a⟧), ⟨b|narrowing of the left lateral recess⟩ "
        "(⟦3/27|3:27 #b⟧).",
    ),
    parse(
        "de",
        "Legende: Se 2 = Lungenfenster, Se 3 = Weichteilfenster.\n"
        "⟨a|Milchglasherd Oberlappen links⟩ ⟦Lungenfenster Bild 40|2:40 #a⟧. ⟨b|Pleuraerguss rechts⟩ "
        "⟦3/120|3:120 #b⟧.",
    ),
    parse(
        "de",
        "Serien: 301 = DWI, 302 = ADC, 305 = FLAIR.\n"
        "⟨a|Akuter Infarkt im Mediastromgebiet links⟩ (⟦DWI Bild 14|301:14 #a⟧, ⟦ADC Bild 14|302:14 #a⟧).",
    ),
]

# Structured templates.
BATCH5: list[Excerpt] = [
    parse(
        "de",
        "Befund: ⟨a|Rundherd im apikalen Unterlappensegment rechts⟩\n"
        "Größe: 9 x 7 mm\n"
        "Serie/Bild: ⟦3/211|3:211 #a⟧\n"
        "Lung-RADS: 4A",
    ),
    parse(
        "en",
        "Finding: ⟨a|Observation 1, arterial-phase hyperenhancing nodule in segment 7⟩\n"
        "Size: 21 mm\n"
        "Series: 5\n"
        "Image: ⟦34|5:34 #a⟧\n"
        "LI-RADS category: LR-5",
    ),
    parse(
        "de",
        "[x] ⟨a|Perikarderguss⟩ – Serie 4, ⟦Bild 77|4:77 #a⟧\n"
        "[ ] Pleuraerguss\n"
        "[x] ⟨b|Aszites perihepatisch⟩ – Serie 4, ⟦Bild 130|4:130 #b⟧",
    ),
    parse(
        "en",
        "Lesion 1\n  Location: ⟨a|left adrenal gland⟩\n  Attenuation: 8 HU\n  Reference: ⟦series 3 / image 62|3:62 #a⟧",
    ),
]

# Look-alikes that must stay unmined (or keep only the written citation).
BATCH6: list[Excerpt] = [
    parse(
        "de",
        "| Nr | Läsion | Baseline | aktuell |\n"
        "| 1 | Lebermetastase Segment 6 | 41 mm | 29 mm |\n"
        "| 2 | LK paraaortal | 24 mm | 15 mm |",
    ),
    parse(
        "en",
        "Region     Volume (ml)   Mean HU\nLeft lobe  612           54\nRight lobe 1140          58",
    ),
    parse(
        "de",
        "Beurteilung:\n"
        "1. Progrediente Lebermetastasen.\n"
        "2. Neu aufgetretener Pleuraerguss rechts.\n"
        "3. Kein Anhalt für Lungenembolie.",
    ),
    parse("de", "Serien: 3 = FLAIR axial, 5 = T1 KM axial, 8 = DWI. Keine Auffälligkeiten."),
    parse(
        "en",
        "Level   Canal (mm)   Foramina\nL3/4    12           patent\nL4/5    8            left narrowed",
    ),
    parse(
        "de",
        "Segment | Läsionen | größte (mm)\nII | 2 | 14\nVI | 3 | 22\nVIII | 1 | 9",
    ),
    parse(
        "de",
        "Zielläsionen (Serie/Bild):\n"
        "| Läsion | aktuell | Größe |\n"
        "| ⟨a|Lungenmetastase UL rechts⟩ | ⟦3/77|3:77 #a⟧ | 15 mm |\n"
        "| ⟨b|Lebermetastase Segment 4⟩ | ⟦5/40|5:40 #b⟧ | 21 mm |",
    ),
    parse(
        "en",
        "Date        Study      Lesions\n03/2024     CT chest   3\n09/2025     CT chest   5",
    ),
]
