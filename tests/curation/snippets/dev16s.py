"""Dev set for issue 16, snippets round 8 (engineer refs-snippet): snippet boundaries as a new author marks them.

A DEV set, written by a fifth author (none of the `dev16c.py`..`dev16f.py` authors) BEFORE reading the snippet code
of `curation/snippets/mine.py`, in DE/AT/CH/UK/US habits, for the snippet cut only: each label is "the finding text
this citation supports" as this author reads it. Classes: findings with measurements and several clauses, one
citation supporting two findings, lists of findings each with its own citation, citations at sentence start and
end, citations in table rows, impressions, comparison sentences, heading-led lines. It holds no text of any
held-out set (none was opened). Markup as in `dev16c.py` (`parse`).

This author's convention: the finding's words with their measurements and qualifiers (size, site, side,
character, change against the prior) go in; presentational verbs and frames (`Es zeigt sich`, `There is`,
`Nachweis`, `siehe`, an organ heading before `:`, a list number) and the text after the citation's clause stay out.
"""

from __future__ import annotations

from tests.curation.snippets.dev16c import Excerpt, parse

__all__ = ["BATCH1", "EXCERPTS"]

_DE = [
    # findings with measurements and several clauses
    "⟨a|Im rechten Oberlappen ein 14 mm großer, spikulierter Rundherd mit pleuraler Ausziehung⟩ (⟦Serie 3, Bild "
    "77|3:77 #a⟧), suspekt auf ein Bronchialkarzinom.",
    "Es zeigt sich ⟨a|eine 2,3 x 1,8 cm messende, randständig KM-aufnehmende Läsion im Segment VI⟩ (⟦Se 4, Bi "
    "52|4:52 #a⟧).",
    "⟨a|Der mesenteriale Lymphknoten misst im Kurzachsendurchmesser 13 mm⟩ (⟦Bild 5/64|5:64 #a⟧) und ⟨b|ist damit "
    "grenzwertig vergrößert⟩.",
    "⟨a|Kleine Hiatushernie⟩ (⟦Serie 2, Bild 41|2:41 #a⟧), ⟨b|ansonsten unauffälliger Ösophagus⟩ (⟦Serie 2, Bild "
    "30|2:30 #b⟧).",
    "Nachweis ⟨a|einer frischen Deckplattenimpressionsfraktur LWK 1 mit Höhenminderung um etwa 20 %⟩ (⟦Serie 601, "
    "Bild 44|601:44 #a⟧), ⟨b|keine Hinterkantenbeteiligung⟩ (⟦Serie 601, Bild 46|601:46 #b⟧).",
    "⟨a|Perikarderguss mit einer Saumbreite von maximal 9 mm⟩ (⟦Se 3, Bi 61|3:61 #a⟧), hämodynamisch nicht "
    "relevant.",
    # one citation supporting two findings
    "⟨a|Pleuraerguss rechts mit Kompressionsatelektase des Unterlappens⟩ (⟦Serie 3, Bild 92|3:92 #a⟧).",
    "⟨a|Leberzyste und kleines Hämangiom im Segment VIII⟩ (⟦Bild 4/38|4:38 #a⟧).",
    "⟨a|Cholezystolithiasis und Choledocholithiasis mit Erweiterung des DHC auf 11 mm⟩ (⟦Serie 5, Bild 58|5:58 "
    "#a⟧).",
    # lists of findings, each with its own citation
    "Leber:\n- ⟨a|Zyste Segment II, 6 mm⟩ (⟦Bild 4/21|4:21 #a⟧)\n- ⟨b|Hämangiom Segment VII, 15 mm⟩ (⟦Bild "
    "4/33|4:33 #b⟧)\n- ⟨c|Steatosis hepatis⟩ (⟦Bild 4/40|4:40 #c⟧)",
    "⟨a|Lymphknoten paraaortal links 12 mm⟩ (⟦Se 4 Bi 71|4:71 #a⟧), ⟨b|interaortokaval 9 mm⟩ (⟦Se 4 Bi 75|4:75 "
    "#b⟧) und ⟨c|iliakal extern rechts 14 mm⟩ (⟦Se 4 Bi 102|4:102 #c⟧).",
    "1. ⟨a|Rundherd im Mittellappen, 7 mm⟩ (⟦Serie 3, Bild 88|3:88 #a⟧)\n2. ⟨b|Milchglasherd im Unterlappen "
    "links, 11 mm⟩ (⟦Serie 3, Bild 130|3:130 #b⟧)\n3. ⟨c|Verkalktes Granulom im Oberlappen rechts⟩ (⟦Serie 3, Bild "
    "41|3:41 #c⟧)",
    # citations at sentence start
    "⟦Serie 5, Bild 33|5:33 #a⟧: ⟨a|12 mm messender Lymphknoten paraaortal links⟩.",
    "Auf ⟦Bild 3/120|3:120 #a⟧ ⟨a|kleine subpleurale Konsolidierung im posterobasalen Unterlappen rechts⟩.",
    "In ⟦Serie 7, Bild 18|7:18 #a⟧ ⟨a|fokale Diffusionsrestriktion im Marklager links frontal⟩, vereinbar mit "
    "einer frischen Ischämie.",
    # heading-led lines
    "Nieren: ⟨a|Parapelvine Zyste links, 22 mm⟩ (⟦Se 4, Bi 80|4:80 #a⟧). ⟨b|Kein Harnaufstau⟩.",
    "Skelett: ⟨a|Osteolyse im Os ilium rechts mit Kortikalisdestruktion⟩ (⟦Serie 8, Bild 140|8:140 #a⟧).",
    "Thorax: ⟨a|Geringer Pleuraerguss beidseits⟩ (⟦Serie 2, Bild 70 und 72|2:70 2:72 #a⟧).",
    # tables
    "| Läsion | Serie/Bild | Größe |\n|---|---|---|\n| ⟨a|Leberherd Segment VIII⟩ | ⟦4/55|4:55 #a⟧ | 14 mm |\n"
    "| ⟨b|Nebennierenknoten links⟩ | ⟦4/70|4:70 #b⟧ | 19 mm |",
    # impressions
    "Beurteilung:\n1. ⟨a|Progrediente pulmonale Metastasierung⟩ (z. B. ⟦Serie 3, Bild 88|3:88 #a⟧).\n2. ⟨b|Neu "
    "aufgetretene Lebermetastase im Segment IVa⟩ (⟦Serie 4, Bild 37|4:37 #b⟧).",
    "Zusammenfassend ⟨a|Verdacht auf Appendizitis mit periappendizitischer Flüssigkeit⟩ (⟦Se 5 Bi 110|5:110 "
    "#a⟧), ⟨b|kein Hinweis auf Perforation⟩.",
    # comparison sentences
    "⟨a|Der Rundherd im Unterlappen links ist im Vergleich zur Voruntersuchung größenprogredient, aktuell 12 mm⟩ "
    "(⟦Serie 3, Bild 140|3:140 #a⟧).",
    "⟨a|Im Vergleich zur VU vom 03.04.2024 regrediente Lymphknoten mediastinal⟩ (⟦Serie 4, Bild 50|4:50 #a⟧).",
    "⟨a|Die Leberläsion misst aktuell 18 mm⟩ (⟦Se 4, Bi 41|4:41 #a⟧), ⟨b|in der Voruntersuchung 12 mm⟩ (⟦VU Se 3, "
    "Bi 39|3:39 P #b⟧).",
    "⟨a|Unverändert kleiner Nodulus im Oberlappen rechts⟩ (⟦Bild 3/44|3:44 #a⟧; ⟦VU Bild 2/41|2:41 P #a⟧).",
]

