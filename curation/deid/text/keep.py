"""Clinical words that look like PHI and must survive de-identification.

Eponyms (Morbus Crohn, Baker-Zyste, Bosniak, Couinaud, Hodgkin, Weber-B-Fraktur), image references
("Serie 4, Bild 123", "(3:87)"), vertebral levels ("LWK 3"), scores (BI-RADS 4, Gleason 3+4), sizes and
segment numbers. A keep span vetoes every rule or fuzzy hit that overlaps it; only an exact match of
the linked patient's own header values overrides it (their name is PHI even inside an eponym).
Eponyms that are also common surnames appear here only in their clinical compound ("Smith-Fraktur").
"""

from __future__ import annotations

import re

from curation.deid.text.admin_keeps import admin_keeps
from curation.deid.text.common import TEXT_GATES, TextContext, _matches_from, context_for, current, literal_starts
from curation.deid.text.device_models import model_keeps, names_nothing_else
from curation.deid.text.dicom_dump import dump_fields
from curation.deid.text.hl7 import hl7_keeps
from curation.deid.text.keyed_exports import keyed_keeps
from curation.deid.text.label_values import label_keeps
from curation.deid.text.rooms import room_keeps
from curation.deid.text.service_keeps import service_keeps
from curation.deid.text.species_names import species_keeps

# Names of classifications that are written with a class letter or numeral after them (keep pattern 2).
CLASS_EPONYMS = ("Herring", "Catterall", "Lauge-Hansen", "Magerl", "Gustilo", "Frykman", "Ficat", "Pfirrmann",
                 "Lenke", "Paprosky", "Stulberg", "Garden", "Tile", "Vancouver", "Neer", "Tossy", "Rockwood",
                 "Schatzker", "Pauwels", "Graf")  # (not "Mason", "Evans": common surnames, "Evans III" a name)
EPONYMS = (
    "Crohn", "Bosniak", "Couinaud", "Hodgkin", "Non-Hodgkin", "Hashimoto", "Basedow", "Graves", "Alzheimer",
    "Parkinson", "Barrett", "Klatskin", "Caroli", "Meckel", "Chiari", "Dandy-Walker", "Pancoast", "Schmorl",
    "Modic", "Fleischner", "Bankart", "Hill-Sachs", "Segond", "Monteggia", "Galeazzi",
    "Salter-Harris", "Pauwels", "Neer", "Tossy", "Rockwood", "Schatzker", "Hoffa", "Osgood-Schlatter",
    "Sudeck", "Perthes", "Scheuermann", "Bechterew", "Forestier", "Paget", "Wilms", "Ewing", "Kaposi",
    "Cushing", "Addison", "Whipple", "Mirizzi", "Boerhaave", "Mallory-Weiss", "Zenker", "Virchow", "Sylvius",
    "Willisi", "Monro", "Luschka", "Magendie", "Galen", "Rathke", "Bochdalek", "Morgagni", "Douglas-Raum",
    "Retzius", "Glisson", "Treitz", "Bauhin", "Valsalva", "Hounsfield", "Fazekas", "Cobb", "Meyerding",
    "Kellgren-Lawrence", "Outerbridge", "Hinchey", "Balthazar", "Child-Pugh", "Gleason", "Spetzler-Martin",
    "Fisher", "Hunt-Hess", "Lisfranc", "Chopart", "Jones-Fraktur", "Colles-Fraktur",
    "Smith-Fraktur", "Baker-Zyste", "Baker-Cyste", "Baker's cyst", "Baker cyst", "Tarlov", "Tornwaldt",
    "DeBakey", "Leriche", "Takayasu", "Wegener", "Sjögren", "Bochdalek-Hernie", "Morbus", "Schatzki",
)
_EPONYM_RE = "|".join(re.escape(e) for e in sorted(EPONYMS, key=len, reverse=True))

