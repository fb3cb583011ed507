"""Cues for cooperation: mediation, symmetric relations, verbal and material cooperation.

Order matters where two cues start at the same place: the longer, more specific one first.
"""

from __future__ import annotations

from mapviewer.extract.cue_types import GAP3, GAP5, MC, VC, VX, Cue, cue

COOPERATION: tuple[Cue, ...] = (
    # mediation: three actors
    cue(
        r"(?:mediat(?:e|es|ed|ing|ion|or|ors)|broker(?:s|ed|ing)?(?:\s+talks)?)(?:\s+role)?"
        r"(?=\s+between)",
        "mediates between",
        VC,
        "med",
    ),
    # "brokered last year's agreement between", "host a new round of talks between": mediation too
    cue(
        r"(?:broker(?:s|ed|ing)?|host(?:s|ed|ing)?|facilitat(?:e|es|ed|ing)|convene[sd]?|convening)"
        r"(?:\s+[\w'’-]+){0,5}?\s+(?:talks|negotiations|contacts|agreement|deal|accord|truce|"
        r"ceasefire|meeting|summit|dialogue|consultations)(?=\s+between)",
        "mediates between",
        VC,
        "med",
    ),
    # a proposal "to X and Y": one statement about three actors
    cue(
        r"(?:ceasefire |cease-fire |peace |truce |new )*(?:proposal|initiative|peace plan)s?"
        r"(?= to\b)",
        "presents a proposal to",
        VC,
        "med",
    ),
    cue(r"(?:offers?|offered) to mediate", "offers to mediate", VC),
    # symmetric cooperation
    cue(
        r"(?:phone|telephone) (?:call|conversation)s? with|calls? with|(?:sp(?:oke|eaks?|eaking|oken)|"
        r"talk(?:s|ed|ing)?) (?:by phone |by telephone )?(?:with|to)(?= )",
        "speaks with",
        VC,
        "sym subj",
    ),
    cue(
        r"(?:held|holds?|holding) (?:a )?(?:phone |telephone )?(?:call|talks|consultations|"
        r"meetings?)",
        "holds talks with",
        VC,
        "sym",
    ),
    cue(
        r"(?:indirect |direct |peace |nuclear )?(?:talks|negotiations|consultations|contacts)(?: with)?",
        "holds talks with",
        VC,
        "sym subj",
    ),
    cue(r"(?:negotiat(?:e|es|ed|ing))(?: with)?", "negotiates with", VC, "sym"),
    cue(r"(?:met|meets?|meeting)(?: with)?", "meets", VC, "sym subj"),
    cue(
        r"(?:ceasefire|cease-fire|truce|armistice)(?: with)?"
        r"(?!\s+(?:proposals?|plans?|offers?|initiatives?|talks|negotiations|deal|agreement))",
        "agrees to a ceasefire with",
        VC,
        "sym",
    ),
    cue(
        r"ratif(?:y|ies|ied|ying)" + GAP5 + r" (?:treaty|agreement|pact|accord)(?: with)?",
        "ratifies a treaty with",
        VC,
        "sym subj",
    ),
    cue(
        r"(?:sign(?:s|ed|ing)?|conclud(?:e|es|ed))" + GAP5 + r" (?:treaty|agreement|pact|accord|deal)"
        r"(?: with)?",
        "signs an agreement with",
        VC,
        "sym subj",
    ),
    cue(r"(?:treaty|pact|accord|agreement)(?= with| between)", "has a treaty with", VC, "sym subj"),
    cue(
        r"deal with|deal(?:\s+was\s+(?:reached|struck|agreed|signed)(?:\s+\w+ly)?)?(?= between)",
        "strikes a deal with",
        MC,
        "sym subj",
    ),
    cue(
        r"(?:restor|improv|normali[sz]|deepen|strengthen|mend|repair|rebuild|reset|warm|boost)"
        r"(?:e|es|ed|s|ing)?(?: or \w+)?(?: its| their)?(?: \w+)? (?:relations|ties) with",
        "seeks better relations with",
        VC,
        "subj",
    ),
    cue(
        r"(?:seek(?:s|ing)?|sought|want(?:s|ed)?|pursu(?:e|es|ed|ing)|build(?:s|ing)?|built)"
        + GAP3
        + r" (?:relationship|relations|ties|partnership|rapprochement) with",
        "seeks better relations with",
        VC,
    ),
    cue(
        r"(?:close |strategic |reliable )?(?:partner|ally)(?: of)?(?= [A-Z]|\s+the\s+[A-Z])",
        "is a partner of",
        VC,
        "sym",
    ),
    cue(
        r"(?:development |strategic |trade |trading |security )?partners(?!\s+(?:in|of|with))",
        "is a partner of",
        VC,
        "sym",
    ),
    # role nouns after a possessive: "Egypt is Sudan's closest ally", "Y's main trading partner"
    cue(
        r"(?:(?:closest|close|main|key|biggest|largest|chief|principal|top|staunchest|strongest|"
        r"oldest|long-time|longtime|strategic|regional|military|economic|only|sole|major|"
        r"trusted|reliable|traditional|security|most|important|generous|loyal|steadfast)\s+){0,3}"
        r"(?:ally|allies|partners?|trading partners?|backers?|patrons?|suppliers?|arms suppliers?|"
        r"creditors?|donors?|aid donors?|benefactors?|protectors?|sponsors?|lenders?)",
        "is an ally of",
        VC,
        "poss",
    ),
    cue(r"agreed|agree(?:s|ment)?", "reaches an agreement with", VC, "sym"),
    cue(r"clos(?:e|es|ed|ing) ranks(?: with)?", "closes ranks with", VC, "sym"),
    cue(
        r"(?:defen[cs]e|security|military|strategic) (?:ties|cooperation|partnership)(?: with)?",
        "cooperates with",
        MC,
        "sym subj",
    ),
    cue(
        r"(?:exercises|drills|manoeuvres|maneuvers|war games)(?= with)(?: with)?",
        "cooperates with",
        MC,
        "sym subj",
    ),
    # verbal cooperation
    cue(r"(?:expressed|expresses|offered|offers) condolences", "expresses condolences to", VC),
    cue(
        r"(?:express(?:es|ed|ing)?|voic(?:e|es|ed|ing)|reiterat(?:e|es|ed|ing)|declar(?:e|es|ed|ing))"
        r"(?: its| their| his| her| strong| full| firm| unwavering)* (?:support|solidarity|backing)"
        r"(?: for| with)?",
        "expresses support for",
        VC,
    ),
    cue(
        r"(?:stand|stands|stood|standing) (?:firmly |shoulder to shoulder )?(?:with|by)(?= )",
        "sides with",
        VC,
    ),
    cue(
        r"(?:commend(?:s|ed|ing)?|hail(?:s|ed|ing)?|applaud(?:s|ed|ing)?|laud(?:s|ed|ing)?|"
        r"salut(?:e|es|ed|ing)|reassur(?:e|es|ed|ing))",
        "welcomes",
        VC,
    ),
    cue(r"apologi[sz](?:e|es|ed|ing) to", "apologises to", VC),
    cue(
        r"(?:invit(?:e|es|ed|ing)|request(?:s|ed|ing)?|encourag(?:e|es|ed|ing)|"
        r"press(?:es|ed|ing)?|implor(?:e|es|ed|ing))(?= [A-Z]| the [A-Z])",
        "appeals to",
        VC,
    ),
    cue(
        r"(?:establish(?:es|ed|ing)?|restor(?:e|es|ed|ing)|resum(?:e|es|ed|ing)|renew(?:s|ed|ing)?)"
        r"(?: full)? (?:diplomatic )?(?:relations|ties) with",
        "restores relations with",
        VC,
        "subj",
    ),
    cue(
        r"(?:rapprochement|reconciliation|d[ée]tente|dialogue) (?:with|between)",
        "seeks better relations with",
        VC,
        "sym",
    ),
    cue(r"thank(?:s|ed|ing)?", "thanks", VC),
    cue(
        r"(?:welcom(?:e|es|ed|ing)|prais(?:e|es|ed|ing)|valu(?:e|es|ed|ing)|appreciat(?:e|es|ed|ing))",
        "welcomes",
        VC,
    ),
    cue(r"(?:sided|sides|side) with", "sides with", VC),
    # consultations
    cue(
        r"(?:consult(?:s|ed|ing)?|confer(?:s|red|ring)?|(?:held|holds?|hosted|hosts?) (?:a )?summit|"
        r"(?:phoned|telephoned|called)(?= [A-Z]| the [A-Z]))(?: with)?|summit with",
        "holds talks with",
        VC,
        "sym subj",
    ),
    cue(r"discuss(?:es|ed|ing)?(?=(?:\s+[\w'’-]+){0,6}?\s+with\s)", "holds talks with", VC, "sym subj"),
    cue(r"(?:backed|backs|backing)", "backs", VC),
    cue(r"(?:open to)", "is open to", VC),
    # an appeal to stop or withdraw is a demand (before the plain appeal)
    cue(
        r"(?:urg(?:e|es|ed|ing)|call(?:s|ed)? on|press(?:es|ed)?|told|tell|tells|ask(?:s|ed)?|"
        r"demand(?:s|ed)?)(?=(?: the)? [A-Z][\w'’ -]{0,30}? to (?:withdraw|stop|halt|end|cease|pull|"
        r"leave|release|free|refrain|abandon|drop|reverse|lift|respect|stop|return|hand over|"
        r"extradite|recall|close|dismantle))",
        "demands",
        VX,
    ),
    cue(
        r"(?:advis(?:e|es|ed|ing)|urg(?:e|es|ed|ing)|call(?:s|ed)? on|appeal(?:s|ed)? to)",
        "appeals to",
        VC,
    ),
    cue(r"ask(?:s|ed)?(?= [A-Z]| the [A-Z])|(?:asked|asks) for help", "asks for help", VC),
    cue(r"reaffirm(?:s|ed)?|pledg(?:e|es|ed)|promis(?:e|es|ed)", "pledges support to", VC),
    cue(r"recogni[sz](?:e|es|ed)", "recognises", VC),
    cue(r"invok(?:e|es|ed|ing) [Aa]rticle \d+ of", "invokes an article of", VC, "tight"),
    cue(r"(?:visit(?:s|ed|ing)?|state visit to)(?= (?-i:[A-Z])|\s+the\s+(?-i:[A-Z]))", "visits", VC),
    # "Qatar hosts US-Iran talks": mediation between the pair
    cue(
        r"(?:host(?:s|ed|ing)?)(?=\s+(?:the\s+)?(?-i:[A-Z])[\w.'’]*(?:\s+(?-i:[A-Z])[\w.'’]*)?[-–/]"
        r"(?-i:[A-Z])[\w.'’]*(?:\s+[\w-]+){0,2}?\s+(?:talks|contacts|negotiations|meeting|summit|dialogue)\b)",
        "mediates between",
        VC,
        "med",
    ),
    cue(r"(?:host(?:s|ed|ing)?)(?= (?-i:[A-Z])|\s+the\s+(?-i:[A-Z]))", "hosts", VC),
    cue(r"congratulat(?:e|es|ed|ing)", "congratulates", VC),
    cue(r"endors(?:e|es|ed|ing)", "endorses", VC),
    # material cooperation
    cue(
        r"(?:lift(?:s|ed)?|eas(?:e|es|ed)) (?:\w+ )?(?:of )?(?:the )?sanctions",
        "lifts sanctions on",
        MC,
    ),
    cue(r"suppl(?:y|ies|ied|ying)", "supplies weapons to", MC),
    cue(
        r"(?:ship(?:s|ped|ping)?|transferr?(?:s|ed|ing)?|export(?:s|ed|ing)?)(?= )", "supplies weapons to", MC
    ),
    cue(r"arm(?:s|ed|ing)(?= (?-i:[A-Z])|\s+the\s+(?-i:[A-Z]))", "supplies weapons to", MC),
    cue(r"invest(?:s|ed|ing|ments?)?(?: in)?", "invests in", MC),
    cue(
        r"(?:bought|buys?|buying|purchas(?:e|es|ed|ing)|import(?:s|ed|ing)?)(?= )",
        "buys from",
        MC,
    ),
    cue(r"(?:fight(?:s|ing)?|fought)(?: alongside| together with)", "fights alongside", MC),
    cue(
        r"(?:sell(?:s|ing)?|sold|lend(?:s|ing)?|lent|loan(?:s|ed)?|grant(?:s|ed)?|donat(?:e|es|ed|ing)|"
        r"gift(?:s|ed)?|hand(?:s|ed)? over)" + GAP5 + r" to(?= )",
        "provides aid to",
        MC,
    ),
    cue(
        r"(?:(?:humanitarian|military|economic|financial|security) )?(?:aid|assistance|loans?|"
        r"grants?|arms sales|arms deliveries|weapons deliveries|shipments|credit) (?:to|for)",
        "provides aid to",
        MC,
        "tight",
    ),
    cue(
        r"(?:share(?:s|d)?|exchang(?:e|es|ed|ing)) intelligence with|"
        r"(?:prisoner|prisoners) (?:swap|exchange)(?: with)?|"
        r"(?:swap(?:s|ped)?|exchang(?:e|es|ed)) prisoners(?: with)?",
        "cooperates with",
        MC,
        "sym subj",
    ),
    cue(r"(?:trade|trades|traded|trading) with", "trades with", MC, "sym subj"),
    cue(
        r"(?:releas(?:e|es|ed|ing)|free(?:s|d)?|repatriat(?:e|es|ed|ing)|hand(?:s|ed)? back)"
        + GAP3
        + r" (?:prisoners|detainees|hostages|captives|nationals|citizens|crew|sailors|soldiers)"
        r"(?: to| from)?",
        "releases prisoners of",
        MC,
    ),
    cue(
        r"(?:joint (?:military )?(?:exercises|drills|patrols)|cooperat(?:e|es|ed|ing|ion))(?: with)?",
        "cooperates with",
        MC,
        "sym subj",
    ),
    cue(r"deliver(?:s|ed|ing)?", "delivers weapons to", MC),
    cue(r"deploy(?:s|ed|ing)?", "deploys forces to", MC),
    cue(
        r"(?:extend|expand|step up|reinforce|bolster|boost)(?:s|ed|ing)?"
        + GAP5
        + r" (?:mission|presence|deployment|patrols|troops|forces)(?: over| in| to| on)",
        "deploys forces to",
        MC,
    ),
    cue(
        r"(?:provid(?:e|es|ed|ing)|offer(?:s|ed)?)" + GAP3 + r" (?:support|assistance|aid|help)",
        "provides military support to",
        MC,
    ),
    cue(r"(?:paid|pays?|paying)(?: for)?", "pays", MC, "far"),
    cue(
        r"(?:offer|offers|offered|provide|provides|provided|give|gives|gave)"
        r"(?= [A-Z]|\s+the\s+[A-Z])",
        "provides military support to",
        MC,
    ),
    cue(
        r"(?:send|sends|sent|sending|dispatch(?:es|ed|ing)?)(?:\s+[\w,'’-]+){0,6}?"
        r" (?:aid|troops|soldiers|forces|engineers|workers|personnel|advisers|advisors|instructors|"
        r"weapons|jets|missiles|arms|ammunition|munitions|shells|drones|tanks|equipment|supplies|"
        r"food|fuel|oil|money|funds|vessels|ships|warships|doctors|rescuers|experts)"
        r"(?:\s+and\s+[\w-]+)?",
        "sends aid to",
        MC,
    ),
    cue(
        r"(?:resum(?:e|es|ed)|expand(?:s|ed)?|deepen(?:s|ed)?)" + GAP3 + r" cooperation with",
        "cooperates with",
        MC,
    ),
    cue(
        r"(?:support(?:s|ed|ing)?|aid(?:s|ed|ing)?|help(?:s|ed|ing)?|assist(?:s|ed|ing)?|"
        r"financ(?:e|es|ed|ing)|fund(?:s|ed|ing)?|bankroll(?:s|ed|ing)?|train(?:s|ed|ing)?)"
        r"(?= [A-Z]| the [A-Z])",
        "supports",
        MC,
    ),
    cue(
        r"support(?:s|ed|ing)?(?: for)? (?:the )?(?:[\w-]+ ){0,2}?(?:integrity|sovereignty|"
        r"independence|mediation|efforts?|position|bid|proposal|plan|stance|right|role|membership|"
        r"security|defen[cs]e|reconstruction|recovery)(?= of\b)",
        "supports",
        VC,
    ),
    cue(r"provid(?:e|es|ed|ing)", "provides military support to", MC, "tight"),
    cue(r"support for", "supports", VC, "tight"),
)
