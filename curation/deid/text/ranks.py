"""Persons named by a rank, a custody or care label, or a service role (round 15a).

- **Ranks.** Military and police ranks of the German Bundeswehr (its medical ranks too: "OStArzt", "OFArzt"), the
  Swiss Army in its three languages ("Hptm", "Wm", "Four", "sgtm", "ten col"), the UK forces ("LCpl", "WO2",
  "Sqn Ldr", "Surg Lt Cdr") and the US forces ("SSG", "CPT", "PFC", "HM2"), as abbreviations written as the forces
  write them or as full words in any case ("Oberstabsarzt", "Staff Sergeant", "le sergent", "il tenente"). Two ranks
  may stand together ("Lt Col"), a title may follow ("Maj Dr."). The rank is a title: it stays, the name after it is
  the person.
- **Custody and care labels.** A word that names the person as prisoner, inmate, detainee, recruit or service
  person, or as guardian, deputy or legal representative, in German, French, Italian and English ("Insasse",
  "U-Häftling", "Détenue", "recluso", "Vormund", "Beiständin", "Erwachsenenvertreter", "tutrice legale",
  "Court-appointed deputy"), maybe with a number ("Prisoner No. A1234BC, name ...") or a colon before the name, and
  the officers of custody ("Prison Officer", "CO", "Kdt", "Justizwachtmeister").
- **Service roles.** "Agent", "Coach", "Trainer" before a capitalised name (an agent is a contrast agent in lower
  case, so only the capitalised word at a sentence or line start counts, before a listed name or a colon or comma
  after the name: "Agent Orange exposure" stays), and a listed given name between "to" /
  "with" / "an" / "mit" and "in <vendor> support / helpdesk / hotline" ("escalated to X in Y support").

A rank or label alone names no one: the name must follow it, capitalised, and is checked against NOT_NAME_WORDS.
The rank and label words are never part of a name (names.NOT_NAME_WORDS takes RANK_WORDS).
"""

from __future__ import annotations

import re

from curation.deid.text.common import LO, UP, Gated, Hit, literal_starts, words
from curation.deid.text.given_names import is_any_given_name, is_given_name
from curation.deid.text.surnames import is_surname, is_surname_or_word
from curation.deid.text.word_shapes import is_eponym_pair

# Abbreviated ranks, case as written (US forces write them in capitals: both forms are listed where used).
_ABBREV_TEXT = """
Gefr OGefr HGefr StGefr OStGefr Uffz StUffz Fw OFw HFw HptFw Hptfw StFw OStFw Fhr Lt OLt Oblt Hptm
StHptm Maj OTL Oberstlt Obstlt BrigGen GenMaj GenLt StArzt OStArzt OFArzt OTArzt FltlArzt GenArzt StAp OStAp KptLt
KKpt FKpt KzS Gfr Obgfr Kpl Wm Obwm Adj Stabsadj Hptadj Chefadj Rekr Sdt sdt cpl sgt sgtm plt magg Pte LCpl Cpl Sgt
SSgt CSgt WO1 WO2 WO 2Lt Capt Col Brig Gnr Spr Rfn Tpr Gdsm Fus Cfn Mne CPO LtCdr SAC Flt_Lt Sqn_Ldr Wg_Cdr Gp_Capt
Fg_Off Plt_Off Lt_Cdr Surg_Lt_Cdr Surg_Cdr PVT PV2 PFC SPC CPL SGT SSG SFC MSG 1SG SGM CSM 2LT 1LT CPT MAJ LTC COL
LTG Amn A1C SrA TSgt MSgt SMSgt CMSgt HM1 HM2 HM3 ENS LTJG LCDR CDR CAPT
"""
_RANK_ABBREV = sorted(_ABBREV_TEXT.split(), key=len, reverse=True)
# Ranks written as words, any case: German, Swiss, English, French, Italian.
_RANK_WORDS = """
gefreiter obergefreiter hauptgefreiter stabsgefreiter unteroffizier stabsunteroffizier feldwebel oberfeldwebel
hauptfeldwebel stabsfeldwebel oberstabsfeldwebel fähnrich leutnant oberleutnant hauptmann stabshauptmann
oberstleutnant oberst brigadegeneral generalmajor stabsarzt oberstabsarzt oberfeldarzt oberstarzt generalarzt
flottillenarzt kapitänleutnant korvettenkapitän fregattenkapitän matrose obermaat bootsmann wachtmeister
korporal fourier adjutant kapitän kapitänin rekrut rekrutin soldat soldatin
corporal sergeant lieutenant captain colonel brigadier gunner sapper trooper guardsman rifleman fusilier airman
sergent caporal appointé adjudant capitaine commandant soldat recrue
sergente caporale caporalmaggiore appuntato tenente capitano colonnello maresciallo brigadiere recluta
soldato carabiniere
"""
# Ranks of two words whose words alone are common words ("staff", "major", "flight"): only the pair is a rank.
_RANK_PHRASES = ("lance corporal", "staff sergeant", "colour sergeant", "master sergeant", "first sergeant",
                 "sergeant major", "warrant officer", "petty officer", "chief petty officer", "squadron leader",
                 "wing commander", "flight lieutenant", "flying officer", "pilot officer", "group captain",
                 "lieutenant colonel", "lieutenant commander", "major general", "private first class",
                 "lance bombardier", "able seaman", "leading seaman", "staff officer")