_AT_CH = [
    # AT: Se/Bi without brackets, findings in a row
    "⟨a|Leberhämangiom im Segment V, 2 cm⟩ ⟦Se 4 Bi 62|4:62 #a⟧, ⟨b|Nierenzyste rechts Bosniak I⟩ "
    "⟦Se 4 Bi 88|4:88 #b⟧.",
    "⟨a|Bandscheibenprotrusion L4/5 mit Einengung des Recessus links⟩ (⟦Se 5, Bi 9|5:9 #a⟧), ⟨b|Spondylarthrose "
    "L5/S1 beidseits⟩ (⟦Se 6, Bi 21|6:21 #b⟧).",
    "⟨a|Subsegmentale Lungenembolie im Unterlappen rechts⟩ (⟦Serie 4, Bilder 180 bis 186|4:180-186 #a⟧).",
    # CH: Bild S/I, measurements after the organ
    "⟨a|Pankreasschwanz mit 2,5 cm grosser zystischer Läsion⟩ (⟦Bild 5/61|5:61 #a⟧), DD IPMN.",
    "⟨a|Appendix auf 11 mm erweitert mit Wandverdickung und Umgebungsinfiltration⟩ (⟦Serie 6, Bild 112|6:112 #a⟧).",
    "⟨a|Grössenstationärer Lungenrundherd im Segment 6 links, 8 mm⟩ (⟦Serie 3, Bild 99|3:99 #a⟧; vormals ⟦Serie 3, "
    "Bild 97|3:97 P #a⟧).",
    "Mediastinum: ⟨a|Vergrösserter Lymphknoten subcarinal, 16 mm⟩ (⟦Bild 4/52|4:52 #a⟧), ⟨b|zweiter "
    "Lymphknoten rechts paratracheal, 11 mm⟩ (⟦Bild 4/40|4:40 #b⟧).",
]