# Clinical head nouns after an eponym (English, a separate word) and in a German compound ("X-Fraktur").
_EN_HEADS = ("sign|signs|pouch|abscess|triangle|fracture|lesion|cyst|lines?|catheter|shunt|procedure|operation|"
             "syndrome|disease|score|classification|criteria|technique|manoeuvre|maneuver|node|fat[ \\t]pad|canal|"
             "space|ligament|model|tumou?r|malformation|deformity|hernia|diverticulum|ulcer|phenomenon|view|"
             "position|angle|fascia|foramen|duct|membrane|bodies|body|cells?|granules|stent|valve|device|"
             "prosthesis|nail|plate|drain|tube|graft|repair|resection|palsy|reflex|index|ratio|staging|grading|method|"
             "approach|incision|lymphoma|sarcoma|anomaly|thyroiditis|sclerosis|arthritis|aneurysm|esophagus|"
             "oesophagus|nodes|nodules?|infarct|fistula|loop|pattern|protocol|rule|rules|encephalopathy|encephalitis|"
             "neuropathy|myopathy|dystrophy|atrophy|dementia|Enzephalopathie|Demenz|Krankheit|Erkrankung|Syndrom")
_DE_HEADS = ("Fraktur|Zeichen|Zyste|Katheter|Situation|Operation|OP|Klassifikation|Einteilung|Faszie|Narbe|Technik|"
             "Okkluder|Syndrom|Schnitt|Stumpf|Tasche|Raum|Kanal|Band|Linien?|Läsion|Tumor|Hernie|Divertikel|Ulkus|"
             "Zellen?|Knoten|Score|Stadium|Kategorie|Konsensus|Definition|Regeln?|Leitlinie|Prothese|Stent|Sonde|Drainage|Manöver|Test|Winkel|Körper|Krankheit|"
             "Erkrankung|Phänomen|Effekt|Aufnahme|Projektion|Lagerung|Shunt|Membran|Nagel|Platte|Klappe|"
             "Plastik|Resektion|Anastomose|Pouch|Blockade|Punktion|Schiene|Gips|Naht|Kriterien")
_HEAD_WORD = re.compile(rf"(?i:{_EN_HEADS}|{_DE_HEADS})")


def is_clinical_head(word: str) -> bool:
    """`word` is a clinical head noun that follows an eponym ("syndrome", "Fraktur", "disease"; round 21a)."""
    return _HEAD_WORD.fullmatch(word) is not None


