"""Held-out refs P: report excerpts citing images, written blind (see docs/snippets_blind.md).

Written without reading the miner's code, its tests, its docs pages or any earlier corpus's texts. Read
beforehand, and only: refs C's markup conventions (its module docstring and the source of `_excerpt`, `Excerpt`,
`GoldRef`, `Confounder`, `_plain`, the token patterns and the class sets), the module docstrings of refs K, L, M
and N (to write different texts), the runner tests/heldout_refs_blind/measure_refs.py,
tests/heldout_refs_blind/floors.py and refs K's floor test. Written in one pass alongside set O (by another blind
writer), then measured once. Do not tune the miner on these texts; measure with `python -m
tests.heldout_refs_blind.measure_refs --corpus tests.heldout_refs_p.refs_corpus --adjacent`.

Markup and gold conventions are refs C's (parsed by its `_excerpt`): `⟦visible¦spec¦class¦snip⟧` a gold
citation (`spec` a comma list of `[p]S:I[-J]`, `-` for no series, `p` for a prior study), `⟪visible¦class⟫` a
confounder that must not be mined, `⟨id¦ ... ⟩` the expected snippet. A list yields one ref per image, a range
one ref; an image-only citation inherits the series named earlier in its sentence or section, else series is
None (ultrasound images); a plane word changes nothing; a citation into a prior, comparison, baseline, outside or
Vorbefund study is gold with prior_study true and class `prior`. Only the series/image words and numbers are
inside a citation's visible span; plane, sequence, modality and prior words before it stay outside. Citations a
reader could not place (an image-only citation after a series of another number or study) were rewritten.

Mix: 78 excerpts (DE 16, AT 15, CH 16 German; UK 15, US 16 English), 228 gold refs, 45 of them into a prior
study. Site habits leaned on here: teleradiology night and out-of-hours reads with call-back numbers and times,
second opinions and consults on outside studies (the current study ours, the outside one the prior), structured
oncology follow-up (RECIST/Lugano rows and tables citing baseline and today, bare "5/33" under a series/image
legend), MR (sequence words before each citation: T2, DWI b800, ADC, FLAIR, Subtraktion, radiär) and ultrasound
(image-only "Bild 7", "images 12-14", "US-Bild 3", "Vorsonographie Bild 3": series None), and dictated text
(spelled numbers with "Klammer auf/zu", "Beistrich", "open bracket ... full stop", "parenthesis ... period").
Forms: DE "Serie 3, Bild 41", "Se 4/Bi 61", "Bild 6/171 und 6/178", glued "Se4Bi210", "Se4Bi224-231",
"Serie3Bild45", "Ser. 4, Bild 188", "Serie 4, Bilder 201, 207 und 212", "S4 B260", "Se #3 Bi #77", "Serie 2
Bild 33 bis 41", sections headed "Serie 5 (axial venös):"; AT "Sr. 2 Img. 18", "Serie 9 IMA 87", "Bild Nr. 77,
Serie 3", "S3/B42" in a table, "Schnittbild 140, Serie 5", "Se 6 Bi 301 bis 356", "Sr. 3/Img. 201", "Schicht 14
der Serie 5", "Ser 2 Bild 188"; CH square brackets "[Serie 3: Bild 88]", "Se 12 Ima 45", "S. 5/B. 22",
"Se4/Bi66", "Ser3 Img77", "Bild 74 (Serie 2)", "Serie 4, Bild 71–73", viewer "Ser: 4 Img: 131/402", "Se 9, Bi 4
und 5"; UK "series 2 image 14", "Se 5 Im 61", "Ser 6, Img 44", "slice 112 of series 4", "Se 8 Im 22 and Im 24",
"image 47, series 3", "series 1002, images 61-78", "Se3/Im72-80"; US colon-compact "(2:57, 2:61)", "(3:47-52)",
"(4:120-131)", "601:33", "se 11 im 34", "#6, image 18", "Se: 4 Im: 77 ... Im: 138", "image 18, series 8",
"image 122 on series 3", "series 4, images 55 and 57", "image 9 series 3". Prior words: VU, Vor-CT, Vor-MRT,
Vor-MR, Vor-PET, Vorbefund, Vorstudie, Voruntersuchung, Fremdaufnahme, Fremd-CT, auswärtige CT, Vorultraschall,
Vorsonographie, Baseline, baseline, prior, previous, outside, outside CT, comparison. Confounders in the same
sentences: sizes, dates, clock times and clock-face positions, vertebral levels, liver and lung segments, doses
(CTDIvol, DLP, MBq, mCi, contrast volume), TNM/FIGO/Hinchey/Modic grades, RADS/Deauville scores, lab values
(incl. HU, SUVmax), ratios and percentages, counters (cycles, key images), phone numbers and extensions, blood
pressures and ages.
"""

from __future__ import annotations

from tests.heldout_refs_c.refs_corpus import Excerpt, _excerpt

