"""Places in report text: street addresses, postcodes and towns, wards and rooms, institution names.

German, Austrian, Swiss, UK and US forms ("Hauptstraße 5, 8010 Graz", "A-1090 Wien", "London NW1 6XE",
"Boston, MA 02114", "Zimmer 12"), and hospital/practice names ("Klinikum rechts der Isar",
"St. Josefskrankenhaus Freiburg", "Massachusetts General Hospital").
"""

from __future__ import annotations

import re

from curation.deid.text.common import LO, UP, Gated, Hit, RunBeforeLiteral, gated_hits, literal_prefixes, literal_starts
from curation.deid.text.facilities import NOT_FACILITY_NAMES, TIME_WORDS, is_de_name_word
from curation.deid.text.names import trim_name
from curation.deid.text.service_sites import NOT_TYPE_HEADS, de_place_name_ok
from curation.deid.text.town_tails import district_hits, with_town_tail

# Compound endings ("Brunnenstraße"); "-gürtel", "-graben", "-markt" only as words of their own ("Lerchenfelder
# Gürtel"): "Schultergürtel 3 Tage" is anatomy.
# US state codes, for "Chicago IL 60610" written without the comma.
_US_STATES = ("(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|"
              "NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)")
US_STATES = _US_STATES  # (bracket_places: "(<Town>, KY)")
_STREET_SUFFIX = (r"(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|steig|stieg|pfad|kai|lände|"
                  r"promenade)")
_STREET_WORD = (r"(?:Straße|Strasse|Str\.|Weg|Allee|Platz|Gasse|Ring|Damm|Ufer|Chaussee|Gürtel|Kai|Lände|Zeile|Graben|"
                r"Promenade|Markt|Steig|Stieg)")
STREET_SUFFIX, STREET_WORD = _STREET_SUFFIX, _STREET_WORD  # (address_parts: "Lange Reihe 19", "Hauptstraße 5")
# English street words after a house number ("12 Marine Parade").
EN_STREET_WORDS = (r"(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Drive|Dr\.?(?=,)|Boulevard|Blvd\.?|Way|"
                   r"Close|Court|Ct\.?|Crescent|Grove|Square|Terrace|Mews|Place|Pl\.?|Gardens|Row|Parkway|Pkwy\.?|Highway|Hwy\.?|"
                   r"Circle|Cir\.?|Expressway|Expy\.?|Freeway|Fwy\.?|Turnpike|Tpke\.?|"
                   # (Round 14c: Scottish and English street words, "3 Mill Brae", "9 Kirk Wynd", "4 Abbey Gate".)
                   r"Trail|Walk|Rise|Green|Hill|View|Brae|Wynd|Gate|Vale|Parade|Approach|Chase|Croft|Quay|Wharf|Loan|"
                   r"Meadows|Fields)")
# A street word anywhere before a designator on its line (rooms.py: "Kirchenring 5/Stock 3", "12 Marine Parade,
# Level 3"): a German suffix or word, or a house number and an English street word.
STREET_WORDS_BEFORE = (rf"(?i:[a-zäöüß]{_STREET_SUFFIX}(?!\w)|\b{_STREET_WORD}(?!\w)|\brue\b|\bchemin\b)|"
                       rf"\d{{1,5}}[A-Za-z]?[ \t](?:[A-Z][a-z]+[ \t]){{1,3}}{EN_STREET_WORDS}(?!\w)")
# An eponym's name opening a street with its house number ("Virchow-Straße 10", "Addison Road 12"): the eponym keep
# range does not veto such an address (scrub._candidates; round 15 review).
EPONYM_STREET = re.compile(rf"[{UP}][{LO}]+(?:-[{UP}][{LO}]+)*(?:[ \t-](?:{_STREET_WORD}|{EN_STREET_WORDS})|"
                           rf"{_STREET_SUFFIX})[ \t]*\d{{1,4}}[a-z]?(?![\w.,]\d)")
# A house number with a letter, a range, Austrian door parts and stairs: "14b", "21–23", "218/2/11", "43, Stiege
# 2/Top 7".
_HOUSE_NO = (r"\d{1,4}(?:\s?[a-zA-Z]\b)?(?:[/–-]\d{1,4}[a-z]?){0,3}"
             # (Round 14c: a stair or door letter, "Stiege B, Tür 11".)
             r"(?:[ \t]?[/,]?[ \t]?(?:Stiege|Stg\.|Top|Tür|Whg\.|Wohnung|Stock|OG|EG)[ \t]?"
             r"(?:\d{1,3}|[A-H](?!\w))){0,3}"
             # (Round 14c: a floor or a house letter, "3, 2. Stock", "2, Haus B".)
             r"(?:,[ \t](?:\d\.[ \t]?(?:Stock|OG|Etage|Obergeschoss)|Haus[ \t][A-Z](?!\w)))?")
