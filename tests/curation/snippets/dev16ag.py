"""DEV set for issue 16, round 30b fixes (engineer refs-fix30b): snippet bounds in machine-made and relayed texts, and
the list / range / slash forms and false hits found on the retired sets AF and AG.

Written from the refs-fix30b brief's class descriptions and the class listing of AF/AG's losses (retired sets), before
this engineer read the modules at fault; no text of AF or AG is copied. Markup is dev16c's (as dev16ae/dev16ad):
`⟦visible citation|spec⟧` with `S:I` / `S:I-J` items, `-` for no series, `P` for a prior or outside study, `#x` the
expected snippet `⟨x|...⟩`. DE/AT/CH/UK/US habits; invented names, dates and numbers.

Snippet labels (dev16c's rule, applied to unpunctuated text): the finding the citation belongs to, without dictation
commands ("Punkt", "neue Zeile", "period", "full stop", "new paragraph", "point à la ligne", "punto a capo", "Komma",
"comma"), without record or field heads ("OBX|2|TX|BEF||", "key=" fields, trailing "||||||F"), without SR tree words
("CONTAINS:", "INFERRED FROM:", "Image Reference ="), without list labels ("Key image 2:", "#3") and chat heads
("[08:14] Dr. Y.:"); where the citation comes first on its item (a key-image list, a chat line) the finding after it.

Classes:
- BATCH1, dictation commands as sentence ends (DE/AT/CH/UK/US, French and Italian of Swiss writers).
- BATCH2, HL7 segments and RIS exports flattened to one line: segment heads, "|" "^" "~" separators, "key=" fields.
- BATCH3, DICOM SR text trees: a citation on its own tree line belongs to the finding item above it.
- BATCH4, key-image lists and chat / e-mail lines: the citation first on its item, time stamps and speaker heads.
- BATCH5, list and slash forms: an image slash pair after a written series ("Serie 3, Bild 45/46": two images), an
  unbracketed "S 3/40" after a finding word, a second image in a list after an abbreviated image word, "Instance" as
  an image word, French/Italian abbreviations ("sér. 4 im. 61", "imm. 12"), a French range "images 20 à 24".
- BATCH6, look-alikes that must stay as they are: prose with "Punkt"/"period"/"point" as words, pipe tables in prose,
  times of day in chat heads and brackets, "Bild 12/180"-like counters, segment pairs "S6/7", levels.

Measured once on the unchanged miner (branch refs-fix30b at 86a8c9b, `include_prior=True`), aggregate only, refs
tp / fp / fn, snippet token-F1 over matched refs (`python -m tests.curation.snippets.test_dev16ag_shape`):
- BATCH1 dictation commands (12 excerpts, 22 refs): 22/0/0, F1 0.783.
- BATCH2 HL7 / RIS exports (7 excerpts, 12 refs): 12/0/0, F1 0.741.
- BATCH3 SR trees (3 excerpts, 6 refs): 6/0/0, F1 0.000.
- BATCH4 key-image lists, chat lines (7 excerpts, 15 refs): 14/1/1, F1 0.333.
- BATCH5 list and slash forms (10 excerpts, 19 refs): 7/1/12, F1 1.000.
- BATCH6 look-alikes (12 excerpts, 7 refs, 5 without): 7/3/0, F1 1.000.
- all (51 excerpts, 81 refs): 68/5/13, F1 0.658.
"""

from __future__ import annotations

from tests.curation.snippets.dev16c import Excerpt, parse

__all__ = ["BATCH1", "BATCH2", "BATCH3", "BATCH4", "BATCH5", "BATCH6"]