_ABBREV_WORDS = frozenset(w.lower() for a in _RANK_ABBREV for w in a.split("_") if len(w) >= 2)
# The rank words that are never part of a name (names.NOT_NAME_WORDS); not "Maj" (a given name) nor "Wm." (William).
RANK_WORDS = (words(_RANK_WORDS) | _ABBREV_WORDS) - {"maj", "wm"}
# Clergy titles after another clergy word are no name (round 19a: "Chaplain Rev. X"); not "Pastor" / "Pater"
# (surnames as well).
_CLERGY_TITLES = words("""rev revd reverend chaplain pfarrer pfarrerin pastorin kaplan diakon diakonin vikar vikarin
seelsorger seelsorgerin aumônier aumônière abbé cappellano parroco""")
_RANK_WORD_RE = "|".join(sorted([*words(_RANK_WORDS), *(p.replace(" ", "[ \t]") for p in _RANK_PHRASES)],
                                key=len, reverse=True))
_ABBREV_RE = "|".join(a.replace("_", "[ \t]") for a in _RANK_ABBREV)  # "Sqn_Ldr": two words, one rank
_RANK = rf"(?:(?:{_ABBREV_RE})\.?(?![\w])|(?i:(?:{_RANK_WORD_RE})(?![\w])))"

# Custody, recruitment and care labels naming the person after them (any case), and officers of custody.
_LABEL = (r"(?:(?i:(?:u-|untersuchungs|straf)?häftling|insass(?:e|in)|(?:straf)?gefangene[rn]?|inhaftierte[rn]?|"
          r"inmate|prisoner|detainee|offender|recruit|service[ \t]?(?:person|man|woman|member)|"
          r"détenue?|prévenue?|incarcérée?|recrue|detenut[oa]|reclus[oa]|recluta|"
          r"vormund|beiständin|beistand|sachwalter(?:in)?|erwachsenenvertreter(?:in)?|"
          r"gesetzliche[rn]?[ \t]vertreter(?:in)?|legal[ \t](?:representative|guardian)|"
          r"(?:court-appointed[ \t])?deputy|"
          r"représentante?[ \t]légale?|tut(?:eur|rice)|curat(?:eur|rice)|tutore(?:[ \t]legale)?|"
          r"tutrice(?:[ \t]legale)?|curatore|rappresentante[ \t]legale|amministratore[ \t]di[ \t]sostegno|"
          r"(?:prison|custody|escort(?:ing)?|supervising|correctional|detention)[ \t]officer|warden|"
          r"justizwachtmeister(?:in)?|vollzugsbeamte[rn]?|aufseher(?:in)?|agente[ \t]penitenziari[oa]|"
          # Round 17b: legal, forensic, investigative and insurance roles.
          r"decedent|claimant|employee|victim|victime|vittima|opfer|geschädigte[rn]?|beschuldigte[rn]?|"
          r"angeklagte[rn]?|tatverdächtige[rn]?|verstorbene[rn]?|défunte?|accusée?|plaignante?|imputat[oa]|"
          r"indagat[oa]|adjuster|inspect(?:or|eur|rice)|ispett(?:ore|rice)|kommissar(?:in)?|ermittler(?:in)?|"
          r"investigator|detective|"
          # Round 19a: clergy ("Pfarrer X", "the Revd. X", "Chaplain Y", "l'abbé Z", "il parroco W").
          r"(?:spital|klinik)?seelsorger(?:in)?|pfarrer(?:in)?|pastor(?:in)?|kaplan|diakon(?:in)?|vikar(?:in)?|pater|"
          r"chaplain|reverend|revd\.?(?![\w])|rev\.(?![\w])|aumôni(?:er|ère)|abbé|cappellano|parroco|rabbi(?:ner)?|"
          r"imam)(?![\w]))")