# Drugs, contrast agents, devices, MR sequences and scanners: product names, never a person's. They veto every
# hit but the patient's own header values, person cues included ("TIRM, VIBE" is no "Surname, Firstname").
# Words that are also given names, surnames or towns ("Vida", "Foley", "Denver", "Dixon") are not here.
PRODUCTS = (
    "Gadovist", "Dotarem", "MultiHance", "Multihance", "Primovist", "Eovist", "Omnipaque", "Ultravist", "Imeron",
    "Visipaque", "Iomeron", "Isovue", "Optiray", "Gastrografin", "Gastrolux", "SonoVue", "Sonovue", "Lumason",
    "Magnevist", "ProHance", "Prohance", "Clariscan", "Elucirem", "Vueway", "Xenetix", "Lipiodol", "Accupaque",
    "Marcumar", "Xarelto", "Eliquis", "Pradaxa", "Lixiana", "Clexane", "Fragmin", "Plavix", "Brilique", "Buscopan",
    "Lasix", "Sandostatin", "Keytruda", "Opdivo", "Herceptin", "Avastin", "Zometa", "Xgeva", "Prolia",
    "Port-a-Cath", "Amplatzer", "MitraClip", "Impella", "Wallstent", "PleurX", "Pleurx", "Permcath", "TIRM", "VIBE",
    "HASTE", "BLADE", "TRUFI", "PROPELLER", "FLAIR", "STIR", "DIXON", "MPRAGE", "CISS", "FIESTA", "LAVA", "THRIVE",
    "SPACE", "Somatom", "SOMATOM", "Magnetom", "MAGNETOM", "Ingenia", "Achieva", "Aquilion", "DaTSCAN", "DaTscan",
    # Device brands and scanner models.
    "Boston Scientific", "Biotronik", "BIOTRONIK", "SAPIEN", "CoreValve", "Evolut", "DePuy Synthes", "Terumo",
    "Cordis", "Viabahn", "Endurant", "Xience", "Biograph", "Naeotom", "NAEOTOM", "Skyra", "Avanto", "Verio",
    "Vereos", "IQon", "Brilliance", "LightSpeed", "Lightspeed", "Revolution CT", "Revolution Apex",
    "Discovery MR750", "SIGNA", "syngo", "Mammomat", "Senographe", "Selenia", "Aquilion ONE", "Aquilion Prime",
    "Vantage Orian",
    # Dictation and speech-recognition systems (round 11: "Transcribed by: PowerScribe 360").
    "PowerScribe", "SpeechMagic", "WinScribe", "SpeechExec", "SpeechLive", "Dragon Medical", "Fluency Direct",
    "M*Modal", "MModal", "Dictaphone", "DigiDictate", "Speechmatics", "G2 Speech", "ODMS",
)
# Makers whose full name holds a surname or a saint's name ("St. Jude Medical", "Zimmer Biomet"): protected as
# the whole name only (the surname alone stays a name), with the products.
MAKER_NAMES = (
    "St. Jude Medical", "St Jude Medical", "Abbott Vascular", "Edwards Lifesciences", "Edwards SAPIEN",
    "Cook Medical", "Zimmer Biomet", "Smith & Nephew", "Gore-Tex", "Vantage Galan",
)
# Eponyms and makers that are also surnames: protected like the eponym list (a person cue overrides them).
EPONYM_WORDS = (
    "Groshong", "Shaldon", "Demers", "Palmaz", "Sengstaken", "Swan-Ganz", "Tenckhoff", "Mahurkar", "Watchman",
    "Lugol", "Definity", "Siemens", "Philips", "Toshiba", "Medtronic", "Hounsfield", "Seldinger", "Pfannenstiel",
    "Gerota", "Zuckerkandl", "Frykman", "Magerl", "Hinchey", "Kerley", "Morison", "Lasègue",
)
# Departments whose name reads like a company's or a facility's (round 14b: "reviewed by Medical Physics"): no PHI,
# protected as the products are.
DEPARTMENTS = ("Medical Physics", "Medizinische Physik", "Medizinphysik", "Physique médicale", "Fisica medica",
               "Clinical Engineering", "Medical Engineering", "Radiation Protection", "Strahlenschutz",
               "Radioprotection", "Radioprotezione", "Medizintechnik")
_PRODUCTS = "|".join(re.escape(v) for v in sorted((*PRODUCTS, *MAKER_NAMES, *DEPARTMENTS), key=len, reverse=True))
_EPONYM_WORDS = "|".join(re.escape(v) for v in sorted(EPONYM_WORDS, key=len, reverse=True))

# Places that name a classification ("Lugano stage II", "nach Ann Arbor").
_PLACE_CLASSES = (r"Lugano|Ann[ -]Arbor|Stanford|Glasgow|Bethesda|Milan|Milano|Mailand|Paris|Montreal|Atlanta|Tokyo|"
                  r"Kyoto|Sydney|Prague|Prag|Lyon|Berlin|Oxford|Edinburgh|Ottawa|Boston|Rotterdam|Kiel|Baltimore|"
                  r"Los[ -]Angeles|Bosniak")
# Eponyms in upper-case reports by their head noun ("TERRY THOMAS SIGN", "POTT DISEASE"): a narrower head list.
_UPPER_HEADS = (r"SIGNS?|SYNDROME|DISEASE|LESIONS?|NODULES?|CYSTS?|FRACTURE|DEFORMITY|MALFORMATION|ANOMALY|TUMOU?R|"
                r"CLASSIFICATION|SCORE|CRITERIA|ANGLE|LINES?|HERNIA|DIVERTICULUM|ULCER|ANEURYSM|SARCOMA|LYMPHOMA")
# (A bare "-band" ends surnames too, "Braband": only after a ligament's position word.)
_ANATOMY_ENDS = (r"sehnen?|sehnenscheiden?|muskeln?|muskulatur|bänder|(?:innen|außen|aussen|kreuz|seiten|kollateral|"
                 r"ring|leisten|syndesmosen|spring|lig)band(?:es)?|nerven?|nervs|arterien?|venen?|"
                 r"knorpels?|kapseln?|faszien?|menisken|meniskus")