# Dictation commands as sentence ends.
BATCH1: list[Excerpt] = [
    parse(
        "de",
        "⟨a|Kleine Leberzyste in Segment IV⟩ ⟦Serie 5 Bild 31|5:31 #a⟧ Punkt neue Zeile ⟨b|Milz nicht "
        "vergrößert⟩ ⟦Serie 5 Bild 48|5:48 #b⟧ Punkt",
    ),
    parse(
        "de",
        "Befund Doppelpunkt ⟨a|Pleuraerguss rechts basal⟩ ⟦Serie 3 Bild 120|3:120 #a⟧ Punkt Absatz "
        "⟨b|Dystelektase im rechten Unterlappen⟩ ⟦Serie 3 Bild 131|3:131 #b⟧ Punkt",
    ),
    parse(
        "de",
        "MRT LWS Punkt neuer Absatz ⟨a|Osteochondrose L4/5 mit Modic-I-Ödem⟩ ⟦Serie 6 Bild 9|6:9 #a⟧ Punkt "
        "nächster Absatz ⟨b|Spinalkanal weit⟩ ⟦Serie 8 Bild 22|8:22 #b⟧ Punkt",
    ),
    parse(
        "de",
        "⟨a|Divertikel im Colon descendens⟩ Komma ⟦Serie 2 Bild 150|2:150 #a⟧ Punkt Kein Anhalt für "
        "Divertikulitis Punkt",
    ),
    parse(
        "de",
        "⟨a|Zyste am Nierenunterpol links⟩ Beistrich ⟦Serie 4 Bild 96|4:96 #a⟧ Punkt Absatz ⟨b|Nebennieren "
        "schlank⟩ Beistrich ⟦Serie 4 Bild 70|4:70 #b⟧ Punkt",
    ),
    parse(
        "en",
        "⟨a|Small hiatus hernia⟩ ⟦series 4 image 77|4:77 #a⟧ period new line ⟨b|no free fluid in the "
        "pelvis⟩ ⟦series 4 image 140|4:140 #b⟧ period",
    ),
    parse(
        "en",
        "⟨a|Sclerotic focus in the left iliac bone⟩ ⟦series 6 image 88|6:88 #a⟧ full stop next paragraph "
        "⟨b|degenerative change at both hips⟩ ⟦series 6 image 101|6:101 #b⟧ full stop",
    ),
    parse(
        "en",
        "⟨a|Gallstones without cholecystitis⟩ comma ⟦series 5 image 60|5:60 #a⟧ full stop new paragraph "
        "⟨b|common bile duct 5 mm⟩ comma ⟦series 5 image 66|5:66 #b⟧ full stop",
    ),
    parse(
        "en",
        "CT chest period new paragraph ⟨a|Ground glass nodule in the lingula 6 mm⟩ ⟦series 3 image 150|3:150 "
        "#a⟧ period",
    ),
    parse(
        "de",
        "⟨a|Nodule hépatique segment VI⟩ ⟦série 4 image 52|4:52 #a⟧ point à la ligne ⟨b|kyste rénal "
        "gauche⟩ ⟦série 4 image 70|4:70 #b⟧ point",
    ),
    parse(
        "de",
        "⟨a|Nodulo polmonare al lobo inferiore destro⟩ ⟦serie 3 immagine 64|3:64 #a⟧ punto a capo "
        "⟨b|versamento pleurico minimo⟩ ⟦serie 3 immagine 90|3:90 #b⟧ punto",
    ),
    parse(
        "de",
        "Vergleich mit der Voruntersuchung Doppelpunkt ⟨a|Herd damals 5 mm⟩ ⟦Serie 2 Bild 41|2:41 P #a⟧ "
        "Punkt neue Zeile ⟨b|heute 8 mm⟩ ⟦Serie 4 Bild 44|4:44 #b⟧ Punkt",
    ),
]

# HL7 segments and RIS exports on one line.
BATCH2: list[Excerpt] = [
    parse(
        "de",
        "OBX|1|TX|BEF||⟨a|Hypodense Leberläsion Segment VII 14 mm⟩ (⟦Se 5/Bi 44|5:44 #a⟧)||||||F "
        "OBX|2|TX|BEF||⟨b|Aszites perihepatisch⟩ (⟦Se 5/Bi 30|5:30 #b⟧)||||||F",
    ),
    parse(
        "en",
        "OBX|3|FT|IMP^Impression||⟨a|Right lower lobe consolidation⟩, ⟦series 2 image 140|2:140 #a⟧~"
        "⟨b|small right effusion⟩, ⟦series 2 image 160|2:160 #b⟧||||||F",
    ),
    parse(
        "de",
        "OBX|4|TX|^Befund^L||⟨a|Meniskusriss Hinterhorn medial⟩ ⟦Serie 8 Bild 14|8:14 #a⟧~⟨b|vorderes "
        "Kreuzband intakt⟩ ⟦Serie 9 Bild 11|9:11 #b⟧||||||F|||20260114",
    ),
    parse(
        "de",
        "RIS;Untersuchung=MRT Knie;Befund=⟨a|Knorpelschaden Grad III retropatellar⟩ ⟦Serie 4 Bild 18|4:18 "
        "#a⟧;Status=final",
    ),
    parse(
        "en",
        "EXPORT | Accession RX26-1123 | CT ABDOMEN | ⟨a|Acute appendicitis with appendicolith⟩ ⟦series 3 "
        "image 92|3:92 #a⟧ | ⟨b|no perforation⟩ ⟦series 3 image 95|3:95 #b⟧ | Verified",
    ),
    parse(
        "de",
        "MSH|^~&|RIS|KSB|KIS|KSB|20260201||ORU^R01|77120|P|2.3 OBX|1|TX|BEFUND||⟨a|Rippenfraktur lateral "
        "rechts⟩ (⟦Serie 2, Bild 61|2:61 #a⟧).||||||F",
    ),
    parse(
        "de",
        "Befundexport;Datum=12.02.2026;Befund=⟨a|Kompressionsfraktur BWK 12 ohne Hinterkantenbeteiligung⟩ "
        "⟦Serie 7 Bild 33|7:33 #a⟧;Vergleich=⟨b|BWK 12 damals intakt⟩ ⟦Serie 5 Bild 30|5:30 P #b⟧",
    ),
]