_EN = [
    # findings with measurements and several clauses
    "There is ⟨a|a 9 mm solid nodule in the right upper lobe⟩ (⟦series 3, image 45|3:45 #a⟧), which was not "
    "present previously.",
    "⟨a|A 3.2 x 2.5 cm heterogeneously enhancing mass arises from the lower pole of the left kidney⟩ (⟦series 5, "
    "image 88|5:88 #a⟧).",
    "⟨a|The common bile duct measures 9 mm⟩ (⟦series 4, image 51|4:51 #a⟧) and ⟨b|tapers smoothly at the ampulla⟩ "
    "(⟦series 4, image 60|4:60 #b⟧).",
    "⟨a|Small left pleural effusion⟩ (⟦image 70, series 2|2:70 #a⟧) ⟨b|with adjacent compressive atelectasis⟩ "
    "(⟦image 74, series 2|2:74 #b⟧).",
    "⟨a|Moderate hiatal hernia⟩ (⟦series 2, image 33|2:33 #a⟧). ⟨b|No pericardial effusion⟩.",
    # one citation supporting two findings
    "⟨a|Diverticulosis and mild diverticulitis of the sigmoid colon⟩ (⟦series 5, image 140|5:140 #a⟧).",
    "⟨a|Right hydronephrosis and an obstructing 6 mm calculus at the ureterovesical junction⟩ (⟦series 4, image "
    "122|4:122 #a⟧).",
    # lists, each with its own citation
    "Findings:\n- ⟨a|Right renal cyst, 2.1 cm⟩ (⟦4/66|4:66 #a⟧)\n- ⟨b|Left adrenal adenoma, 14 mm⟩ (⟦4/58|4:58 "
    "#b⟧)\n- ⟨c|Splenule near the splenic hilum⟩ (⟦4/49|4:49 #c⟧)",
    "⟨a|Nodules measure 4 mm in the right middle lobe⟩ (⟦3/102|3:102 #a⟧), ⟨b|5 mm in the lingula⟩ (⟦3/110|3:110 "
    "#b⟧) and ⟨c|6 mm in the left lower lobe⟩ (⟦3/155|3:155 #c⟧).",
    # citations at sentence start and end
    "⟦Series 6, image 21|6:21 #a⟧: ⟨a|focus of restricted diffusion in the left thalamus, consistent with acute "
    "lacunar infarct⟩.",
    "On ⟦image 44 of series 3|3:44 #a⟧, ⟨a|there is a 5 mm ground-glass nodule in the left upper lobe⟩.",
    "⟨a|Nonocclusive thrombus in the right main pulmonary artery⟩ is best seen on ⟦series 4, image 77|4:77 #a⟧.",
    "⟨a|Mild wall thickening of the terminal ileum⟩, see ⟦series 5, images 130-136|5:130-136 #a⟧.",
    # heading-led lines
    "Liver: ⟨a|Two hypodense lesions, the larger 12 mm in segment 7⟩ (⟦series 4, image 30|4:30 #a⟧).",
    "LUNGS: ⟨a|Mild centrilobular emphysema⟩ (⟦series 3, image 60|3:60 #a⟧). ⟨b|Linear scarring at the left "
    "base⟩ (⟦series 3, image 151|3:151 #b⟧).",
    "Bones: ⟨a|Sclerotic lesion in the T9 vertebral body, 8 mm, likely a bone island⟩ (⟦series 7, image 62|7:62 "
    "#a⟧).",
    # tables
    "| Finding | Series | Image | Size |\n|---|---|---|---|\n| ⟨a|Target lesion 1: liver segment 4a⟩ | 4 | ⟦41|4:41 "
    "#a⟧ | 22 mm |\n| ⟨b|Target lesion 2: right adrenal⟩ | 4 | ⟦66|4:66 #b⟧ | 17 mm |",
    "Lesion\tLocation\tSeries/Image\n1\t⟨a|Right lower lobe nodule⟩\t⟦3/140|3:140 #a⟧\n2\t⟨b|Left hilar "
    "node⟩\t⟦4/52|4:52 #b⟧",
    # impressions
    "IMPRESSION:\n1. ⟨a|Acute appendicitis without perforation⟩ (⟦series 5, image 98|5:98 #a⟧).\n2. ⟨b|Incidental "
    "3 mm nonobstructing left renal stone⟩ (⟦series 5, image 71|5:71 #b⟧).",
    "IMPRESSION: ⟨a|Interval enlargement of the right hilar node, now 15 mm⟩ (⟦series 3, image 58|3:58 #a⟧), "
    "⟨b|concerning for nodal progression⟩.",
    # comparison sentences
    "⟨a|The right lower lobe nodule has decreased from 11 mm to 8 mm⟩ (⟦series 3, image 120|3:120 #a⟧).",
    "⟨a|Previously seen 7 mm nodule in the lingula has resolved⟩ (⟦prior series 2, image 66|2:66 P #a⟧).",
    "⟨a|The liver lesion now measures 25 mm⟩ (⟦series 4, image 37|4:37 #a⟧), ⟨b|previously 19 mm⟩ (⟦prior "
    "series 4, image 35|4:35 P #b⟧).",
    "⟨a|Stable 6 mm nodule in the right upper lobe⟩ (⟦series 3, image 40|3:40 #a⟧), unchanged since 2022.",
    "⟨a|Slightly larger left adrenal nodule compared to the prior exam, now 21 mm⟩ (⟦series 4, image 63|4:63 "
    "#a⟧).",
]

