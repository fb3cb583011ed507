"""The relation cue lexicon: words that signal a relation, each with its phrase and category.

Categories are the four CAMEO quadrants plus neutral. Flags say how a cue pairs its actors:

* ``sym``: symmetric (talks, treaty, call, ceasefire); the statement is marked mutual;
* ``med``: mediation "between X and Y", a statement about three actors;
* ``tight``: a noun cue whose target must follow at once ("strikes on X", "invasion of X");
* ``subj``: the source is the clause subject, not the nearest actor ("held talks with X");
* ``far``: the target may follow after commas ("paid ..., transferred to the Iranian company");
* ``poss``: a role noun whose target may be a possessive before it ("Egypt is Sudan's closest
  ally", "China, North Korea's main trading partner, ...").

A cue may swallow an actor ("restricts Chinese investment", "took Iran to court"): when no target
follows the cue, a mention inside it is the target (see ``relations``).

Order matters only where two cues start at the same place: the longer, more specific one first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mapviewer.model.types import Category

VC: Category = "verbal_cooperation"
MC: Category = "material_cooperation"
VX: Category = "verbal_conflict"
MX: Category = "material_conflict"
N: Category = "neutral"


@dataclass(frozen=True)
class Cue:
    """One entry of the lexicon."""

    pattern: str
    relation: str
    category: Category
    flags: frozenset[str] = frozenset()


def _c(pattern: str, relation: str, category: Category, flags: str = "") -> Cue:
    return Cue(pattern, relation, category, frozenset(flags.split()))


_W = r"(?:\s+[\w'’-]+){0,3}?"  # up to three words in between ("military", "two more")
_W5 = r"(?:\s+[\w'’-]+){0,5}?"

LEXICON: tuple[Cue, ...] = (
    # mediation: three actors
    _c(
        r"(?:mediat(?:e|es|ed|ing|ion|or|ors)|broker(?:s|ed|ing)?(?:\s+talks)?)(?:\s+role)?"
        r"(?=\s+between)",
        "mediates between",
        VC,
        "med",
    ),
    # "brokered last year's agreement between", "host a new round of talks between": mediation too
    _c(
        r"(?:broker(?:s|ed|ing)?|host(?:s|ed|ing)?|facilitat(?:e|es|ed|ing)|convene[sd]?|convening)"
        r"(?:\s+[\w'’-]+){0,5}?\s+(?:talks|negotiations|contacts|agreement|deal|accord|truce|"
        r"ceasefire|meeting|summit|dialogue|consultations)(?=\s+between)",
        "mediates between",
        VC,
        "med",
    ),
    # a proposal "to X and Y": one statement about three actors
    _c(
        r"(?:ceasefire |cease-fire |peace |truce |new )*(?:proposal|initiative|peace plan)s?"
        r"(?= to\b)",
        "presents a proposal to",
        VC,
        "med",
    ),
    _c(r"(?:offers?|offered) to mediate", "offers to mediate", VC),
    # symmetric cooperation
    _c(
        r"(?:phone|telephone) (?:call|conversation)s? with|calls? with|(?:sp(?:oke|eaks?|eaking|oken)|"
        r"talk(?:s|ed|ing)?) (?:by phone |by telephone )?(?:with|to)(?= )",
        "speaks with",
        VC,
        "sym subj",
    ),
    _c(
        r"(?:held|holds?|holding) (?:a )?(?:phone |telephone )?(?:call|talks|consultations|"
        r"meetings?)",
        "holds talks with",
        VC,
        "sym",
    ),
    _c(
        r"(?:indirect |direct |peace |nuclear )?(?:talks|negotiations|consultations|contacts)(?: with)?",
        "holds talks with",
        VC,
        "sym subj",
    ),
    _c(r"(?:negotiat(?:e|es|ed|ing))(?: with)?", "negotiates with", VC, "sym"),
    _c(r"(?:met|meets?|meeting)(?: with)?", "meets", VC, "sym subj"),
    _c(
        r"(?:ceasefire|cease-fire|truce|armistice)(?: with)?"
        r"(?!\s+(?:proposals?|plans?|offers?|initiatives?|talks|negotiations|deal|agreement))",
        "agrees to a ceasefire with",
        VC,
        "sym",
    ),
    _c(
        r"ratif(?:y|ies|ied|ying)" + _W5 + r" (?:treaty|agreement|pact|accord)(?: with)?",
        "ratifies a treaty with",
        VC,
        "sym subj",
    ),
    _c(
        r"(?:sign(?:s|ed|ing)?|conclud(?:e|es|ed))" + _W5 + r" (?:treaty|agreement|pact|accord|deal)"
        r"(?: with)?",
        "signs an agreement with",
        VC,
        "sym subj",
    ),
    _c(r"(?:treaty|pact|accord|agreement)(?= with| between)", "has a treaty with", VC, "sym subj"),
    _c(
        r"deal with|deal(?:\s+was\s+(?:reached|struck|agreed|signed)(?:\s+\w+ly)?)?(?= between)",
        "strikes a deal with",
        MC,
        "sym subj",
    ),
    _c(
        r"(?:restor|improv|normali[sz]|deepen|strengthen|mend|repair|rebuild|reset|warm|boost)"
        r"(?:e|es|ed|s|ing)?(?: or \w+)?(?: its| their)?(?: \w+)? (?:relations|ties) with",
        "seeks better relations with",
        VC,
        "subj",
    ),
    _c(
        r"(?:seek(?:s|ing)?|sought|want(?:s|ed)?|pursu(?:e|es|ed|ing)|build(?:s|ing)?|built)"
        + _W
        + r" (?:relationship|relations|ties|partnership|rapprochement) with",
        "seeks better relations with",
        VC,
    ),
    _c(
        r"(?:close |strategic |reliable )?(?:partner|ally)(?: of)?(?= [A-Z]|\s+the\s+[A-Z])",
        "is a partner of",
        VC,
        "sym",
    ),
    _c(
        r"(?:development |strategic |trade |trading |security )?partners(?!\s+(?:in|of|with))",
        "is a partner of",
        VC,
        "sym",
    ),
    # role nouns after a possessive: "Egypt is Sudan's closest ally", "Y's main trading partner"
    _c(
        r"(?:(?:closest|close|main|key|biggest|largest|chief|principal|top|staunchest|strongest|"
        r"oldest|long-time|longtime|strategic|regional|military|economic|only|sole|major|"
        r"trusted|reliable|traditional|security|most|important|generous|loyal|steadfast)\s+){0,3}"
        r"(?:ally|allies|partners?|trading partners?|backers?|patrons?|suppliers?|arms suppliers?|"
        r"creditors?|donors?|aid donors?|benefactors?|protectors?|sponsors?|lenders?)",
        "is an ally of",
        VC,
        "poss",
    ),
    _c(r"agreed|agree(?:s|ment)?", "reaches an agreement with", VC, "sym"),
    _c(r"clos(?:e|es|ed|ing) ranks(?: with)?", "closes ranks with", VC, "sym"),
    _c(
        r"(?:defen[cs]e|security|military|strategic) (?:ties|cooperation|partnership)(?: with)?",
        "cooperates with",
        MC,
        "sym subj",
    ),
    _c(
        r"(?:exercises|drills|manoeuvres|maneuvers|war games)(?= with)(?: with)?",
        "cooperates with",
        MC,
        "sym subj",
    ),
    # verbal cooperation
    _c(r"(?:expressed|expresses|offered|offers) condolences", "expresses condolences to", VC),
    _c(
        r"(?:express(?:es|ed|ing)?|voic(?:e|es|ed|ing)|reiterat(?:e|es|ed|ing)|declar(?:e|es|ed|ing))"
        r"(?: its| their| his| her| strong| full| firm| unwavering)* (?:support|solidarity|backing)"
        r"(?: for| with)?",
        "expresses support for",
        VC,
    ),
    _c(
        r"(?:stand|stands|stood|standing) (?:firmly |shoulder to shoulder )?(?:with|by)(?= )",
        "sides with",
        VC,
    ),
    _c(
        r"(?:commend(?:s|ed|ing)?|hail(?:s|ed|ing)?|applaud(?:s|ed|ing)?|laud(?:s|ed|ing)?|"
        r"salut(?:e|es|ed|ing)|reassur(?:e|es|ed|ing))",
        "welcomes",
        VC,
    ),
    _c(r"apologi[sz](?:e|es|ed|ing) to", "apologises to", VC),
    _c(
        r"(?:invit(?:e|es|ed|ing)|request(?:s|ed|ing)?|encourag(?:e|es|ed|ing)|"
        r"press(?:es|ed|ing)?|implor(?:e|es|ed|ing))(?= [A-Z]| the [A-Z])",
        "appeals to",
        VC,
    ),
    _c(
        r"(?:establish(?:es|ed|ing)?|restor(?:e|es|ed|ing)|resum(?:e|es|ed|ing)|renew(?:s|ed|ing)?)"
        r"(?: full)? (?:diplomatic )?(?:relations|ties) with",
        "restores relations with",
        VC,
        "subj",
    ),
    _c(
        r"(?:rapprochement|reconciliation|d[ée]tente|dialogue) (?:with|between)",
        "seeks better relations with",
        VC,
        "sym",
    ),
    _c(r"thank(?:s|ed|ing)?", "thanks", VC),
    _c(
        r"(?:welcom(?:e|es|ed|ing)|prais(?:e|es|ed|ing)|valu(?:e|es|ed|ing)|appreciat(?:e|es|ed|ing))",
        "welcomes",
        VC,
    ),
    _c(r"(?:sided|sides|side) with", "sides with", VC),
    # consultations
    _c(
        r"(?:consult(?:s|ed|ing)?|confer(?:s|red|ring)?|(?:held|holds?|hosted|hosts?) (?:a )?summit|"
        r"(?:phoned|telephoned|called)(?= [A-Z]| the [A-Z]))(?: with)?|summit with",
        "holds talks with",
        VC,
        "sym subj",
    ),
    _c(r"discuss(?:es|ed|ing)?(?=(?:\s+[\w'’-]+){0,6}?\s+with\s)", "holds talks with", VC, "sym subj"),
    _c(r"(?:backed|backs|backing)", "backs", VC),
    _c(r"(?:open to)", "is open to", VC),
    # an appeal to stop or withdraw is a demand (before the plain appeal)
    _c(
        r"(?:urg(?:e|es|ed|ing)|call(?:s|ed)? on|press(?:es|ed)?|told|tell|tells|ask(?:s|ed)?|"
        r"demand(?:s|ed)?)(?=(?: the)? [A-Z][\w'’ -]{0,30}? to (?:withdraw|stop|halt|end|cease|pull|"
        r"leave|release|free|refrain|abandon|drop|reverse|lift|respect|stop|return|hand over|"
        r"extradite|recall|close|dismantle))",
        "demands",
        VX,
    ),
    _c(
        r"(?:advis(?:e|es|ed|ing)|urg(?:e|es|ed|ing)|call(?:s|ed)? on|appeal(?:s|ed)? to)",
        "appeals to",
        VC,
    ),
    _c(r"ask(?:s|ed)?(?= [A-Z]| the [A-Z])|(?:asked|asks) for help", "asks for help", VC),
    _c(r"reaffirm(?:s|ed)?|pledg(?:e|es|ed)|promis(?:e|es|ed)", "pledges support to", VC),
    _c(r"recogni[sz](?:e|es|ed)", "recognises", VC),
    _c(r"invok(?:e|es|ed|ing) [Aa]rticle \d+ of", "invokes an article of", VC, "tight"),
    _c(r"(?:visit(?:s|ed|ing)?|state visit to)(?= (?-i:[A-Z])|\s+the\s+(?-i:[A-Z]))", "visits", VC),
    # "Qatar hosts US-Iran talks": mediation between the pair
    _c(
        r"(?:host(?:s|ed|ing)?)(?=\s+(?:the\s+)?(?-i:[A-Z])[\w.'’]*(?:\s+(?-i:[A-Z])[\w.'’]*)?[-–/]"
        r"(?-i:[A-Z])[\w.'’]*(?:\s+[\w-]+){0,2}?\s+(?:talks|contacts|negotiations|meeting|summit|dialogue)\b)",
        "mediates between",
        VC,
        "med",
    ),
    _c(r"(?:host(?:s|ed|ing)?)(?= (?-i:[A-Z])|\s+the\s+(?-i:[A-Z]))", "hosts", VC),
    _c(r"congratulat(?:e|es|ed|ing)", "congratulates", VC),
    _c(r"endors(?:e|es|ed|ing)", "endorses", VC),
    # material cooperation
    _c(
        r"(?:lift(?:s|ed)?|eas(?:e|es|ed)) (?:\w+ )?(?:of )?(?:the )?sanctions",
        "lifts sanctions on",
        MC,
    ),
    _c(r"suppl(?:y|ies|ied|ying)", "supplies weapons to", MC),
    _c(
        r"(?:ship(?:s|ped|ping)?|transferr?(?:s|ed|ing)?|export(?:s|ed|ing)?)(?= )", "supplies weapons to", MC
    ),
    _c(r"arm(?:s|ed|ing)(?= (?-i:[A-Z])|\s+the\s+(?-i:[A-Z]))", "supplies weapons to", MC),
    _c(r"invest(?:s|ed|ing|ments?)?(?: in)?", "invests in", MC),
    _c(
        r"(?:bought|buys?|buying|purchas(?:e|es|ed|ing)|import(?:s|ed|ing)?)(?= )",
        "buys from",
        MC,
    ),
    _c(r"(?:fight(?:s|ing)?|fought)(?: alongside| together with)", "fights alongside", MC),
    _c(
        r"(?:sell(?:s|ing)?|sold|lend(?:s|ing)?|lent|loan(?:s|ed)?|grant(?:s|ed)?|donat(?:e|es|ed|ing)|"
        r"gift(?:s|ed)?|hand(?:s|ed)? over)" + _W5 + r" to(?= )",
        "provides aid to",
        MC,
    ),
    _c(
        r"(?:(?:humanitarian|military|economic|financial|security) )?(?:aid|assistance|loans?|"
        r"grants?|arms sales|arms deliveries|weapons deliveries|shipments|credit) (?:to|for)",
        "provides aid to",
        MC,
        "tight",
    ),
    _c(
        r"(?:share(?:s|d)?|exchang(?:e|es|ed|ing)) intelligence with|"
        r"(?:prisoner|prisoners) (?:swap|exchange)(?: with)?|"
        r"(?:swap(?:s|ped)?|exchang(?:e|es|ed)) prisoners(?: with)?",
        "cooperates with",
        MC,
        "sym subj",
    ),
    _c(r"(?:trade|trades|traded|trading) with", "trades with", MC, "sym subj"),
    _c(
        r"(?:releas(?:e|es|ed|ing)|free(?:s|d)?|repatriat(?:e|es|ed|ing)|hand(?:s|ed)? back)"
        + _W
        + r" (?:prisoners|detainees|hostages|captives|nationals|citizens|crew|sailors|soldiers)"
        r"(?: to| from)?",
        "releases prisoners of",
        MC,
    ),
    _c(
        r"(?:joint (?:military )?(?:exercises|drills|patrols)|cooperat(?:e|es|ed|ing|ion))(?: with)?",
        "cooperates with",
        MC,
        "sym subj",
    ),
    _c(r"deliver(?:s|ed|ing)?", "delivers weapons to", MC),
    _c(r"deploy(?:s|ed|ing)?", "deploys forces to", MC),
    _c(
        r"(?:extend|expand|step up|reinforce|bolster|boost)(?:s|ed|ing)?"
        + _W5
        + r" (?:mission|presence|deployment|patrols|troops|forces)(?: over| in| to| on)",
        "deploys forces to",
        MC,
    ),
    _c(
        r"(?:provid(?:e|es|ed|ing)|offer(?:s|ed)?)" + _W + r" (?:support|assistance|aid|help)",
        "provides military support to",
        MC,
    ),
    _c(r"(?:paid|pays?|paying)(?: for)?", "pays", MC, "far"),
    _c(
        r"(?:offer|offers|offered|provide|provides|provided|give|gives|gave)"
        r"(?= [A-Z]|\s+the\s+[A-Z])",
        "provides military support to",
        MC,
    ),
    _c(
        r"(?:send|sends|sent|sending|dispatch(?:es|ed|ing)?)(?:\s+[\w,'’-]+){0,6}?"
        r" (?:aid|troops|soldiers|forces|engineers|workers|personnel|advisers|advisors|instructors|"
        r"weapons|jets|missiles|arms|ammunition|munitions|shells|drones|tanks|equipment|supplies|"
        r"food|fuel|oil|money|funds|vessels|ships|warships|doctors|rescuers|experts)"
        r"(?:\s+and\s+[\w-]+)?",
        "sends aid to",
        MC,
    ),
    _c(
        r"(?:resum(?:e|es|ed)|expand(?:s|ed)?|deepen(?:s|ed)?)" + _W + r" cooperation with",
        "cooperates with",
        MC,
    ),
    _c(
        r"(?:support(?:s|ed|ing)?|aid(?:s|ed|ing)?|help(?:s|ed|ing)?|assist(?:s|ed|ing)?|"
        r"financ(?:e|es|ed|ing)|fund(?:s|ed|ing)?|bankroll(?:s|ed|ing)?|train(?:s|ed|ing)?)"
        r"(?= [A-Z]| the [A-Z])",
        "supports",
        MC,
    ),
    _c(
        r"support(?:s|ed|ing)?(?: for)? (?:the )?(?:[\w-]+ ){0,2}?(?:integrity|sovereignty|"
        r"independence|mediation|efforts?|position|bid|proposal|plan|stance|right|role|membership|"
        r"security|defen[cs]e|reconstruction|recovery)(?= of\b)",
        "supports",
        VC,
    ),
    _c(r"provid(?:e|es|ed|ing)", "provides military support to", MC, "tight"),
    _c(r"support for", "supports", VC, "tight"),
    # verbal conflict
    _c(r"condemn(?:s|ed|ing|ation of)?", "condemns", VX),
    _c(
        r"criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|rebuk(?:e|es|ed|ing)|"
        r"denounc(?:e|es|ed|ing)|slam(?:s|med)?",
        "criticises",
        VX,
    ),
    _c(
        r"deplor(?:e|es|ed|ing)|decr(?:y|ies|ied|ying)|lambast(?:s|ed|ing)?|castigat(?:e|es|ed|ing)|"
        r"censur(?:e|es|ed|ing)|reprimand(?:s|ed|ing)?|chastis(?:e|es|ed|ing)|assail(?:s|ed|ing)?|"
        r"fault(?:s|ed|ing)?|blast(?:s|ed|ing)?|berat(?:e|es|ed|ing)|scold(?:s|ed|ing)?|"
        r"(?:hit|hits|hitting|lash(?:es|ed|ing)?) out (?:at|against)|(?:took|take|takes|taking) aim at|"
        r"(?:voic(?:e|es|ed|ing)|express(?:es|ed|ing)?|rais(?:e|es|ed|ing)) (?:\w+ )?(?:concerns?|alarm|"
        r"outrage|anger|dismay|displeasure)(?: over| about| at| with)?",
        "criticises",
        VX,
    ),
    _c(r"accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)", "accuses", VX),
    _c(
        r"(?:describ(?:e|es|ed|ing)|call(?:s|ed|ing)?|label(?:s|led|ling)?|brand(?:s|ed|ing)?|"
        r"nam(?:e|es|ed|ing)|list(?:s|ed|ing)?)(?=(?:\s+the)?\s+[A-Z][^,.;]{0,60}?\s+(?:as\s+)?(?:an?|the|its)"
        r"\s+(?:\w+\s+){0,2}?(?:threats?|enem(?:y|ies)|adversar(?:y|ies)|rivals?|challengers?|aggressors?|"
        r"sponsors? of terrorism)\b)",
        "calls a threat",
        VX,
    ),
    _c(r"boycott(?:s|ed|ing)?", "boycotts", MX),
    _c(
        r"(?:trad(?:e|es|ed|ing)|exchang(?:e|es|ed|ing))(?: \w+)? (?:accusations|blame|barbs|insults|"
        r"threats|recriminations|charges)(?: with)?",
        "trades accusations with",
        VX,
        "sym subj",
    ),
    _c(
        r"(?:accusations?|allegations?|charges?|complaints?|grievances?|criticism|protests?|"
        r"condemnation) (?:against|of|over)(?= [A-Z]| the [A-Z])",
        "accuses",
        VX,
        "tight",
    ),
    _c(
        r"(?:sue(?:s|d)?|suing|(?:fil(?:e|es|ed|ing)|lodg(?:e|es|ed|ing)|brought|br(?:ing|ings))"
        r" (?:a |an )?(?:\w+ )?(?:case|complaint|lawsuit|suit|claim)s? against)",
        "takes legal action against",
        VX,
    ),
    _c(
        r"(?:took|taken|take|takes|taking|dragg(?:ed|ing)|haul(?:s|ed|ing)?)(?:\s+[\w'’-]+){1,4}? to"
        r" (?:the )?(?:International Court|ICJ|International Criminal Court|ICC|court|tribunal|WTO|"
        r"World Trade Organization|arbitration)",
        "takes legal action against",
        VX,
    ),
    _c(r"warn(?:s|ed|ing)?|threaten(?:s|ed|ing)?", "warns", VX),
    _c(
        r"(?:threats?|ultimatum|warnings?) (?:to|against)|vow(?:s|ed)? (?:to )?(?:retaliat\w*|"
        r"respond|revenge)(?: against)?|retaliat(?:e|es|ed|ing|ion)(?: against| on)?",
        "warns",
        VX,
    ),
    _c(
        r"protest(?:s|ed)? (?:to|against|with)|(?:lodg|fil)(?:e|es|ed|ing) (?:a |an )?(?:formal |"
        r"strong |official |diplomatic )?(?:protest|complaint|objection)s? (?:with|to|against)|"
        r"complain(?:s|ed)? (?:to|about)|object(?:s|ed)? to",
        "protests to",
        VX,
    ),
    _c(
        r"reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)|rebuff(?:s|ed|ing)?|"
        r"spurn(?:s|ed|ing)?|snub(?:s|bed|bing)?|(?:turn(?:s|ed)?|turning) down|defy|defies|defied|"
        r"defying|veto(?:es|ed|ing)?",
        "rejects",
        VX,
    ),
    _c(r"oppos(?:e|es|ed|ing)(?= (?-i:[A-Z])|\s+the\s+(?-i:[A-Z]))", "opposes", VX),
    _c(r"(?:put|puts|putting|exert)" + _W + r" pressure on|pressur(?:e|es|ed)", "pressures", VX),
    _c(r"demand(?:s|ed)?", "demands", VX),
    _c(r"summon(?:s|ed)?", "summons the ambassador of", VX),
    _c(r"withh(?:old|olds|eld|olding)", "withholds funds from", MX),
    _c(
        r"(?:froze|freez(?:e|es|ing)|frozen|suspend(?:s|ed|ing)?|end(?:s|ed|ing)?)(?: its| their)?"
        r" (?:participation|membership|involvement) in",
        "suspends cooperation with",
        MX,
    ),
    # material conflict
    _c(
        r"(?:impos(?:e|es|ed|ing)|approv(?:e|es|ed)|restor(?:e|es|ed)|trigger(?:s|ed)?)"
        + _W
        + r" (?:new |more |\w+ )?sanctions(?: on| against)?",
        "imposes sanctions on",
        MX,
    ),
    _c(r"sanctions (?:on|against)", "imposes sanctions on", MX, "tight"),
    _c(
        r"(?:impos(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|doubl(?:e|es|ed|ing)|slap(?:s|ped)?)"
        + _W
        + r" (?:tariffs?|duties|dut(?:y|ies)|levies|embargo|export controls|restrictions|curbs|bans?)"
        r"(?: on| against)?",
        "imposes trade restrictions on",
        MX,
    ),
    _c(
        r"(?:tariffs?|duties|levies|embargo|export controls|curbs) (?:on|against)",
        "imposes trade restrictions on",
        MX,
        "tight",
    ),
    _c(
        r"(?:restrict(?:s|ed|ing)?|ban(?:s|ned|ning)?|halt(?:s|ed|ing)?|block(?:s|ed|ing)?|"
        r"curb(?:s|ed|ing)?|slow(?:s|ed|ing)?|delay(?:s|ed|ing)?)" + _W + r" (?:exports?|imports?|trade|"
        r"investment|shipments|flights)",
        "restricts trade with",
        MX,
    ),
    _c(
        r"(?:cut(?:s|ting)?|sever(?:s|ed|ing)?|br(?:oke|eak|eaks|eaking)(?: off)?|suspend(?:s|ed)?)"
        r"(?: off)?(?: diplomatic)? (?:ties|relations) with",
        "cuts ties with",
        MX,
    ),
    _c(r"sanction(?:s|ed)?(?= [A-Z])|sanctioned", "imposes sanctions on", MX),
    _c(
        r"blacklist(?:s|ed|ing)?|(?:froze|freez(?:e|es|ing)|frozen|seiz(?:e|es|ed|ing)|"
        r"confiscat(?:e|es|ed|ing))" + _W + r" (?:assets|funds|reserves|property|vessels?|ships?|tankers?)"
        r"(?: of| belonging to)?|asset freeze (?:on|against)",
        "imposes sanctions on",
        MX,
    ),
    _c(
        r"(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?|seal(?:s|ed|ing)?)(?: (?:its|their|the))?"
        r" (?:border|borders|airspace|ports|embassy|consulate)(?: with| to| in)?",
        "closes its border to",
        MX,
    ),
    _c(
        r"downgrad(?:e|es|ed|ing)(?: (?:its|their))?(?: diplomatic)? (?:ties|relations) with",
        "cuts ties with",
        MX,
    ),
    _c(
        r"(?:detain(?:s|ed|ing)?|arrest(?:s|ed|ing)?|jail(?:s|ed|ing)?|imprison(?:s|ed|ing)?)"
        r"(?= (?:two|three|four|five|six|several|dozens of|\d+|the|a) )?",
        "detains nationals of",
        MX,
    ),
    _c(r"invad(?:e|es|ed|ing)|invasion of", "invades", MX),
    _c(
        r"(?<!the )occup(?:y|ies|ied|ying)|occupation of|annex(?:es|ed|ing)?|annexation of|"
        r"(?:seiz(?:e|es|ed|ing)|captur(?:e|es|ed|ing))(?= (?:territory|land|towns?|villages?|"
        r"cities|city|the (?:town|city|region|island|port)))",
        "occupies territory of",
        MX,
    ),
    _c(
        r"(?:troops|soldiers|forces|fighters|units|battalions|monitors|peacekeepers)(?:\s+(?:were|are|is|"
        r"was|have been|would|will|"
        r"had been|remain|remained))?(?:\s+(?:believed|said|reported|thought|estimated|remain))?"
        r"(?:\s+to\s+(?:be|have been))?(?:\s+(?:operating|deployed|stationed|based|present|active|"
        r"fighting|massed|positioned))? (?:in|inside|into|on|near|along)",
        "has troops in",
        MX,
    ),
    _c(
        r"(?:mass(?:es|ed|ing)?|amass(?:es|ed|ing)?|mobili[sz](?:e|es|ed|ing)|build(?:s|ing)? up|"
        r"built up|mov(?:e|es|ed|ing))" + _W + r" (?:troops|forces|soldiers|tanks|warships|"
        r"(?:armou?red )?vehicles|artillery|border guards)(?: to| on| near| along| at)?",
        "masses troops against",
        MX,
    ),
    _c(
        r"(?:shot|shoot(?:s|ing)?) down|(?:raid(?:s|ed|ing)?|ambush(?:es|ed|ing)?|"
        r"bombard(?:s|ed|ing|ment of)?|shelling of|air ?strikes?|airstrikes?|drone strikes?|"
        r"missile strikes?|hostilities|skirmish(?:es|ed)?|counter-?offensive)(?: on| against| with| in)?",
        "attacks",
        MX,
    ),
    _c(r"war (?:against|on|with)", "wages war on", MX, "tight"),
    _c(r"(?:fight(?:s|ing)?|fought|battl(?:e|es|ed|ing)) (?:against|with)", "fights", MX),
    _c(r"clash(?:es|ed|ing)? (?:against|with)", "fights", MX, "sym"),
    _c(r"(?:exchang|trad)(?:e|es|ed|ing) (?:fire|gunfire|artillery fire|strikes|blows)", "fights", MX, "sym"),
    _c(
        r"(?:fired?|fires|firing|launch(?:es|ed|ing)?)"
        + _W
        + r" (?:missiles?|rockets?|drones?|shells?|strikes?|attacks?)(?: at| on| against| into)?",
        "strikes",
        MX,
    ),
    _c(r"(?:attack(?:s|ed|ing)?|assault|offensive)(?: on| against)?", "attacks", MX),
    _c(
        r"(?:strike|strikes|struck|striking|bomb(?:s|ed|ing)?|shell(?:s|ed|ing)?)(?: on| against)?",
        "strikes",
        MX,
    ),
    _c(
        r"(?:military )?operations?(?: in| against| on)",
        "conducts a military operation in",
        MX,
        "tight",
    ),
    _c(r"escalation(?: with)?(?= between| with)", "escalates conflict with", MX, "sym"),
    _c(
        r"(?:relations|ties)(?= between [^.;]{0,60}?\b(?:soured|deteriorated|worsened|frayed|"
        r"(?:been|become|grown) (?:\w+ )?strained|plunged|collapsed|broken down|sunk)\b)",
        "has worsening relations with",
        VX,
        "sym",
    ),
    _c(r"clash(?:es)?(?= between)|exchanges? of (?:fire|gunfire|artillery fire)", "fights", MX, "sym"),
    _c(
        r"(?:incursion|intrusion)s? (?:into|over|in)|intrud(?:e|es|ed|ing)[\"”]? (?:into|in)|"
        r"violat(?:e|es|ed|ing|ion of)(?=" + _W + r" (?:airspace|waters|territory|sovereignty))",
        "violates the airspace of",
        MX,
    ),
    _c(r"ramm(?:ed|ing)|rams?(?= )", "rams a vessel of", MX),
    _c(
        r"suspend(?:s|ed|ing)?" + _W + r" (?:cooperation|treaty|agreement|talks|ties)(?: with)?",
        "suspends cooperation with",
        MX,
    ),
    _c(r"recall(?:s|ed)? (?:its|their) ambassador", "recalls its ambassador from", MX),
    _c(r"expel(?:s|led)?", "expels diplomats of", MX),
    _c(
        r"withdr(?:ew|aw|aws|awn)" + _W + r" (?:troops|forces|soldiers)",
        "withdraws troops from",
        MX,
    ),
    _c(r"(?:left|leave|leaves|quit|quits|exit(?:ed|s)?|withdr(?:ew|aw) from)", "leaves", MX),
    _c(r"blockade|halt(?:s|ed)? (?:the )?(?:entry of )?(?:\w+ )?aid", "blocks aid to", MX),
    _c(r"target(?:s|ed|ing)?", "targets", MX),
    # neutral
    _c(r"den(?:y|ies|ied)(?: any)?", "denies", N),
    _c(r"cancel(?:l?ed|s)?", "cancels a meeting with", N),
)

PATTERN = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(f"(?P<c{i}>{c.pattern})" for i, c in enumerate(LEXICON)).replace("[A-Z]", "(?-i:[A-Z])")
    + r")(?!\w)",
    re.IGNORECASE,
)


def cue_of(match: re.Match[str]) -> Cue:
    """The lexicon entry behind a match of ``PATTERN``."""
    name = match.lastgroup
    assert name is not None
    return LEXICON[int(name[1:])]
