"""Cues for conflict: verbal and material conflict, and the few neutral ones.

Order matters where two cues start at the same place: the longer, more specific one first.
"""

from __future__ import annotations

from mapviewer.extract.cue_types import GAP3, MX, VX, Cue, N, cue

CONFLICT: tuple[Cue, ...] = (
    # verbal conflict
    cue(r"condemn(?:s|ed|ing|ation of)?", "condemns", VX),
    cue(
        r"criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|rebuk(?:e|es|ed|ing)|"
        r"denounc(?:e|es|ed|ing)|slam(?:s|med)?",
        "criticises",
        VX,
    ),
    cue(
        r"deplor(?:e|es|ed|ing)|decr(?:y|ies|ied|ying)|lambast(?:s|ed|ing)?|castigat(?:e|es|ed|ing)|"
        r"censur(?:e|es|ed|ing)|reprimand(?:s|ed|ing)?|chastis(?:e|es|ed|ing)|assail(?:s|ed|ing)?|"
        r"fault(?:s|ed|ing)?|blast(?:s|ed|ing)?|berat(?:e|es|ed|ing)|scold(?:s|ed|ing)?|"
        r"(?:hit|hits|hitting|lash(?:es|ed|ing)?) out (?:at|against)|(?:took|take|takes|taking) aim at|"
        r"(?:voic(?:e|es|ed|ing)|express(?:es|ed|ing)?|rais(?:e|es|ed|ing)) (?:\w+ )?(?:concerns?|alarm|"
        r"outrage|anger|dismay|displeasure)(?: over| about| at| with)?",
        "criticises",
        VX,
    ),
    cue(r"accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)", "accuses", VX),
    cue(
        r"(?:describ(?:e|es|ed|ing)|call(?:s|ed|ing)?|label(?:s|led|ling)?|brand(?:s|ed|ing)?|"
        r"nam(?:e|es|ed|ing)|list(?:s|ed|ing)?)(?=(?:\s+the)?\s+[A-Z][^,.;]{0,60}?\s+(?:as\s+)?(?:an?|the|its)"
        r"\s+(?:\w+\s+){0,2}?(?:threats?|enem(?:y|ies)|adversar(?:y|ies)|rivals?|challengers?|aggressors?|"
        r"sponsors? of terrorism)\b)",
        "calls a threat",
        VX,
    ),
    cue(r"boycott(?:s|ed|ing)?", "boycotts", MX),
    cue(
        r"(?:trad(?:e|es|ed|ing)|exchang(?:e|es|ed|ing))(?: \w+)? (?:accusations|blame|barbs|insults|"
        r"threats|recriminations|charges)(?: with)?",
        "trades accusations with",
        VX,
        "sym subj",
    ),
    cue(
        r"(?:accusations?|allegations?|charges?|complaints?|grievances?|criticism|protests?|"
        r"condemnation) (?:against|of|over)(?= [A-Z]| the [A-Z])",
        "accuses",
        VX,
        "tight",
    ),
    cue(
        r"(?:sue(?:s|d)?|suing|(?:fil(?:e|es|ed|ing)|lodg(?:e|es|ed|ing)|brought|br(?:ing|ings))"
        r" (?:a |an )?(?:\w+ )?(?:case|complaint|lawsuit|suit|claim)s? against)",
        "takes legal action against",
        VX,
    ),
    cue(
        r"(?:took|taken|take|takes|taking|dragg(?:ed|ing)|haul(?:s|ed|ing)?)(?:\s+[\w'’-]+){1,4}? to"
        r" (?:the )?(?:International Court|ICJ|International Criminal Court|ICC|court|tribunal|WTO|"
        r"World Trade Organization|arbitration)",
        "takes legal action against",
        VX,
    ),
    cue(r"warn(?:s|ed|ing)?|threaten(?:s|ed|ing)?", "warns", VX),
    cue(
        r"(?:threats?|ultimatum|warnings?) (?:to|against)|vow(?:s|ed)? (?:to )?(?:retaliat\w*|"
        r"respond|revenge)(?: against)?|retaliat(?:e|es|ed|ing|ion)(?: against| on)?",
        "warns",
        VX,
    ),
    cue(
        r"protest(?:s|ed)? (?:to|against|with)|(?:lodg|fil)(?:e|es|ed|ing) (?:a |an )?(?:formal |"
        r"strong |official |diplomatic )?(?:protest|complaint|objection)s? (?:with|to|against)|"
        r"complain(?:s|ed)? (?:to|about)|object(?:s|ed)? to",
        "protests to",
        VX,
    ),
    cue(
        r"reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)|rebuff(?:s|ed|ing)?|"
        r"spurn(?:s|ed|ing)?|snub(?:s|bed|bing)?|(?:turn(?:s|ed)?|turning) down|defy|defies|defied|"
        r"defying|veto(?:es|ed|ing)?",
        "rejects",
        VX,
    ),
    cue(r"oppos(?:e|es|ed|ing)(?= (?-i:[A-Z])|\s+the\s+(?-i:[A-Z]))", "opposes", VX),
    cue(r"(?:put|puts|putting|exert)" + GAP3 + r" pressure on|pressur(?:e|es|ed)", "pressures", VX),
    cue(r"demand(?:s|ed)?", "demands", VX),
    cue(r"summon(?:s|ed)?", "summons the ambassador of", VX),
    cue(r"withh(?:old|olds|eld|olding)", "withholds funds from", MX),
    cue(
        r"(?:froze|freez(?:e|es|ing)|frozen|suspend(?:s|ed|ing)?|end(?:s|ed|ing)?)(?: its| their)?"
        r" (?:participation|membership|involvement) in",
        "suspends cooperation with",
        MX,
    ),
    # material conflict
    cue(
        r"(?:impos(?:e|es|ed|ing)|approv(?:e|es|ed)|restor(?:e|es|ed)|trigger(?:s|ed)?)"
        + GAP3
        + r" (?:new |more |\w+ )?sanctions(?: on| against)?",
        "imposes sanctions on",
        MX,
    ),
    cue(r"sanctions (?:on|against)", "imposes sanctions on", MX, "tight"),
    cue(
        r"(?:impos(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|doubl(?:e|es|ed|ing)|slap(?:s|ped)?)"
        + GAP3
        + r" (?:tariffs?|duties|dut(?:y|ies)|levies|embargo|export controls|restrictions|curbs|bans?)"
        r"(?: on| against)?",
        "imposes trade restrictions on",
        MX,
    ),
    cue(
        r"(?:tariffs?|duties|levies|embargo|export controls|curbs) (?:on|against)",
        "imposes trade restrictions on",
        MX,
        "tight",
    ),
    cue(
        r"(?:restrict(?:s|ed|ing)?|ban(?:s|ned|ning)?|halt(?:s|ed|ing)?|block(?:s|ed|ing)?|"
        r"curb(?:s|ed|ing)?|slow(?:s|ed|ing)?|delay(?:s|ed|ing)?)" + GAP3 + r" (?:exports?|imports?|trade|"
        r"investment|shipments|flights)",
        "restricts trade with",
        MX,
    ),
    cue(
        r"(?:cut(?:s|ting)?|sever(?:s|ed|ing)?|br(?:oke|eak|eaks|eaking)(?: off)?|suspend(?:s|ed)?)"
        r"(?: off)?(?: diplomatic)? (?:ties|relations) with",
        "cuts ties with",
        MX,
    ),
    cue(r"sanction(?:s|ed)?(?= [A-Z])|sanctioned", "imposes sanctions on", MX),
    cue(
        r"blacklist(?:s|ed|ing)?|(?:froze|freez(?:e|es|ing)|frozen|seiz(?:e|es|ed|ing)|"
        r"confiscat(?:e|es|ed|ing))" + GAP3 + r" (?:assets|funds|reserves|property|vessels?|ships?|tankers?)"
        r"(?: of| belonging to)?|asset freeze (?:on|against)",
        "imposes sanctions on",
        MX,
    ),
    cue(
        r"(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?|seal(?:s|ed|ing)?)(?: (?:its|their|the))?"
        r" (?:border|borders|airspace|ports|embassy|consulate)(?: with| to| in)?",
        "closes its border to",
        MX,
    ),
    cue(
        r"downgrad(?:e|es|ed|ing)(?: (?:its|their))?(?: diplomatic)? (?:ties|relations) with",
        "cuts ties with",
        MX,
    ),
    cue(
        r"(?:detain(?:s|ed|ing)?|arrest(?:s|ed|ing)?|jail(?:s|ed|ing)?|imprison(?:s|ed|ing)?)"
        r"(?= (?:two|three|four|five|six|several|dozens of|\d+|the|a) )?",
        "detains nationals of",
        MX,
    ),
    cue(r"invad(?:e|es|ed|ing)|invasion of", "invades", MX),
    cue(
        r"(?<!the )occup(?:y|ies|ied|ying)|occupation of|annex(?:es|ed|ing)?|annexation of|"
        r"(?:seiz(?:e|es|ed|ing)|captur(?:e|es|ed|ing))(?= (?:territory|land|towns?|villages?|"
        r"cities|city|the (?:town|city|region|island|port)))",
        "occupies territory of",
        MX,
    ),
    cue(
        r"(?:troops|soldiers|forces|fighters|units|battalions|monitors|peacekeepers)(?:\s+(?:were|are|is|"
        r"was|have been|would|will|"
        r"had been|remain|remained))?(?:\s+(?:believed|said|reported|thought|estimated|remain))?"
        r"(?:\s+to\s+(?:be|have been))?(?:\s+(?:operating|deployed|stationed|based|present|active|"
        r"fighting|massed|positioned))? (?:in|inside|into|on|near|along)",
        "has troops in",
        MX,
    ),
    cue(
        r"(?:mass(?:es|ed|ing)?|amass(?:es|ed|ing)?|mobili[sz](?:e|es|ed|ing)|build(?:s|ing)? up|"
        r"built up|mov(?:e|es|ed|ing))" + GAP3 + r" (?:troops|forces|soldiers|tanks|warships|"
        r"(?:armou?red )?vehicles|artillery|border guards)(?: to| on| near| along| at)?",
        "masses troops against",
        MX,
    ),
    cue(
        r"(?:shot|shoot(?:s|ing)?) down|(?:raid(?:s|ed|ing)?|ambush(?:es|ed|ing)?|"
        r"bombard(?:s|ed|ing|ment of)?|shelling of|air ?strikes?|airstrikes?|drone strikes?|"
        r"missile strikes?|hostilities|skirmish(?:es|ed)?|counter-?offensive)(?: on| against| with| in)?",
        "attacks",
        MX,
    ),
    cue(r"war (?:against|on|with)", "wages war on", MX, "tight"),
    cue(r"(?:fight(?:s|ing)?|fought|battl(?:e|es|ed|ing)) (?:against|with)", "fights", MX),
    cue(r"clash(?:es|ed|ing)? (?:against|with)", "fights", MX, "sym"),
    cue(
        r"(?:exchang|trad)(?:e|es|ed|ing) (?:fire|gunfire|artillery fire|strikes|blows)", "fights", MX, "sym"
    ),
    cue(
        r"(?:fired?|fires|firing|launch(?:es|ed|ing)?)"
        + GAP3
        + r" (?:missiles?|rockets?|drones?|shells?|strikes?|attacks?)(?: at| on| against| into)?",
        "strikes",
        MX,
    ),
    cue(r"(?:attack(?:s|ed|ing)?|assault|offensive)(?: on| against)?", "attacks", MX),
    cue(
        r"(?:strike|strikes|struck|striking|bomb(?:s|ed|ing)?|shell(?:s|ed|ing)?)(?: on| against)?",
        "strikes",
        MX,
    ),
    cue(
        r"(?:military )?operations?(?: in| against| on)",
        "conducts a military operation in",
        MX,
        "tight",
    ),
    cue(r"escalation(?: with)?(?= between| with)", "escalates conflict with", MX, "sym"),
    cue(
        r"(?:relations|ties)(?= between [^.;]{0,60}?\b(?:soured|deteriorated|worsened|frayed|"
        r"(?:been|become|grown) (?:\w+ )?strained|plunged|collapsed|broken down|sunk)\b)",
        "has worsening relations with",
        VX,
        "sym",
    ),
    cue(r"clash(?:es)?(?= between)|exchanges? of (?:fire|gunfire|artillery fire)", "fights", MX, "sym"),
    cue(
        r"(?:incursion|intrusion)s? (?:into|over|in)|intrud(?:e|es|ed|ing)[\"”]? (?:into|in)|"
        r"violat(?:e|es|ed|ing|ion of)(?=" + GAP3 + r" (?:airspace|waters|territory|sovereignty))",
        "violates the airspace of",
        MX,
    ),
    cue(r"ramm(?:ed|ing)|rams?(?= )", "rams a vessel of", MX),
    cue(
        r"suspend(?:s|ed|ing)?" + GAP3 + r" (?:cooperation|treaty|agreement|talks|ties)(?: with)?",
        "suspends cooperation with",
        MX,
    ),
    cue(r"recall(?:s|ed)? (?:its|their) ambassador", "recalls its ambassador from", MX),
    cue(r"expel(?:s|led)?", "expels diplomats of", MX),
    cue(
        r"withdr(?:ew|aw|aws|awn)" + GAP3 + r" (?:troops|forces|soldiers)",
        "withdraws troops from",
        MX,
    ),
    cue(r"(?:left|leave|leaves|quit|quits|exit(?:ed|s)?|withdr(?:ew|aw) from)", "leaves", MX),
    cue(r"blockade|halt(?:s|ed)? (?:the )?(?:entry of )?(?:\w+ )?aid", "blocks aid to", MX),
    cue(r"target(?:s|ed|ing)?", "targets", MX),
    # neutral
    cue(r"den(?:y|ies|ied)(?: any)?", "denies", N),
    cue(r"cancel(?:l?ed|s)?", "cancels a meeting with", N),
)