_UK_US2 = [
    "⟨a|Large right-sided pneumothorax with 3 cm apical rim⟩ (⟦S2/I15|2:15 #a⟧), ⟨b|no mediastinal shift⟩.",
    "⟨a|Fracture of the left 7th and 8th ribs posterolaterally⟩ (⟦series 3, images 88 and 95|3:88 3:95 #a⟧).",
    "⟨a|Collection in the right paracolic gutter measuring 6.1 x 3.4 cm, with an enhancing rim⟩ (⟦series 5, image "
    "102|5:102 #a⟧), in keeping with an abscess.",
    "⟨a|Bilateral lower lobe consolidation, worse on the right⟩ (⟦series 3, image 150 and 162|3:150 3:162 #a⟧).",
    "⟨a|The aneurysm sac measures 5.8 cm⟩ (⟦se 4 im 200|4:200 #a⟧), ⟨b|previously 5.4 cm⟩ (⟦prior se 3 im "
    "190|3:190 P #b⟧), ⟨c|with a type II endoleak⟩ (⟦se 4 im 207|4:207 #c⟧).",
    "Kidneys: ⟨a|Simple cortical cyst in the upper pole of the right kidney, 3.1 cm⟩ (⟦series 6, image 40|6:40 "
    "#a⟧). ⟨b|Punctate nonobstructing stone in the left lower pole⟩ (⟦series 6, image 55|6:55 #b⟧).",
    "⟨a|A further sub-centimetre node is seen in the left axilla⟩ (⟦series 3, image 32|3:32 #a⟧).",
    "⟨a|Enhancing 4 mm lesion in the right cerebellar hemisphere⟩ (⟦series 9, image 14|9:14 #a⟧) ⟨b|and a second "
    "2 mm focus in the left frontal lobe⟩ (⟦series 9, image 88|9:88 #b⟧).",
]

