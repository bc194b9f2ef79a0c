# ruff: noqa: E501
"""Held-out 37, Austria: marked excerpts (see deid_corpus.py for the conventions)."""

AT = (
    (
        "at-01",
        "de",
        "Schockraum ⟦INSTITUTION:AUVA-Unfallkrankenhaus Meidling⟧, Aufnahme 17:52 Uhr\n"
        "Zubringer: NAH ⟦ID:Christophorus 9⟧, Notarzt Dr. ⟦PERSON:Philipp Strasser⟧. Pat. ⟦PERSON:Hofbauer, Johanna⟧, SVNR ⟦ID:2819 150398⟧.\n"
        "Unfallhergang: Skiunfall, Kollision mit Snowboarder auf der Piste ⟦ADDRESS:Hochkar, Gemeinde Göstling an der Ybbs⟧.\n"
        "CT Wirbelsäule: Berstungsfraktur LWK 1 (AO Spine A3, Magerl A3.1), Hinterkantenbeteiligung, Spinalkanaleinengung 30 %. Neurologie: Frankel E.",
        (
            "AO Spine A3",
            "Magerl A3.1",
            "Frankel E",
            "Berstungsfraktur LWK 1",
            "Hinterkantenbeteiligung",
            "Skiunfall",
            "Snowboarder",
            "17:52 Uhr",
        ),
    ),
    (
        "at-02",
        "de",
        "Meldung gemäß § 37 B-KJHG an die ⟦INSTITUTION:Kinder- und Jugendhilfe Graz-Umgebung⟧, Sozialarbeiterin Mag.a ⟦PERSON:Verena Url⟧, Tel. ⟦PHONE:+43 316 7075-4412⟧.\n"
        "Kind ⟦PERSON:Noah Pichler⟧, 11 Wochen, gebracht von Kindesvater ⟦PERSON:Kevin Pichler⟧ (⟦ADDRESS:Feldkirchen bei Graz⟧).\n"
        "cMRT: Subdurale Hämatome unterschiedlichen Alters bds. frontoparietal, retinale Blutungen laut Augenkonsil. Brückenvenenthrombose ('lollipop sign'). Befundkonstellation passend zu Schütteltrauma.",
        (
            "Schütteltrauma",
            "lollipop sign",
            "Brückenvenenthrombose",
            "Subdurale Hämatome",
            "Augenkonsil",
            "11 Wochen",
            "§ 37 B-KJHG",
        ),
    ),
    (
        "at-03",
        "de",
        "Befund Institut für Radiologie, ⟦INSTITUTION:LKH-Univ. Klinikum Graz⟧\n"
        "Patientin: ⟦PERSON:Kriegl Theresa⟧, geb. ⟦DATE:3. Jänner 1994⟧, Hebamme: ⟦PERSON:Birgit Fladerer⟧ (freipraktizierend).\n"
        "Lebensgefährte ⟦PERSON:Dominik Rauch⟧ begleitet. MRT Becken post partum (Tag 4) bei Fieber und Unterbauchschmerz:\n"
        "Ovarialvenenthrombose rechts bis zur Einmündung in die V. cava inferior, Uterus puerperal, kein Abszess im Bereich der Uterotomie. Empfehlung: Antikoagulation mit Enoxaparin.",
        (
            "Ovarialvenenthrombose",
            "V. cava inferior",
            "Uterotomie",
            "Enoxaparin",
            "post partum",
            "Unterbauchschmerz",
            "Tag 4",
        ),
    ),
    (
        "at-04",
        "de",
        "Erwachsenenvertretung: Gerichtliche Erwachsenenvertreterin Mag. ⟦PERSON:Elisabeth Gruber-Winkler⟧, ⟦INSTITUTION:VertretungsNetz Erwachsenenvertretung Linz⟧, Tel. ⟦PHONE:0732 77 43 21⟧ DW ⟦PHONE:15⟧.\n"
        "Bestellt durch ⟦INSTITUTION:Bezirksgericht Linz⟧, GZ ⟦ID:4 P 112/23k⟧. Pat. ⟦PERSON:Manfred Aigner⟧, ⟦AGE:90⟧ a, ⟦ADDRESS:Wiener Straße 114/3/7, 4020 Linz⟧.\n"
        "Aufklärung für KM-CT erfolgte mit der Vertreterin telefonisch am ⟦DATE:12.2.2025⟧.\n"
        "CT Abdomen: Sigmadivertikulitis Hinchey Ib mit perikolischem Abszess 2,8 cm. Keine freie Luft.",
        (
            "Hinchey Ib",
            "Sigmadivertikulitis",
            "perikolischem Abszess",
            "KM-CT",
            "Keine freie Luft",
            "Aufklärung",
            "2,8 cm",
        ),
    ),
    (
        "at-05",
        "de",
        "Altersfeststellung im Auftrag des Bundesamts für Fremdenwesen und Asyl, Zl. ⟦ID:1287734509-250311⟧\n"
        "Person: ⟦PERSON:Sediqi, Mohammad Nasir⟧, angegebenes Geburtsdatum ⟦DATE:01.01.2008⟧. Rechtsberatung: Mag. ⟦PERSON:Lukas Feichtner⟧ (BBU).\n"
        "Handröntgen links: Skelettalter nach Greulich-Pyle ≥ 19 Jahre (Epiphysenfugen vollständig geschlossen). Dünnschicht-CT Klavikula medial: Stadium 4 nach Schmeling/Kellinghaus. Zahnärztlicher Befund: Mineralisation 38/48 Stadium H.",
        (
            "Greulich-Pyle",
            "Schmeling/Kellinghaus",
            "Epiphysenfugen",
            "Stadium 4",
            "Dünnschicht-CT",
            "Klavikula",
            "38/48",
        ),
    ),
    (
        "at-06",
        "de",
        "Rettungsdienst-Übergabe (⟦INSTITUTION:Wiener Berufsrettung⟧, RTW ⟦ID:Kilo 12⟧), Sanitäter ⟦PERSON:Florian Wawra⟧ und ⟦PERSON:Emre Yilmaz⟧.\n"
        "Pat. aufgefunden am ⟦ADDRESS:Praterstern⟧ von Passanten, polizeilich begleitet durch Insp. ⟦PERSON:Baumgartner⟧ (Dienstnr. ⟦ID:88214⟧, ⟦INSTITUTION:PI Praterstern⟧).\n"
        "Intoxikation (Ethanol 2,4 ‰), GCS 9. CCT: Akutes Subduralhämatom links 6 mm, Kontusionsblutung frontobasal rechts (coup-contrecoup). Os-zygomaticum-Fraktur links.",
        (
            "coup-contrecoup",
            "Subduralhämatom",
            "Kontusionsblutung",
            "GCS 9",
            "2,4 ‰",
            "Intoxikation",
            "Os-zygomaticum-Fraktur",
        ),
    ),
    (
        "at-07",
        "de",
        "Transplantationskoordination ⟦INSTITUTION:AKH Wien⟧ – Spendermeldung an Eurotransplant, ET-Donor ⟦ID:130447⟧.\n"
        "Koordinator DGKP ⟦PERSON:Thomas Lackner⟧, ⟦PHONE:+43 1 40400-19640⟧, ⟦EMAIL:transplantkoordination@akhwien.example.at⟧.\n"
        "Thorax-CT des Spenders (58 J., ⟦DATE:22.03.2025⟧): Emphysem gering, kein Rundherd, Koronarkalk mäßig (Agatston 212). Nieren mit je einer Arterie, Leber ohne Steatose (Milz-Leber-Index normal).",
        ("Agatston 212", "Milz-Leber-Index", "Koronarkalk", "Emphysem", "Eurotransplant", "58 J.", "Rundherd"),
    ),
    (
        "at-08",
        "de",
        "Totenbeschau: Sprengelarzt Dr. ⟦PERSON:Gottfried Mayrhofer⟧, Gemeinde ⟦ADDRESS:Zell am See⟧. Verstorbener ⟦PERSON:Josef Rainer⟧, geb. ⟦DATE:14. Mai 1961⟧, aufgefunden ⟦DATE:2.2.2025⟧.\n"
        "Bestatter: ⟦INSTITUTION:Bestattung Pinzgau⟧, ⟦PHONE:06542 72 3 38⟧. Auftrag der ⟦INSTITUTION:Staatsanwaltschaft Salzburg⟧, Zahl ⟦ID:8 St 41/25x⟧.\n"
        "PMCT: Lawinenverschüttung – Aspiration von Schnee/Eiswasser nicht nachweisbar, Hyperextensionsverletzung HWK 5/6, Femurschaftfraktur rechts. Kein Hinweis auf Hypothermiezeichen (Wischnewski) im CT beurteilbar.",
        (
            "Wischnewski",
            "Lawinenverschüttung",
            "Hyperextensionsverletzung",
            "HWK 5/6",
            "Femurschaftfraktur",
            "Totenbeschau",
            "Sprengelarzt",
        ),
    ),
    (
        "at-09",
        "de",
        "Kinderradiologie ⟦INSTITUTION:Klinikum Klagenfurt am Wörthersee⟧: Ultraschall Hüfte nach Graf\n"
        "⟦PERSON:Valentina Moser⟧, 6 Wochen, Mutter ⟦PERSON:Carina Moser⟧, Mutter-Kind-Pass-Untersuchung.\n"
        "Rechts: Typ Ia (Alpha 64°, Beta 52°). Links: Typ IIc (Alpha 46°, Beta 78°), instabil. Empfehlung: Tübinger Hüftbeugeschiene, Kontrolle in 4 Wochen bei Dr. ⟦PERSON:Pirker⟧, ⟦ADDRESS:Villacher Straße 45, 9020 Klagenfurt⟧.",
        (
            "Graf",
            "Typ IIc",
            "Tübinger Hüftbeugeschiene",
            "Mutter-Kind-Pass-Untersuchung",
            "Alpha 46°",
            "6 Wochen",
            "4 Wochen",
        ),
    ),
    (
        "at-10",
        "de",
        "Konsiliaranforderung Psychiatrie ⟦INSTITUTION:Kepler Universitätsklinikum Neuromed Campus⟧\n"
        "Pat. ⟦PERSON:Dragan Petrović⟧, untergebracht nach UbG seit ⟦DATE:08.03.2025⟧, Patientenanwältin Mag.a ⟦PERSON:Sonja Hinterleitner⟧ (⟦INSTITUTION:VertretungsNetz Patientenanwaltschaft Linz⟧).\n"
        "Fragestellung: Organische Ursache der Verwirrtheit? cMRT: Bilaterale T2-Hyperintensitäten der Corpora mamillaria und des periaquäduktalen Graus – Wernicke-Enzephalopathie. Thiamin i.v. empfohlen.",
        (
            "Wernicke-Enzephalopathie",
            "Corpora mamillaria",
            "periaquäduktalen Graus",
            "Thiamin",
            "UbG",
            "T2-Hyperintensitäten",
            "Verwirrtheit",
        ),
    ),
    (
        "at-11",
        "de",
        "ELGA-e-Befund an ⟦INSTITUTION:Gruppenpraxis für Kinder- und Jugendheilkunde Dr. Berger & Dr. Nowak OG⟧, ⟦ADDRESS:Hauptplatz 7, 2700 Wiener Neustadt⟧.\n"
        "Patient ⟦PERSON:Elias Zauner⟧, VSNR ⟦ID:4412 200715⟧, Schule: ⟦INSTITUTION:BRG Wiener Neustadt Gröhrmühlgasse⟧.\n"
        "Röntgen Sprunggelenk rechts nach Fußballtraining: Übergangsfraktur (Two-plane, Tillaux-Fraktur) der distalen Tibia, Diastase 3 mm. CT zur OP-Planung empfohlen.",
        (
            "Tillaux-Fraktur",
            "Übergangsfraktur",
            "Two-plane",
            "Fußballtraining",
            "OP-Planung",
            "Diastase 3 mm",
            "ELGA-e-Befund",
        ),
    ),
    (
        "at-12",
        "de",
        "Unfallmeldung AUVA: Schüler ⟦PERSON:Paul Ebner⟧, Schulunfall im Chemieunterricht am ⟦DATE:27. Februar 2025⟧, ⟦INSTITUTION:MS Hallein-Burgfried⟧, Klassenvorstand Herr Prof. ⟦PERSON:Windhager⟧.\n"
        "Erziehungsberechtigte: ⟦PERSON:Sandra Ebner⟧, ⟦PHONE:0664 1820 443⟧.\n"
        "CT Gesichtsschädel: Orbitabodenfraktur links (Blow-out) mit Prolaps von Fettgewebe, M. rectus inferior nicht eingeklemmt. Kein Emphysem der Orbita.",
        (
            "Blow-out",
            "Orbitabodenfraktur",
            "M. rectus inferior",
            "Chemieunterricht",
            "Klassenvorstand",
            "Schulunfall",
            "Gesichtsschädel",
        ),
    ),
    (
        "at-13",
        "de",
        "Geburtsklinik ⟦INSTITUTION:Ordensklinikum Linz Barmherzige Schwestern⟧ – Fetales MRT 26+0 SSW\n"
        "Mutter: ⟦PERSON:Lisa-Marie Hölzl⟧, Partnerin ⟦PERSON:Katharina Reisinger⟧ anwesend. Zuweisung: Dr. ⟦PERSON:Wolfgang Eder⟧, Pränatalmedizin, ⟦PHONE:0732 7677-7150⟧.\n"
        "Befund: Linksseitige Zwerchfellhernie mit Leberanteil intrathorakal, o/e LHR 28 %, TFLV 22 %. Magen intrathorakal. Empfehlung: FETO-Beratung.",
        ("Zwerchfellhernie", "o/e LHR 28 %", "TFLV", "FETO-Beratung", "26+0 SSW", "Pränatalmedizin", "intrathorakal"),
    ),
    (
        "at-14",
        "de",
        "Gutachten für das ⟦INSTITUTION:Landesgericht für Strafsachen Wien⟧, Hv ⟦ID:142 Hv 61/24m⟧, beigezogener Sachverständiger Univ.-Prof. Dr. ⟦PERSON:Kurt Vogl⟧.\n"
        "Geschädigte: ⟦PERSON:Aleksandra Nowak⟧, ⟦ADDRESS:1100 Wien⟧. Verteidigerin: Dr. ⟦PERSON:Andrea Schöller⟧, ⟦INSTITUTION:Schöller Rechtsanwalts GmbH⟧, ⟦EMAIL:office@schoeller-law.example.at⟧.\n"
        "CT Hals: Fraktur des linken oberen Schildknorpelhorns, Einblutungen in den M. sternocleidomastoideus – vereinbar mit Würgen/Strangulation.\n"
        "Bilder für die Verteidigung: ⟦URL:https://share.schoeller-law.example.at/akten/nowak-ct⟧",
        ("Schildknorpelhorns", "M. sternocleidomastoideus", "Strangulation", "Würgen", "Sachverständiger", "CT Hals"),
    ),
    (
        "at-15",
        "de",
        "RIS-Eintrag ⟦DATE:2025-03-14⟧ 06:10: Pat. ⟦PERSON:Stöckl Herbert⟧ (⟦AGE:96⟧) – Angehörige Tochter ⟦PERSON:Renate⟧ bittet um Rückruf ⟦PHONE:0676 540 22 18⟧.\n"
        "Eintrag durch ⟦PERSON:rtschuerz⟧. Hausarzt: Dr. ⟦PERSON:Rudolf Hirschmann⟧, Kassenvertragsarzt, ⟦ADDRESS:Bad Ischl⟧.\n"
        "Rö Thorax Bettaufnahme: Pleuraerguss rechts basal, Herzschrittmacher mit Elektroden im rechten Vorhof und Ventrikel, Stauungszeichen (Kerley-B-Linien).",
        (
            "Kerley-B-Linien",
            "Herzschrittmacher",
            "Pleuraerguss",
            "Bettaufnahme",
            "Stauungszeichen",
            "06:10",
            "Kassenvertragsarzt",
        ),
    ),
    (
        "at-16",
        "de",
        "Obduktion (sanitätspolizeilich) ⟦INSTITUTION:Department für Gerichtliche Medizin Innsbruck⟧\n"
        "Säugling ⟦PERSON:Lea Kofler⟧, geb. ⟦DATE:19.11.2024⟧, verstorben ⟦DATE:05.03.2025⟧ (Plötzlicher Kindstod?). Eltern ⟦PERSON:Martin⟧ und ⟦PERSON:Julia Kofler⟧, ⟦ADDRESS:Dorf 12, 6167 Neustift im Stubaital⟧.\n"
        "Babygramm und PMCT: Keine Frakturen, keine intrakraniellen Blutungen. Lungen dorsal dicht (postmortale Hypostase). Thymus normal groß.",
        (
            "Babygramm",
            "postmortale Hypostase",
            "Plötzlicher Kindstod",
            "Thymus",
            "intrakraniellen Blutungen",
            "sanitätspolizeilich",
        ),
    ),
)