ADDRESS_PATTERNS = (
    re.compile(rf"(?P<v>\b[{UP}][{LO}]+(?:-[{UP}]?[{LO}]+)*{_STREET_SUFFIX}\s*{_HOUSE_NO})"),
    # "Kaiser-Wilhelm-Ring 27", "Lerchenfelder Gürtel 43".
    re.compile(rf"(?P<v>\b[{UP}][\w{LO}.-]*[\s-]{_STREET_WORD}\s*{_HOUSE_NO})"),
    # Streets without a suffix ("Am Mühlbach 75") when a postcode follows or a label precedes.
    re.compile(rf"(?P<v>\b(?:Am|An der|An den|Im|Auf der|Auf dem|Zum|Zur|In der|Unter den|Hinter der)\s"
               rf"[{UP}][{LO}]+(?:[-\s][{UP}][{LO}]+)?\s{_HOUSE_NO})(?=,?\s(?:(?:D|A|CH)-)?\d{{4,5}}\s)"),
    re.compile(rf"(?i:anschrift|adresse|address|wohnhaft(?:\sin)?|wohnort|wohnt)\s*:?\s*(?P<v>[{UP}][^\n,;]{{2,40}}?"
               rf"\d{{1,4}}\s?[a-z]?(?:[/-]\d{{1,4}}){{0,3}})(?=[\s,;.]|$)"),
    # (A Scottish flat number joins the house number with a slash: "11/4 Comely Bank Road".)
    # (Round 16c: a possessive or saint's name, "9300 Miller's Place", "4120 St. John's Court".)
    # (Round 25: a two-letter direction before the name and a direction letter after the street word, "1845 SW 8th
    # St", "701 6th St S"; expressways, "4200 N Central Expy".)
    re.compile(r"(?P<v>\b\d{1,5}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?)?\s(?:(?:[NS][EW]|[NSEW]\.?)\s)?(?:St\.\s)?"
               r"(?:(?:[A-Z][a-z]+(?:['’]s)?|\d{1,3}(?:st|nd|rd|th))\s){1,3}"
               rf"{EN_STREET_WORDS}(?!\w)(?:[ \t](?:North|South|East|West|Upper|Lower|[NS][EW]|[NSEW])(?![\w-]))?"
               r"(?:,?\s(?:Suite|Ste\.?|Apt\.?|Unit|Level|Floor|Flat|#)\s?\w+)?)"),
    # The first character comes before the look-behinds (`re` then skips to a "D" or a digit; see
    # text_common.Gated): "D-" and five digits, or five digits, not after a digit, a slash ("Zl. 2024/18823")
    # or "Bild ".
    re.compile(rf"(?P<v>[D\d](?<![\d/][D\d])(?<!Bild\s[D\d])(?<!Image\s[D\d])(?:(?<=D)-\d|(?<=\d))\d{{4}}"
               rf"[ \t][{UP}][{LO}]+"
               rf"(?:[ -](?:(?:im|am|an der|a\.\s?d\.)\s)?[{UP}][{LO}]+)?)"),
    # Austrian/Swiss/German postcodes with a country prefix: "A-1090 Wien", "CH-8091 Zürich".
    re.compile(rf"(?P<v>\b(?:A|AT|CH|D|DE|FL)-\d{{4,5}}\s[{UP}][{LO}]+(?:[ -][{UP}][{LO}]+)?)"),
    # UK postcodes ("London NW1 6XE") and US city, state ZIP ("Boston, MA 02114").
    # (The town word before a UK postcode is added in place_hits: an optional word first made `re` try the
    # pattern at every letter.)
    re.compile(r"(?P<v>\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b)"),
    # (Round 23b: a state code after the comma too, or a territory's: "Kardiologie, DW 40400 46140" is an extension.)
    re.compile(r"(?P<v>\b[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?(?:,[ \t](?:" + _US_STATES + r"|PR|GU|VI|AS|MP|AA|AE|AP)|[ \t]"
               + _US_STATES + r")[ \t]\d{5}(?:-\d{4})?\b)"),
    # A room inside a hospital: "Zimmer 12", "Room 401", and a bed's ward code ("Bed: 5W-12"). A ward or station
    # ("Station 4B", "Ward 7") is a department of the hospital, no PHI (round 9), and so is a bed's bare number
    # in a ward list ("Bett 4", "Bed 12", round 11): they stay.
    re.compile(r"(?P<v>\b(?:Zimmer|Zi\.|Room|Rm\.?|(?:Bett|Bed)(?=(?::?\s)?(?:Nr\.\s?)?\d{1,4}[A-Za-z]?-\d))"
               r"(?::?\s)?(?:Nr\.\s?)?\d{1,4}[A-Za-z]?(?:-\d{1,3})?\b)"),
    # French-speaking Switzerland: "Rue du Midi 15", "Chemin des Vignes 3", "15, avenue de la Gare".
    re.compile(rf"(?P<v>(?:\b\d{{1,4}}(?:[a-z]|[ \t]?(?:bis|ter)\b)?,?[ \t])?"
               rf"\b(?:Rue|rue|Avenue|avenue|Av\.|Chemin|chemin|Ch\.|Route|route|"
               # (Round 13: abbreviated kinds "ch. des <Name> 9", "av. de <Name> 22", "rte de <Name>", "bd <Name>".)
               rf"av\.|ch\.|chem\.|Chem\.|Rte\.?|rte\.?|Bd\.?|bd\.?|"
               # (Round 14c: "place" and "Place" only with a number, see place_hits; "3bis", "12 ter".)
               rf"Boulevard|boulevard|Quai|quai|Impasse|impasse|Allée|allée|Place|place)[ \t]"
               rf"(?:de[ \t]la[ \t]|de[ \t]l'|du[ \t]|des[ \t]|de[ \t]|d')?"
               rf"[{UP}][\w{LO}-]+(?:[ \t][{UP}][\w{LO}-]+)?(?:[ \t]\d{{1,4}}(?:[ \t]?(?:bis|ter)\b|[a-z])?)?)"),
    # Italian-speaking Switzerland: "via Cantonale 24", "Piazza della Riforma 1", "strada Regina 7": the house
    # number is required ("via" is also an English preposition).
    # (Round 14c: a roman numeral and a third name word, "Corso Vittorio Emanuele II 84", "Via XX Settembre 5";
    # "n." before the number; "12/bis"; a hamlet with its number, "frazione San Martino 14", "loc. Poggio 3".)
    re.compile(rf"(?P<v>\b(?:Via|via|Viale|viale|Piazza|piazza|Piazzale|piazzale|Strada|strada|Vicolo|vicolo|Corso|"
               rf"Largo|Contrada|Frazione|frazione|Fraz\.|fraz\.|Località|località|Loc\.|loc\.)[ \t]"
               rf"(?:della[ \t]|delle[ \t]|dei[ \t]|degli[ \t]|del[ \t]|di[ \t]|d')?"
               rf"(?:[IVXL]{{1,5}}[ \t])?[{UP}][{LO}]+(?:['-][{UP}{LO}][{LO}]+)?"
               rf"(?:[ \t](?:(?:di|del|della|dei|delle|in)[ \t])?(?:[{UP}][{LO}]+|[IVX]{{1,4}})){{0,2}}"
               rf",?[ \t](?:n\.[ \t]?)?\d{{1,4}}(?:/?bis\b|/[A-Za-z](?!\w)|[a-z])?)(?![\w.,]\d)"),
    # Flats, post boxes: "Flat 2B, 8 ...", "Apt 4C", "PO Box 2281", "Postfach 12 04 33".
    # (Round 13: a Scottish tenement flat "Flat 3F2" / "Flat 2/1".)
    # (Round 14c: or a house name, then the street on the next line: "Flat 7, Hawthorn Court\n22 ...".)
    re.compile(r"(?P<v>\b(?:Flat|Apartment|Apt\.?|Unit|Suite)\s\d{1,4}(?:[A-Z]\d{0,2}|/\d{1,2})?"
               r"(?:,[ \t](?:[A-Z][a-z]+[ \t]){1,2}(?:Court|House|Mansions|Tower|Heights|Buildings|Apartments|Lodge|"
               r"Hall|Place|Gardens)(?=[ \t]*\n[ \t]*\d))?)(?=,\s\d|[ \t]*\n[ \t]*\d)"),
    # (Round 14c) A flat in a named house on the same line: "Flat 22, Chaucer House, ...", "Flat 2, Rowan Court, 8 ...".
    re.compile(r"(?P<v>\b(?:Flat|Apartment|Apt\.?)\s\d{1,4}[A-Z]?,[ \t](?:[A-Z][a-z]+[ \t]){1,2}"
               r"(?:Court|House|Mansions|Tower|Heights|Buildings|Apartments|Lodge|Hall|Gardens))(?=[,\n])"),
    # (Round 14c) A number and a one-word street ending in -way / -gate / -side before a comma or line end:
    # "41-22 Broadway, ...", "14 Kingsway North, ...", "5 Quayside\n".
    re.compile(r"(?P<v>\b\d{1,4}[A-Za-z]?(?:-\d{1,4})?[ \t][A-Z][a-z]+(?:way|gate|side)"
               r"(?:[ \t](?:North|South|East|West))?)(?=,|[ \t]*\n)"),
    # (Round 14c) An Alpine or Italian house name before its postcode: "Chalet Bergfrieden, 3823 Wengen", "Villa
    # Erica, 6911 Campione", "Cascina Rossi, 27100 ..." (the postcode rules take the town).
    re.compile(rf"(?P<v>\b(?:Chalet|Villa|Maison|Casa|Cascina|Podere|Gut|Hof|Haus)[ \t][{UP}][{LO}]+"
               rf"(?:[ \t][{UP}][{LO}]+)?)(?=,[ \t](?:CH-|A-|D-|I-)?\d{{4,5}}[ \t][{UP}])"),
    # (Round 14c) Welsh streets: "12 Heol y Coed", "Ffordd Glyder", "Lôn Isaf".
    re.compile(rf"(?P<v>(?:\b\d{{1,4}}[A-Za-z]?[ \t])?\b(?:Heol|Ffordd|Stryd|Lôn|Rhodfa|Cilgant|Teras)[ \t]"
               rf"(?:(?:y|yr)[ \t])?[{UP}][{LO}]+)"),
    re.compile(r"(?P<v>\b(?:P\.?\s?O\.?\s?Box|Post Office Box|Postfach|[Cc]ase postale|[Cc]asella postale|Postbus)"
               r"\s?\d{1,6}"
               r"(?:\s\d{2,3}){0,3})(?!\w)"),
    # (Round 13) US rural roads with a number: "2214 County Rd 41", "88 State Route 9", "1510 Farm Road 12".
    # (Round 14c: a numbered route alone, "512 Route 9W", "40 US Highway 1".)
    re.compile(r"(?P<v>\b\d{1,6}\s(?:(?:County|State|Farm|Township|Ranch)\s(?:Road|Rd\.?|Route|Rte\.?|Highway|Hwy\.?)|"
               r"(?:US\s)?(?:Route|Rte\.?|Highway|Hwy\.?))\s\d{1,4}[A-Z]?)\b"),
    # (Round 14c) US rural routes and highway contracts with their box: "RR 3 Box 41A", "Rural Route 2", "HC 61
    # Box 12"; a French "BP" / "CS" box only before a postcode ("BP 412, 97300 ...": "BP 140/90" is a pressure).
    # ("RR 18" alone is a respiratory rate, "HC 34" a head circumference: the box is required after them.)
    re.compile(r"(?P<v>\b(?:(?:RR|R\.R\.|HC)[ \t]?\d{1,3},?[ \t](?:Box|Bx)[ \t]?\d{1,5}[A-Z]?|"
               r"(?:Rural Route|Star Route)[ \t]\d{1,3}(?:[ \t](?:Box|Bx)[ \t]?\d{1,5}[A-Z]?)?)(?!\w))"),
    re.compile(r"(?P<v>\b(?:BP|B\.P\.|CS)[ \t]?\d{2,6})(?=,?[ \t]\d{5}[ \t])"),
    # A French place name: "Lieu-dit La Grange Neuve", "hameau de Vers"; a Swiss-French "En <Name>" with its number
    # before a postcode ("En Budron C 9, 1052 ...": "En 2019" and "En Valais" stay).
    re.compile(rf"(?P<v>\b(?:Lieu-dit|lieu-dit|Lieudit|lieudit|Hameau|hameau)[ \t]+(?:(?:de|du|des|d')[ \t]?)?"
               rf"(?:(?:Le|La|Les|L')[ \t]?)?[{UP}][{LO}-]+(?:[ \t][{UP}][{LO}-]+){{0,2}})"),
    re.compile(rf"(?P<v>\bEn[ \t][{UP}][{LO}]+(?:[ \t][{UP}][{LO}]+)?(?:[ \t][A-Z])?[ \t]\d{{1,3}}[a-z]?)"
               rf"(?=,[ \t]\d{{4}}[ \t])"),
)
# Street names without a house number. English: one or two capitalised words and a spelled-out suffix
# ("Sydney Street", "Old Kent Road"), or St/Rd/Ave at the end of a clause ("Monroe St, Suite 300").
# German: a compound on -straße/-allee/-gasse ("Hauptstraße"; not -weg/-ring/-platz: "Harnweg",
# "Beckenring"), hyphenated names ("Konrad-Adenauer-Ring") and town adjectives ("Mariahilfer Straße",
# "Frankfurter Allee"). A leading sentence word ("The", "In") is dropped in place_hits.
STREET_NAME_PATTERNS = (
    re.compile(r"(?P<v>\b(?:[A-Z][a-z]+[ \t]){1,2}(?:Street|Road|Avenue|Lane|Drive|Boulevard)(?![\w-]))"),
    re.compile(r"(?P<v>\b(?:[A-Z][a-z]+[ \t]){1,2}(?:St|Rd|Ave)\.?)(?=[,;]|[ \t]*(?:\n|$))"),
    re.compile(rf"(?P<v>\b[{UP}][{LO}]+(?:straße|strasse|allee|gasse)(?![\w-]))"),
    re.compile(rf"(?P<v>\b[{UP}][{LO}]+-(?:[{UP}][{LO}]+-)+(?:Straße|Strasse|Str\.|Platz|Gasse|Weg|Allee|Ring|Damm|"
               rf"Ufer)(?![\w-]))"),
    re.compile(rf"(?P<v>\b[{UP}][{LO}]+er[ \t](?:Straße|Strasse|Str\.|Platz|Gasse|Weg|Allee|Ring|Damm|Ufer)"
               rf"(?![\w-]))"),
)
_SENTENCE_WORDS = frozenset({"The", "In", "On", "At", "A", "An", "Via", "From", "To", "Of", "And", "Die", "Der",
                             "Das", "Den", "Im", "Am", "Zur", "Zum", "Von", "Aus", "Und"})