_ANATOMY_HEADS = r"Sehnen?|Muskeln?|Bänder|Band|Nerven?|Arterien?|Venen?|Knorpel|Kapseln?|Faszien?"
KEEP_PATTERNS: tuple[re.Pattern[str], ...] = (
    # Whole words only ("Monro" must not protect "Monroe"): the eponym, a genitive s or a German compound
    # tail of four letters or more ("Hodgkinlymphom", "Crohnsche"), hyphenated parts ("Chiari-Malformation").
    re.compile(rf"(?<![\w])(?:{_EPONYM_RE})(?:'?s|[a-zäöüß]{{4,}})?(?:-[\wäöüÄÖÜß]+)*(?![\w])"),
    re.compile(r"\bMorbus\s[A-ZÄÖÜ][\wäöüß-]+"),
    # Classifications named after a person and written with a class letter or numeral (round 16a: "Weber B",
    # "Herring B/C", "Catterall III", "Magerl A3.1", "Gustilo IIIB"); the name alone stays a surname.
    # (Round 20a: a type word between, "Graf Typ IIa", "Neer type III"; Graf's hip types.)
    re.compile(rf"\b(?:Weber[- ]?[ABC]\b(?:[- ]\w+)?|(?:{'|'.join(CLASS_EPONYMS)})[- ]?(?:(?:Typ|[Tt]ype)[ \t]?)?"
               rf"(?:[A-D](?:[1-3](?:\.[1-3])?)?"
               r"(?:/[A-D])?|[IVX]{1,4}[a-cA-C]?)(?![\w/]|\.[ \t]?[A-Z]))"),  # not an initial: "Garden B. Smith"
    re.compile(r"(?i)\b(?:Serie|Series|Se|Ser)\.?\s?\d{1,4}\s?[,/;]?\s?(?:Bild|Bilder|Image|Images|Im|Bi|Ima)\.?\s?"
               r"\d{1,5}(?:\s?(?:-|–|bis|to)\s?\d{1,5})?"),
    # Not German "im 94. Lebensjahr" / "im 3. Quartal": an ordinal after the preposition is no image number.
    re.compile(r"(?i)\b(?:Bild|Image|Im|Bi)\.?\s?\d{1,5}(?:\s?(?:-|–|bis|to)\s?\d{1,5})?"
               r"(?!\d|\.[ \t]?(?:Lebensjahr|Lj|LJ|Quartal|Woche|Monat|Tag|Jahr|Halbjahr|Trimenon))"),
    # "(3:87)", "(4/112-118)"; not a month and year "(05/2021)".
    re.compile(r"\((?!\s?(?:0?[1-9]|1[0-2])\s?/\s?(?:19|20)\d\d\s?\))\s?\d{1,4}\s?[:/]\s?\d{1,5}"
               r"(?:\s?[-–]\s?\d{1,5})?\s?\)"),
    # Short series/image references: "(S4/B37-41)", "S5/B112", "Se 7/B 44", "S3/I45", "Ser 2 Im 14".
    re.compile(r"\b(?:S|Se|Ser|Sag|Ax|Cor)\.?\s?\d{1,4}\s?[/,:;]?\s?(?:B|Bi|Bild|I|Im|Img|Ima|Image)\.?\s?\d{1,5}"
               r"(?:\s?[-–]\s?\d{1,5})?\b"),
    # A level is not the head of a longer code: "S24-11873" (a specimen) is no sacral level.
    # (Not the "C" of a week-commencing "W/C 3/11", round 16c.)
    re.compile(r"\b(?:LWK|BWK|HWK|SWK|LW|BW|HW|Th|L|C|S|T|D)(?<![Ww]/C)\s?\d{1,2}"
               r"(?:\s?[/-]\s?(?:LWK|BWK|HWK|SWK|Th|L|C|S|T)?"
               # (Round 20a: not a chat speaker's initial before a time, "Lea S 10:14:".)
               r"\s?\d{1,2})?\b(?![-/.]?\d)(?![ \t]\d[A-Z]{2}\b)(?!:[0-5]\d)"),  # not a UK postcode "S10 1DJ"
    re.compile(r"\b(?:BI|PI|LI|TI|O|C|Lung|NI)-RADS\s?(?:Kategorie\s|category\s)?\d[a-cABC]?"),
    re.compile(r"\bGleason(?:-Score)?\s?\d\s?\+\s?\d(?:\s?=\s?\d{1,2})?"),
    re.compile(r"\b(?:Segment|Segmente|segment|segments|Lebersegment|Lungensegment|S)\s?[IVX]{1,4}(?:\s?[/+-]\s?"
               r"[IVX]{1,4})*\b"),
    re.compile(r"\b(?:Segment|segment|Seg\.)\s?\d{1,2}(?:[ab])?\b"),
    # A number after a slash is the tail of a date ("03/20/24 T: ..."), not a size in tesla.
    # Not "1° marzo": the Italian first of a month (round 18c). A field strength has one or two digits ("1.5T",
    # "3T", "7T"): seven digits and a "T" are an Irish PPSN's check letter ("PPSN 7654321T"; mend of 21b).
    re.compile(r"(?<!/)\b\d+(?:[.,]\d+)?(?:\s?[x×]\s?\d+(?:[.,]\d+)?)*\s?(?:mm|cm|ml|mL|MM|CM|ML|HU|mGy|mSv|Gy|kV|mAs|ms|"
               r"T(?<!\d\d\dT)|"
               r"°(?![ \t](?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|"
               r"dicembre)\b))(?![\w])"),
    re.compile(r"\b[cpy]?T[0-4][a-c]?\s?N[0-3][a-c]?\s?M[01][a-c]?\b"),
    # An eponym by its clinical head noun, whoever the name is ("Brodie abscess", "Murphy's sign", "Kerley B lines",
    # "Swan-Ganz catheter", "Hartmann-Situation", "Shaldon-Katheter"): the head decides, not a list. Both are
    # found from the head (_HeadFirst below; these two patterns state what they match).
    re.compile(rf"(?<![\w-])[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:['’]s)?(?:[ \t][A-Z])?[ \t](?:{_EN_HEADS})(?![\w-])"),
    re.compile(rf"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?-(?:{_DE_HEADS})(?![\w])"),
    # "OP nach Hartmann", "Klassifikation nach Neer", "Typ A3.1 nach Magerl": a method or class named after someone.
    re.compile(r"(?<![\w-])(?:Klassifikation|Einteilung|Technik|OP|Operation|Resektion|Fraktur|Schema|Score|"
               r"(?:Typ|Grad|Stadium|Stadien)(?:[ \t][\w.+/-]{1,6})?)[ \t]+nach[ \t]+[A-ZÄÖÜ][a-zäöüß]+"
               r"(?:-[A-ZÄÖÜ][a-zäöüß]+)?(?![\w-])"),
    # Classifications named after a place, only in clinical use: "Lugano stage II", "Ann-Arbor-Stadium III",
    # "Stanford A", "Typ Stanford B", "Glasgow Coma Scale" ("Ospedale Civico di Lugano", "Glasgow G51 4TF" are
    # places).
    re.compile(rf"(?<![\w-])(?:{_PLACE_CLASSES})(?:[ -](?:Klassifikation|classification|criteria|Kriterien|Kategorie|"
               r"category|Stadium|Stadien|stage|staging|Score|score|Coma|Komaskala|Typ|type|system|System|consensus|"
               r"Konsensus|definition|Definition|guidelines|rules|Regeln|[A-C](?![\w])|"
               r"[IV]{1,3}(?![\w])|\d{4}(?![\w]))|(?<=Typ[ ]Stanford)|(?<=type[ ]Stanford))"),
    # Product names (strong) and eponym words (a person cue overrides them).
    re.compile(rf"(?<![\w-])(?:{_PRODUCTS})(?![\w])"),
    re.compile(rf"(?<![\w-])(?:{_EPONYM_WORDS})(?![\w])"),
    re.compile(rf"(?<![\w-])[A-Z]{{3,}}(?:-[A-Z]{{3,}})?(?:'S)?(?:[ \t][A-Z]{{3,}})?[ \t](?:{_UPPER_HEADS})(?![\w-])"),
    # A classification by its place after "nach" / "according to": "Staging nach Ann Arbor", "per Lugano".
    re.compile(rf"(?<![\w-])(?:nach|gemäß|gem\.|according[ \t]to|per|selon|secondo)[ \t]+(?:{_PLACE_CLASSES})"
               r"(?![\w-])"),
    # A grade named after someone: "nach Rutherford 3", "nach Fontaine IIb", "nach Graf Typ IIa" (one digit or a
    # Roman numeral, maybe after Typ / Grad / Stadium: "nach Hamburg 2019" is a journey).
    re.compile(r"(?<![\w-])nach[ \t]+[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?[ \t]+"
               r"(?:(?:Typ|Grad|Stadium)[ \t]?)?(?:[IVX]{1,4}[a-c]?|\d[a-c]?)(?![\w.,]\d|[\w-])"
               r"(?![ \t](?:Tagen?|Wochen?|Monate[n]?|Jahre[n]?|Stunden?|Uhr|km|h|Std)\b)"),
    # Exophthalmometry (round 13): "Hertel 17/19 mm", "Hertel: Basis 100, 16/18" (values 5-29 mm, no date).
    re.compile(r"\bHertel(?:[- ](?:Exophthalmometrie|exophthalmometry|Werte?|values?))?[ \t]*:?[ \t]*"
               r"(?:\(?Basis[ \t]?\d{2,3}(?:[ \t]?mm)?\)?[ \t,:;]*)?"
               r"(?:[12]\d|[5-9])(?:[.,]5)?[ \t]?/[ \t]?(?:[12]\d|[5-9])(?:[.,]5)?(?![\d/.])(?:[ \t]?mm)?"),
    # German anatomical compounds by their ending (round 13): a tendon, muscle, ligament, nerve, vessel, cartilage or
    # capsule word is anatomy whatever its first part ("Supraspinatussehne", "Deltamuskel", "Innenband",
    # "Ulnarisnerv", "Femoralarterie", "Saphenavene", "Gelenkkapsel", "Tibialis-anterior-Sehne").
    re.compile(rf"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]{{2,}}(?:-[a-zäöüß]+)*(?:{_ANATOMY_ENDS}|-(?:{_ANATOMY_HEADS}))(?![\w-])"),
)