# A rank standing alone only before a retirement mark: "Major a.D. Krause", "Major (retd) Jones".
# A service role, capitalised at a line or sentence start: "Agent X:", "Coach Y reports".
_SERVICE = r"(?:(?<=^)|(?<=\n)|(?<=[.;:!?][ \t])|(?<=[.;:!?][ \t]{2}))(?P<svc>Agent|Coach|Trainer(?:in)?)"
_SERVICE_END = re.compile(r"[ \t]*[:,]")
_NAME = rf"[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?"
_TITLES = (r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Miss|Herr|Frau|Hr|Fr|Mme|Mlle|M|Sig|Sig\.ra|Avv|Mag|Mag\.a|DI|Ing|Dipl\.-Ing|"
           r"Dott|Dott\.ssa|Dr\.ssa|med)\.?[ \t]+)*")
_NAMES = (rf"(?P<v>{_NAME}(?:[ \t]+(?:de[ \t]|di[ \t]|von[ \t]|van[ \t]|Lo[ \t]|La[ \t]|Le[ \t])?{_NAME}){{0,2}})")
# "Oberst a. D. Krause", "Major i. R. Vogt", "Sgt (retd) Jones", "Cpl (Res.) Ward": retired or reserve, between the
# rank and the name.
_RETIRED_MARK = (r"(?:[ \t]+(?:a\.[ \t]?D|i\.[ \t]?R)\.|[ \t]*\((?i:ret(?:d|ired)?\.?|rtd\.?|res\.?|reserve|"
                 r"a\.[ \t]?D\.|i\.[ \t]?R\.|d\.[ \t]?R\.)\))")
_RETIRED = rf"(?:{_RETIRED_MARK})?"
_TAIL = rf"{_RETIRED}[ \t]*[:,]?[ \t]*(?P<t>{_TITLES})(?P<i>[{UP}]\.[ \t]+)?{_NAMES}"
# Full rank words that are also ordinary words before a capitalised noun: held to the abbreviations' rule
# (rank_hits); their stems are needles of _BY_WORD too.
# The legal, investigative and insurance roles of round 17b too ("Employee Health", "Opfer Angaben"): a listed name.
_LOOK_ALIKE_WORDS = ("fourier", "decedent", "claimant", "employee", "victim", "vittima", "opfer", "geschädigt",
                     "beschuldigt", "angeklagt", "tatverdächtig", "verstorben", "défunt", "accusé", "plaignant",
                     "imputat", "indagat", "adjuster", "inspect", "ispett", "kommissar", "ermittler", "investigator",
                     "detective", "seelsorger", "pfarrer", "pastor", "kaplan", "diakon", "vikar", "pater")
# German clergy nouns stand before other nouns too ("Pfarrer Besuch erwünscht"): they keep the look-alike rule.
_CLERGY_NEEDLES = ("seelsorger", "pfarrer", "pastor", "kaplan", "diakon", "vikar", "pater", "chaplain", "reverend",
                   "rev", "aumôni", "abbé", "cappellano", "parroco", "rabbi", "imam")
# Three gates, each its own needles: abbreviations as written (case-sensitive: "Lt", "WO2", "CO"), rank words and
# labels in any case, and the capitalised service roles.
_BY_ABBREV = Gated(literal_starts(re.compile(
    rf"(?<![\w.-])(?:(?:{_ABBREV_RE})\.?(?![\w])|CO(?![\w])|(?:JVA-)?Kdt\.?)(?:[ \t]+{_RANK})*{_TAIL}")),
    tuple(sorted({*(a.split("_")[0] for a in _RANK_ABBREV), "CO", "Kdt"})))
_BY_WORD = Gated(literal_starts(re.compile(
    rf"(?<![\w.-])(?:(?i:(?:{_RANK_WORD_RE})(?![\w]))(?:[ \t]+{_RANK})*|Major(?={_RETIRED_MARK})|"
    rf"{_LABEL}(?:[ \t]+(?i:no|nr|n°)\.?[ \t]*[\w/-]+)?(?:,?[ \t]+(?i:name))?){_TAIL}")),
    tuple(sorted({*words(_RANK_WORDS), *(p.split()[-1] for p in _RANK_PHRASES), "häftling", "insass", "gefangen",
                  "inhaftiert", "inmate", "prisoner", "detainee", "offender", "recruit", "service", "détenu",
                  "prévenu", "incarcéré", "recrue", "detenut", "reclus", "recluta", "vormund", "beistand",
                  "beiständin", "sachwalter", "erwachsenenvertreter", "vertreter", "legal", "deputy",
                  "représentant", "tuteur", "tutrice", "curateur", "curatrice", "tutore", "curatore",
                  "rappresentante", "amministratore", "officer", "warden", "wachtmeister", "vollzugsbeamt",
                  "aufseher", "agente", *_LOOK_ALIKE_WORDS, *_CLERGY_NEEDLES})),
    lower=True)
_BY_SERVICE = Gated(re.compile(rf"{_SERVICE}{_TAIL}"), ("Agent", "Coach", "Trainer"))