_DE2 = [
    "⟨a|Leicht vergrösserte Milz mit 14 cm kraniokaudal⟩ (⟦Serie 602, Bild 30|602:30 #a⟧), ⟨b|keine fokalen "
    "Läsionen⟩.",
    "Bei bekannter Divertikulose jetzt ⟨a|Wandverdickung des Sigmas mit Fettgewebsimbibierung⟩ (⟦Se 5 Bi "
    "145|5:145 #a⟧).",
    "⟨a|Meniskusriss im Hinterhorn des Innenmeniskus, horizontal⟩ (⟦Serie 4, Bild 12|4:12 #a⟧) sowie ⟨b|Ganglion "
    "am lateralen Tibiaplateau⟩ (⟦Serie 5, Bild 20|5:20 #b⟧).",
    "⟨a|Vorbekannte Leberzysten, grössenkonstant⟩ (⟦Serie 4, Bilder 22, 30 und 35|4:22 4:30 4:35 #a⟧).",
    "⟨a|Das subdurale Hämatom links frontoparietal misst maximal 8 mm⟩ (⟦Bild 2/17|2:17 #a⟧), ⟨b|in der "
    "Vor-CT 11 mm⟩ (⟦VU Bild 2/16|2:16 P #b⟧).",
    "Befund: ⟨a|Verdacht auf Stressfraktur im Os metatarsale II⟩ (⟦Serie 3, Bild 14|3:14 #a⟧).",
    "⟨a|Frische Lungenembolien in den Segmentarterien des Unterlappens beidseits⟩ (⟦Serie 4, Bild 150-160|"
    "4:150-160 #a⟧); ⟨b|keine Rechtsherzbelastung⟩.",
    "Halsweichteile: ⟨a|Hypodenser Schilddrüsenknoten rechts, 14 mm⟩ (⟦Se 3, Bi 40|3:40 #a⟧); ⟨b|zervikale "
    "Lymphknoten links bis 9 mm⟩ (⟦Se 3, Bi 52|3:52 #b⟧).",
    "⟨a|Die bekannte Raumforderung im Pankreaskopf hat an Grösse zugenommen und misst jetzt 34 mm⟩ (⟦Serie 5, "
    "Bild 60|5:60 #a⟧), ⟨b|mit neuer Ummauerung der A. mesenterica superior⟩ (⟦Serie 5, Bild 63|5:63 #b⟧).",
]

_EN2 = [
    "⟨a|Interval development of a 7 mm nodule in the left lower lobe⟩ (⟦series 3, image 161|3:161 #a⟧) and ⟨b|a "
    "new 4 mm nodule in the right middle lobe⟩ (⟦series 3, image 118|3:118 #b⟧).",
    "⟨a|Prostate enlarged, 62 ml⟩ (⟦series 5, image 12|5:12 #a⟧); ⟨b|PI-RADS 4 lesion in the left peripheral zone "
    "at the mid gland⟩ (⟦series 7, image 15|7:15 #b⟧).",
    "PELVIS: ⟨a|Small volume free fluid in the pouch of Douglas⟩ (⟦series 4, image 180|4:180 #a⟧). ⟨b|Dominant "
    "left ovarian follicle, 2.4 cm⟩ (⟦series 4, image 171|4:171 #b⟧).",
]

BATCH1: list[Excerpt] = ([parse("de", t) for t in _DE + _AT_CH + _DE2] + [parse("en", t) for t in _EN + _UK_US2 + _EN2])
EXCERPTS: list[Excerpt] = BATCH1