class _Span:
    __slots__ = ("_end", "_start")

    def __init__(self, start: int, end: int) -> None:
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


class _HeadFirst:
    """The matches of `pattern` ("<Name> <head>"), found from the head: the heads by their literal starts,
    then the name in the 40 characters before the head (a leading capital class is tried at every capital)."""

    def __init__(self, pattern: re.Pattern[str], head: str, before: str) -> None:
        self.pattern = pattern
        self.heads = literal_starts(re.compile(head))
        self.before = re.compile(before + r"\Z")

    def finditer(self, text: str):
        for h in self.heads.finditer(text):
            m = self.before.search(text, max(0, h.start() - 40), h.start())
            if m is not None:
                yield _Span(m.start(), h.end())


# A dictation or speech-recognition system after its label (round 11): "Transcribed by: PowerScribe 360",
# "Spracherkennung: SpeechMagic 8", "dictated via VoxScribe One". The system, not a typist: a word with a capital
# inside after four lower-case letters ("McAllister", "DeShawn", "MacKenzie" have fewer), or a capitalised word
# with a version number; with the version and an edition word after it.
DICTATION_SYSTEM = re.compile(
    r"(?i:transcri(?:bed|ption)|dictat(?:ed|ion)|diktiert|diktat|spracherkennung|speech[ \t]recognition|"
    r"voice[ \t]recognition|reconnaissance[ \t]vocale|dettat[oa]|dettatura)"
    r"(?:[ \t]+(?i:by|with|via|using|mit|per|über|system|software|par|con|tool))*[ \t]*:?[ \t]*"
    r"(?P<v>(?:[A-Z][a-z]{3,}[A-Z][A-Za-z]+|[A-Z][A-Za-z]+(?=[ \t]v?\d+(?:\.\d+)*(?![\w./-])"
    r"(?![ \t]+(?!(?:One|Direct|Medical|Professional|Pro|Enterprise|Cloud)\b)[A-Za-z\d])))"
    r"(?:[ \t](?:v?\d+(?:\.\d+)*(?![\w./-])|One|Direct|Medical|Professional|Pro|Enterprise|Cloud))*)")