# "escalated to X in Vendor support": a listed given name before "in / at / from <company> support".
_SUPPORT = Gated(re.compile(
    rf"(?<![\w])(?:to|with|from|by|an|mit|von|à|avec|a|con)[ \t]+(?P<v>{_NAME})[ \t]+(?:in|at|from|of|vom|von|bei|"
    rf"du|de|della|del)[ \t]+(?:[\w&.-]+[ \t]+){{0,3}}?(?i:support|helpdesk|help[ \t]desk|service[ \t]desk|hotline|"
    rf"customer[ \t]service|kundendienst|kundenservice)(?![\w])"),
    ("support", "helpdesk", "help desk", "service desk", "hotline", "customer service", "kundendienst",
     "kundenservice"), lower=True)


def _not_name(value: str) -> bool:
    from curation.deid.text.names import NOT_NAME_WORDS

    return any(part.lower() in NOT_NAME_WORDS or part.lower() in _CLERGY_TITLES
               for part in value.replace("-", " ").split())


def rank_hits(text: str, lowered: str) -> list[Hit]:
    """PERSON hits for the names after a rank, a custody or care label or a service role."""
    hits: list[Hit] = []
    for rule in (_BY_ABBREV, _BY_WORD, _BY_SERVICE):
        for m in rule.finditer(text, lowered):
            if ((rule is _BY_ABBREV and not _rank_only(m)) or m.group().lower().startswith(_LOOK_ALIKE_WORDS)) \
                    and not _listed_name(m):
                continue  # "CO Intoxikation", "Lt Ovary", "Fourier Transformation" (round 15 review)
            if is_eponym_pair(m.group().split(None, 1)[0], m.group("v").split()[0]):
                continue  # review of 19a: "Kaplan Meier analysis" is a method, not the chaplain Meier
            if h := _named(text, m, rule is _BY_SERVICE):
                hits.append(h)
    for m in _SUPPORT.finditer(text, lowered):
        if is_given_name(m.group("v")):
            hits.append(Hit(m.start("v"), m.end("v"), "PERSON", "cue"))
    return hits


# Abbreviations that are ranks and nothing else in a report ("Sgt Smith", "Uffz Kowalski", "Capt Jones") keep the
# plain rule; every other abbreviation is also a clinical or ordinary word ("Lt" left, "Col" colon, "CDR" score,
# "Adj." adjuvant, "Kpl." komplett, "CO" carbon monoxide) and names someone only before a listed name (below).
_RANK_ONLY_TEXT = """
Gefr OGefr HGefr StGefr OStGefr Uffz StUffz Fw OFw HFw HptFw Hptfw StFw OStFw OLt Oblt Hptm StHptm Oberstlt Obstlt
BrigGen GenMaj GenLt StArzt OStArzt OFArzt OTArzt FltlArzt GenArzt KptLt KKpt FKpt KzS Obgfr Obwm Stabsadj Hptadj
Chefadj Rekr sgtm magg LCpl Cpl CPL Sgt SGT SSgt CSgt TSgt MSgt SMSgt CMSgt SSG SFC 1SG 2Lt 2LT 1LT Capt CAPT CPT
Pte LtCdr LCDR LTJG Gdsm A1C SrA
"""
_RANK_ONLY = frozenset(_RANK_ONLY_TEXT.split())


def _rank_only(m: re.Match[str]) -> bool:
    """The match opens with an abbreviation that is a rank and nothing else ("Sgt", "Uffz", "Capt")."""
    head = m.group().split(None, 1)[0].rstrip(".")
    return head in _RANK_ONLY


def _listed_name(m: re.Match[str]) -> bool:
    """An abbreviated rank (German nouns are capitalised: "CO Intoxikation", "Adj. Chemotherapie", "CDR Score") names
    someone only before a title, an initial, or a listed given name or surname (first word, or last of two;
    is_surname_or_word covers is_surname)."""
    if m.group("t") or m.group("i"):
        return True
    parts = m.group("v").replace("-", " ").split()
    return is_any_given_name(parts[0]) or any(is_surname_or_word(w) for w in (parts[0], parts[-1]))


def _named(text: str, m: re.Match[str], service: bool) -> Hit | None:
    """The name of a rank or label match, less trailing common words; None when no name is left."""
    value, start = m.group("v"), m.start("i") if m.group("i") else m.start("v")
    words_ = value.split()
    while words_ and _not_name(words_[-1]):
        words_.pop()
    if not words_ or _not_name(words_[0]):
        return None
    if service and not (_SERVICE_END.match(text, m.end("v")) or is_any_given_name(words_[0])
                        or is_surname(words_[0])):
        return None  # "Agent Orange exposure": a service role needs a listed name or a colon / comma after it
    last = m.end("v") if len(words_) == len(value.split()) else \
        m.start("v") + value.index(words_[-1], len(" ".join(words_[:-1]))) + len(words_[-1])
    return Hit(start, last, "PERSON", "cue")