# Commercial-register entries of a letterhead or footer: the court's town is a place, the number an id.
REGISTER_COURT = re.compile(rf"(?:(?:Amtsgericht|Registergericht|Handelsregister|Landgericht|Sitz der Gesellschaft|"
                            rf"Sitz)[ \t]*:?[ \t]+)+(?P<v>[{UP}][{LO}]+(?:[ -][{UP}][{LO}]+)?)")
REGISTER_NUMBER = re.compile(r"\b(?:HRB|HRA|VR|PR|GnR|PartG)[ \t]?(?:Nr\.[ \t]?)?(?P<v>\d{2,6}(?:[ \t]?[A-Z]{1,2}\b)?)")
# A four-digit postcode and town right after a street ("Hauptstraße 5, 8010 Graz"): four digits alone
# are too often a year ("seit 2019 Beschwerden") to stand without the street before them.
POSTCODE_AFTER_STREET = re.compile(rf",?\s(?P<v>\d{{4}}\s[{UP}][{LO}]+(?:[ -][{UP}][{LO}]+)?)")
# Words after a five-digit number that make it a count, not a postcode.
NOT_CITY_WORDS = frozenset({"Einheiten", "IE", "Bilder", "Schichten", "Images", "Slices", "Units", "Patienten",
                            "Hounsfield"})