class _FromHint:
    """A case-insensitive pattern run only where `hint` (lower-case, case-sensitive) matches the lower-cased text:
    every match of the pattern starts where the hint matches ("Serie 4 Bild 12" at "se" before a digit), and the
    hint's literal start lets `re` skip ahead, where the pattern ("(?i)\\b(?:Serie|...)") is tried at every
    position. Texts whose lower-cased form moves offsets or folds to ASCII (ſ, K) run the pattern itself."""

    def __init__(self, pattern: re.Pattern[str], hint: str) -> None:
        self.pattern = pattern
        self.hint = re.compile(hint)

    def finditer(self, text: str):
        ctx = context_for(text)
        if not ctx.searchable:
            return self.pattern.finditer(text)
        lowered, search, starts = ctx.lowered, self.hint.search, []
        m = search(lowered)
        while m is not None:  # every position where the hint matches, overlapping ones included
            starts.append(m.start())
            m = search(lowered, m.start() + 1)
        return _matches_from(self.pattern, starts, text, 0, len(text))


class _ValueOf:
    """The `v` group of each match of `pattern` (the keep range is the value, not its label)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def finditer(self, text: str):
        for m in self.pattern.finditer(text):
            yield _Span(m.start("v"), m.end("v"))


# Each pattern scanned from its literal starts where it has them (see text_common.literal_starts).
_SCANNERS = (
    *map(literal_starts, KEEP_PATTERNS[:3]),
    # Image references: the keyword, an optional dot and space, a digit.
    _FromHint(KEEP_PATTERNS[3], r"se(?:r(?:ies?)?)?\.?\s?\d"),
    _FromHint(KEEP_PATTERNS[4], r"(?:bi(?:ld)?|im(?:age)?)\.?\s?\d"),
    *map(literal_starts, KEEP_PATTERNS[5:14]),
    _HeadFirst(KEEP_PATTERNS[14], rf"(?:{_EN_HEADS})(?![\w-])",
               r"(?<![\w-])[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:['’]s)?(?:[ \t][A-Z])?[ \t]"),
    _HeadFirst(KEEP_PATTERNS[15], rf"-(?:{_DE_HEADS})(?![\w])",
               r"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"),
    *map(literal_starts, KEEP_PATTERNS[16:]),
    _ValueOf(literal_starts(DICTATION_SYSTEM)),  # from its lower-cased label words (FoldedLiteralStarts)
)

# What `re` takes for "\s" (Unicode whitespace: none above U+3000).
SPACES = tuple(c for c in map(chr, range(0x3001)) if re.match(r"\s", c))
# A literal every match of a pattern contains, by pattern index: the pattern is run only when one occurs.
_NEEDLES: dict[int, tuple[str, ...]] = {1: ("Morbus",), 2: ("Weber", *CLASS_EPONYMS), 8: ("RADS",), 9: ("Gleason",),
                                        # A roman segment: "-segment" or "S" and a numeral ("S IV", "SVIII"), round 16
                                        10: ("egment", *(f"S{space}{numeral}" for space in ("", *SPACES)
                                                         for numeral in "IVX")),
                                        11: ("egment", "Seg."), 13: ("N0", "N1", "N2", "N3"), 15: ("-",),
                                        16: (" nach ",),
                                        17: ("Lugano", "Arbor", "Stanford", "Glasgow", "Bethesda", "Mil", "Mailand",
                                             "Paris", "Montreal", "Atlanta", "Tokyo", "Kyoto", "Sydney", "Prag",
                                            "Lyon", "Berlin", "Oxford", "Edinburgh", "Ottawa", "Boston",
                                            "Rotterdam", "Kiel", "Baltimore", "Angeles", "Bosniak"),
                                        20: (" SIGN", " SYNDROME", " DISEASE", " LESION", " NODULE", " CYST",
                                             " FRACTURE", " DEFORMITY", " MALFORMATION", " ANOMALY", " TUMO",
                                             " CLASSIFICATION", " SCORE", " CRITERIA", " ANGLE", " LINE",
                                             " HERNIA", " DIVERTICULUM", " ULCER", " ANEURYSM", " SARCOMA",
                                             " LYMPHOMA"),
                                        21: ("nach ", "gem", "according", "per ", "selon", "secondo"),
                                        22: ("nach ",), 23: ("Hertel",),
                                        24: ("sehne", "Sehne", "muskel", "Muskel", "band", "Band", "bänder",
                                             "Bänder", "nerv", "Nerv", "arterie", "Arterie", "vene", "Vene",
                                             "knorpel", "Knorpel", "kapsel", "Kapsel", "faszie", "Faszie",
                                             "menisk"),
                                        len(KEEP_PATTERNS): ("ransc", "ictat", "iktat", "ecogn", "pracherk",
                                                             "ettat")}

# Looked for in the shared needle pass over the text (common.TEXT_GATES): no substring scans of their own.
_NEEDLE_GATES: dict[int, int] = {i: TEXT_GATES.register(needles) for i, needles in _NEEDLES.items()}


# Patterns whose matches are eponyms (a person's name in clinical use): a person cue overrides them.
_EPONYM_PATTERNS = frozenset({0, 2, 14, 15, 16, 17, 19, 20, 21, 22})
# Of those, the ones that found the name by its clinical head or context ("Zenker-Divertikel", "Young syndrome",
# "Joseph nodule", "nach Magerl", "nach Ann Arbor"): strong enough that a person cue before it does not win.
_STRONG_EPONYM_PATTERNS = frozenset({14, 15, 16, 17, 20, 21, 22})


def split_keep_spans(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Keep ranges as (eponyms, everything else): a name after a person cue ("Mrs. Addison") may take an
    eponym's range, never an image reference's, a score's or a size's."""
    weak, strong, others = keep_ranges(text)
    return sorted({*weak, *strong}), others