_RAW: tuple[tuple[str, str, str], ...] = (
    ("P-DE-01", "DE",
     "Teleradiologische Befundung, Eingang ⟪02:47 Uhr¦time⟫, telefonische Vorabmitteilung an den "
     "Dienstarzt unter ⟪0711 4490-2231¦phone⟫. Keine intrakranielle Blutung. ⟨a¦Nicht dislozierte Fraktur "
     "des Jochbogens links⟩ (⟦Serie 3, Bild 41¦3:41¦full_de¦a⟧), ⟨b¦Hämatosinus maxillaris links mit "
     "Spiegel⟩ (⟦Bild 44¦3:44¦image_only¦b⟧). ⟪CTDIvol 52 mGy¦dose⟫, ⟪DLP 980 mGy*cm¦dose⟫."),
    ("P-DE-02", "DE",
     "Onkologische Verlaufskontrolle nach RECIST 1.1, Baseline-CT vom ⟪14.03.2026¦date⟫.\nZL 1: "
     "⟨a¦⟨b¦Lebermetastase Segment ⟪VII¦segment⟫⟩, aktuell ⟪23 mm¦size⟫⟩ (⟦Se 4/Bi 61¦4:61¦slash¦a⟧), "
     "⟨b¦Baseline ⟪31 mm¦size⟫⟩ (Baseline ⟦Se 3/Bi 58¦p3:58¦prior¦b⟧).\nZL 2: ⟨c¦⟨d¦LK paraaortal links⟩, "
     "aktuell ⟪12 mm¦size⟫⟩ (⟦Se 4/Bi 97¦4:97¦slash¦c⟧), ⟨d¦Baseline ⟪18 mm¦size⟫⟩ (Baseline ⟦Se 3/Bi "
     "92¦p3:92¦prior¦d⟧).\nSumme ⟪35 mm¦size⟫ (Baseline ⟪49 mm¦size⟫, ⟪-29 %¦ratio⟫), partielles "
     "Ansprechen."),
    ("P-DE-03", "DE",
     "MRT Knie rechts, diktiert. ⟨a¦Komplexer Riss des Innenmeniskushinterhorns mit Kontakt zur "
     "Unterfläche⟩ Klammer auf sagittal PD fs ⟦Serie fünf Bild zwölf¦5:12¦plane¦a⟧ Klammer zu Punkt "
     "⟨b¦Knochenmarködem im medialen Femurkondylus von ⟪14 x 9 mm¦size⟫⟩ Klammer auf ⟦Serie sieben Bild "
     "neunzehn¦7:19¦full_de¦b⟧ Klammer zu Punkt Vorderes Kreuzband intakt."),
    ("P-DE-04", "DE",
     "CT Thorax vom ⟪02.11.2026¦date⟫ im Vergleich zur VU vom ⟪05.08.2026¦date⟫. ⟨a¦Der Rundherd im "
     "Lungensegment ⟪S6¦segment⟫ rechts misst jetzt ⟪11 mm¦size⟫⟩ (⟦Bild 6/145¦6:145¦slash¦a⟧), ⟨b¦in der "
     "VU ⟪8 mm¦size⟫⟩ (VU ⟦Bild 5/139¦p5:139¦prior¦b⟧). ⟨c¦Neu ein ⟪4 mm¦size⟫ Knötchen im Mittellappen⟩ "
     "(⟦Bild 6/171 und 6/178¦6:171,6:178¦slash¦c⟧)."),
    ("P-DE-05", "DE",
     "Zweitmeinung auf Anfrage der Onkologie (Tel. ⟪089 7095-3310¦phone⟫). Mitgebracht wurden die Vor-CT "
     "vom ⟪22.06.2026¦date⟫ und die aktuelle CT vom ⟪30.10.2026¦date⟫. ⟨a¦Die hypodense Läsion im "
     "Pankreaskopf ist auf ⟪27 x 21 mm¦size⟫ größenprogredient⟩ (aktuell ⟦Se4Bi210¦4:210¦glued¦a⟧), "
     "⟨b¦zuvor ⟪19 x 15 mm¦size⟫⟩ (Vor-CT ⟦Se3Bi188¦p3:188¦prior¦b⟧). ⟨c¦Kontakt zur ⟪SMV¦segment⟫ über "
     "⟪<180°¦ratio⟫⟩ (⟦Se4Bi224-231¦4:224-231¦range¦c⟧)."),
    ("P-DE-06", "DE",
     "Sonographie Abdomen. ⟨a¦Leber homogen, in Segment ⟪IVb¦segment⟫ ein echoreicher Herd von ⟪9 "
     "mm¦size⟫, am ehesten Hämangiom⟩ (⟦Bild 7¦-:7¦image_only¦a⟧). ⟨b¦Gallenblase mit mehreren "
     "Konkrementen bis ⟪12 mm¦size⟫⟩ (⟦Bilder 11 und 12¦-:11,-:12¦list¦b⟧). DHC ⟪5 mm¦size⟫. ⟪Lipase 48 "
     "U/l¦lab⟫."),
    ("P-DE-07", "DE",
     "MRT Leber mit Primovist, ⟪Gadoxetat 10 ml¦dose⟫. ⟨a¦Arteriell hyperperfundierte Läsion in Segment "
     "⟪VIII¦segment⟫ von ⟪17 mm¦size⟫ mit Washout⟩ (T1 art. ⟦Serie 1201, Bild 34¦1201:34¦full_de¦a⟧, "
     "portalvenös ⟦Serie 1401, Bild 35¦1401:35¦full_de¦a⟧), ⟨b¦Diffusionsrestriktion⟩ (DWI ⟦Se. 801 Bi. "
     "22¦801:22¦abbrev_de¦b⟧). LI-RADS ⟪5¦birads⟫, ⟪AFP 412 ng/ml¦lab⟫."),
    ("P-DE-08", "DE",
     "CT Abdomen, Spracherkennung. ⟨a¦Freie Flüssigkeit perihepatisch⟩ ⟦Serie 2 Bild 33 bis "
     "41¦2:33-41¦range¦a⟧ Komma ⟨b¦kein Nachweis freier Luft⟩ Punkt ⟨c¦Appendix mit ⟪11 mm¦size⟫ "
     "aufgetrieben, Wandverdickung und Imbibierung des periappendizitischen Fettgewebes⟩ Klammer auf "
     "⟦Serie zwei Bild achtundsiebzig¦2:78¦full_de¦c⟧ Klammer zu Punkt ⟪Leukozyten 15,8 G/l¦lab⟫, ⟪CRP 96 "
     "mg/l¦lab⟫."),
    ("P-DE-09", "DE",
     "Befund:\nSerie 5 (axial venös):\n- ⟨a¦Nebennierenadenom links ⟪22 mm¦size⟫, ⟪8 HU¦lab⟫ nativ⟩ "
     "(⟦Bild 63¦5:63¦image_only¦a⟧)\n- ⟨b¦Nierenzyste rechts Bosniak ⟪I¦staging⟫⟩ (⟦Bild "
     "81¦5:81¦image_only¦b⟧)\n- ⟨c¦Sigmadivertikel ohne Entzündungszeichen⟩ (⟦Bilder "
     "140–152¦5:140-152¦range¦c⟧)\nBeurteilung: ⟨d¦Inzidentelles Nebennierenadenom links⟩ (⟦Se 5 Bi "
     "63¦5:63¦impression¦d⟧), keine weitere Abklärung."),
    ("P-DE-10", "DE",
     "MRT LWS. ⟨a¦Mediolateraler Bandscheibenvorfall ⟪LWK 4/5¦level⟫ links mit Kompression der Wurzel "
     "⟪L5¦level⟫⟩ (sag T2 ⟦Se 3 Bi 9¦3:9¦plane¦a⟧, tra T2 ⟦Se 6 Bi 17¦6:17¦plane¦a⟧). ⟨b¦Im Vergleich zur "
     "Vor-MRT vom ⟪12.01.2025¦date⟫ neu⟩ (Vor-MRT ⟦Se 3 Bi 10¦p3:10¦prior¦b⟧ unauffällig). "
     "⟨c¦Osteochondrose ⟪LWK 5/SWK 1¦level⟫ Modic ⟪II¦staging⟫⟩ (⟦Se 3 Bi 8¦3:8¦abbrev_de¦c⟧)."),
    ("P-DE-11", "DE",
     "Staging-CT, ⟪cT3 cN1 M0¦staging⟫ Rektumkarzinom. ⟨a¦Mesorektaler Lymphknoten ⟪8 mm¦size⟫ rund⟩ "
     "(⟦Ser. 4, Bild 188¦4:188¦abbrev_de¦a⟧; koronar ⟦Ser. 7, Bild 61¦7:61¦plane¦a⟧). ⟨b¦Keine "
     "Lebermetastasen⟩. ⟨c¦Unspezifischer ⟪3 mm¦size⟫ Rundherd im Unterlappen rechts⟩ (⟦Ser. 4, Bild "
     "52¦4:52¦abbrev_de¦c⟧), Verlauf in ⟪3 Monaten¦followup⟫."),
    ("P-DE-12", "DE",
     "Vergleich: auswärtige CT vom ⟪07.09.2026¦date⟫ (PACS-Import). ⟨a¦Die Pleuraergusse beidseits sind "
     "rückläufig, rechts aktuell ⟪24 mm¦size⟫⟩ (⟦Serie 2/Bild 58¦2:58¦slash¦a⟧) ⟨b¦gegenüber ⟪41 "
     "mm¦size⟫⟩ (auswärtige CT ⟦Serie 5/Bild 61¦p5:61¦prior¦b⟧). ⟨c¦Kompressionsatelektase im "
     "Unterlappen⟩ (⟦Serie 2/Bild 66¦2:66¦slash¦c⟧)."),
    ("P-DE-13", "DE",
     "PET/CT. ⟨a¦FDG-avider Lymphknoten hilär rechts, ⟪SUVmax 9,4¦lab⟫⟩ (CT ⟦Serie 3 Bild "
     "97¦3:97¦full_de¦a⟧, PET ⟦Serie 4 Bild 97¦4:97¦full_de¦a⟧). ⟨b¦Im Vor-PET vom ⟪03/2026¦date⟫ ⟪SUVmax "
     "5,1¦lab⟫⟩ (Vor-PET ⟦Serie 4 Bild 92¦p4:92¦prior¦b⟧). Applizierte Aktivität ⟪312 MBq¦dose⟫, "
     "Blutzucker ⟪98 mg/dl¦lab⟫."),
    ("P-DE-14", "DE",
     "Beurteilung:\n1. ⟨a¦Subsegmentale Lungenarterienembolie im Unterlappen links⟩ (⟦Serie 4, Bilder "
     "201, 207 und 212¦4:201,4:207,4:212¦list¦a⟧).\n2. ⟨b¦Keine Rechtsherzbelastung, RV/LV ⟪0,9¦ratio⟫⟩.\n"
     "3. ⟨c¦Bekannte Hiatushernie⟩ (⟦S4 B260¦4:260¦impression¦c⟧). Mitteilung an Dr. Brand um "
     "⟪11:20¦time⟫."),
    ("P-AT-01", "AT",
     "Teleradiologie Befundungszentrum Linz, Nachtdienst. CT Schädel nativ. ⟨a¦Akutes Subduralhämatom "
     "rechts frontoparietal, Breite ⟪9 mm¦size⟫⟩ (⟦Sr. 2 Img. 18¦2:18¦abbrev_de¦a⟧), "
     "⟨b¦Mittellinienverlagerung ⟪4 mm¦size⟫⟩ (⟦Img. 22¦2:22¦image_only¦b⟧). Befund telefonisch an OA um "
     "⟪03:12¦time⟫ (DW ⟪4711¦phone⟫)."),
    ("P-AT-02", "AT",
     "MR Mamma bds. ⟨a¦Irregulär begrenzter Herd ⟪1 Uhr¦time⟫ links, ⟪13 mm¦size⟫, "
     "Typ-⟪III¦staging⟫-Kurve⟩ (Subtraktion ⟦Serie 9 IMA 87¦9:87¦full_de¦a⟧). ⟨b¦In der Vor-MR vom "
     "⟪11.2025¦date⟫ ⟪7 mm¦size⟫⟩ (Vor-MR ⟦Serie 9 IMA 84¦p9:84¦prior¦b⟧). BI-RADS ⟪4c¦birads⟫."),
    ("P-AT-03", "AT",
     "Gegenüberstellung mit dem Vorbefund vom ⟪18.05.2026¦date⟫: ⟨a¦Die Lymphome axillär links sind "
     "größenregredient, der größte misst aktuell ⟪14 mm¦size⟫⟩ (⟦Bild Nr. 77, Serie 3¦3:77¦full_de¦a⟧), "
     "⟨b¦zuvor ⟪26 mm¦size⟫⟩ (Vorbefund ⟦Bild Nr. 81, Serie 3¦p3:81¦prior¦b⟧). ⟨c¦Milz ⟪13 cm¦size⟫⟩ "
     "(⟦Bild Nr. 120, Serie 3¦3:120¦full_de¦c⟧)."),
    ("P-AT-04", "AT",
     "Sonographie Schilddrüse. ⟨a¦Im rechten Lappen ein echoarmer Knoten, ⟪11 x 8 x 9 mm¦size⟫, mit "
     "Mikroverkalkungen⟩ (⟦Bild 4¦-:4¦image_only¦a⟧ und ⟦Bild 5¦-:5¦image_only¦a⟧). TI-RADS ⟪TR5¦birads⟫. "
     "⟨b¦Links ein Kolloidknoten von ⟪6 mm¦size⟫⟩ (⟦Bild 9¦-:9¦image_only¦b⟧). ⟪TSH 1,8 mU/l¦lab⟫."),
    ("P-AT-05", "AT",
     "CT Abdomen, Beistrich und Punkt aus der Spracherkennung übernommen. ⟨a¦Gedeckt perforierte "
     "Sigmadivertikulitis mit ⟪2 cm¦size⟫ Abszess⟩ Klammer auf ⟦Serie vier Bild "
     "hundertzwölf¦4:112¦full_de¦a⟧ Klammer zu Beistrich ⟨b¦freie Luft paracolisch⟩ Klammer auf ⟦Bild "
     "hundertzwanzig¦4:120¦image_only¦b⟧ Klammer zu Punkt Hansen ⟪IIb¦staging⟫."),
    ("P-AT-06", "AT",
     "MR Prostata nach PI-RADS ⟪2.1¦staging⟫, ⟪PSA 8,7 ng/ml¦lab⟫, Volumen ⟪46 ml¦size⟫, PSA-Dichte "
     "⟪0,19¦ratio⟫.\n⟨a¦Läsion peripher links posterolateral apikal, ⟪12 mm¦size⟫⟩: T2 ⟦Sr 4 Img "
     "14¦4:14¦abbrev_de¦a⟧, ADC ⟦Sr 7 Img 14¦7:14¦abbrev_de¦a⟧, DCE positiv. PI-RADS ⟪5¦birads⟫.\n"
     "⟨b¦Samenblasen frei⟩ (⟦Sr 4 Img 6¦4:6¦abbrev_de¦b⟧)."),
    ("P-AT-07", "AT",
     "Verlauf (Tabelle):\nLäsion | aktuell | Vorbefund\n⟨a¦⟨b¦Leber S⟪II¦segment⟫⟩⟩ | ⟨a¦⟪15 mm¦size⟫⟩ "
     "⟦S3/B42¦3:42¦slash¦a⟧ | ⟨b¦⟪20 mm¦size⟫⟩ ⟦S3/B40¦p3:40¦prior¦b⟧\n⟨c¦⟨d¦Lunge li. OL⟩⟩ | ⟨c¦⟪7 "
     "mm¦size⟫⟩ ⟦S5/B88¦5:88¦slash¦c⟧ | ⟨d¦⟪7 mm¦size⟫⟩ ⟦S5/B86¦p5:86¦prior¦d⟧\nLebermetastase "
     "regredient, Lungenrundherd stabil."),
    ("P-AT-08", "AT",
     "Thorax-CT. ⟨a¦Milchglasareale peripher beidseits, betont dorsobasal⟩ (⟦Schnittbild 140, Serie "
     "5¦5:140¦slice_word¦a⟧ und ⟦Schnittbild 166¦5:166¦slice_word¦a⟧). ⟨b¦Traktionsbronchiektasen im "
     "rechten Unterlappen⟩ (⟦Schnittbild 181¦5:181¦slice_word¦b⟧). Keine Honigwaben. ⟪DLCO 54 %¦lab⟫ laut "
     "Zuweisung."),
    ("P-AT-09", "AT",
     "Befundungszentrum, Befundung der MRT der HWS vom ⟪28.10.2026¦date⟫ im Vergleich zur Vor-MRT aus "
     "⟪2024¦date⟫. ⟨a¦Myelopathiesignal in Höhe ⟪HWK 5/6¦level⟫⟩ (sag T2 ⟦Serie 4, Bild "
     "11¦4:11¦plane¦a⟧), ⟨b¦in der Vor-MRT noch nicht nachweisbar⟩ (Vor-MRT ⟦Serie 3, Bild "
     "10¦p3:10¦prior¦b⟧). Spinalkanal ⟪7 mm¦size⟫."),
    ("P-AT-10", "AT",
     "CT Angio Becken-Bein. ⟨a¦Verschluss der A. femoralis superficialis rechts über ⟪8 cm¦size⟫⟩ (⟦Se 6 "
     "Bi 301 bis 356¦6:301-356¦range¦a⟧), ⟨b¦Rekanalisation über Kollateralen im Adduktorenkanal⟩ (⟦Bi "
     "362¦6:362¦image_only¦b⟧). ABI ⟪0,6¦ratio⟫, Stadium nach Fontaine ⟪IIb¦staging⟫, ⟪Kontrastmittel 100 "
     "ml¦dose⟫."),
    ("P-AT-11", "AT",
     "MR Schulter links. ⟨a¦Transmurale Ruptur der Supraspinatussehne, Retraktion ⟪18 mm¦size⟫⟩ (kor PD "
     "fs ⟦Se 5 Bi 13¦5:13¦plane¦a⟧; sag ⟦Se 6 Bi 9¦6:9¦plane¦a⟧). ⟨b¦Fettige Atrophie Goutallier "
     "⟪2¦staging⟫⟩ (⟦Se 6 Bi 4¦6:4¦abbrev_de¦b⟧). Patient ⟪67 a¦age⟫."),
    ("P-AT-12", "AT",
     "Beurteilung: ⟨a¦Progrediente ossäre Metastasierung⟩ mit ⟨b¦neuer Läsion im ⟪BWK 9¦level⟫⟩ (⟦Sr. "
     "3/Img. 201¦3:201¦slash¦b⟧), ⟨e¦in der Vorstudie vom ⟪04.2026¦date⟫ nicht vorhanden⟩ (Vorstudie ⟦Sr. "
     "3/Img. 199¦p3:199¦prior¦e⟧), sowie ⟨c¦größenprogredienter Läsion im Os ilium rechts⟩ (⟦Sr. 3/Img. "
     "388¦3:388¦impression¦c⟧)."),
    ("P-AT-13", "AT",
     "Teleradiologischer Nachtbefund, CT Abdomen nativ bei Flankenschmerz rechts. ⟨a¦Ureterstein rechts "
     "prävesikal ⟪6 x 4 mm¦size⟫, ⟪1100 HU¦lab⟫⟩ (⟦Ser 2 Bild 188¦2:188¦abbrev_de¦a⟧), ⟨b¦Harnstauung "
     "rechts ⟪I¦staging⟫°⟩ (⟦Ser 2 Bild 96¦2:96¦abbrev_de¦b⟧). Im Vergleich zum Vor-CT vom ⟪06.2025¦date⟫ "
     "⟨c¦der damalige Nierenbeckenstein rechts nicht mehr abgrenzbar⟩ (Vor-CT ⟦Ser 2 Bild "
     "92¦p2:92¦prior¦c⟧). Rückruf ⟪+43 732 7806 4410¦phone⟫."),
    ("P-AT-14", "AT",
     "MR Leber, Verlauf unter Immuntherapie (⟪Zyklus 6¦counter⟫). ⟨a¦Die Metastase in Segment ⟪V¦segment⟫ "
     "ist auf ⟪12 mm¦size⟫ regredient⟩ (DWI b800 ⟦Serie 7 Bild 30¦7:30¦full_de¦a⟧, T2 ⟦Serie 4 Bild "
     "29¦4:29¦full_de¦a⟧), ⟨b¦im Vor-MR ⟪19 mm¦size⟫⟩ (Vor-MR ⟦Serie 7 Bild 31¦p7:31¦prior¦b⟧). ⟨c¦Keine "
     "neuen Herde⟩. ⟪Bilirubin 0,9 mg/dl¦lab⟫."),
    ("P-CH-01", "CH",
     "CT Thorax-Abdomen, Verlaufskontrolle nach ⟪4 Zyklen¦counter⟫ FOLFOX. ⟨a¦Die Lebermetastase in "
     "Segment ⟪VI¦segment⟫ misst ⟪18 mm¦size⟫⟩ [⟦Serie 3: Bild 88¦3:88¦full_de¦a⟧], ⟨b¦in der "
     "Voruntersuchung ⟪25 mm¦size⟫⟩ [Voruntersuchung ⟦Serie 3: Bild 90¦p3:90¦prior¦b⟧]. ⟪CEA 7,2 "
     "µg/l¦lab⟫."),
    ("P-CH-02", "CH",
     "Zweitbeurteilung der Fremdaufnahmen (MRI Schädel auswärts vom ⟪15.09.2026¦date⟫) im Vergleich mit "
     "unserer MRI vom ⟪02.12.2026¦date⟫. ⟨a¦Die ringförmig anreichernde Läsion frontal links hat von ⟪14 "
     "mm¦size⟫⟩ (Fremdaufnahme ⟦Se 12 Ima 45¦p12:45¦prior¦a⟧) ⟨b¦auf ⟪22 mm¦size⟫ zugenommen⟩ (⟦Se 8 Ima "
     "51¦8:51¦abbrev_de¦b⟧). ⟨c¦Perifokales Ödem⟩ (FLAIR ⟦Se 5 Ima 49¦5:49¦abbrev_de¦c⟧)."),
    ("P-CH-03", "CH",
     "Ultraschall Nieren. ⟨a¦Rechte Niere ⟪11,2 cm¦size⟫, Parenchymsaum ⟪15 mm¦size⟫, keine Harnstauung⟩ "
     "(⟦Bild 2¦-:2¦image_only¦a⟧). ⟨b¦Links Harnstauung ⟪II¦staging⟫° mit Nierenbeckenweite ⟪19 mm¦size⟫⟩ "
     "(⟦Bilder 6–8¦-:6-8¦range¦b⟧). ⟪Kreatinin 131 µmol/l¦lab⟫."),
    ("P-CH-04", "CH",
     "MRI Becken. ⟨a¦Zervixkarzinom mit Infiltration des linken Parametriums⟩ (T2 tra ⟦S. 5/B. "
     "22¦5:22¦slash¦a⟧, T2 sag ⟦S. 4/B. 15¦4:15¦plane¦a⟧), FIGO ⟪IIB¦staging⟫. ⟨b¦Suspekter Lymphknoten "
     "iliakal extern links ⟪11 mm¦size⟫⟩ (⟦S. 5/B. 9¦5:9¦slash¦b⟧)."),
    ("P-CH-05", "CH",
     "Befund Serie 2 (Lungenfenster):\n⟨a¦Multiple Rundherde beidseits, grösster im Oberlappen rechts ⟪16 "
     "mm¦size⟫⟩ (⟦Bild 48¦2:48¦image_only¦a⟧), ⟨b¦weitere im Unterlappen links⟩ (⟦Bilder 112, 118, "
     "131¦2:112,2:118,2:131¦list¦b⟧).\nVergleich Voruntersuchung vom ⟪10.07.2026¦date⟫ Serie 2: ⟨c¦der "
     "grösste Herd damals ⟪11 mm¦size⟫⟩ (⟦Bild 45¦p2:45¦prior¦c⟧)."),
    ("P-CH-06", "CH",
     "Notfall-CT Abdomen, Telefon ⟪044 255 11 11¦phone⟫. ⟨a¦Dünndarmileus mit Kalibersprung im rechten "
     "Unterbauch⟩ (⟦Se4/Bi66¦4:66¦slash¦a⟧ und koronar ⟦Se6/Bi41¦6:41¦plane¦a⟧). ⟨b¦Kein Hinweis auf "
     "Strangulation⟩. ⟨c¦Wenig freie Flüssigkeit im Douglas⟩ (⟦Se4/Bi101¦4:101¦slash¦c⟧). ⟪Laktat 1,4 "
     "mmol/l¦lab⟫."),
    ("P-CH-07", "CH",
     "MRI Knie links. ⟨a¦Korbhenkelriss des Aussenmeniskus mit disloziertem Fragment in der Notch⟩ (kor "
     "⟦Serie 3 Bild 14¦3:14¦plane¦a⟧, ⟦Bild 16¦3:16¦image_only¦a⟧). ⟨b¦Knorpelschaden Grad ⟪III¦staging⟫ "
     "retropatellär⟩ (tra ⟦Serie 6 Bild 11¦6:11¦plane¦b⟧)."),
    ("P-CH-08", "CH",
     "Verlauf gemäss RECIST, Baseline ⟪08.04.2026¦date⟫, ⟪Follow-up 3¦counter⟫:\nTL1 ⟨a¦Lungenmetastase "
     "rechts ⟪14 mm¦size⟫⟩ (⟦Ser3 Img77¦3:77¦glued¦a⟧) – ⟨b¦Baseline ⟪21 mm¦size⟫⟩ (⟦Ser3 "
     "Img81¦p3:81¦prior¦b⟧)\nTL2 ⟨c¦Nebennierenmetastase links ⟪30 mm¦size⟫⟩ (⟦Ser4 "
     "Img120¦4:120¦glued¦c⟧) – ⟨d¦Baseline ⟪29 mm¦size⟫⟩ (⟦Ser4 Img118¦p4:118¦prior¦d⟧)\nSumme ⟪44 "
     "mm¦size⟫ vs. ⟪50 mm¦size⟫, stabile Erkrankung."),
    ("P-CH-09", "CH",
     "CT Halswirbelsäule nach Sturz, ⟪82-jährige¦age⟫ Patientin. ⟨a¦Fraktur der Densbasis Anderson "
     "⟪III¦staging⟫⟩ (sagittal ⟦Serie 602, Bild 31¦602:31¦plane¦a⟧; axial ⟦Serie 3, Bild "
     "24¦3:24¦full_de¦a⟧). ⟨b¦Degenerative Spondylarthrose ⟪C3/4¦level⟫ bis ⟪C6/7¦level⟫⟩."),
    ("P-CH-10", "CH",
     "Zuweisung Hausarzt. CT Thorax vom ⟪21.11.2026¦date⟫. ⟨a¦Rundherd im apikalen Oberlappen rechts, "
     "solide, ⟪9 mm¦size⟫⟩ (⟦Bild 74 (Serie 2)¦2:74¦full_de¦a⟧). ⟨b¦Verglichen mit dem Fremd-CT vom "
     "⟪02/2025¦date⟫ damals ⟪6 mm¦size⟫⟩ (Fremd-CT ⟦Bild 61 (Serie 4)¦p4:61¦prior¦b⟧). Lung-RADS "
     "⟪4A¦birads⟫; Fleischner: CT in ⟪3 Monaten¦followup⟫."),
    ("P-CH-11", "CH",
     "Mammographie und Ultraschall bds. ⟨a¦Im Ultraschall links ⟪2 Uhr¦time⟫, ⟪4 cm¦size⟫ ab Mamille, ein "
     "ovaler echoarmer Herd ⟪8 mm¦size⟫⟩ (US-⟦Bild 3¦-:3¦image_only¦a⟧), ⟨b¦im Vorultraschall vom "
     "⟪03.2026¦date⟫ ⟪7 mm¦size⟫⟩ (Vorultraschall ⟦Bild 5¦p-:5¦prior¦b⟧). BI-RADS ⟪3¦birads⟫, Kontrolle "
     "in ⟪6 Monaten¦followup⟫."),
    ("P-CH-12", "CH",
     "Beurteilung:\n– ⟨a¦Akute Cholezystitis mit Wandverdickung ⟪6 mm¦size⟫⟩ [⟦Serie 4, Bild "
     "55¦4:55¦impression¦a⟧]\n– ⟨b¦Choledocholithiasis distal⟩ [⟦Serie 4, Bild 71–73¦4:71-73¦range¦b⟧]\n– "
     "⟨c¦keine Pankreatitis⟩, ⟪Lipase 35 U/l¦lab⟫."),
    ("P-CH-13", "CH",
     "Teleradiologie-Befund (Vertragsspital), CT Thorax Lungenembolie-Protokoll. ⟨a¦Zentrale "
     "Lungenembolie rechts mit Ausdehnung in die Unterlappenarterie⟩ (⟦Se 4, Bild "
     "110–126¦4:110-126¦range¦a⟧). ⟨b¦Lungeninfarkt posterobasal rechts ⟪3 cm¦size⟫⟩ (Lungenfenster ⟦Se "
     "5, Bild 190¦5:190¦full_de¦b⟧). Übermittlung an Dienstarzt ⟪04:18 Uhr¦time⟫, ⟪Troponin 54 ng/l¦lab⟫, "
     "BD ⟪96/60 mmHg¦blood_pressure⟫."),
    ("P-CH-14", "CH",
     "Sonographie Hals. ⟨a¦Vergrösserter Lymphknoten Level ⟪IIa¦level⟫ rechts, ⟪24 x 13 mm¦size⟫, ohne "
     "Hilus⟩ (⟦Bild 6¦-:6¦image_only¦a⟧ und ⟦Bild 7¦-:7¦image_only¦a⟧). ⟨b¦Im Vergleich zur Sonographie "
     "vom ⟪01.09.2026¦date⟫ damals ⟪15 x 9 mm¦size⟫⟩ (Vorsonographie ⟦Bild 3¦p-:3¦prior¦b⟧). "
     "Solbiati-Index ⟪1,8¦ratio⟫."),
    ("P-DE-15", "DE",
     "CT Thorax, Befundung über Teleradiologie-Verbund. ⟨a¦Segmentale Konsolidierung im Unterlappen "
     "links⟩ (⟦Serie3Bild45¦3:45¦glued¦a⟧, ⟦Serie3Bild52¦3:52¦glued¦a⟧), ⟨b¦Pleuraerguss links ⟪18 "
     "mm¦size⟫⟩ (⟦Serie3Bild61¦3:61¦glued¦b⟧). Key-Images ⟪1–4¦counter⟫ im PACS markiert. ⟪CRP 212 "
     "mg/l¦lab⟫, ⟪PCT 2,4 µg/l¦lab⟫, SpO2 ⟪89 %¦ratio⟫."),
    ("P-DE-16", "DE",
     "Strukturierter Verlaufsbefund Lymphom (Lugano), Vorbefund PET/CT vom ⟪19.05.2026¦date⟫:\n- ⟨a¦Bulk "
     "mediastinal jetzt ⟪48 x 31 mm¦size⟫⟩ (⟦Se #3 Bi #77¦3:77¦abbrev_de¦a⟧), ⟨b¦zuvor ⟪92 x 64 mm¦size⟫⟩ "
     "(Vorbefund ⟦Se #3 Bi #74¦p3:74¦prior¦b⟧)\n- ⟨c¦Milz nicht mehr vergrößert, ⟪11 cm¦size⟫⟩ (⟦Se #3 Bi "
     "#140¦3:140¦abbrev_de¦c⟧)\n- ⟨d¦Keine neuen Läsionen⟩, Deauville ⟪2¦birads⟫, ⟪LDH 198 U/l¦lab⟫."),
    ("P-AT-15", "AT",
     "MR Becken, Endometriose-Protokoll. ⟨a¦Endometriom rechtes Ovar ⟪38 mm¦size⟫ mit T1-Hyperintensität "
     "und Shading⟩ (T1 fs ⟦Schicht 14 der Serie 5¦5:14¦slice_word¦a⟧, T2 ⟦Schicht 15 der Serie "
     "3¦3:15¦slice_word¦a⟧). ⟨b¦Tief infiltrierender Herd am Torus uterinus ⟪12 mm¦size⟫⟩ (sag T2 "
     "⟦Schicht 11 der Serie 2¦2:11¦plane¦b⟧). ⟪CA-125 61 U/ml¦lab⟫, Zyklustag ⟪9¦counter⟫."),
    ("P-CH-15", "CH",
     "CT Abdomen, im Vergleich zur Fremdaufnahme vom Kantonsspital (⟪14.10.2026¦date⟫). ⟨a¦Das Aneurysma "
     "der infrarenalen Aorta misst neu ⟪58 mm¦size⟫⟩ (⟦Ser: 4 Img: 131/402¦4:131¦abbrev_de¦a⟧), "
     "⟨b¦auswärts ⟪51 mm¦size⟫⟩ (Fremdaufnahme ⟦Ser: 2 Img: 88¦p2:88¦prior¦b⟧). ⟨c¦Wandständiger Thrombus "
     "bis ⟪14 mm¦size⟫⟩ (⟦Ser: 4 Img: 136/402¦4:136¦abbrev_de¦c⟧). BD ⟪168/94 mmHg¦blood_pressure⟫."),
    ("P-CH-16", "CH",
     "MRI Hüfte rechts, ⟪Arthro-MRI mit 12 ml¦dose⟫ verdünntem Gadolinium. ⟨a¦Labrumriss anterosuperior "
     "⟪1–2 Uhr¦time⟫⟩ (radiär ⟦Se 9, Bi 4 und 5¦9:4,9:5¦plane¦a⟧). ⟨b¦Cam-Deformität, Alpha-Winkel "
     "⟪68°¦ratio⟫⟩ (⟦Se 9, Bi 2¦9:2¦abbrev_de¦b⟧). ⟨c¦Knorpelschaden acetabulär Grad ⟪2¦staging⟫⟩ (kor "
     "⟦Se 6, Bi 12¦6:12¦plane¦c⟧)."),
    ("P-UK-01", "UK",
     "Outsourced out-of-hours report (reporting radiologist contactable on ⟪0161 496 0732¦phone⟫). CT "
     "head: ⟨a¦acute extradural haematoma right temporal, maximum depth ⟪11 mm¦size⟫⟩ (⟦series 2 image "
     "14¦2:14¦full_en¦a⟧), ⟨b¦with an overlying undisplaced temporal bone fracture⟩ (bone window ⟦series "
     "4 image 15¦4:15¦full_en¦b⟧). GCS ⟪13¦counter⟫ at ⟪01:55¦time⟫. Discussed with the neurosurgical "
     "registrar."),
    ("P-UK-02", "UK",
     "MDT follow-up, CT CAP compared with the baseline of ⟪03/04/2026¦date⟫.\nTarget 1: ⟨a¦⟨b¦right lower "
     "lobe mass⟩ ⟪34 mm¦size⟫⟩ (⟦Se 5 Im 61¦5:61¦abbrev_en¦a⟧); ⟨b¦baseline ⟪48 mm¦size⟫⟩ (⟦Se 4 Im "
     "58¦p4:58¦prior¦b⟧).\nTarget 2: ⟨c¦⟨d¦subcarinal node⟩ ⟪15 mm¦size⟫⟩ short axis (⟦Se 5 Im "
     "40¦5:40¦abbrev_en¦c⟧); ⟨d¦baseline ⟪22 mm¦size⟫⟩ (⟦Se 4 Im 37¦p4:37¦prior¦d⟧).\nSum ⟪49 mm¦size⟫ "
     "(⟪-30%¦ratio⟫): partial response."),
    ("P-UK-03", "UK",
     "MRI lumbar spine. ⟨a¦Right paracentral disc extrusion at ⟪L5/S1¦level⟫ compressing the descending "
     "⟪S1¦level⟫ nerve root⟩ (sagittal T2 ⟦series 3 image 8¦3:8¦plane¦a⟧, axial ⟦series 7 image "
     "21¦7:21¦plane¦a⟧). ⟨b¦Mild facet joint arthropathy at ⟪L4/5¦level⟫⟩ (⟦series 7 image "
     "14¦7:14¦full_en¦b⟧). No cauda equina compression."),
    ("P-UK-04", "UK",
     "Second opinion requested by the referring trust on imaging performed elsewhere; we compare with our "
     "own CT of ⟪12/09/2026¦date⟫. ⟨a¦The left adrenal nodule now measures ⟪26 mm¦size⟫⟩ (⟦Ser 6, Img "
     "44¦6:44¦abbrev_en¦a⟧); ⟨b¦on the outside CT it measured ⟪19 mm¦size⟫⟩ (outside CT ⟦Ser 3, Img "
     "40¦p3:40¦prior¦b⟧). Absolute washout ⟪42%¦ratio⟫, unenhanced attenuation ⟪28 HU¦lab⟫."),
    ("P-UK-05", "UK",
     "Dictated: ⟨a¦there is a ⟪2.3 cm¦size⟫ simple cyst in the upper pole of the right kidney⟩ open "
     "bracket ⟦series four image thirty two¦4:32¦full_en¦a⟧ close bracket full stop ⟨b¦no hydronephrosis⟩ "
     "full stop ⟨c¦the appendix is normal in calibre at ⟪5 mm¦size⟫⟩ open bracket ⟦series four image "
     "ninety¦4:90¦full_en¦c⟧ close bracket full stop"),
    ("P-UK-06", "UK",
     "Ultrasound abdomen. ⟨a¦Liver is bright and enlarged at ⟪18.5 cm¦size⟫ midclavicular⟩ (⟦image "
     "3¦-:3¦image_only¦a⟧). ⟨b¦Gallbladder contains a ⟪14 mm¦size⟫ mobile calculus⟩ (⟦images 6 and "
     "7¦-:6,-:7¦list¦b⟧). CBD ⟪4 mm¦size⟫. ⟪ALP 164 U/L¦lab⟫."),
    ("P-UK-07", "UK",
     "CT pulmonary angiogram, ⟪Omnipaque 350 60 ml¦dose⟫, ⟪DLP 312 mGy.cm¦dose⟫. ⟨a¦Saddle embolus "
     "extending into both main pulmonary arteries⟩ (⟦slice 112 of series 4¦4:112¦slice_word¦a⟧). ⟨b¦RV:LV "
     "ratio ⟪1.4¦ratio⟫ with reflux of contrast into the IVC⟩ (⟦slice 150¦4:150¦image_only¦b⟧). Findings "
     "phoned to the medical SpR at ⟪14:32¦time⟫."),
    ("P-UK-08", "UK",
     "MRI pelvis (rectal protocol). ⟨a¦Low rectal tumour ⟪4 cm¦size⟫ from the anal verge⟩, ⟨b¦breaching "
     "the muscularis propria by ⟪6 mm¦size⟫ at ⟪7 o'clock¦time⟫⟩ (small FOV T2 ⟦Se 8 Im "
     "19¦8:19¦abbrev_en¦b⟧). ⟨c¦EMVI positive⟩ (⟦Se 8 Im 22 and Im 24¦8:22,8:24¦list¦c⟧). MRF clear by ⟪3 "
     "mm¦size⟫. mrT⟪3c N1¦staging⟫."),
    ("P-UK-09", "UK",
     "Comparison is made with the prior study of ⟪21/02/2026¦date⟫. ⟨a¦The hepatic lesion in segment "
     "⟪IVa¦segment⟫ has enlarged to ⟪31 mm¦size⟫⟩ (⟦image 47, series 3¦3:47¦full_en¦a⟧), ⟨b¦previously "
     "⟪24 mm¦size⟫⟩ (prior ⟦image 45, series 3¦p3:45¦prior¦b⟧). ⟨c¦New lesion in segment ⟪VI¦segment⟫⟩ "
     "(⟦image 80, series 3¦3:80¦full_en¦c⟧)."),
    ("P-UK-10", "UK",
     "IMPRESSION:\n1. ⟨a¦Perforated sigmoid diverticulitis with a ⟪4 cm¦size⟫ pelvic collection⟩ (⟦Se 3 "
     "Im 140¦3:140¦impression¦a⟧). Hinchey ⟪II¦staging⟫.\n2. ⟨b¦Small volume extraluminal gas⟩ (⟦Se 3 Im "
     "101-109¦3:101-109¦range¦b⟧).\n3. ⟨c¦Incidental ⟪6 mm¦size⟫ lung base nodule⟩ (⟦Se 3 Im "
     "12¦3:12¦impression¦c⟧); no follow-up needed at age ⟪34¦age⟫."),
    ("P-UK-11", "UK",
     "Breast MRI. ⟨a¦Non-mass enhancement in the left upper outer quadrant over ⟪42 mm¦size⟫⟩ "
     "(subtraction ⟦series 1002, images 61-78¦1002:61-78¦range¦a⟧). ⟨b¦The ⟪9 mm¦size⟫ right retroareolar "
     "mass is unchanged from the previous MRI of ⟪05/2025¦date⟫⟩ (current ⟦series 1002 image "
     "40¦1002:40¦full_en¦b⟧; previous ⟦series 1002 image 38¦p1002:38¦prior¦b⟧). BI-RADS ⟪4¦birads⟫ left, "
     "⟪2¦birads⟫ right."),
    ("P-UK-12", "UK",
     "CT abdomen and pelvis. ⟨a¦Small bowel obstruction with a transition point in the left iliac fossa⟩ "
     "(⟦Se 4 Im 88¦4:88¦abbrev_en¦a⟧, coronal ⟦Se 6 Im 57¦6:57¦plane¦a⟧). ⟨b¦No closed loop or "
     "ischaemia⟩. ⟨c¦Left inguinal hernia containing fat only⟩ (⟦Se 4 Im 131¦4:131¦abbrev_en¦c⟧). Lactate "
     "⟪2.1¦lab⟫."),
    ("P-UK-13", "UK",
     "Teleradiology read, CT C-spine. ⟨a¦Fracture through the left lamina of ⟪C6¦level⟫⟩ (axial ⟦image 71 "
     "series 3¦3:71¦full_en¦a⟧), ⟨b¦extending to the left facet⟩ (sagittal ⟦image 41 series "
     "5¦5:41¦plane¦b⟧). ⟨c¦Prevertebral soft tissues ⟪4 mm¦size⟫ at ⟪C3¦level⟫, normal⟩. NEXUS criteria "
     "positive."),
    ("P-UK-14", "UK",
     "Follow-up table (RECIST 1.1), citations as series/image:\nLesion | Baseline ⟪10/01/2026¦date⟫ | "
     "Today\n⟨a¦⟨b¦Liver S⟪VIII¦segment⟫⟩⟩ | ⟨b¦⟪22 mm¦size⟫⟩ ⟦5/33¦p5:33¦prior¦b⟧ | ⟨a¦⟪13 mm¦size⟫⟩ "
     "⟦6/35¦6:35¦slash¦a⟧\n⟨c¦⟨d¦Para-aortic node⟩⟩ | ⟨d¦⟪17 mm¦size⟫⟩ ⟦5/70¦p5:70¦prior¦d⟧ | ⟨c¦⟪11 "
     "mm¦size⟫⟩ ⟦6/72¦6:72¦slash¦c⟧\nResponse: partial, sum ⟪-38%¦ratio⟫."),
    ("P-US-01", "US",
     "PRELIMINARY TELERADIOLOGY READ ⟪2:14 AM¦time⟫. CT abdomen/pelvis with contrast. ⟨a¦Acute "
     "appendicitis with a ⟪12 mm¦size⟫ dilated appendix and periappendiceal fat stranding⟩ "
     "(⟦2:57¦2:57¦compact¦a⟧, ⟦2:61¦2:61¦compact¦a⟧). ⟨b¦Appendicolith at the base⟩ "
     "(⟦2:55¦2:55¦compact¦b⟧). No abscess. ⟪WBC 14.2¦lab⟫. Called to Dr. Okafor at ⟪(614) 555-0148¦phone⟫."),
    ("P-US-02", "US",
     "Outside CT chest dated ⟪8/14/2026¦date⟫ was uploaded for comparison. ⟨a¦Spiculated right upper lobe "
     "nodule now measures ⟪2.1 x 1.7 cm¦size⟫⟩ (⟦series 3, image 44¦3:44¦full_en¦a⟧), ⟨b¦previously ⟪1.4 "
     "x 1.2 cm¦size⟫⟩ (outside ⟦series 2, image 51¦p2:51¦prior¦b⟧). ⟨c¦New ⟪11 mm¦size⟫ right hilar node⟩ "
     "(⟦series 3, image 60¦3:60¦full_en¦c⟧). Lung-RADS ⟪4X¦birads⟫."),
    ("P-US-03", "US",
     "FINDINGS:\nLiver: ⟨a¦⟪1.8 cm¦size⟫ arterially enhancing observation in segment ⟪7¦segment⟫ with "
     "washout and capsule⟩ (⟦series 6 image 33¦6:33¦full_en¦a⟧; portal venous ⟦series 9 image "
     "34¦9:34¦full_en¦a⟧). LI-RADS ⟪LR-5¦birads⟫.\nSpleen: ⟨b¦⟪14.8 cm¦size⟫, enlarged⟩ (⟦series 9 image "
     "51¦9:51¦full_en¦b⟧).\nAFP ⟪212¦lab⟫, MELD ⟪14¦lab⟫."),
    ("P-US-04", "US",
     "MRI brain with and without contrast. ⟨a¦⟪8 mm¦size⟫ enhancing lesion in the left cerebellar "
     "hemisphere⟩ (⟦se 11 im 34¦11:34¦abbrev_en¦a⟧), ⟨b¦new compared with ⟪6/2026¦date⟫⟩ (prior ⟦se 11 im "
     "35¦p11:35¦prior¦b⟧). ⟨c¦Stable ⟪4 mm¦size⟫ right frontal lesion⟩ (⟦se 11 im 88¦11:88¦abbrev_en¦c⟧; "
     "prior ⟦se 11 im 86¦p11:86¦prior¦c⟧). Gadavist ⟪7.5 mL¦dose⟫."),
    ("P-US-05", "US",
     "Voice recognition text. ⟨a¦There is a ⟪3 point 2 centimeter¦size⟫ complex cystic mass in the left "
     "ovary⟩ parenthesis ⟦series five image forty two¦5:42¦full_en¦a⟧ close parenthesis period ⟨b¦Small "
     "amount of free fluid in the cul-de-sac⟩ parenthesis ⟦series five image sixty¦5:60¦full_en¦b⟧ close "
     "parenthesis period O-RADS ⟪4¦birads⟫."),
    ("P-US-06", "US",
     "Renal ultrasound. ⟨a¦Right kidney ⟪10.9 cm¦size⟫ without hydronephrosis⟩ (⟦image "
     "4¦-:4¦image_only¦a⟧). ⟨b¦Left kidney ⟪11.4 cm¦size⟫ with a ⟪7 mm¦size⟫ nonobstructing lower pole "
     "stone⟩ (⟦images 12-14¦-:12-14¦range¦b⟧). Bladder volume ⟪340 mL¦size⟫. ⟪Cr 1.3¦lab⟫."),
    ("P-US-07", "US",
     "ONCOLOGY RESPONSE ASSESSMENT (RECIST 1.1)\nBaseline: ⟪4/2/2026¦date⟫. Nadir: ⟪7/9/2026¦date⟫. "
     "Current: ⟪11/30/2026¦date⟫.\nT1 ⟨a¦⟨b¦Left axillary node⟩: ⟪16 mm¦size⟫⟩ (⟦4:38¦4:38¦compact¦a⟧); "
     "⟨b¦baseline ⟪27 mm¦size⟫⟩ (⟦3:36¦p3:36¦prior¦b⟧).\nT2 ⟨c¦⟨d¦Right hepatic lobe mass⟩: ⟪41 mm¦size⟫⟩ "
     "(⟦4:92¦4:92¦compact¦c⟧); ⟨d¦baseline ⟪55 mm¦size⟫⟩ (⟦3:95¦p3:95¦prior¦d⟧).\nNon-target: ⟨e¦small "
     "bilateral effusions⟩ (⟦4:120-131¦4:120-131¦range¦e⟧)."),
    ("P-US-08", "US",
     "CTA head and neck. ⟨a¦Occlusion of the left M1 segment⟩ (⟦series 5, image 212¦5:212¦full_en¦a⟧; "
     "coronal MIP ⟦series 7, image 40¦7:40¦plane¦a⟧). ⟨b¦⟪50%¦ratio⟫ stenosis of the right ICA origin by "
     "NASCET⟩ (⟦series 5, image 101¦5:101¦full_en¦b⟧). ASPECTS ⟪8¦counter⟫. Time of read ⟪3:42 PM¦time⟫."),
    ("P-US-09", "US",
     "Consult on outside MRI of the knee (performed at an imaging center on ⟪9/30/2026¦date⟫), compared "
     "with our MRI of today. ⟨a¦The lateral meniscal tear is now a displaced flap⟩ (⟦#6, image "
     "18¦6:18¦abbrev_en¦a⟧), ⟨b¦which on the outside study was a nondisplaced horizontal tear⟩ (outside "
     "⟦#4, image 15¦p4:15¦prior¦b⟧)."),
    ("P-US-10", "US",
     "CT chest. ⟨a¦Ground-glass nodule in the left upper lobe measuring ⟪7 mm¦size⟫⟩ (⟦Se: 4 Im: "
     "77¦4:77¦abbrev_en¦a⟧), ⟨b¦solid ⟪5 mm¦size⟫ nodule in the right middle lobe⟩ (⟦Se: 4 Im: "
     "140¦4:140¦abbrev_en¦b⟧). ⟨c¦Both unchanged from ⟪10/3/2025¦date⟫⟩ (prior ⟦Se: 3 Im: "
     "75¦p3:75¦prior¦c⟧ and ⟦Im: 138¦p3:138¦prior¦c⟧). Fleischner: no follow-up required for patient aged "
     "⟪41¦age⟫."),
    ("P-US-11", "US",
     "MRI prostate. ⟨a¦⟪1.4 cm¦size⟫ lesion in the left anterior transition zone with marked diffusion "
     "restriction⟩ (T2 ⟦image 18, series 4¦4:18¦full_en¦a⟧; ADC ⟦image 18, series 8¦8:18¦full_en¦a⟧). "
     "PI-RADS ⟪4¦birads⟫. ⟪PSA 11.2¦lab⟫, ⟪PSA density 0.21¦ratio⟫. Gleason ⟪3+4¦staging⟫ on prior biopsy."),
    ("P-US-12", "US",
     "IMPRESSION:\n1. ⟨a¦Acute cholecystitis⟩ (⟦2:34¦2:34¦impression¦a⟧).\n2. ⟨b¦Choledocholithiasis with "
     "a ⟪6 mm¦size⟫ stone in the distal CBD⟩ (⟦2:48¦2:48¦impression¦b⟧; coronal "
     "⟦601:33¦601:33¦plane¦b⟧).\n3. ⟨c¦Unchanged ⟪1.2 cm¦size⟫ left renal cyst⟩ "
     "(⟦2:51¦2:51¦impression¦c⟧; prior ⟦2:49¦p2:49¦prior¦c⟧)."),
    ("P-US-13", "US",
     "Addendum ⟪12/1/2026¦date⟫ ⟪8:05¦time⟫: ⟨a¦A nondisplaced fracture of the right ⟪9th¦counter⟫ rib is "
     "also present⟩ (⟦image 122 on series 3¦3:122¦full_en¦a⟧). ⟨b¦It was not visible on the outside "
     "trauma CT⟩ (outside ⟦image 97 on series 2¦p2:97¦prior¦b⟧). Discussed with Dr. Reyes, ext. "
     "⟪4-7721¦phone⟫."),
    ("P-US-14", "US",
     "PET/CT restaging. ⟨a¦FDG-avid left supraclavicular node, SUVmax ⟪7.8¦lab⟫⟩ (⟦series 4, images 55 "
     "and 57¦4:55,4:57¦list¦a⟧), ⟨b¦previously SUVmax ⟪12.1¦lab⟫⟩ (prior ⟦series 4, image "
     "53¦p4:53¦prior¦b⟧). Deauville ⟪3¦birads⟫. ⟪F-18 FDG 11.2 mCi¦dose⟫, glucose ⟪104 mg/dL¦lab⟫."),
    ("P-UK-15", "UK",
     "Teleradiology (overnight), CT abdomen. ⟨a¦Free fluid in the right paracolic gutter⟩ "
     "(⟦Se3/Im72-80¦3:72-80¦range¦a⟧) and ⟨b¦a ⟪9 mm¦size⟫ focus of free gas anterior to the liver⟩ "
     "(⟦Se3/Im31¦3:31¦slash¦b⟧). ⟨c¦Thickened caecal pole⟩ (⟦Se3/Im118¦3:118¦slash¦c⟧). Lactate ⟪4.2 "
     "mmol/L¦lab⟫, BP ⟪85/50¦blood_pressure⟫. Surgeons informed ⟪04:40¦time⟫."),
    ("P-US-15", "US",
     "CT abdomen/pelvis. ⟨a¦Hypoenhancing ⟪2.6 cm¦size⟫ pancreatic body mass⟩ (⟦3:44¦3:44¦compact¦a⟧), "
     "⟨b¦abutting the SMA by less than ⟪180 degrees¦ratio⟫⟩ (⟦3:47-52¦3:47-52¦range¦b⟧). ⟨c¦Not seen on "
     "the comparison CT of ⟪1/12/2026¦date⟫⟩ (comparison ⟦2:40¦p2:40¦prior¦c⟧). CA 19-9 ⟪640¦lab⟫. NCCN: "
     "borderline resectable."),
    ("P-US-16", "US",
     "Teleradiology final read, MRI cervical spine. ⟨a¦Disc osteophyte complex at ⟪C5-C6¦level⟫ with "
     "moderate canal stenosis⟩ (sagittal ⟦image 9 series 3¦3:9¦plane¦a⟧; axial ⟦image 21 series "
     "6¦6:21¦plane¦a⟧). ⟨b¦Severe left foraminal narrowing at ⟪C6-C7¦level⟫⟩ (⟦image 27 series "
     "6¦6:27¦full_en¦b⟧). ⟨c¦Previously moderate⟩ (prior ⟦image 25 series 6¦p6:25¦prior¦c⟧)."),
)

EXCERPTS: list[Excerpt] = [_excerpt(eid, origin, marked) for eid, origin, marked in _RAW]