_INST_HEAD = (r"(?:Landeskrankenhaus|Landesklinikum|LKH|Kantonsspital|Universitätsspital|Spital|"
              r"Universitätsklinikum|Universitätsklinik|Uniklinikum|Uniklinik|Klinikum|Kreiskrankenhaus|"
              r"Krankenhaus|Kreisklinik|Kliniken|Klinik|Gemeinschaftspraxis|Praxis|MVZ|Hospital|University Hospital|"
              r"Medical Center|Medical Centre|Clinic|Infirmary|KH|AKH|UKH|LK)")
# Heads of homes and offices, in a rule of their own (a longer alternation in the first costs every report).
_HOME_HEAD = (r"(?:Herzzentrum|Pflegeheim|Altenheim|Seniorenheim|Seniorenzentrum|Pflegezentrum|Hospiz|Gesundheitsamt|"
              r"Nursing Home)")
# Institution names stay on one line ([ \t], not \s): the next line starts a new field.
_INST_NAME = (rf"[ \t](?:(?:der|des|am|an der|im|St\.|Sankt|of|the|Dr\.|Bad)[ \t])*[{UP}][\w{LO}.'-]+"
              rf"(?:[ \t][{UP}][\w{LO}'-]+)?")
_SENTENCE_END = re.compile(rf"[{LO}]{{3}}\.(?=[ \t]+[{UP}])")
# Abbreviations inside a name end no sentence: "LKH-Univ. Klinikum Graz", "Allg. Krankenhaus X".
_NAME_ABBREVIATIONS = ("Univ.", "Allg.", "Kath.", "Evang.", "Städt.")
INSTITUTION_PATTERNS = (
    # A genitive head keeps its name: "des Kantonsspitals Baden", "des Klinikums Nord".
    re.compile(rf"(?P<v>(?:[{UP}][\w{LO}.-]+[ \t])?{_INST_HEAD}s?{_INST_NAME})"),
    # "St. Agnes", "Sankt Georg", and the British "St Thomas'" without the dot.
    re.compile(rf"(?P<v>(?:St\.?|Sankt|Saint)[ \t][{UP}][\w{LO}'-]+(?:[- \t](?:Hospital|Krankenhaus|Klinik|Klinikum|"
               rf"Spital|Infirmary))?)"),
    # (Round 12: a capitals prefix glued to the head is a department, "NCH-Klinik", "HNO-Klinik"; the German
    # university heads and the "KH" abbreviation join a name as the others do: "<Name>-Universitätsklinikum",
    # "<Name>-KH".)
    re.compile(rf"(?P<v>\b(?:(?:St\.|Sankt)-)?(?![A-ZÄÖÜ]{{2,6}}-)[{UP}][\w{LO}]+(?:-[{UP}][\w{LO}]+)*-(?:Universitätsklinikum|"
               rf"Universitätsklinik|Universitätsspital|Uniklinikum|Uniklinik|Krankenhaus|Klinik|Klinikum|Hospital|"
               rf"Spital|KH(?![\w-])))"),
    # Compound names and a following town: "St. Josefskrankenhaus Freiburg", "Kreisklinikum Lörrach".
    # ("St. " before it is added in place_hits: the pattern is found from its head word.)
    re.compile(rf"(?P<v>\b[{UP}][{LO}]+(?:krankenhaus|klinikum|kliniken|klinik|spital|hospital)"
               rf"(?:[ \t](?:am[ \t]|an[ \t]der[ \t]|im[ \t]|Bad[ \t])?[{UP}][{LO}]+"
               rf"(?:[ \t-](?:im|am)[ \t][{UP}][{LO}]+)?)?)"),
    re.compile(rf"(?P<v>\b(?:[{UP}][\w{LO}']+[ \t]){{1,3}}(?:University Hospitals?|General Hospital|Hospitals?|"
               rf"Medical Center|Infirmary|Center|Centre|Clinic|Institute|School|College)"
               rf"(?:[ \t]of[ \t][{UP}][{LO}]+)?)"),
    # Compound centres and offices need a place name after them: "Gelenkzentrum Bodensee", "Tumorzentrum
    # Bad Cannstatt" (a bare "Brustzentrum" is a department).
    re.compile(rf"(?P<v>\b[{UP}][{LO}]+(?:zentrum|heim|amt)[ \t](?:Bad[ \t])?[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?)"),
    re.compile(rf"(?P<v>{_HOME_HEAD}{_INST_NAME})"),
)
# Practices and companies: "Lakeside Imaging Associates", "Northside Radiology Group", "Radiologie am Ring",
# "Röntgeninstitut an der Oper", "Praxis für Radiologie und Nuklearmedizin Ulm-Nord" (only with a name
# after the specialties: the bare "Praxis für Radiologie" is a department word), "Bethesda gGmbH".
COMPANY_PATTERNS = (
    re.compile(rf"(?P<v>\b(?:[{UP}][\w{LO}'&-]+[ \t]){{1,3}}(?:Imaging|Radiology|Medical|Diagnostic|Diagnostics|"
               rf"Health|Healthcare|MRI|Radiologie)[ \t](?:Associates|Partners|Group|Services|Institute|Practice))"),
    # The name before a legal form; the legal form itself identifies no one.
    re.compile(rf"(?P<v>\b(?:[{UP}][\w{LO}'&-]+[ \t]){{0,2}}[{UP}][\w{LO}'&-]+)(?=[ \t](?:LLC|LLP|PLLC|Inc\.|Ltd\b|"
               rf"P\.C\.|GmbH|gGmbH)(?!\w))"),
    re.compile(rf"(?P<v>\b(?:Radiologie|Röntgeninstitut|Röntgenpraxis|Radiologisches Zentrum|Institut|Zentrum|"
               rf"Radiology)[ \t](?:am|an[ \t]der|an[ \t]den|im|in[ \t]der|auf[ \t]der|at[ \t]the|at)[ \t]"
               rf"[{UP}][{LO}]+(?:[- ][{UP}][{LO}]+)?)"),
    re.compile(rf"(?P<v>\b(?:Gemeinschaftspraxis|Praxis|Institut|Zentrum|MVZ)[ \t]für[ \t][{UP}][{LO}]+"
               rf"(?:[ \t](?:und|&)[ \t][{UP}][{LO}]+)*[ \t,]+(?!Dr\b)[{UP}][{LO}]+(?:-[{UP}][{LO}]+)*)"),
)
# Department words after "Klinik"/"Praxis": "Klinik für Innere Medizin" names no institution.
NOT_INSTITUTION_TAILS = frozenset({"für", "for", "Innere", "Radiologie", "Chirurgie", "Radiology"})
_DEPARTMENT_LINKS = frozenset({"für", "for"})
# Department and office nouns after "<Institut> für <Fach>," (round 17b): "Abteilung", "Bezirksverwaltung", "Sektion".
_OFFICE_ENDINGS = ("ung", "stelle", "dienst", "bereich", "sektion", "station", "einheit", "ambulanz", "sprechstunde",
                   "leitung", "sekretariat", "direktion", "amt")