Ranges = list[tuple[int, int]]


def keep_ranges(text: str, ctx: TextContext | None = None) -> tuple[Ranges, Ranges, Ranges]:
    """Keep ranges as (bare eponyms, eponyms by their clinical head, everything else): a person cue takes a
    bare eponym ("Mrs. Dorothy Addison", "Patientin: Paget, Erika"), never an eponym with its head noun
    ("Dres. Kübler und Sahin, Zenker-Divertikel", "Sister Mary Joseph nodule"). `ctx`: the text's context
    (common.TextContext), the current one or a new one when not given."""
    with current(text, ctx):
        return _keep_ranges(text)


def _keep_ranges(text: str) -> tuple[Ranges, Ranges, Ranges]:
    weak: set[tuple[int, int]] = set()
    strong: set[tuple[int, int]] = set()
    others: set[tuple[int, int]] = set()
    fired = TEXT_GATES.fired(text)
    for i, p in enumerate(_SCANNERS):
        if i in _NEEDLE_GATES and _NEEDLE_GATES[i] not in fired:
            continue
        into = strong if i in _STRONG_EPONYM_PATTERNS else weak if i in _EPONYM_PATTERNS else others
        into.update((m.start(), m.end()) for m in p.finditer(text) if m.end() > m.start())
    others.update(dump_fields(text)[1])  # what a DICOM dump line keeps (text_dicom_dump)
    others.update(label_keeps(text))  # the values of non-PHI header labels (text_label_values)
    others.update(keyed_keeps(text))  # standard URLs, trial registry numbers, page footers (keyed_exports)
    others.update(service_keeps(text))  # calendar weeks, free-phone service lines (round 18c)
    others.update(hl7_keeps(text))  # HL7 MSH applications and system codes (round 20b), XAD / CX codes (24a)
    others.update(admin_keeps(text))  # offices, boards, wards, regulatory numbers, workflow words (round 21b)
    others.update(species_keeps(text))  # "E. coli", "K. pneumoniae", "E.Coli": bacteria, no signature (fix 22)
    # Rooms, floors and levels inside a hospital (text_rooms) and scanner models (text_device_models), round 14b:
    # weak ranges (round 14 review), so that a cue-found name ("Dr. Sala", "Frau Stock") or an address
    # ("Kirchenring 5/Stock 3") overlapping one still wins.
    weak.update(room_keeps(text))
    for a, b in model_keeps(text):  # a brand that names nothing else stays a strong keep ("Name: Aquilion ONE")
        (others if names_nothing_else(text[a:b]) else weak).add((a, b))
    return sorted(weak - strong), sorted(strong), sorted(others - weak - strong)