# DICOM SR text trees.
BATCH3: list[Excerpt] = [
    parse(
        "de",
        "SR-Export:\nCONTAINS: Befund 1\n  HAS PROPERTIES: Läsion = ⟨a|Nodulus Mittellappen 7 mm⟩\n"
        "  INFERRED FROM: Image Reference = ⟦Serie 3, Bild 77|3:77 #a⟧\nCONTAINS: Befund 2\n"
        "  HAS PROPERTIES: Läsion = ⟨b|Granulom Unterlappen links⟩\n  INFERRED FROM: Image Reference = "
        "⟦Serie 3, Bild 140|3:140 #b⟧",
    ),
    parse(
        "en",
        "CONTAINS: Measurement Group 1\n  CONTAINS: Finding = ⟨a|Renal mass right lower pole⟩\n  CONTAINS: "
        "Long Axis = 34 mm\n  INFERRED FROM: Image Reference = ⟦Series 4 / Image 61|4:61 #a⟧\nCONTAINS: "
        "Measurement Group 2\n  CONTAINS: Finding = ⟨b|Retroperitoneal node⟩\n  INFERRED FROM: Image Reference"
        " = ⟦Series 4 / Image 80|4:80 #b⟧",
    ),
    parse(
        "en",
        "CONTAINS: TEXT: ⟨a|Suspected osteomyelitis of the first metatarsal⟩\nCONTAINS: Image Reference = "
        "⟦series 7, image 12|7:12 #a⟧\nCONTAINS: TEXT: ⟨b|Soft tissue abscess plantar⟩\nCONTAINS: Image Reference = "
        "⟦series 9, image 20|9:20 #b⟧",
    ),
]

# Key-image lists and chat / e-mail lines.
BATCH4: list[Excerpt] = [
    parse(
        "de",
        "Schlüsselbilder: Schlüsselbild 1: ⟦Se 4 Bi 61|4:61 #a⟧ – ⟨a|Milzinfarkt am Unterpol⟩. "
        "Schlüsselbild 2: ⟦Se 4 Bi 90|4:90 #b⟧ – ⟨b|Niereninfarkt links⟩.",
    ),
    parse(
        "en",
        "Key images: Key image 1: ⟦series 5 image 33|5:33 #a⟧ ⟨a|appendicolith at the base⟩; Key image 2: "
        "⟦series 5 image 40|5:40 #b⟧ ⟨b|periappendiceal fluid⟩.",
    ),
    parse(
        "de",
        "Key Images: #1 ⟦Se 3 IMA 14|3:14 #a⟧ ⟨a|Fissur der Tibiakonsole⟩; #2 ⟦Se 3 IMA 19|3:19 #b⟧ "
        "⟨b|Lipohämarthros⟩.",
    ),
    parse(
        "de",
        "[09:12] Dr. W.: ⟨a|Milzinfarkt am Unterpol⟩ ⟦Se 4 Bi 71|4:71 #a⟧\n[09:14] Dr. R.: auch "
        "⟨b|Niereninfarkt links⟩, ⟦Se 4 Bi 90|4:90 #b⟧",
    ),
    parse(
        "de",
        "[16:40] Dr. H.: schau ⟦Se 2 Bi 45|2:45 #a⟧ – ⟨a|ist das eine Dissektion der A. vertebralis?⟩\n"
        "[16:43] Dr. K.: ja, ⟨b|Flap bis C2⟩, ⟦Se 2 Bi 50-55|2:50-55 #b⟧.",
    ),
    parse(
        "en",
        "[11:02] J. Park: can you check ⟦series 6 image 77|6:77 #a⟧ – ⟨a|is that a scaphoid waist "
        "fracture?⟩\n[11:05] A. Ruiz: yes, ⟨b|undisplaced⟩, ⟦series 6 image 79|6:79 #b⟧.",
    ),
    parse(
        "de",
        "PACS-Notiz: ⟦Ser. 3 Bild 12|3:12 #a⟧ ⟨a|Tibiakopffraktur lateral⟩ | ⟦Ser. 3 Bild 18|3:18 #b⟧ "
        "⟨b|Impressionsfraktur 6 mm⟩ | ⟦Ser. 5 Bild 9|5:9 #c⟧ ⟨c|Lipohämarthros⟩",
    ),
]