# Abbreviated heads ("KH Hietzing", "LK Baden"): a capitalised word before them is a German noun, not the name.
_ABBREVIATED_HEADS = frozenset({"KH", "AKH", "UKH", "LK", "LKH", "MVZ"})
# A head word alone names no institution ("Hospital No:" is a field label; "Ho-spital" is no compound).
_BARE_HEADS = frozenset({"hospital", "klinik", "klinikum", "kliniken", "krankenhaus", "spital", "clinic"})
# Specialty prefixes of a bare "<Specialty>klinik" (round 20b): a department's kind, no house's name.
# (A name's adjective before it makes it a house: "Dr. von Haunersches Kinderspital", "Olgasche Kinderklinik".)
_NAME_ADJECTIVE_BEFORE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:sche[snm]?|sches)[ \t]+\Z")
_SPECIALTY_HOUSES = ("frauen", "kinder", "haut", "augen", "unfall", "herz", "ohren", "zahn", "kiefer", "nerven",
                     "neuro", "jugend", "tages", "poli", "hno")



# Needles of each rule (see text_common.Gated): a literal every match contains; "" runs the rule always.
# (needles, searched in the lower-cased text?) in the order of the pattern tuples above.
_DE_SUFFIXES = ("straße", "strasse", "str.", "weg", "allee", "platz", "gasse", "ring", "damm", "ufer", "chaussee",
                "steig", "stieg", "pfad", "gürtel", "kai", "lände", "zeile", "graben", "promenade", "markt")
_DE_SUFFIX_WORDS = ("Straße", "Strasse", "Str.", "Platz", "Gasse", "Weg", "Allee", "Ring", "Damm", "Ufer")
_EN_SUFFIXES = ("Street", "Road", "Avenue", "Lane", "Drive", "Boulevard")
_INST_NEEDLES = ("klinik", "krankenhaus", "lkh", "spital", "praxis", "mvz", "hospital", "center", "centre", "clinic",
                 "infirmary", "kh ", "lk ")
_ADDRESS_NEEDLES = (
    (_DE_SUFFIXES, True), (_DE_SUFFIXES, True),
    (("Am ", "An ", "Im ", "Auf ", "Zum ", "Zur ", "In ", "Unter ", "Hinter "), False),
    (("anschrift", "adresse", "address", "wohnhaft", "wohnort", "wohnt"), True),
    ((*_EN_SUFFIXES, "St", "Rd", "Ave", "Blvd", "Way", "Close", "Court", "Ct", "Crescent", "Grove", "Square",
      "Terrace", "Mews", "Place", "Pl.", "Pl,", "Gardens", "Row", "Parkway", "Pkwy", "Highway", "Hwy", "Circle", "Cir",
      "Trail", "Walk", "Rise", "Green", "Hill", "View", "Ln", "Dr,", "Dr.,", "Brae", "Wynd", "Gate", "Vale", "Parade",
      "Approach", "Chase", "Croft", "Quay", "Wharf", "Loan", "Meadows", "Fields", "Expressway", "Expy", "Freeway",
      "Fwy", "Turnpike", "Tpke"), False),
    (("",), False), (("A-", "T-", "H-", "D-", "E-", "L-"), False), (("",), False), (("",), False),
    (("Zimmer", "Zi.", "Bett", "Room", "Rm", "Bed"), False),
    (("Rue ", "rue ", "Avenue ", "avenue ", "Av. ", "Chemin ", "chemin ", "Ch. ", "Route ", "route ", "Boulevard ",
      "Quai ", "quai ", "Impasse ", "Allée ", "Place ", "av. ", "ch. ", "chem. ", "Chem. ", "Rte ", "rte ",
      "Rte. ", "rte. ", "Bd ", "bd ", "Bd. ", "bd. ", "place ", "boulevard ", "impasse ", "allée "), False),
    (("Via ", "via ", "Viale ", "viale ", "Piazza", "piazza", "Strada ", "strada ", "Vicolo ", "vicolo ", "Corso ",
      "Largo ", "Contrada ", "razione ", "raz. ", "ocalità ", "oc. "), False),
    (("Flat", "Apartment", "Apt", "Unit", "Suite"), False),
    (("Flat", "Apartment", "Apt"), False), (("way", "gate", "side"), False),
    (("Chalet", "Villa", "Maison", "Casa", "Cascina", "Podere", "Gut", "Hof", "Haus"), False),
    (("Heol", "Ffordd", "Stryd", "Lôn", "Rhodfa", "Cilgant", "Teras"), False),
    (("box", "postfach", "case postale", "casella postale", "postbus"), True),
    (("County ", "State ", "Farm ", "Township ", "Ranch ", "Route ", "Rte", "Highway ", "Hwy"), False),
    (("RR", "R.R.", "Rural Route", "HC", "Star Route"), False), (("BP", "B.P.", "CS"), False),
    (("ieu-dit", "ieudit", "ameau"), False), (("En ",), False),
)
_STREET_NAME_NEEDLES = ((_EN_SUFFIXES, False), (("St", "Rd", "Ave"), False),
                        (("straße", "strasse", "allee", "gasse"), True), (_DE_SUFFIX_WORDS, False),
                        (_DE_SUFFIX_WORDS, False))
_INSTITUTION_NEEDLES = ((_INST_NEEDLES, True), (("St.", "St ", "Sankt", "Saint"), False),
                        (("-krankenhaus", "-klinik", "-hospital", "-spital", "-universitäts", "-uniklinik", "-kh"),
                         True),
                        (("krankenhaus", "klinik", "spital", "hospital"), True),
                        (("Hospital", "Medical Center", "Infirmary", "Center", "Centre", "Clinic", "Institute",
                          "School", "College"), False),
                        (("zentrum ", "heim ", "amt "), False),
                        (("Herzzentrum", "heim", "Seniorenzentrum", "Pflegezentrum", "Hospiz", "Gesundheitsamt",
                          "Nursing"), False))
_COMPANY_NEEDLES = ((("Associates", "Partners", "Group", "Services", "Institute", "Practice"), False),
                    (("LLC", "LLP", "Inc.", "Ltd", "P.C.", "GmbH"), False),
                    (("Radiologie", "Röntgen", "Institut", "Zentrum", "Radiology"), False), ((" für ",), False))


_Needles = tuple[tuple[tuple[str, ...], bool], ...]


def _gate(patterns: tuple[re.Pattern[str] | RunBeforeLiteral, ...], needles: _Needles) -> tuple[Gated, ...]:
    return tuple(Gated(literal_starts(p), n, low) for p, (n, low) in zip(patterns, needles, strict=True))


def _from_suffix(pattern: re.Pattern[str], anchors: tuple[str, ...], marks: str, gap: str = "") -> RunBeforeLiteral:
    """A street pattern found from its suffix or street word: tried only inside the run of letters before
    one (`re` would try it at every capital letter of a report)."""
    return RunBeforeLiteral(pattern, anchors, marks, gap, at_anchor=False)


_STREET_WORDS = ("Straße", "Strasse", "Str.", "Weg", "Allee", "Platz", "Gasse", "Ring", "Damm", "Ufer", "Chaussee",
                 "Gürtel", "Kai", "Lände", "Zeile", "Graben", "Promenade", "Markt", "Steig", "Stieg")