# List and slash forms.
BATCH5: list[Excerpt] = [
    parse("de", "⟨a|Zwei Rundherde im linken Unterlappen⟩ (⟦Serie 4, Bild 61/62|4:61 4:62 #a⟧)."),
    parse("de", "⟨a|Lymphknoten paraaortal⟩ (⟦Serie 5, Bild 102/108|5:102 5:108 #a⟧), größenkonstant."),
    parse("en", "⟨a|Two sclerotic foci in T9⟩ (⟦series 7, images 33/35|7:33 7:35 #a⟧)."),
    parse("de", "⟨a|Rundherd⟩ ⟦S 4/77|4:77 #a⟧ im Oberlappen rechts, 6 mm."),
    parse("de", "⟨a|Herd⟩ ⟦S 6/120|6:120 #a⟧ subpleural links, unverändert."),
    parse(
        "de",
        "⟨a|Acetabulumfraktur hinterer Pfeiler⟩ ⟦Se 3 Im 87, 91|3:87 3:91 #a⟧ | ⟨b|Iliumfraktur⟩ "
        "⟦Se 3 Im 120, 126|3:120 3:126 #b⟧",
    ),
    parse("en", "CONTAINS: IMAGE: ⟦Series 701, Instance 24|701:24⟧\nCONTAINS: IMAGE: ⟦Series 702, Instance 9|702:9⟧"),
    parse("de", "⟨a|Hépatomégalie⟩ ⟦sér. 4 im. 61|4:61 #a⟧, ⟨b|varices spléniques⟩ ⟦im. 70 et 73|4:70 4:73 #b⟧."),
    parse("de", "⟨a|Versamento pericardico⟩ ⟦serie 2 imm. 12|2:12 #a⟧."),
    parse("de", "⟨a|Embolie lobaire inférieure droite⟩ ⟦série 6, images 20 à 24|6:20-24 #a⟧."),
]

# Look-alikes that must stay as they are (snippets in prose, no refs for counters, times, segments, levels).
BATCH6: list[Excerpt] = [
    parse("de", "⟨a|Punktförmige Verkalkung im Pankreaskopf⟩ (⟦Serie 4, Bild 61|4:61 #a⟧)."),
    parse("de", "⟨a|Kein Fokus am McBurney-Punkt⟩ (⟦Serie 3, Bild 90|3:90 #a⟧)."),
    parse("en", "⟨a|Fluid collection, stable over a period of three months⟩ (⟦series 4, image 33|4:33 #a⟧)."),
    parse("en", "⟨a|New line of consolidation along the fissure⟩ (⟦series 3 image 70|3:70 #a⟧)."),
    parse("de", "⟨a|Pas de point de fuite du contraste⟩ (⟦série 5 image 40|5:40 #a⟧)."),
    parse(
        "de",
        "⟨a|Lungenrundherd 9 mm⟩ (⟦Serie 3, Bild 44|3:44 #a⟧). Befund am 14.01.2026 um 10:15 Uhr "
        "telefonisch an Dr. N. übermittelt.",
    ),
    parse("de", "Dr. B. (10:15): Bitte Zimmer 12 anrufen.\nDr. F. (10:21): erledigt."),
    parse("de", "Im CT vom Vortag (23:40) kein Hämatom."),
    parse("de", "Leberherde in S6/7 und S 2/3, unverändert."),
    parse("de", "Bandscheibenvorfall L4/5 und Th11/12, Bild 1 von 2."),
    parse("en", "Message 3/7 from Dr. Lee at 14:32: please call ward 6."),
    parse("de", "Tumorboard, Folie 4/12: ⟨a|Rektumkarzinom cT3⟩ ⟦Se 5 Bi 18|5:18 #a⟧."),
]