ADDRESS_RULES = _gate((_from_suffix(ADDRESS_PATTERNS[0], _DE_SUFFIXES, "-'"),
                       _from_suffix(ADDRESS_PATTERNS[1], _STREET_WORDS, "_.-'", " \t\n\r\f\v-"),
                       *ADDRESS_PATTERNS[2:]), _ADDRESS_NEEDLES)
_UK_POSTCODE = ADDRESS_RULES[7]
_FRENCH_STREET = ADDRESS_RULES[10]
# (Round 13: or a town in capitals opening its line, "EDINBURGH EH9 1HD".)
# (Round 14c: a hyphenated or "upon" town and a compass word, "Ashby-de-la-Zouch LE65 1AB", "Newcastle upon Tyne NE2
# 1NE", "West Sussex BN11 1PX".)
_TOWN_BEFORE = re.compile(rf"(?<![\w{LO}-])(?:(?:(?:North|South|East|West|Mid|Greater)[ \t])?[{UP}][{LO}]+"
                          rf"(?:(?:-(?:[{LO}]+-)*|[ \t](?:upon|on|under|in)[ \t])[{UP}][{LO}]+)*|"
                          rf"(?<![^\n])[{UP}]{{3,}})\s\Z")
# US "City, ST 12345": found from the state code and ZIP, the city words looked for just before them.
_US_ZIP = re.compile(r"[A-Z][A-Z][ \t]\d{5}(?:-\d{4})?\b")
_US_ADDRESS = ADDRESS_RULES[8]
STREET_NAME_RULES = _gate((*STREET_NAME_PATTERNS[:2],
                           _from_suffix(STREET_NAME_PATTERNS[2], ("straße", "strasse", "allee", "gasse"), "'"),
                           *STREET_NAME_PATTERNS[3:]), _STREET_NAME_NEEDLES)
_ENGLISH_STREETS = STREET_NAME_RULES[:2]
# The first institution pattern is found from its head word (a name word may stand before it).
_HEAD_FIRST = RunBeforeLiteral(INSTITUTION_PATTERNS[0], literal_prefixes(re.compile(_INST_HEAD)), "_'.-", " \t")
_COMPOUND_HEADS = ("krankenhaus", "klinikum", "kliniken", "klinik", "spital", "hospital")
INSTITUTION_RULES = _gate((_HEAD_FIRST, *INSTITUTION_PATTERNS[1:3],
                           _from_suffix(INSTITUTION_PATTERNS[3], _COMPOUND_HEADS, "'"), *INSTITUTION_PATTERNS[4:]),
                          _INSTITUTION_NEEDLES)
_SAINT_BEFORE = re.compile(r"(?<!\w)(?:St\.|Sankt)[ \t]\Z")
_HEAD_RULES = (INSTITUTION_RULES[0], INSTITUTION_RULES[6])
COMPANY_RULES = _gate(COMPANY_PATTERNS, _COMPANY_NEEDLES)
REGISTER_COURT_RULE = Gated(literal_starts(REGISTER_COURT), ("gericht", "Handelsregister", "Sitz"))
REGISTER_NUMBER_RULE = Gated(literal_starts(REGISTER_NUMBER), ("HRB", "HRA", "VR", "PR", "GnR", "PartG"))


# A court's paper, not its town: "Landgericht: Gutachten angefordert", "Amtsgericht: Anfrage folgt".
_COURT_PAPERS = ("gutachten", "anfrage", "auftrag", "akte", "akten", "schreiben", "beschluss", "urteil", "verfahren",
                 "anordnung", "ladung", "verfügung", "ersuchen", "zeuge", "termin", "frist")


def _register_town(word: str) -> bool:
    return is_de_name_word(word) and not word.lower().endswith(_COURT_PAPERS)


# The ZIP prefixes (first three digits) of the states whose codes are clinical abbreviations too: "Lung, CT 12345",
# "Thorax, PA 12345", "Heart, MD 12345", "Brain, MS 12345" stay, as the ZIP is none of that state's (mend 23b).
_ZIP_PREFIXES = {
    "AL": ((350, 369),), "AR": ((716, 729), (755, 755)), "CO": ((800, 816),), "CT": ((60, 69),), "DE": ((197, 199),),
    "ID": ((832, 838),), "IN": ((460, 479),), "LA": ((700, 714),), "MD": ((206, 219),), "ME": ((39, 49),),
    "MI": ((480, 499),), "MS": ((386, 397),), "NE": ((680, 693),), "OK": ((730, 749),), "OR": ((970, 979),),
    "PA": ((150, 196),), "PR": ((6, 9),),
}


def _zip_of_state(state: str, zip_code: str) -> bool:
    prefix = int(zip_code[:3])
    return state not in _ZIP_PREFIXES or any(lo <= prefix <= hi for lo, hi in _ZIP_PREFIXES[state])


def _us_hits(text: str) -> list[Hit]:
    hits: list[Hit] = []
    done = 0
    for z in _US_ZIP.finditer(text):
        if not _zip_of_state(z.group()[:2], z.group()[3:8]):
            continue
        for m in _US_ADDRESS.pattern.finditer(text, max(done, z.start() - 48), z.end()):
            if m.end() == z.end():
                hits.append(Hit(m.start("v"), m.end("v"), "ADDRESS", "rule"))
                done = m.end()
    return hits


def place_hits(text: str, lowered: str) -> list[Hit]:
    """Every ADDRESS and INSTITUTION rule hit in `text`; `lowered` is text.lower()."""
    hits: list[Hit] = []
    for rule in ADDRESS_RULES:
        if rule is _US_ADDRESS:
            hits.extend(_us_hits(text))
            continue
        for h in gated_hits(rule, text, lowered, "ADDRESS"):
            if rule is _UK_POSTCODE and (town := _TOWN_BEFORE.search(text, max(0, h.start - 40), h.start)):
                h = Hit(town.start(), h.end, "ADDRESS", "rule")
            value = text[h.start:h.end]
            if rule is _FRENCH_STREET and value.lstrip("0123456789, \t").startswith(("Place", "place")) and not any(
                    c.isdigit() for c in value):
                continue  # "Place de l'IRM", "mise en place du drain": a square needs its number
            if value.split()[-1] not in NOT_CITY_WORDS:
                hits.append(Hit(h.start, with_town_tail(text, h.start, h.end), "ADDRESS", "rule"))
    for h in list(hits):
        m = POSTCODE_AFTER_STREET.match(text, h.end)
        if m is not None:
            hits.append(Hit(m.start("v"), with_town_tail(text, m.start("v"), m.end("v")), "ADDRESS", "rule"))
    hits.extend(district_hits(text, hits))
    for rule in STREET_NAME_RULES:
        for h in gated_hits(rule, text, lowered, "ADDRESS"):
            words = text[h.start:h.end].split()
            if rule in _ENGLISH_STREETS and words[0] in _SENTENCE_WORDS:
                if len(words) == 2:  # "The Street": a sentence word and the suffix alone
                    continue
                h = Hit(text.index(words[1], h.start), h.end, "ADDRESS", "rule")
            hits.append(h)
    # "Landgericht: Gutachten angefordert": a noun after the court (any verb after it) is no register town.
    hits.extend(h for h in gated_hits(REGISTER_COURT_RULE, text, lowered, "ADDRESS")
                if _register_town(text[h.start:h.end].split()[0].split("-")[0]))
    hits.extend(gated_hits(REGISTER_NUMBER_RULE, text, lowered, "ID"))
    for rule in COMPANY_RULES:
        for h in gated_hits(rule, text, lowered, "INSTITUTION"):
            trimmed = trim_name(text, h.start, h.end)
            if rule is COMPANY_RULES[0]:
                trimmed = (h.start, h.end)  # "West Yorkshire Radiology Services": the head word is the name's
            if trimmed and text[h.start:trimmed[1]].split()[-1].lower() in TIME_WORDS:
                continue  # "Radiologie am Nachmittag": a time of day names no practice
            if rule is COMPANY_RULES[-1] and text[h.start:h.end].split()[-1].lower().endswith(_OFFICE_ENDINGS):
                continue  # "Institut für Rechtsmedizin, Abteilung ...": a department or office word, no town
            if trimmed and (rule is not COMPANY_RULES[-1] or trimmed[1] == h.end):
                hits.append(Hit(h.start, trimmed[1], "INSTITUTION", "rule"))
    for rule in INSTITUTION_RULES:
        for h in gated_hits(rule, text, lowered, "INSTITUTION"):
            trimmed = trim_name(text, h.start, h.end)
            if trimmed is None:
                continue
            # A sentence ends inside: "Praxis am Lindenhof. Rücksprache" (not "St. Anna", "Dr. Ott").
            stop = next((s for s in _SENTENCE_END.finditer(text, h.start, trimmed[1])
                         if not text.endswith(_NAME_ABBREVIATIONS, h.start, s.end())), None)
            if stop is not None:
                trimmed = (trimmed[0], stop.start() + 1)
            words = text[h.start:trimmed[1]].split()
            # "Klinik für Innere Medizin", "Praxis Radiologie", "Hospital No:" name no institution; "MVZ
            # Radiologie Nordstadt" does (the department word inside a name is kept).
            # A bare compound before "für" is a department line: "Universitätsklinik für Radiologie".
            if any(w in _DEPARTMENT_LINKS for w in words[1:]) or words[-1] in NOT_INSTITUTION_TAILS or (
                    len(words) < 2 and (rule in _HEAD_RULES or words[0].lower() in _BARE_HEADS
                                        or text.startswith((" für ", " for "), trimmed[1]))):
                continue
            if rule is INSTITUTION_RULES[4] and all(w.lower() in NOT_FACILITY_NAMES for w in words[:-1]):
                continue  # "Medical Center protocol": generic words and a head name no one
            if rule is INSTITUTION_RULES[3] and len(words) == 1 and words[0].lower().startswith(_SPECIALTY_HOUSES) \
                    and not _NAME_ADJECTIVE_BEFORE.search(text, max(0, h.start - 30), h.start):
                continue  # "Konsil Frauenklinik", "Kinderklinik": a specialty's house named by its kind (round 20b)
            if rule is INSTITUTION_RULES[5] and len(words) > 1 and (
                    words[0].lower() in NOT_TYPE_HEADS or not de_place_name_ok(words[-1])):
                continue  # "Ossifikationszentrum Femurkopf", "Brustzentrum Rückmeldung" (round 16b)
            start = h.start
            if rule is INSTITUTION_RULES[3] and (saint := _SAINT_BEFORE.search(text, max(0, start - 7), start)):
                start = saint.start()
            if rule is INSTITUTION_RULES[0] and len(words) > 2 and words[1] in _ABBREVIATED_HEADS:
                start = text.index(words[1], h.start)  # "Vorbefund KH Floridsdorf": the word before is no name
            hits.append(Hit(start, trimmed[1], "INSTITUTION", "rule"))
    return [_with_town_adjective(text, h) for h in hits]


# A town or district adjective before a street compound belongs to it: "Landstraßer Hauptstraße 71", "Wiener
# Neustädter Kanalweg".
_TOWN_ADJECTIVE = re.compile(rf"(?<![\w-])(?:[{UP}][{LO}]{{3,}}er[ \t]){{1,2}}\Z")


def _with_town_adjective(text: str, h: Hit) -> Hit:
    if h.label != "ADDRESS" or not text[h.start:h.end].split()[0].lower().endswith(_DE_SUFFIXES):
        return h
    m = _TOWN_ADJECTIVE.search(text, max(0, h.start - 40), h.start)
    return Hit(m.start(), h.end, h.label, h.source) if m else h
