"""The English the stance rules read around a topic's words: negation and denial,
concessions and asides, questions that deny what they ask, omissions and removals.

These are grammar, not vocabulary: the words of each topic and the stance cues are data in
``ontology/topics.ttl`` and ``ontology/cues.ttl``; what is here holds for every topic.
"""

from __future__ import annotations

import re

# "not only … but also" is no negation.
NEGATED = re.compile(
    r"\b(?:not(?!\s+(?:only|just|merely)\b)|nor|never|no longer|cannot|can't|don't|doesn't|won't"
    r"|do not(?!\s+only\b)|does not(?!\s+only\b)|will not(?!\s+only\b))"
    # ("It does not, however, call for a new instrument")
    r"(?:,\s*(?:however|therefore|though|thus|in our view|at this stage|for now),\s*|\s+)"
    # ("did not and do not believe": a coordination, not a second negation)
    # ("my country does not intend to accede to it")
    r"(?:(?:intend|plan|wish|want|seek|mean)\s+to\s+|(?!(?:and|or|nor|but)\b)\w+\s+)?$"
    # "We will not be the ones calling for a vote."
    r"|\b(?:not|never)\s+be\s+(?:the|among\s+the)\s+(?:ones?|first|delegations?|States?)\s+"
    r"(?:who\s+|to\s+)?$"
    # "We would find it very difficult to support a text that …"
    r"|\b(?:find|finds|found) it (?:very |extremely |particularly |most )?"
    r"(?:difficult|hard) to\s+$"
    # "We did not see then, and do not see now, the need for …"
    # "the EU does not see a need to extend criminalisation to …"
    r"|\bnot\s+see\s+(?:(?:then|now|today|yet|any longer|at (?:this|that) (?:stage|time)),?\s+)?"
    r"(?:the|a|any|much)\s+$",
    re.IGNORECASE,
)
# "Nor do we believe that the convention is the right place for …": the sentence's opening
# negates its verb of position, however far the cue stands.
# (after a paragraph's number: "11. Nor do we consider …"; "Nor should we forget X" affirms X)
NOR_START = re.compile(
    r"^\W*(?:\d{1,3}[.)]\s+|\([a-z\d]{1,3}\)\s+)?(?:Nor|Neither(?:,\s*however,)?)"
    # ("Nor, in our reading, does any provision …")
    r"(?:,\s*(?:in\s+our\s+(?:view|reading|understanding)|however|moreover|in\s+our\s+"
    r"opinion),)?\s+"
    r"(?:do|does|did|can|could|will|would|should|shall|is|are|was|were|have|has)\s+"
    r"(?:we|I|they|it|this|(?:the|my|our|any|an?)\s+[\w-]+|[A-Z][\w-]+)\b"
    r"(?!\s+(?:ever\s+)?(?:forget|overlook|ignore|neglect|disregard|underestimate|lose\s+sight)\b)",
)
# Verbs of leaving something out: "does not address X" (see NEGATED_TOPIC, OMITS).
OMISSION_VERBS = (
    r"(?:address|include|cover|contain|reflect|mention|criminali[sz]e|provide\s+for|deal\s+with"
    # "the convention does not have a broad scope", "does not extend to a catch-all of offences"
    r"|have|extend\s+to|apply\s+to)"
)
# What the topic's words are denied, left out or worn down by: "without (meaningful)
# human rights protections" (one qualifier may stand between), "the absence of any
# provision criminalizing …", "does not address the …", "would undercut …".
# What says that a thing breaches what follows it: "runs counter to", "is incompatible with".
_BREACH_OBJECT = r"(?:counter\s+to|contrary\s+to|incompatible\s+with|inconsistent\s+with)"
_BREACH = (
    r"(?:run(?:s|ning)?\s+counter\s+to|(?:be|is|are)\s+(?:contrary\s+to|(?:incompatible|inconsistent)"
    r"\s+with))"
)
_NOT_A_QUALIFIER = (
    r"(?:only|just|merely|simply|least|yet|and|or|but|nor|is|are|was|were|be|been|has|have|had"
    r"|to|of|in|on|for|with|by|that|which|who|it|its|we|they|the|a|an)\b"
)
NEGATED_TOPIC = re.compile(
    r"\b(?:not|no\s+longer|no\s+(?:intention|plans?|desire|wish)\s+(?:to|of)|no|never|none\s+of|without|against|silent\s+on|ignor\w+|omit\w*|(?:obstacle|barrier|impediment)\s+to"
    # "a draft that makes no reference to human rights", "gives no role to civil society"
    r"|(?:makes?|made|making|contain(?:s|ed)?|include[sd]?) no (?:reference|mention) (?:to|of)"
    r"|(?:gives?|giving|gave|leaves?|leaving|left|provides?|offers?) no (?:role|place|room|space"
    r"|voice) (?:to|for)"
    # "we regret that objections have been raised to the participation of some NGOs"
    r"|objections?\s+(?:(?:have|has)\s+been\s+|were\s+|was\s+)?(?:raised|made|lodged|voiced)\s+(?:to|against)"
    # "concern at proposals to expand the grounds for refusal of mutual legal assistance"
    r"|(?:expan\w+|widen\w*|broaden\w*|extend\w*)\s+(?:the\s+)?grounds\s+for\s+refusal\s+of"
    # "… that the process would divert attention from the work of the Expert Group"
    r"|divert\w*\s+(?:attention|resources|focus)\s+(?:away\s+)?from\s+(?:the\s+)?(?:work|efforts?"
    r"|activities)\s+of"
    # "Nor do we see the new process as a rival to the Expert Group"
    r"|rivals?\s+(?:to|of)|competitors?\s+(?:to|of)|in\s+competition\s+with"
    r"|(?:absence|lack|omission|exclusion|deletion|removal|politici[sz]ation|closure|closing"
    r"|withdrawal|reduction)\s+of"
    # "regrets the absence from the current text of offences relating to …"
    r"|(?:absence|omission|exclusion|deletion|removal)\s+from\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:text|draft|convention)\s+of"
    r"|obstruct\w*|imped(?:e|es|ing)|hamper\w*|hinder\w*|politici[sz]ing"
    # "used to deny mutual legal assistance"
    r"|den(?:y|ies|ying)|refus(?:e|es|ing)|withhold(?:s|ing)?|block(?:s|ing)?"
    # "attempts to condition the technical assistance on criteria …"
    r"|(?<!the )(?<!these )(?<!those )(?<!its )(?<!their )(?<!and )condition(?:s|ing)?"
    r"(?!\s+(?:of|and|for)\b)|politici[sz]e"
    # "it has not been possible to conclude the negotiations"
    r"|(?:not|never)\s+(?:been\s+|be\s+)?(?:possible|able)\s+to|impossible\s+to|unable\s+to"
    r"(?:\s+(?:agree|decide)\s+on)?|fail\w*\s+to\s+(?:agree|decide)\s+on"
    # "attempts were made to limit the participation of non-governmental organizations"
    r"|limit(?:s|ing)?|restrict(?:s|ing)?|exclud(?:e|es|ing)"
    # "language that reduces technical assistance to a mere possibility"
    r"|reduc(?:e|es|ing)"
    r"|(?:departure|depart(?:s|ing)?|deviat\w+|retreat\w*|mov(?:e|es|ing)\s+away|step(?:s|ping)?\s+back"
    r"|away)\s+from"
    r"|undercut\w*|undermin\w*|weaken\w*|erod(?:e|es|ing)|supplant\w*"
    # "We hope that no delegation will be tempted to resort to a vote"
    r"|\bno\s+(?:other\s+)?(?:delegation|State|one|country|member|party)\s+(?:will|would|should|shall"
    r"|may|can)\s+(?:be\s+)?(?:tempted|forced|allowed|inclined|obliged|find\s+it\s+necessary)?\s*(?:to)?"
    # "would divert resources from capacity-building", "prejudging the outcome of the Group"
    r"|divert\w*(?:\s+(?:scarce\s+|limited\s+|precious\s+|valuable\s+)?(?:resources|attention|funds"
    r"|efforts|energy))?\s+from"
    r"|prejudg\w*(?:\s+the\s+(?:outcome|results?|work|conclusions?)\s+of)?"
    # "we should not lose sight of the principle of sovereignty"
    r"|lose\s+sight\s+of|lost\s+sight\s+of|losing\s+sight\s+of|overlook\w*|neglect\w*"
    r"|affect(?:s|ing)?|alter(?:s|ing)?|compromis(?:e|es|ing)|dilut(?:e|es|ing)"
    # "Such provisions contradict the principles of State sovereignty"
    r"|contradict(?:s|ing)?|infring(?:e|es|ing)(?:\s+(?:up)?on)?|violat(?:e|es|ing)|breach(?:es|ing)?"
    # "access without consent would run counter to the principle of sovereignty"
    rf"|{_BREACH}"
    # "is a direct violation of the sovereignty of States"
    r"|(?:violation|breach|infringement)\s+of"
    # "… a pretext for interfering in the judicial sovereignty of other States"
    r"|interfer(?:e|es|ing|ence)\s+(?:in|with)"
    # "… assist foreign authorities directly, outside the framework of mutual legal assistance"
    r"|outside\s+(?:the\s+)?(?:(?:framework|scope|channels?|system|procedures?)\s+of)"
    # "… leaving our societies without protection against the use of ICTs for incitement"
    r"|without\s+(?:[\w-]+\s+)?protection\s+(?:against|from)"
    # "strong powers granted without equally strong safeguards"
    r"|without\s+(?:equally|sufficiently|similarly|comparably|correspondingly)"
    # "freedom of expression cannot be invoked to justify incitement to hatred"
    r"|justif(?:y|ies|ying)|excus(?:e|es|ing)|condon(?:e|es|ing)|legitimi[sz](?:e|es|ing))"
    # ("does not yet address the use of …")
    r"\s+(?:(?:yet|still|even|adequately|sufficiently|fully|explicitly)\s+)?"
    rf"(?:{OMISSION_VERBS}(?:s|es)?\s+)?"
    r"(?:a\s+|an\s+|any\s+|the\s+)?"
    # "undermine their ability to receive technical assistance"
    r"(?:(?:(?:their|its|our|the|States['’]?)\s+)?(?:ability|capacity|capacities|right)\s+"
    r"(?:of\s+(?:[\w-]+\s+){1,3}?)?to\s+"
    r"(?:[\w-]+\s+)?)?"
    # "lose sight of the principle of sovereignty"
    r"(?:(?:principles?|concept|notion|importance|value)\s+of\s+(?:the\s+)?)?"
    # ("undermine the global, multilateral cooperation": up to two qualifiers)
    rf"(?:(?!{_NOT_A_QUALIFIER})[\w-]+,\s+(?!{_NOT_A_QUALIFIER})[\w-]+\s+"
    # ("without strong and operative human rights safeguards")
    rf"|(?<=without\s)(?!{_NOT_A_QUALIFIER})[\w-]+\s+(?:and|or)\s+(?!{_NOT_A_QUALIFIER})[\w-]+\s+"
    r"|(?!(?:only|just|merely|simply|least|yet)\b)[\w-]+\s+)?$",
    re.IGNORECASE,
)
# ("None of these provisions will work without technical assistance")
DOUBLE_NEGATIVE = re.compile(r"\b(?:not|impossible|cannot|no|none)\b[^.;]{0,90}$", re.IGNORECASE)
# "The provisions on X have been removed": what the topic names was taken out.
# "treating X as optional", "regard X as a mere formality": X discounted.
DISCOUNTING_BEFORE = re.compile(r"\b(?:treat|regard|see|view|consider)(?:s|ed|ing)?\b[^.;,]{0,20}$")
DISCOUNTED_AFTER = re.compile(
    r"(?:\s[^\s.;,]+){0,5}?\s+as (?:merely |purely |simply |somehow )?(?:optional|secondary"
    r"|non-binding|decorative|an afterthought|an? (?:mere )?formality|(?:an )?optional extras?"
    r"|(?:a )?luxury|luxuries|(?:an? )?(?:voluntary |optional )?(?:annex|add-on|appendix))\b"
)
# "X must not be treated as a voluntary annex": the discounting is what is denied.
TREATED = re.compile(r"\b(?:treated|seen|regarded|considered|viewed|relegated)\b")
# "… X to be removed from the text", "… X removed from the draft" after a call for it.
REMOVAL_WANTED_AFTER = re.compile(
    r"(?:(?:\s[^\s.;,]+){0,4}?\s(?:to be|be)\s(?:[a-z]+ly\s)?"
    r"(?:removed|deleted|struck(?: out)?|taken out|dropped|excluded|omitted)\b"
    r"|\s(?:removed|deleted|struck out|taken out|dropped|excluded|omitted)\s+from\b)"
)
# "Content-related offences should be excluded from the convention", "Offences such as
# extremism, …, and the justification of terrorism should be left outside the convention": the
# call that follows the topic's words is for its removal.
CALLED_REMOVED_AFTER = re.compile(
    r"(?:(?!,\s+(?:and|but)\s+(?:we|I|it|this|that|they)\b"
    r"|\b(?:which|that|who|because|if|when|where|while|whereas|unless)\b)[^.;:]){0,160}?"
    r"\b(?:should|must|shall|need to|needs to|ought to|have to|has to)\s+"
    r"(?:(?:therefore|also|clearly|simply|rather|instead|all)\s+)?"
    r"(?:be\s+(?:[a-z]+ly\s+)?(?:removed|deleted|struck(?: out)?|taken out|dropped|excluded"
    r"|omitted|left out|kept out|left outside|kept outside)|(?:remain|stay)\s+outside)\b",
    re.IGNORECASE,
)
REMOVED_AFTER = re.compile(
    # (not in a relative clause: "… content that was deliberately left out")
    # (not in a second clause: "X remains too broad, and safeguards have been weakened")
    # (nor in a clause of another subject: "… could be misused where the safeguards are not
    # respected")
    # (", and to require …" goes on with the proposal's own list)
    r"(?:(?!,\s+(?:and|but)\s(?!to\s)|\b(?:where|when|unless|if|because)\s)[^.;]){0,180}?"
    r"(?<!that )(?<!which )"
    r"\b(?:(?:have|has|had) been|were|was"
    # ("… cannot accept that the safeguards be weakened", not "should be left to domestic law")
    r"|are|is|(?<!should )(?<!must )(?<!would )(?<!could )(?<!can )(?<!may )(?<!to )(?<!shall )be"
    # "we cannot accept that the most harmful offences would be left out"
    r"|would be(?= (?:left out|excluded|removed|omitted|deleted|dropped)\b)"
    # "we cannot accept human rights safeguards being weakened"
    r"|being"
    r"|(?<=can )remain|(?<=could )remain|(?<=should )remain|(?<=may )remain|(?<=to )remain"
    # "… the content offences proposed by certain delegations … do not appear in the text"
    r"|do|does|did)"
    r",?(?: [a-z]+,?){0,2} "
    r"(?:removed|deleted|dropped|weakened|excluded|struck|taken out|watered down|left out|omitted"
    r"|objected to|limited(?!\s+to\b)|blocked|vetoed|obstructed"
    r"|restricted|curtailed|sidelined|marginali[sz]ed|left (?:\w+ )?to (?:domestic|national) law"
    r"|not (?:retained|included|kept|accepted|admitted|accredited|invited)|rejected"
    r"|not (?:appear|feature)(?= (?:anywhere )?(?:in|among) (?:the|this)\b)"
    # "… that the dissemination of content inciting terrorism … was left outside the convention"
    r"|left outside(?= (?:the|this|its) (?:[\w-]+ )?(?:convention|text|treaty|instrument|scope"
    r"|chapter)\b)"
    # "we do not accept the idea that the private sector can remain outside the obligations of
    # the convention"
    r"|outside(?<=remain outside)(?= (?:the|this|its) (?:convention|text|treaty|instrument|scope"
    r"|obligations)\b)"
    # "… the principle of consensus was not fully respected"
    r"|not (?:(?:fully|properly|always|duly|entirely) )?(?:respected|upheld|honou?red|preserved"
    r"|observed|followed|maintained|adhered to)"
    r"|left (?:entirely |solely |wholly |largely |completely )?to (?:the discretion|the goodwill"
    r"|voluntary|ad hoc)"
    # "we regret that the spirit of consensus … was broken at the last moment"
    r"|broken|lost|abandoned|eroded|set aside|disregarded|sacrificed|breached"
    # "… a text in which the commitments on technical assistance are expressed only in
    # hortatory terms"
    r"|(?:expressed|formulated|drafted|couched|phrased) (?:only |merely |purely )?in (?:hortatory"
    r"|non-binding|voluntary) (?:terms|language))\b"
    # "… paragraph 4, on the transfer of technology, remains in square brackets"; "… remains
    # formulated almost entirely in terms such as 'as appropriate'"
    r"|[^.;]{0,120}?\bremains? (?:(?:entirely|still|fully|partly|largely|wholly) )?"
    r"(?:in (?:square )?brackets|bracketed)\b"
    # "concerned that technical assistance continues to depend overwhelmingly on earmarked
    # voluntary contributions"
    r"|[^.;]{0,40}?\b(?:continues? to|still) (?:depend|rely|rest)\w* (?:\w+ )?on (?:\w+ ){0,2}?"
    r"(?:voluntary|ad hoc|unpredictable|extrabudgetary)\b"
    # "Canada is pleased that these proposals did not find their way into the final text"
    r"|[^.;]{0,40}?\b(?:did|do|does|will|would) not (?:find|make) (?:their|its) way into\b"
    r"|[^.;]{0,120}?\b(?:formulated|drafted|worded|couched)\b[^.;]{0,40}"
    r"\bin (?:[\w-]+ )?(?:terms|language)"
    r"\b[^.;]{0,20}\b(?:as appropriate|where possible|subject to available resources|non-binding"
    r"|voluntary|optional)"
    # "… proposals to criminalize A, B, and C were not retained": the end of a list, not a
    # second clause (no verb before its last comma)
    r"|(?:(?!\b(?:is|are|remains?|was|were|has|have|had|will|would|should|must|can|could|may|but"
    r"|while|whereas|although)\b)[^.;]){0,160}?,\s+and\s"
    r"(?!(?:they|it|these|those|we|this|that|which)\b)"
    r"(?:(?!\b(?:is|are|remains?|has|have|had|will|would|should|must|can|could|may|that|which"
    r"|who)\b)[^.;,]){1,80}?"
    r"\b(?:were|have been|had been) (?:not (?:retained|included|kept)|removed|deleted|dropped"
    r"|excluded|omitted|left out)\b"
    # "Algeria regrets that the provisions on X no longer appear in the text"
    r"|[^.;]{0,120}?\b(?:no longer|do not|does not|did not) (?:appear|feature|figure)s? in the "
    r"(?:final |current |revised |present |draft )*(?:text|draft|convention)\b"
    # "… which many delegations have proposed, do not yet enjoy the place they deserve"
    r"|[^.;]{0,200}?\b(?:do|does|did) not (?:yet |as yet )?(?:enjoy|find|have|receive|occupy|get)"
    r" the (?:place|attention|weight|prominence|space|priority) (?:they|it) deserved?s?\b"
    # "We also regret that offences relating to X could not be included."
    r"|[^.;]{0,120}?\b(?:could|can|did|might) not be (?:included|retained|kept|accepted"
    r"|reflected|agreed(?: upon)?)\b"
    # "… needs to be qualified by the words 'voluntary' and 'mutually agreed'"
    r"|[^.;]{0,30}?\bqualified by (?:the (?:words?|terms?|phrases?|expressions?) )?[\"“'‘]?"
    r"(?:voluntary|as appropriate|where possible|where appropriate|subject to|mutually agreed)",
    re.IGNORECASE,
)
# "such provisions have no place in the chapter on international cooperation": the topic's
# words name where something goes, not what the speaker thinks of the topic.
CONTAINER_BEFORE = re.compile(
    r"\b(?:place|room|belongs?|included|inserted|placed|moved|located|put|removed)"
    r" (?:in|into|from|under|within) (?:the|this|that|a|its|our) (?:[\w-]+ )?"
    r"(?:chapters?|sections?|parts?|articles?|treaty|convention|instrument)"
    r" (?:on|of|about|dealing with|devoted to) $",
    re.IGNORECASE,
)
# "These provisions do not belong in a convention against cybercrime": the topic's words
# name the place something belongs, not what the speaker takes a view on.
CONTAINER_NAMED_BEFORE = re.compile(
    r"\b(?:belongs?|belonged|have no place|has no place|no place|room)\s+(?:in|to|into|within)\s+"
    r"(?:a|an|the|this|such an?|any)\s+$",
    re.IGNORECASE,
)
# "We thank the Chair for the consolidated negotiating document on the chapters on
# international cooperation, preventive measures, technical assistance …": the topic's words
# name what a document covers.
DOCUMENT_CHAPTERS_BEFORE = re.compile(
    r"\b(?:document|text|draft|paper|compilation)s?\b[^.;]{0,40}\b(?:chapters?|sections?|parts?)"
    r" (?:on|of|dealing with) (?:the )?(?:[\w-]+,? (?:and )?){0,12}$",
    re.IGNORECASE,
)
# "we regret the deletion, in the latest revision, of the provision criminalizing the
# grooming of children": the topic's words stand in what was removed.
REMOVAL_BEFORE = re.compile(
    r"\b(?:deletion|removal|omission|exclusion|loss|dropping|disappearance)\b[^.;]{0,60}\bof "
    r"(?:the |this |that |any |its )?(?:[\w-]+ )?(?:provisions?|articles?|paragraphs?|clauses?"
    r"|references?|offen[cs]es?)\b[^.;]{0,60}$"
    # "we regret that the Committee was asked to vote on provisions that protect X"
    r"|\bvot(?:e|es|ed|ing)(?: (?:were|was|had been|have been) (?:requested|called|demanded|taken)"
    r"[^.;]{0,80}?)? on (?:the |these |those |several |some |certain )?(?:[\w-]+ )?"
    r"(?:provisions?|articles?|paragraphs?|clauses?)\b[^.;]{0,60}$"
    # "a general clause that would allow States Parties to exclude, by reservation, the
    # application of the conditions and safeguards"
    r"|\b(?:exclud\w*|disappl\w*|opt(?:ing)? out of)\b[^.;]{0,40}?\b(?:the )?(?:application"
    r"|applicability|operation|effect) of (?:the |its |these |any )?$",
    re.IGNORECASE,
)
# "We propose to delete the additional references to X": a deletion the speaker asks for
# (the caller checks that the speaker is the subject).
DELETION_BEFORE = re.compile(
    r"\b(?:delet|remov|strik)(?:e|ing)\b[^.;]{0,20}?(?:the |this |that |any |its |all )?"
    r"(?:[\w-]+ )?(?:provisions?|articles?|paragraphs?|clauses?|references?|words|phrases?)\b"
    r"[^.;]{0,60}$",
    re.IGNORECASE,
)
# "… still does not include the offences we proposed, namely incitement to …, the
# dissemination of …": the items of the list are what is left out.
OMITTED_LIST_BEFORE = re.compile(
    r"\b(?:(?:does|do|did) not|no longer|fails? to|failed to) (?:yet )?(?:include|contain|cover"
    r"|address|criminali[sz]e)\b[^.;]{0,300}\b(?:namely|such as|including)\b[^.;]*$",
    re.IGNORECASE,
)
# "How can a country run a 24/7 network if it does not have the laboratories …?" asks
# for what is missing.
# "How can a small State build capacity when it is denied the equipment?": the
# question is about the lack in its condition.
IF_LACKING_AFTER = re.compile(
    r"[^?]*\b(?:(?:if|when)\b[^?]*\b(?:not|no|lacks?|lacking|without|denied|deprived)"
    # ("… while it is denied the tools"; not "while the Group has not finished")
    r"|while\b[^?]*\b(?:denied|deprived|lacks?|lacking)"
    # "How can a country plan the training … on the basis of pledges that may or may not
    # be renewed?": what is doubted is the footing, not the topic.
    r"|(?:on\s+the\s+basis\s+of|relying\s+(?:solely\s+|only\s+)?on|(?:dependent|depending|reliant)"
    r"\s+on)\b[^?]*\b(?:may\s+or\s+may\s+not|uncertain|unpredictable|voluntary|ad\s+hoc|irregular"
    r"|short-term|one-off))\b",
    re.I,
)
CONDITION_WORD = re.compile(r"\b(?:if|when|while|unless)\b", re.IGNORECASE)
# "Why would we walk away from X?": a question that asks why one would give X up.
ABANDONED_BEFORE = re.compile(
    r"\b(?:walk(?:s|ed|ing)? away from|abandon(?:s|ed|ing)?|give up|giv(?:es|ing) up"
    r"|turn(?:s|ed|ing)? (?:our |their |its )?backs? on|dismantl(?:e|es|ed|ing)"
    r"|discard(?:s|ed|ing)?|throw(?:s|ing)? away)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "without" in the question or clause before the topic's words, at the start of the
# sentence, or after them (not in a relative clause: "…, which was developed without …").
WITHOUT_WORD = re.compile(r"\bwithout\b", re.IGNORECASE)
WITHOUT_BEFORE = re.compile(r"\bwithout\b[^.;:]{0,120}$", re.IGNORECASE)
INITIAL_WITHOUT = re.compile(r"\W*without\b", re.IGNORECASE)
WITHOUT_AFTER = re.compile(r"(?:(?!\b(?:which|who|that)\b)[^?])*\bwithout\b", re.IGNORECASE)
NEGATION_WORD = re.compile(r"\b(?:no|not|never|cannot|nothing)\b", re.IGNORECASE)
# "the Group, together with other delegations, has proposed": the speaker among others.
TOGETHER_WITH = re.compile(
    # ("we and many other delegations proposed …": the speaker among them)
    r"\b(?:(?:together|along|jointly) with|(?:we|us)\s+(?:and|as well as|along with))\s+"
    r"(?:(?:many|several|most|other|some|the|a number of)\s+)*$",
    re.IGNORECASE,
)
# "… voted to retain these provisions when a vote was called": a circumstance, not the
# object of the stance.
TEMPORAL_BEFORE = re.compile(
    r"\b(?:when|whenever|after|before|once|until|as soon as|despite|in spite of|notwithstanding"
    r"|survived|survives|withstood)\s+(?:[\w/-]+\s+){0,3}$",
    re.IGNORECASE,
)
SPEAKER_SUBJECT = re.compile(
    r"\b(?:we|I)\b|\b(?:my|our) (?:country|delegation|government|side|view|opinion)\b"
    r"|\bthis delegation\b|\b(?:for|to) (?:us|me)\b",
    re.IGNORECASE,
)
# "… should be weakened in a convention on cybercrime": the topic's words are where
# something happens, not what the speaker takes a position on.
LOCATION_BEFORE = re.compile(
    r"\b(?:weakened|undermined|diluted|ignored|eroded|compromised|absent|missing|lost)"
    r" (?:in|into|within|from) (?:(?:a|an|the|this|that|any|such an?) )?$",
    re.IGNORECASE,
)
# "We cannot accept them.", "My delegation supports it fully.", "We fully share that aim."
# (after "Resolution 75/282 asks us to decide by consensus"): a sentence that is only a
# verdict on a pronoun.
_PRONOUNS = (
    r"(?:that|this|the same) (?:aim|goal|objective|ambition)|all of them|each of them"
    # ("… currently reads: "…". We support this formulation.": the provision just quoted)
    r"|(?:this|that|the) (?:formulation|wording|language|provision|paragraph|clause)"
    r"|them|it|this|these|those"
)
PRONOUN = re.compile(_PRONOUNS)
PRONOUN_VERDICT = re.compile(
    r"\s*(?:We|I|My (?:delegation|country|Government)|Our (?:delegation|country|Group)"
    r"|The (?:Group|European Union|EU)|[A-Z][a-z]+)"
    r"(?: (?:therefore|simply|fully|strongly|firmly|cannot|can ?not|could not|will not|would not"
    r"|do not|does not|did not|can|could|will|would|also))*"
    r" (?:accept|support|agree (?:to|with)|endorse|welcome|reject|oppose|share)s?"
    # ("We support retaining this paragraph.")
    r"(?: (?:retaining|keeping|maintaining))?"
    rf" (?P<pronoun>{_PRONOUNS})"
    r"(?: (?:either|fully|firmly|strongly|at all|as they stand|as it stands))?"
    # ("We support this formulation, which is well established in …")
    r"(?:,\s+(?:which|as)\b[^.!?]*)?\s*[.!]\s*"
)
# An anaphor that fits many topics.
GENERIC_ANAPHOR = re.compile(
    r"(?:these|those|such)\s+(?:provisions|measures|mechanisms|tools|activities)", re.IGNORECASE
)
# "We cannot accept the proposal to …": the speaker's verdict on a proposal named right
# after the stance cue (the others cue is the proposal itself).
PROPOSAL_OBJECT = re.compile(r"(?:(?:the|this|that|these|those) )?proposals?\b", re.IGNORECASE)
VERDICT_GAP = re.compile(r"\s*(?:[\w-]+\s+){0,2}$")
# "… should not be required to transfer data if this would be contrary to its law on …": the
# objection holds where the topic's words would be breached.
BREACH_CONDITION = re.compile(
    r"\b(?:if|where|when|whenever|insofar as)\b[^.;]{0,100}\b(?:contrary to|inconsistent with"
    r"|incompatible with|in (?:violation|breach) of|violat\w+|breach\w*|infring\w+"
    r"|(?:conflict|interfer)\w* with|prejudic\w+)\b",
    re.IGNORECASE,
)
# "a chapter on cooperation that does not contain robust safeguards would not be acceptable":
# the objection is to what the thing named lacks.
LACKING_AFTER = re.compile(
    r"\s+(?:that|which)\s+(?:(?:does|do|would|will)\s+not\s+(?:contain|include|provide|offer"
    r"|guarantee|ensure|respect|reflect|address)|lacks?|fails?\s+to|omits?)\b",
    re.IGNORECASE,
)
# "access without consent would be incompatible with the principle of sovereign equality":
# whatever cue the sentence holds, the breach is what the speaker objects to.
# "did not support resolution 74/247": the verb of position is what is denied, so the
# negation is an objection of its own, whatever other cue the sentence has.
NEGATED_POSITION_VERB = re.compile(
    r"not\s+(?:support|endorse|favou?r|back|co-?sponsor|vote\s+for)\b", re.IGNORECASE
)
BREACH_WORDS = re.compile(_BREACH, re.IGNORECASE)
# "Such an approach is incompatible with the principles of sovereign equality": what breaches
# a principle the topic names is objected to, whatever cue the sentence holds or lacks.
BREACH_OF_PRINCIPLE_BEFORE = re.compile(
    r"\b(?:runs?|running|is|are|be|was|were)\s+(?:[\w-]+\s+){0,3}?" + _BREACH_OBJECT + r"\s+"
    # ("… inconsistent with article 3 of the draft and with the principles of …")
    r"(?:[^.;]{0,60}?\s(?:and|as\s+well\s+as)\s+(?:with\s+|to\s+)?)?(?:the\s+)?(?:(?:fundamental|basic|cardinal|core)"
    r"\s+)?(?:principles?|norms?)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# "changes that would make the convention incompatible with existing obligations": the
# topic's own words carry a negating prefix.
NEGATING_PREFIX = re.compile(r"(?<![\w-])(?:in(?=consisten|compatib)|non-(?=\w))", re.IGNORECASE)
# "On the article on X, we cannot support the proposal to delete it": what the refusal
# keeps is the topic named before it.
DELETION_PROPOSED_AFTER = re.compile(
    r"[^.;]{0,80}?\b(?:proposals?|attempts?|efforts?|calls?|suggestions?)\b[^.;]{0,50}?\bto\s+"
    r"(?:delete|remove|drop|strike(?:\s+out)?|eliminate)\s+(?:it|them|(?:this|that|these|those)"
    r"(?:\s+(?:article|provision|paragraph|chapter|clause)s?)?)\b",
    re.IGNORECASE,
)
HAMPERED_BEFORE = re.compile(
    r"\b(?:hamper|imped|obstruct|hinder|undermin|prevent|restrict)\w* (?:the |their |our |its )?"
    r"(?:ability|capacity|capacities|efforts?) (?:of [^.;]{1,60}? )?to $",
    re.IGNORECASE,
)
REASON = re.compile(r"\b(?:because|since|given that|for the simple reason that)\b", re.IGNORECASE)
# "a convention adopted by consensus will carry far greater weight than one adopted by a
# vote": what the topic's words are preferred to.
PREFERRED_OVER = re.compile(
    r"\b(?:greater|better|stronger|more\s+(?:weight|legitimacy|authority|[\w-]+(?:ive|ful|able|ent|ant)))"
    r"\b[^.;]{0,40}\bthan\b",
    re.IGNORECASE,
)
# "… cannot substitute for a universal treaty": what nothing can replace is wanted.
IRREPLACEABLE_BEFORE = re.compile(
    r"\b(?:not|cannot|can ?not|can't|no|never)\b[^.;]{0,80}"
    r"\b(?:substitute\s+for|be\s+a\s+substitute\s+for|replace)\s+(?:a\s+|an\s+|the\s+)?$"
    r"|\b(?:no|not a)\s+substitute\s+for\s+(?:a\s+|an\s+|the\s+)?$",
    re.IGNORECASE,
)
PROPOSAL_TO_ADD = re.compile(
    r"\s*(?:(?:to|for)\s+)?(?:the\s+)?(?:add|includ|insert|introduc|expand|extend|broaden|widen|creat)\w*",
    re.IGNORECASE,
)
# Others proposing to remove, cut back or make optional what the topic names
# ("left to voluntary arrangements", "'may' rather than 'shall'").
# "… consultations have been closed to multistakeholders"
CLOSED_TO_BEFORE = re.compile(
    r"\b(?:closed|shut|inaccessible|off-limits) to (?:the |all |most |many )?$", re.IGNORECASE
)
# "a regional instrument", "drafted without the participation of most developing countries"
TREATY_FOUND_WANTING = re.compile(
    r"\b(?:regional|without|(?:limited|small|narrow) (?:group|number|circle) of)\b", re.IGNORECASE
)
# "… allow the chapter on international cooperation to bypass the conditions and safeguards"
BYPASSED_BEFORE = re.compile(
    r"\b(?:bypass|circumvent|override|sidestep|get round|get around)\w*\s+"
    r"(?:the\s+|its\s+|their\s+|our\s+|these\s+|those\s+|any\s+)?$",
    re.IGNORECASE,
)
# "Brazil signed the Convention yesterday", "Our country has ratified the Convention"
# ("Brazil signs the Convention today": the performative present too)
SIGNED = re.compile(
    # ("… and Brazil was among the signatories on the first day")
    r"(?:signed|ratified|signs|ratifies"
    r"|(?:was|were|is|are|will\s+be)\s+among\s+the\s+(?:\w+\s+)?signatories)\b",
    re.IGNORECASE,
)
NAMED_SUBJECT = re.compile(
    # ("… with great care, and Brazil signed on the first day": the subject of a clause)
    r"(?:[^.;]*?(?:,\s+and|;)\s+)?"
    # ("Whether Costa Rica signs the convention will depend on …": a condition, not an act)
    r"\W*(?!(?:Whether|If|When|Unless|Once|Until|Before|After|Although|Though|While)\b)"
    r"(?:(?:My|Our) (?:country|Government|delegation)"
    r"|(?-i:[A-Z][\w'’-]+)(?: (?-i:[A-Z][\w'’-]+)){0,2})"
    r"\s+(?:has\s+|have\s+|also\s+|today\s+|proudly\s+)*",
    re.IGNORECASE,
)
# "the many States that are not party to …": a relative clause on other States
OTHERS_RELATIVE_BEFORE = re.compile(
    r"\b(?:States|countries|nations|partners|Governments|those)\s+(?:that|which|who)\s+"
    r"(?:are|were|have|had|do|did|remain)?\s*$",
    re.IGNORECASE,
)
# "… that these proposals were rejected and that the text could be approved without a vote"
ANOTHER_THAT_CLAUSE = re.compile(r",?\s+and\s+that\s", re.IGNORECASE)
# (a conjunction: not "That valuable opportunity proved to us that …" at the start)
THAT_BEFORE = re.compile(r"(?<=[a-z,] )that\s")
# "this approach would postpone capacity-building": the topic as what is harmed
HARMS_BEFORE = re.compile(
    r"\b(?:postpone|delay|defer|undermine|jeopardi[sz]e|hamper|weaken|frustrate|stall|derail)\w*"
    r"\s+(?:the\s+|our\s+|their\s+)?$",
    re.IGNORECASE,
)
AGAINST_TOPIC = re.compile(
    # ("… financed by voluntary contributions" is not a proposal to make anything voluntary)
    # ("… the removal of online content deemed harmful" is the topic's own measure)
    r"\b(?:delet|remov(?!al of (?:[\w-]+ )?(?:content|material|information|posts)\b)|exclu|drop"
    r"|omit|strik|narrow|restrict|weaken|water(?:ed)? down"
    r"|voluntary(?! contributions)|optional|discretion|obsolete|redundant|superfluous|discontinu"
    # ("… should be addressed in a separate, non-binding document")
    r"|non-?binding"
    # ("… must be left out of the treaty")
    # (not "acts that were deliberately left out of the text": what the text omits)
    r"|\b(?<!were )(?<!was )(?<!been )(?<!ly )(?:left|kept) out\b"
    # ("… that voluntary contributions will be sufficient to support technical assistance")
    r"|\bvoluntary contributions (?:alone )?(?:will|would|can|could|are|is|should)? ?(?:be )?"
    r"(?:sufficient|enough|adequate)\b"
    # ("… that obligations on service providers should be kept to a minimum")
    r"|(?:kept|reduced|limited|confined) to (?:a |the )?(?:strict |bare |absolute )?minimum"
    # ("… that references to human rights would turn a criminal justice instrument into a
    # human rights treaty")
    # (a consequence feared, not an aim: "Some delegations seek to turn this convention into
    # a human rights instrument" is the others' wish for the topic)
    r"|(?:would|could|will|might|may) turn (?:a|the|this|our) [^.;]{0,40}?into a human rights"
    # ("… that the inclusion of cyber-enabled offences would lead to duplication")
    r"|(?:would|could|will|might) (?:lead to|result in|cause|create|entail) (?:\w+ )?(?:duplication"
    r"|overlap|fragmentation|confusion|conflicts?)"
    r"|terminat|abolish|disband|refrain|divert)\w*"
    # "Some delegations have questioned the role of non-governmental stakeholders"
    r"|\bquestion(?:ed|ing|s)? (?:the )?(?:role|need|value|usefulness|relevance|participation"
    r"|legitimacy)\b"
    # "Some delegations have questioned whether such an article is needed at all"
    r"|\bquestion(?:ed|ing|s)? whether\b[^.;]{0,80}\b(?:needed|necessary|required|useful"
    r"|warranted|justified)\b"
    # ("… that the Expert Group has run its course", "… has lost its raison d'être")
    r"|[\"“']may[\"”'] rather than|\bserved its purpose|\bno longer\b|\brun its course\b"
    r"|\blost its (?:raison d['’]être|purpose|relevance|usefulness)|\boutlived its\b"
    # ("… that the work of this Group is now complete, and that its mandate has been overtaken")
    r"|\b(?:is|are|was) (?:now |already )?(?:complete|completed|finished|over)\b"
    r"|\b(?:overtaken|superseded)\b"
    # "Some delegations have said that such offences are too vague" argues against them.
    r"|\btoo (?:vague|broad|wide)\b|\b(?:open|prone) to abuse\b"
    # "… that the grounds for refusal should be reduced to a bare reference to sovereignty,
    # and that any further safeguard amounts to interference in internal affairs"
    r"|\breduc(?:e|ed|ing) (?:\w+ )?to (?:a |an |the )?(?:bare|mere|minimal|minimum|single|short)\b"
    r"|\bamounts? to (?:interference|intervention)\b"
    # "Some delegations have expressed reservations about any obligation for providers"
    r"|\b(?:reservations?|objections?|doubts?) (?:about|on|to|regarding|concerning|over)\b"
    # "Some argued that such provisions belong to other fora and would be incompatible with
    # freedom of expression."
    r"|\bbelong\w* (?:to|in) other (?:fora|forums|instruments|bodies)\b|\bincompatible with\b"
    r"|\bno place\b|\bdo(?:es)? not belong\b"
    # "We have heard some delegations describe these provisions as an unnecessary burden"
    r"|\b(?:unnecessary|undue|excessive)\b|\bburden(?:s|some)?\b"
    # "… proposed that mutual legal assistance shall only apply to the offences of chapter II"
    r"|\bonly (?:apply|applies|be applied|cover|covers)\b"
    r"|\b(?:apply|applies|be applied|cover|covers|extend|extends) only to\b"
    r"|\bleft (?:\w+ )?to (?:domestic|national) (?:law|legislation|discretion)"
    # "… cyber-enabled crimes are already adequately covered by other instruments"
    r"|\balready (?:\w+ )?(?:covered|addressed|criminali[sz]ed|dealt with)"
    # "… argued that such provisions would threaten freedom of expression"
    # "… have said that these safeguards will be used to obstruct cooperation"
    r"|\b(?:used|misused|abused|invoked)\s+(?:as\s+a\s+pretext\s+)?to\s+(?:obstruct|hamper|impede"
    r"|block|paralys|paralyz|deny|refuse|delay)\w*"
    r"|\b(?:threaten|endanger|jeopardi[sz]|infring|violat|curtail)\w*\s+(?:on\s+)?(?:the\s+)?"
    r"(?:freedom|human rights|privacy|free speech|fundamental freedoms|civil liberties)",
    re.IGNORECASE,
)
MODAL_AFTER = re.compile(
    r"\s+(?:must|should|shall|will|would|can|could|cannot|may|needs?|has to|is to)\b",
    re.IGNORECASE,
)
# The speaker's own acts towards an instrument, when a topic's words begin with one.
# "India is not in a position to accede to it" (but "not in a position to join consensus on
# a text that contains such provisions" objects to the provisions)
UNABLE_BEFORE = re.compile(
    r"\bnot\s+(?:be\s+)?(?:in\s+a\s+position|able|prepared|ready|willing)\s+to\s+$", re.IGNORECASE
)
# The speaker's own act declined: "India has not found it appropriate to accede to it", "my
# country has no intention of acceding to it" (read where the act begins the topic's words
# or stands inside them, not as a negation of any cue).
DECLINED_BEFORE = re.compile(
    r"\b(?:not|never)\s+(?:find|finds|found|consider(?:s|ed)?|deem(?:s|ed)?|think|thought|see"
    r"|seen)\s+it\s+(?:\w+\s+)?(?:appropriate|necessary|useful|advisable|opportune|desirable"
    r"|timely|expedient)\s+to\s+$"
    r"|\bno\s+(?:intention|plans?|desire|wish)\s+(?:of|to)\s+$",
    re.IGNORECASE,
)
JOIN_CONSENSUS = re.compile(r"join\w*\s+(?:the\s+|a\s+)?consensus\b", re.IGNORECASE)
ACT = re.compile(
    r"(?:acce(?:de|ded|ding|ssion)|join(?:s|ed|ing)?|ratif\w+|sign(?:s|ed|ing)?|adher\w+)\b",
    re.IGNORECASE,
)
# When an act not done is only put off: "will not sign the Convention today", "… at this
# stage".
NOT_YET_AFTER = re.compile(
    r"[^.;,]{0,30}?\b(?:today|at this (?:stage|time|point|moment)|for (?:now|the time being)"
    r"|immediately|right away)\s*[.;,]",
    re.IGNORECASE,
)
ACT_WORD = re.compile(r"\b" + ACT.pattern, re.IGNORECASE)
# "On the question of whether X should be included, ...": the modal in an embedded
# question states nobody's view, up to its second alternative ("whether assistance
# should be limited to …, or should extend to …").
WHETHER = re.compile(r"\b(?:whether|if)\b[^,:;]*(?:,\s+or\b[^,:;]*)?", re.IGNORECASE)
# "… should build on UNTOC, rather than invent new mechanisms that could create
# conflicting obligations": the alternative rejected, up to the end of the clause.
RATHER_THAN = re.compile(r"\b(?:rather than|instead of)\b[^;]*", re.IGNORECASE)
# A question's subordinate clause: what stands after it is a circumstance.
SUBORDINATE_BEFORE = re.compile(
    r"\b(?:while|whilst|whereas|as long as|until|before|when)\b[^?]*$", re.I
)
# "We could accept X only if …", "We can accept this article, provided that …"
CONDITIONAL_ACCEPTANCE = re.compile(
    r"\b(?:can|could) (?:now |also |therefore |only )?(?:accept|agree to|go along with|live with)\b"
    r"[^.;]*\b(?P<proviso>provided(?: that)?|only if|on (?:the )?condition that|as long as"
    r"|so long as)\b",
    re.IGNORECASE,
)
# "X would be used to restrict legitimate expression": the feared abuse of the topic's words.
ABUSE_AFTER = re.compile(
    r"[^.;]{0,80}?\b(?:would|could|can|will|might|may) (?:easily )?"
    r"(?:(?:be (?:used|misused|abused)|serve) (?:to|as a (?:pretext|tool) (?:to|for)) "
    r"(?:restrict|suppress|silenc|persecut|target|repress|censor|criminali[sz]|prosecut)\w*"
    # "Offences of this kind can be turned against journalists"
    r"|be (?:turned|used|directed|weaponi[sz]ed) against (?:journalists|human rights defenders"
    r"|political opponents|dissidents|critics|civil society|minorities))",
    re.IGNORECASE,
)
# "… be used as a channel for transferring surveillance tools"
MISUSE_AFTER = re.compile(
    # ("that cooperation against crime be used as an instrument of political pressure")
    r"(?:\s+(?:against|in|on|for|with|between)"
    r"(?:\s+(?!(?:would|will|could|can|may|might|should|must|shall)\b)[\w-]+){1,4}?)?"
    r"\s+(?:be|being|is|are)\s+(?:used|misused|turned|exploited|diverted)\s+(?:as\s+(?:a|an)\s+"
    r"(?:channel|vehicle|conduit|pretext|cover|tool|instrument|means)\b|to\s+(?:transfer|justify"
    r"|legitimi[sz]e|restrict|suppress|persecut|surveil))",
    re.IGNORECASE,
)
# Topic words that begin with the harm fought ("terrorism … calls for close cooperation").
HARM_START = re.compile(
    r"(?:terroris|crime|criminal|traffick|drug|narcotic|piracy|illicit|corruption)", re.I
)
MODAL_INSIDE = re.compile(
    r"\b(?:can|could|should|must|shall) only be\b|\b(?:should|must|shall) be\b", re.I
)
PREDICATE_MATCH = re.compile(r"(?:cannot|can|could|must|should|shall|is|are|will|would)\b", re.I)
NEXT_CLAUSE = re.compile(r",\s+(?:and|but|or|while|whereas)\s|;", re.IGNORECASE)
PURPOSE_CLAUSE = re.compile(r",\s+(?:so\s+that|in\s+order\s+that)\s[^;]*", re.IGNORECASE)
BUT_CLAUSE = re.compile(r",\s+but\s", re.IGNORECASE)
# ", since a text adopted by a vote would …": a reason with a subject of its own.
REASON_CLAUSE = re.compile(
    r",\s+(?:since|because|as|given that)\s+(?!(?:it|this|they|such|these|that)\b)",
    re.IGNORECASE,
)
RELATIVE_PRONOUN = re.compile(r"\b(?:that|which|who|whose)\b")
# "We do not see this as a reason to remove them, but as a reason to ensure that the chapter
# on technical assistance delivers": what follows ", but as" is affirmed.
NOT_BUT_AS = re.compile(r",\s+but\s+(?:rather\s+)?(?:as|instead\s+as)\s", re.IGNORECASE)
# ", but we welcome …": a clause with a subject of its own (not "…, but also …").
BUT_NEW_CLAUSE = re.compile(
    r",\s+but\s+(?:we|I|my delegation|my country|our (?:country|delegation|Government))\b",
    re.IGNORECASE,
)
# ", and will interpret …", ", and we call for …": a clause of its own, not a list's last item.
OWN_CLAUSE = re.compile(
    # (", and the United Nations should lead …": a subject of its own)
    r",\s+and\s+(?:(?:we|I|it|my delegation|our delegation|the(?:\s+[A-Z][\w-]*){1,4})\s+)?"
    r"(?:will|shall|would|must|should"
    r"|(?:also\s+)?(?:call|urge|support|welcome|stress|reaffirm|recall|believe|consider|interpret))\b",
    re.IGNORECASE,
)
# ", and China has always held that …": the speaker's view begins; what came before it
# described the text or others.
VIEW_CLAUSE = re.compile(
    r"(?:,|;)\s+(?:and\s+|but\s+|yet\s+)?(?:we|I|my\s+delegation|my\s+country|our\s+delegation"
    r"|(?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+)\s+(?:has\s+|have\s+)?"
    r"(?:always\s+|consistently\s+|long\s+|firmly\s+|repeatedly\s+)?"
    r"(?:held|maintained|argued|insisted|stressed|believed?|believes|considers?|considered"
    r"|(?:is|are|remains?)\s+(?:firmly\s+)?of\s+the\s+view|takes?\s+the\s+view)\s+that\b",
)
# A sentence that opens on the text under negotiation as its subject ("The current draft
# covers …"): it describes the text before anyone takes a view of it.
TEXT_DESCRIBED = re.compile(
    r"\W*(?:the|this|that)\s+(?:(?:current|present|revised|latest|updated|consolidated)\s+)?"
    r"(?:draft|text|chapter|article|list|convention|provision|proposal)s?\b",
    re.IGNORECASE,
)
# "With regard to the proposals made by some delegations to include X, Brazil believes
# that …": others' proposal is the sentence's lead; the main clause after it is the
# speaker's answer.
LEAD_OPENING = re.compile(
    r"\W*(?:As\s+(?:for|to|regards)|With\s+(?:regard|respect|reference)\s+to|Regarding|Concerning"
    r"|Turning\s+to|On)\s",
    re.IGNORECASE,
)
SPEAKER_MAIN_CLAUSE = re.compile(
    r",\s+(?:however,\s+)?(?:we|I|my\s+delegation|our\s+delegation|my\s+country|my\s+Government"
    r"|the\s+Group|(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?)\s+(?:\w+\s+){0,2}?"
    r"(?:believes?|considers?|thinks?|(?:is|are|remains?)\s+(?:\w+\s+)?(?:of\s+the\s+view|convinced"
    r"|not\s+convinced|opposed|unable)|cannot|can\s*not|could\s+not|do\s+not|does\s+not|would"
    r"|prefers?|supports?|opposes?|agrees?|rejects?|welcomes?)\b",
    re.IGNORECASE,
)
# "Is article 24, as drafted, sufficient on its own …?"
SUFFICIENT_QUESTION = re.compile(
    r"^\W*(?:Is|Are|Would|Will|Can|Could|Does|Do)\b[^?]*\b(?:sufficient|enough|adequate)\b",
    re.IGNORECASE,
)
# "the Budapest Convention, to which Egypt is not a party, …": a relative clause about
# another noun, set off by commas.
RELATIVE_ASIDE = re.compile(
    r",\s*(?:to|of|in|by|for|with|under|from|on)\s+which\b[^,;:]{0,100}(?=,)", re.IGNORECASE
)
# "For Pakistan, which is not a party to that regional instrument, the Convention …": a
# relative clause about a noun other than the topic's words.
WHICH_ASIDE = re.compile(r",\s*(?:which|who|whose)\b[^,;:]{0,100}(?=,)", re.IGNORECASE)
MODAL = re.compile(r"\b(?:must|should|cannot|can ?not|shall|need|ought)\b", re.IGNORECASE)
DENIAL = re.compile(r"(?:not|no|nor|neither)\b", re.IGNORECASE)
NEGATED_INSIDE = re.compile(
    r"\b(?:could not|cannot|can not|did not|were not|was not|are not|is not"
    r"|(?:were|was|are|is|been|being) (?:prevented|barred|excluded|blocked|kept away))"
    r"\s+(?:\w+\s+)?\w+$",
    re.IGNORECASE,
)
NEGATION_AFTER = re.compile(
    r"[^.;]{0,120}?\b(?:not|cannot|unable|impossible|never|no|empty promises?|dead letters?"
    # "… would remain a text on paper"
    r"|(?:remain|stay)s? (?:(?:only|merely|just) )?(?:an? (?:text|document|convention|treaty"
    r"|instrument|promise) )?on paper|empty shells?|paper tigers?|illusory|meaningless)\b",
    re.IGNORECASE,
)
# "A treaty that does not respect human rights will not enjoy trust": what lacks the topic
# is denied, so the topic is a condition the speaker sets.
# "We could not accept a treaty in which the powers are not matched by safeguards":
# refusing what lacks the topic asks for it.
REFUSED_LACKING_BEFORE = re.compile(
    r"\b(?:cannot|can ?not|could not|will not|would not|do not|does not)\s+"
    # ("The EU will not be able to support a cooperation chapter that is not subject to …")
    r"(?:be (?:able|in a position) to\s+)?(?:accept|support"
    r"|endorse|agree to|go along with|sign up to)\b[^.;]{0,100}"
    r"\b(?:in which|where|whose|that|which)\b[^.;]{0,100}"
    r"\b(?:(?:are|is|were|was|be)\s+not\s+(?:matched|accompanied|balanced"
    r"|backed|counterbalanced|complemented|subject(?:ed)?)\s+(?:by|to)|lacks?|lacking|without)"
    r"\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "Nothing in this Convention may be used to justify the suppression of human rights":
# a clause that shields the topic from what the text might be used for.
SAFEGUARD_CLAUSE_BEFORE = re.compile(
    r"^\W*Nothing in (?:this|the) [^.;]{0,40}?\b(?:may|shall|should|can|will) be (?:used|"
    r"interpreted|construed|invoked|understood)\s+(?:to|as)\s+[^.;]{0,60}?\b(?:suppress|restrict"
    r"|violat|infring|interfer|derogat|limit|undermin|affect|prejudic|impair|weaken|justif)\w*\b"
    r"[^.;]{0,20}$",
    re.IGNORECASE,
)
# "…, although Mexico is not a Party to the Budapest Convention, its article 15 offers a
# model": a fact conceded on the way to the main clause, no stance on the treaty.
CONCEDED_FACT_BEFORE = re.compile(
    r"\b(?:although|though|even though|whilst|while)\s+[^,;.]{0,40}\b(?:is|are|was|were|has|have)"
    r"\s+not\s+(?:yet\s+)?(?:been\s+)?(?:a\s+)?(?:(?:party|parties|member|members|signatory"
    r"|signatories)\s+to\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
CLAUSE_CLOSES = re.compile(r"[^,;.]{0,80},\s")
# "It would be premature to decide on a new treaty before the Expert Group has
# concluded its work": what is waited for is wanted.
AWAITED_BEFORE = re.compile(
    r"\b(?:premature|too early)\b[^.;]{0,120}\b(?:before|until|pending)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "A treaty that does not respect human rights will not enjoy trust": what lacks the topic
# is denied, so the topic is a condition the speaker sets (with NEGATION_AFTER; see
# LACKS_BEFORE for "that lacks").
LACKING_BEFORE = re.compile(
    r"\b(?:that|which|who)\s+(?:does|do|did|would|will|can|could|is|are|has|have)\s*(?:not|n't)\s+"
    # (not a status: "Mexico, which is not a party to the Budapest Convention, …")
    r"(?:(?!an?\s)[\w-]+\s+)?$",
    re.IGNORECASE,
)
# "We do not object to the principle of X. However, …": a concession that the next
# sentence qualifies.
CONCEDED_IN_PRINCIPLE = re.compile(
    r"\b(?:(?:do|does|did) not (?:object|have (?:any |an )?objection) to|(?:are|is) not opposed to"
    r"|(?:can|could) accept|have no (?:objection|problem) with|(?:have|has) no objection to)"
    r" (?:the )?(?:general )?(?:principle|idea|concept|notion)s? of\b"
    r"|\bin principle\b",
    re.IGNORECASE,
)
RESERVATION_START = re.compile(
    r"\W*(?:However|But|Nevertheless|Nonetheless|That said|Yet),?\s", re.IGNORECASE
)
# "Why should X fall outside a convention on …?": what the question asks to keep out.
LEFT_OUTSIDE_AFTER = re.compile(
    r"[^?]{0,60}?\b(?:(?:fall|remain|stay)\s+outside|be\s+(?:left|kept)\s+(?:out|outside)"
    r"|be\s+(?:excluded|omitted|left out)\s+from)\b",
    re.IGNORECASE,
)
# "Why should service providers … be exempt from the duty to assist justice?" (the words of
# the topic may run into the exemption)
EXEMPTED = re.compile(r"[^?]*?\bbe\s+(?:exempt|exempted|spared|excused)\s+from\b", re.I)
# "The convention will remain a dead letter without technical assistance."
FUTILE_WITHOUT_BEFORE = re.compile(
    r"\b(?:dead letters?|meaningless|ineffective|empty (?:shells?|promises?|words)|on paper|useless"
    r"|illusory|hollow|doomed to fail|worthless"
    # "the powers we are negotiating will remain of limited value without cooperation"
    r"|of (?:limited|little|no|scant) (?:value|use|effect|practical (?:value|use)))\b"
    r"[^.;]{0,60}\bwithout\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# "the chapter on …", "section II on …" just before the topic's words.
_CHAPTER_ON = r"(?:the |this |that )?(?:draft )?(?:chapter|section|part)(?: [IVX]+)? on (?:the )?$"
# "references to human rights in the chapter on international cooperation could …": the
# chapter's name places what is said; it takes no position on its subject.
PLACE_NAMED_BEFORE = re.compile(
    r"\b(?:in|into|from|within|throughout) " + _CHAPTER_ON, re.IGNORECASE
)
# "… that the chapter on international cooperation should be framed around references to
# sovereignty": the objection is to what frames the chapter, not to its subject.
CHAPTER_BEFORE = re.compile(r"\b" + _CHAPTER_ON, re.IGNORECASE)
FRAMED_AFTER = re.compile(
    r"\s+(?:should|must|would|could|will|is|be)\s+(?:not\s+)?(?:be\s+)?(?:framed|built|centred"
    r"|centered|organi[sz]ed|structured)\s+(?:around|on|upon)\b",
    re.IGNORECASE,
)
# "It is not a matter of turning this instrument into a human rights convention": a
# reassurance about what is not sought.
NOT_ABOUT_BEFORE = re.compile(
    r"\b(?:is|was|are)\s+(?:therefore\s+|thus\s+|simply\s+|certainly\s+)?not\s+(?:a\s+matter"
    r"|a\s+question|about|an\s+attempt)\s+(?:of\s+|to\s+)?[^.;]{0,12}$",
    re.IGNORECASE,
)
# "The convention does not address X": regret at an omission is no objection to
# the convention.
OMITS = re.compile(
    rf"\s+(?:does|did|do|will|would)\s+not\s+(?:(?:yet|still|even|adequately|sufficiently|fully"
    rf"|explicitly)\s+)?{OMISSION_VERBS}\b",
    re.IGNORECASE,
)
DEMONSTRATIVE = re.compile(
    # ("that regional instrument", "this older convention")
    r"\b(?:this|that|the said) (?:(?:regional|European|older|earlier|existing|other) )?"
    r"(?:instrument|convention|treaty)\b"
    # "Two instruments have stood the test: the Budapest Convention and UNTOC. The former is
    # still described by some as regional."
    r"|^\W*The (?:former|latter) (?:is|was|has|remains|had|can|could|should|must|will|would)\b",
    re.I,
)
# "… a convention that is easy to agree upon and impossible to apply?": a kind of treaty.
QUALIFIED_AFTER = re.compile(
    r"\s+(?:that|which)\s+(?:is|are|would be|will be|could be|can be|was|were)\b", re.IGNORECASE
)
# Questions that deny what they ask: "Why should X …?", "How can an instrument … be …?"
WHY_SHOULD = re.compile(
    r"^\W*(?:(?:But|And|So|Then),? )?(?:why (?:should|would|must|ought)|how (?:can|could) "
    r"(?:a|an|the|this|that|such|any)\b)",
    re.IGNORECASE,
)
BELIEF = re.compile(r"(?:believe|think|consider|agree|accept|share)", re.IGNORECASE)
RELATIVE = re.compile(r",\s+(?:such as|which|who|including|notably)\b", re.IGNORECASE)
DENIED_BELIEF = re.compile(
    r"do(?:es)?\s+not,?\s+(?:(?:however|therefore|though|in any case),\s+)?"
    r"(?:believe|think|consider|agree|share)|not\s+(?:yet\s+)?(?:persuaded|convinced)"
    # "We did not accept, and we do not accept, that a UN treaty should criminalize speech"
    r"|(?:do|does|did)\s+not\s+accept\b"
    # "Colombia is not among those who believe that the convention should be confined to …"
    r"|not\s+(?:among|one\s+of)\s+those\s+(?:who|that)\s+(?:believe|think|consider|argue|hold)"
    r"|(?:remains?|yet)\s+to\s+be\s+(?:persuaded|convinced)"
    # "We remain unconvinced, however, that …"
    r"|(?:remains?\s+)?un(?:convinced|persuaded)",
    re.I,
)
UNLESS_AFTER = re.compile(
    # (not a participle's manner: "a regional instrument negotiated without the participation
    # of most States")
    # (nor a relative clause giving the reason: "content offences, which in the absence
    # of agreed definitions would criminalize speech")
    # (nor a participle's agent before it: "a regional instrument negotiated by a few States
    # without the participation of most")
    # (nor a participle's place: "a regional instrument developed within the Council of
    # Europe without the participation of the majority of States")
    r"(?:(?!\bwhich\b)(?!\b(?:negotiated|drafted|elaborated|developed|adopted|concluded"
    r"|prepared)\s+(?:by|within|in|at|under)\b)[^.;:]){0,80}?(?<!negotiated )(?<!drafted )"
    r"(?<!elaborated )(?<!developed )(?<!adopted )(?<!concluded )(?<!prepared )"
    r"\b(?:without|in the absence of|absent|unless|lacking|conditional (?:on|upon)"
    # "cannot accept a text where all the assistance depends only on voluntary contributions"
    r"|depends? (?:only |solely |entirely |exclusively )?on voluntary)\b",
    re.IGNORECASE,
)
# ("…, as some delegations have proposed, …"; "offences …, which some delegations continue to
# propose")
ASIDE = re.compile(r"(?:\bas|,\s*which)\s+$", re.IGNORECASE)
CITED_OTHERS = re.compile(
    # ("… could not be included because of the position of a number of delegations")
    r"\b(?:despite|notwithstanding|in spite of|in line with|echoing|heeding|because of|owing to"
    r"|due to|on account of)(?: the| their)?"
    r"(?: (?:repeated|many|numerous|several|persistent|clear|legitimate|insistent))?\s+$",
    re.IGNORECASE,
)
# "Nor can we accept the suggestion that …", "We will never accept the claims that …": the
# speaker refuses the view it reports, in the same breath.
REFUSED_BEFORE = re.compile(
    r"\b(?:cannot|can ?not|could not|will not|would not|do(?:es)? not|did not|never"
    r"|(?:are|is|am) (?:not (?:able|prepared|ready|willing)|unable|unwilling) to"
    r"|nor (?:can|could|do|does|will|would|shall) (?:we|I|it|they|[A-Z][\w-]+(?: [A-Z][\w-]+)?))"
    r"\s+(?:(?:simply|therefore|thus|then|ever|fully|easily)\s+)?$",
    re.IGNORECASE,
)
# "As for cyber-enabled offences, …": the topic a sentence opens on, not its view.
TOPIC_LEAD = re.compile(
    r"^\W*(?:As (?:for|to|regards)|With (?:regard|respect) to|Regarding|Concerning)\s+"
    r"[^,.;:!?]{1,60},\s",
    re.IGNORECASE,
)
# "A convention limited to computer crimes would not respond to reality": the negation
# after the counter words denies it.
DENIED_AFTER = re.compile(
    # (the topic's words denied, not the speaker's own refusal: "we are not able to";
    # not a second clause, "…, and it is not the global standard")
    r"(?:(?!,\s+(?:and|but|or)\s)[^.;]){0,120}?(?<!\bwe )(?<!\bWe )(?<!\bI )"
    r"\b(?:(?:would|will|could|can|does|do|is|are|was|were)(?: not|n't)|cannot"
    r"|(?:would|will) (?:fail|be unable|struggle)"
    # "A convention adopted by a divided vote would begin its life with less authority"
    r"|(?:would|will) (?:begin|start|enter into force)\b[^.;]{0,20}\bwith (?:less|little|no|weak)"
    r"|(?:would|will) (?:lack|carry less|have less|enjoy less)"
    # "A convention adopted by a divided vote would hardly achieve universality"
    r"|(?:would|will|could|can) (?:hardly|scarcely|barely|never)"
    # "… would be neither implementable nor widely ratified", "… would be at the same time
    # impossible to implement and dangerous", "… would constitute a departure from this mandate"
    r"|(?:would|will) be neither|(?:would|will) be (?:[\w-]+ ){0,4}(?:impossible|unworkable"
    r"|impracticable|unimplementable|unenforceable)"
    r"|(?:would|will) (?:constitute|be|represent|amount to) a (?:clear )?"
    r"(?:departure|deviation) from"
    # "A text adopted by a divided vote would be a text ratified by few"
    r"|(?:would|will)\b[^.;]{0,40}\b(?:ratified|accepted|supported|trusted|implemented|joined) by "
    r"(?:very )?(?:few|a few|no one|nobody|a minority))\b",
    re.IGNORECASE,
)
COMPARED_BEFORE = re.compile(
    r"\b(?:broader|wider|further|more|less|narrower|greater|fewer)\b[^.;]{0,40}\bthan\s+"
    r"(?:(?:we|I|our\s+delegation|my\s+delegation|the\s+delegation|is|was|had|have)\s+)*$",
    re.IGNORECASE,
)
PROPOSED_VERB_BEFORE = re.compile(
    r"\b(?:proposals?|suggestions?|amendments?)\b(?:\s+(?:by|of|from)\s+[^.;,]{1,50}?)?\s+to\s+$",
    re.IGNORECASE,
)
RESTRICTED_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,4}?(?:exclusively|only|solely|entirely|merely|purely)\s+"
    r"(?:by|through|from|on|with|to|in)\b",
    re.IGNORECASE,
)
# The verbs that announce a view ("we believe that", "China considers that").
_VIEW_VERBS = r"believes?|think|thinks|considers?"
BELIEF_FRAME = re.compile(
    rf"(?:{_VIEW_VERBS}|(?:are|is|remains?)\s+(?:firmly\s+|still\s+)?"
    r"(?:convinced|of\s+the\s+view))\s+that\s+(?:(?:a|an|the|any|such|this)\s+)?(?:[\w-]+\s+){0,8}?",
    re.IGNORECASE,
)
DENIED_BEFORE = re.compile(r"\b(?:not|cannot|can't|never)\b[^.;,:]{0,40}$", re.IGNORECASE)
# "the title of the instrument": an anaphor that only locates a part of the text.
PART_OF = re.compile(
    r"\b(?:title|scope|articles?|provisions?|chapters?|preamble|name|language|paragraphs?|"
    r"structure|wording|parts?|sections?|annex)\s+of\s+$",
    re.IGNORECASE,
)
NEGATED_LIST = re.compile(r"\b(?:not|never|cannot|nor)\s+\w+\s+(?:or|nor|and)\s+$", re.I)
WITHOUT = re.compile(r"\bwithout\s+$", re.IGNORECASE)
# "While we recognise X, we are not convinced that Y": the main clause takes the stance;
# the concession only grants a point.
CONCESSION = re.compile(
    r"^\W*(?:While|Whilst|Although|Though|Even though|Even if|Despite)\b[^.;]*?,\s+"
    r"(?=(?:we|I|my|our|this delegation|[A-Z][a-z]+ (?:is|remains|does|will|would|cannot|can|"
    r"could|should|must|has|had|believes|considers|sees|finds))\b)",
)
GRANTED = re.compile(r"\b(?:we|I)\s+(?:can|could)\s+(?:also\s+|therefore\s+|now\s+)?accept\b")
QUESTION_NEGATION = re.compile(
    r"\b(?:not|no|never|n't|without|silent|ignor\w+|omit\w*|exclud\w+)\b", re.IGNORECASE
)
# "Is it acceptable that a convention should remain silent on the use of ICTs to incite
# hatred?": what the question asks about is left out, however long the phrase between.
QUESTION_SILENT = re.compile(
    r"\b(?:silent|say\s+nothing|said\s+nothing)\s+(?:on|about|as\s+to|regarding)\b[^?]{0,80}$",
    re.IGNORECASE,
)
# "Technical assistance must not be used as an instrument of pressure": a design point about
# the thing, not an objection to having it.
DESIGN_POINT_AFTER = re.compile(
    r"\s+(?:(?:must|should|shall|cannot|can ?not|may) not (?:be used (?:as|for|to)|serve (?:as|to)"
    r"|become (?:a|an) |be turned into )|be turned into )(?!\s*(?:an? )?(?:pretext|excuse))",
    re.IGNORECASE,
)
# "… accept it as the benchmark for a universal treaty": the topic's words complete a
# comparison; the position is on the benchmark.
MODEL_FOR_BEFORE = re.compile(
    r"\b(?:benchmark|model|template|basis|standard|starting point|reference|yardstick) for "
    r"(?:(?:a|an|the|this|that|our|any) )?$",
    re.IGNORECASE,
)
# "… has no place in a universal convention", "an obligation of that breadth in a universal
# instrument": the treaty's words locate what the stance is on (but "faith in a universal
# convention" is on the treaty).
PLACED_IN_BEFORE = re.compile(
    r"(?<!\bbelieve )(?<!\bbelieves )(?<!\bfaith )(?<!\bconfidence )(?<!\binterest )(?<!\btrust )"
    r"(?<!\bparticipate )(?<!\bparticipation )(?<!\binvest )(?<!\binvested )(?<!\bengage )"
    r"(?<!\bmerit )(?<!\bvalue )"
    r"\bin\s+(?:(?:a|an|the|this|that|any|such)\s+)?$",
    re.IGNORECASE,
)
# The treaty's own noun phrase ("a universal, legally binding instrument"), not an act on it
# ("the elaboration of a convention").
TREATY_PHRASE = re.compile(
    r"(?:(?:a|an|the|this|that|any|such)\s+)?(?:(?!of\b)[\w-]+,?\s+){0,4}?"
    r"(?:convention|instrument|treaty)\b",
    re.IGNORECASE,
)
# "We respect the choice of those States that have acceded to it": a courtesy, not a stance.
RESPECTED_CHOICE = re.compile(
    r"\brespect\w* (?:the |their |its )?(?:sovereign )?(?:choices?|decisions?) of\b"
    # "We respect the right of every State to request a vote."
    r"|\b(?:respect\w*|recogni[sz]\w*|acknowledg\w*|without questioning|(?:do|does) not question)"
    r" (?:the |their |its )?right of (?:every|each|any|all|a) (?:State|delegation"
    r"|country|Member State)s? to\b(?:\s+[\w-]+){0,3}\s*$",
    re.I,
)
# Others arguing that the counter words would do harm argue for the topic: "excluding
# offences already covered would leave dangerous gaps".
HARM_AFTER = re.compile(
    r"[^.;]{0,30}?\bwould (?:have )?(?:leave|left|create|created|open|opened|cause|caused"
    r"|result(?:ed)? in|undermine|undermined|weaken|weakened|deprive|deprived|erode|eroded"
    r"|diminish|diminished|damage|damaged|jeopardi[sz]e|jeopardi[sz]ed)\b"
    # "… would start its life weakened", "… will be ratified by a divided membership"
    r"|[^.;]{0,30}?\b(?:would|will) (?:start|begin) (?:its|their) (?:life|existence)"
    r" (?:weakened|divided)\b"
    r"|[^.;]{0,60}?\b(?:would|will) be (?:ratified|supported|implemented|accepted|joined) by"
    r" (?:a divided|fewer|only (?:a )?few|a minority)\b"
    # "A convention adopted by a divided vote would, in our view, be a convention weakened"
    r"|[^.;]{0,30}?\bwould,?(?: in our view,| in our opinion,)? be (?:a |an )?(?:[\w-]+ )?"
    r"(?:weakened|doomed|stillborn|fragile|weak|failure|dead letter)\b"
    # "a process launched by a divided vote begins with a deficit of ownership"
    # "a text adopted by a vote would send a discouraging signal"
    r"|[^.;]{0,30}?\b(?:would|will|could) send (?:a |an )?(?:\w+ )?(?:discouraging|negative|wrong"
    r"|bad|worrying|poor|damaging|regrettable) (?:signal|message)\b"
    r"|[^.;]{0,30}?\b(?:begins?|starts?|(?:would|will) (?:begin|start)) (?:life |its life )?with"
    r" (?:a|an) (?:\w+ )?(?:deficit|lack|shortage|handicap) of (?:ownership|legitimacy|trust"
    r"|credibility|support)\b",
    re.IGNORECASE,
)
# "not undermine or duplicate": two verbs under one negation.
JOINED_VERBS = re.compile(r"\s+(?:or|nor|and)\s+", re.IGNORECASE)
COUNTER_DENIED = re.compile(
    r"\b(?:rather than|instead of|(?:and|but|or) not|refrain\w* from|avoid\w*)\s+(?:\w+\s+)?$"
    # "adopted by consensus, without resorting to a vote"
    r"|\bwithout\s+(?:\w+\s+)?$"
    # "consensus, however imperfect, is preferable to a divided vote"
    # (not "it would be preferable to limit the scope …")
    r"|\b(?:preferable|superior) to\s+(?:a|an|the|any)\s+(?:\w+\s+)?$|\bbetter than\s+(?:\w+\s+)?$"
    # "… to refrain from reopening, or calling votes on, provisions …"
    r"|\b(?:refrain\w* from|avoid\w*)\s+\w+,?\s+(?:or|and)\s+(?:\w+\s+)?$"
    # "… for all crimes, not only for a narrow list of computer offences"
    r"|\bnot\s+(?:only|just|merely|solely)\s+(?:\w+\s+){0,2}$"
    # "we would rather continue to negotiate than see this Convention put to a vote"
    r"|\bthan\s+(?:see|seeing|have|having|let|letting|watch|watching)\s+(?:[\w-]+\s+){0,3}$"
    # "we would have preferred that no individual provision be put to a vote"
    r"|\bno\s+(?:\w+\s+){0,3}(?:be|is|was|were|should be)\s+$"
    # "… insists that the convention cover X, and that it not be restricted to …"
    r"|\b(?:it|they|this|the convention|the text)\s+not\s+be\s+$"
    # "… a comprehensive convention, not of a text limited to a small number of offences"
    r"|,\s+not\s+(?:of\s+|for\s+|to\s+|on\s+|with\s+)?(?:a|an|the)\s+(?:text|convention|treaty"
    r"|instrument|document|chapter|list)\s+(?:that\s+is\s+|which\s+is\s+)?$",
    re.IGNORECASE,
)
# A concession before the main clause: "While we understand why some delegations wished to
# see X, we would have preferred Y" (the others' view ends with the concession).
CONCESSION_OPENING = re.compile(
    r"^\W*(?:While|Whilst|Although|Though|Whereas|Even though)\b[^;]{0,240}?,\s+"
    r"(?:we|I|my delegation|my country|my Government|(?-i:[A-Z])[\w-]+)\s",
    re.IGNORECASE,
)
# The clauses of a numbered summary: "To conclude: first, …; second, …; and third, …".
ENUMERATED_CLAUSE = re.compile(
    r"\s*(?:and\s+)?(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|sixth"
    r"|seventh|finally|lastly|\([a-z0-9]{1,3}\)|[a-z0-9]{1,2}\))[\s,]",
    re.IGNORECASE,
)
# "Although the Member States of the European Union did not support resolution 74/247, we
# have engaged in this process in good faith": the vote conceded is a former view, not the
# one the sentence gives.
PAST_VOTE_CONCEDED = re.compile(
    r"^\W*(?:Although|Though|Even though|While|Whilst)\b[^,;]{0,200}?"
    r"\b(?:did not (?:support|join|vote for|co-?sponsor)|voted (?:against|for|in favou?r)"
    r"|abstained|opposed|were (?:not convinced|sceptical|skeptical)|had (?:doubts|reservations))\b"
    r"[^;]{0,160}?,\s+(?=we\b|I\b|my\b|our\b|the\b|(?-i:[A-Z]))",
    re.IGNORECASE,
)
# Sentences between others' proposal and the speaker's answer to it: the others' reasons
# ("He explained that such conduct increasingly takes place online.") and what the speaker
# grants them ("We do not doubt that these are serious concerns for many States.").
# "Do you agree?", "Is that right?": a journalist asks about the view just quoted.
_TAG_QUESTION = (
    r"^\W*(?:(?:And |So |But )?(?:do|would|will|does)"
    r" (?:you|your (?:country|Government|delegation))"
    r" (?:agree|accept (?:that|this|it)|share (?:that|this|their) (?:view|concern)|see it that way)"
    r"|(?:And |So )?(?:is|are) (?:that|this|it|they|he|she) (?:right|correct|true|fair|so))\b"
    r"[^?]{0,40}\?\s*$"
)
TAG_QUESTION = re.compile(_TAG_QUESTION, re.IGNORECASE)
ANSWER_BRIDGE = re.compile(
    # (an interview's tag question between the view quoted and the answer)
    rf"(?i:{_TAG_QUESTION})|"
    r"^\W*(?:(?:He|She|They|(?:The|This|That) (?:delegate|delegation|representative|speaker)s?)"
    r"\s+(?:also\s+|further\s+|then\s+)?(?:explained|added|argued|said|stated|noted|stressed"
    r"|recalled|claimed|insisted|suggested|pointed out|referred)\b"
    r"|(?:We|I|My delegation|(?-i:[A-Z])[a-z]+) (?:do|does) not (?:doubt|dispute|deny|question)\b"
    r"|(?:We|I|My delegation) (?:fully |well )?(?:understand|recogni[sz]e|appreciate|acknowledge)"
    r" (?:that|the concerns?|their concerns?|these concerns?|this concern)\b)",
)
_CONCESSIVE = r"(?:although|though|whereas|even though)\b"
# A concession after the main clause: "X, although we do believe that Y".
TRAILING_CONCESSION = re.compile(r",\s+" + _CONCESSIVE, re.IGNORECASE)
# Where a sentence holds two clauses that may weigh a topic differently.
CLAUSE_BREAK = re.compile(r";|,\s+(?=" + _CONCESSIVE + ")", re.IGNORECASE)
_BUT = r",\s+but\s+"
# "The GCC States are committed to the protection of human rights, but we are not persuaded
# that such grounds belong in this chapter": a doubt that takes back part of what the first
# clause affirms, through a word that refers back to it.
DOUBT_AFTER_BUT = re.compile(
    _BUT + r"(?:we|I|the Group|my delegation|(?-i:[A-Z])[a-z]+)\s+(?:are|is|am|remains?)\s+"
    r"(?:still\s+)?not\s+(?:yet\s+)?(?:persuaded|convinced)\s+that\s+(?:such|these|those|this|that"
    r"|it|they)\b",
    re.IGNORECASE,
)
# "… should not address X", "… are not interested in X": a verb denied just before the topic.
DENIED_VERB_BEFORE = re.compile(
    r"\b(?:not|never)\s+(?!(?:only|just|merely|least|yet|even)\b)(?:[\w-]+\s+){1,3}$"
    # "… stated that the protocol must not be used to \"bring in\" content-related offences"
    r"|\bnot\s+be\s+used\s+to\s+[\"“‘']?[\w-]+(?:\s+[\w-]+)?[\"”’']?\s+$",
    re.IGNORECASE,
)
# "… that States which have not acceded to X should …": a negation inside a relative clause
# describes, it does not deny.
RELATIVE_BEFORE = re.compile(
    r"\b(?:which|who|that)\s+(?:(?:have|has|had|are|is|were|was|do|does|did)\s+)?$", re.IGNORECASE
)
# "not, in principle, opposed": a negation with an aside between it and its verb.
NEGATION_AROUND_ASIDE = re.compile(
    r"\bnot,\s+(?:in principle|as such|of course|in any way|in itself|per se),\s+$", re.IGNORECASE
)
# "X, not a Y": a denial that contrasts an alternative with X.
CONTRAST_DENIAL = re.compile(r"not\s+(?:a|an|the|as)\b", re.IGNORECASE)
COMMA_ONLY = re.compile(r"\s*,\s*")
# "We are not opposed in principle to X, but …": where a concession's reservation begins.
BUT = re.compile(_BUT, re.IGNORECASE)
# "not a legal gap, it is a capacity gap", "not a legal one but a gap in capacity": a denial
# corrected by what follows it.
NOT_BUT = re.compile(r"not an?\b", re.IGNORECASE)
BUT_WORD = re.compile(r"\bbut\b|[,;]\s+(?:it|this|that) is\b", re.IGNORECASE)
# Agenda items of the General Assembly on crime: a title naming one (its Third Committee's
# "Crime prevention and criminal justice", "Countering the use of information and
# communications technologies for criminal purposes").
SPECIALISED_ITEM = re.compile(
    r"crime prevention|criminal justice|cybercrime|for criminal purposes|drug control"
    r"|transnational organi[sz]ed crime",
    re.IGNORECASE,
)
# Words of acting against a harm at the start of a topic's words ("the fight against …").
FIGHT = re.compile(
    r"(?:the )?(?:fight|struggle|war|battles?|efforts?|action|combat\w*|counter\w*)\b", re.I
)
# A verb of acting against a harm opening a topic's words ("combating terrorism", "curb the
# terrorists' use of"), as opposed to a noun that only names the fight ("the fight against").
ACTING_AGAINST = re.compile(
    r"(?:combat|fight|counter|tackl|prevent|eradicat|eliminat|suppress|defeat|curb|curtail|thwart|"
    r"dismantl|disrupt|confront|stem|stamp\w* out|root\w* out)\w*\s",
    re.IGNORECASE,
)
# "the fight", "its struggle": the word after is a noun, not a verb.
DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|our|his|her|this|that|whose)\s+$", re.IGNORECASE
)
TAKING_PART = re.compile(
    r"\b(?:involved|engaged|participat\w*|contribut\w*|commit\w*|join\w*|partners?|role|"
    r"cooperation|efforts?|leading|successes|sacrifices|strides|headway|progress|coalition|alliance)"
    r"\b[^.;]{0,30}$"
    # "in our war against terror": the speaker's own fight
    r"|\bour\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# Verbs that wear down what they govern: "must not affect the intergovernmental character"
# keeps the counter words, so the counter is asserted.
WEAKENING = re.compile(
    r"(?:undercut|undermin|weaken|erod|supplant|affect|alter|compromis|dilut|contradict|infring"
    r"|violat|breach|run)",
    re.IGNORECASE,
)
# "refrain from imposing measures that hinder X": the negation before the negating verb
# cancels it.
CANCELS_NEGATION = re.compile(
    r"\b(?:refrain\w* from|avoid\w*|prohibit\w*|remov\w*|eliminat\w*|lift\w*"
    # "Nothing in this convention shall be interpreted as affecting the sovereignty …"
    r"|(?:interpreted|construed) as)\b[^.;]{0,60}$",
    re.IGNORECASE,
)
# "In earlier sessions, Brazil expressed reservations about …", "When this Committee began
# its work, we argued for …": the speaker's former view, told to explain a new one.
PAST_POSITION = re.compile(
    r"^\s*(?:(?:in|during|at) (?:the |its |our )?(?:earlier|previous|past|first|early|initial)"
    r" (?:sessions?|rounds?|meetings?|stages?|phases?|years?)"
    r"|at the (?:beginning|start) of (?:the|these|our|this) (?:negotiations?|process|talks)"
    r"|initially|originally|previously|in the past|until (?:recently|now)"
    # "At that time we were not convinced that a new global instrument was needed"
    r"|at (?:that|the) time|back then|in (?:19|20)\d\d|(?:\w+ )?years ago"
    r"|when (?:this|the) (?:Committee|negotiations?|process|talks) (?:began|started|opened))\b"
    r"[^.;]*?\b(?:we|I|(?:my|our) (?:delegation|country|Government)|[A-Z][\w-]+)\s+(?:had\s+)?"
    r"(?:argued|expressed|was|were|favou?red|preferred|advocated|insisted|opposed|called"
    r"|proposed|held|maintained|took the view|voted|abstained|doubted|had doubts)\b",
    re.IGNORECASE,
)
# … unless the view is said to hold still.
STILL_HELD = re.compile(r"\b(?:still|now|continues?|continued|remains?|today)\b", re.IGNORECASE)
# "The Convention fails to criminalize …", "we fail to strengthen cooperation": a failure
# lamented; what failed to happen is what the speaker wants.
# "We regret that the resolution does not require the Committee to take all of its decisions
# by consensus": what a text does not demand, regretted.
NOT_REQUIRED_BEFORE = re.compile(
    r"\b(?:does|do|did|will|would) not (?:require|oblige|mandate|guarantee|ensure|provide for"
    # "… regrets that the zero draft does not include the offences proposed by a number of
    # our States on incitement to terrorism"
    r"|include|contain|cover|criminali[sz]e)\s+"
    r"(?:[\w-]+\s+){0,11}$",
    re.IGNORECASE,
)
FAILS_TO = re.compile(
    r"\b(?:fail(?:s|ed|ing)?\s+to|falls?\s+short\s+of\s+(?:addressing|covering|including"
    r"|criminali[sz]ing|tackling)"
    # "The text falls short of our expectations on human rights safeguards"
    r"|(?:fall|falls|fell|falling)\s+short\s+of\s+(?:our|the|its|their|many)\s+(?:\w+\s+)?"
    r"(?:expectations|standards?|ambitions?|needs|requirements)\s+(?:on|in|for|as\s+regards"
    r"|regarding|with\s+regard\s+to))\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# Topic words that open on the speaker as the one acting ("we … in cooperation with").
SPEAKER_FIRST = re.compile(r"(?:we|I|my|our)\b", re.IGNORECASE)
# … or that the speaker's own clause leads into: "We are also collaborating as a subregion
# in addressing transnational organized crime".
SPEAKER_BEFORE = re.compile(
    r"\b(?:we|I)\s+(?:(?:are|am|have|has|been|were|will|shall|also|actively|continue|to|"
    r"fully|closely|now|already|always|increasingly)\s+)*"
    # "we are reinforcing our integration in all fields and working together to …"
    r"(?:(?<=are )\w+ing\b[^.;,]{0,60}\band\s+)?"
    # "we were part of the coalition formed to combat piracy", "we joined the task force"
    r"(?:(?:(?:an?\s+(?:active\s+|founding\s+)?)?(?:part|members?)\s+of|joined|led|founded"
    r"|helped\s+(?:to\s+)?(?:form|establish|create|set\s+up)"
    # ("We forged historic partnerships with Mexico … to stop human smuggling")
    r"|(?:forged|built|established|formed|launched|signed|concluded)(?:\s+(?:new|historic|strong"
    r"|strategic|close|several))?)\s+(?:the\s+|a\s+|an\s+)?)?$",
    re.IGNORECASE,
)
# "…, provided that the intergovernmental character of the Conference is preserved": a
# condition on the main clause, not the position.
PROVISO = re.compile(
    r"\b(?:provided (?:that|it|they)|on (?:the )?condition that|as long as|so long as"
    r"|on the understanding that)\b",
    re.IGNORECASE,
)
# "Article 24 requires that the powers be 'subject to conditions and safeguards …'": what
# the text says, not what the speaker wants.
ARTICLE_SAYS = re.compile(
    r"^\s*(?:The\s+)?(?:draft\s+)?(?:Article|Paragraph)\s+\d+[^.;]{0,40}?\b(?:requires|provides"
    r"|states|reads|stipulates|establishes|says|sets out|obliges)\b",
    re.IGNORECASE,
)
# Negation inside a counter cue's own words ("cannot serve as a global standard").
DENIAL_INSIDE = re.compile(r"\b(?:not|cannot|can't|never|no)\b", re.IGNORECASE)
# "premature to negotiate a new treaty": counter words that carry their own verdict.
VERDICT_INSIDE = re.compile(
    r"\b(?:premature|unnecessary|too early|superfluous|redundant|unwarranted)\b", re.IGNORECASE
)
# "X, not Y": what follows the topic's words is the thing denied.
# ("… an instrument negotiated by all, under the auspices of the United Nations, and not a
# regional treaty": asides may come between.)
CONTRAST_AFTER = re.compile(
    r"[^.;,:]{0,40}?(?:\s*,[^.;,:]{1,60}?){0,3}\s*,\s*(?:and\s+)?not\s+(?:a|an|the)\b",
    re.IGNORECASE,
)
# "our requests for mutual legal assistance should not take months": the objection is to
# the delay.
DELAY_AFTER = re.compile(
    r"\s*(?:\w+\s+)?(?:take|last|drag on for|require)\s+(?:many\s+)?(?:months|years|weeks|so long"
    r"|too long|forever|ages)\b",
    re.IGNORECASE,
)
# "… and the other provisions that were put to a vote": a counter word that only describes
# what a support cue is about.
DESCRIBED_BEFORE = re.compile(
    r"\b(?:that|which)\s+(?:were|was|had been|have been|has been)\s+$", re.IGNORECASE
)
# "must not lower the standards", "should not weaken": an objection to wearing the topic
# down, which supports it.
NEGATED_WEAKENING = re.compile(
    r"(?:must|should|shall|will|would|does|do|can|may)\s+not\s+(?:\w+\s+)?(?:lower|weaken|undermin"
    r"|dilut|erod|undercut|supplant|compromis|contradict|reopen|unravel|revisit|relegat"
    r"|downgrad|divert)\w*",
    re.IGNORECASE,
)
# "… that such safeguards are an obstacle to effective cooperation": a view that calls the
# topic an obstacle.
OBSTACLE = re.compile(
    # ("… that safeguards are merely a pretext for refusing cooperation")
    r"[^.;]{0,20}?\b(?:an?|the)\s+(?:[\w-]+\s+)?(?:(?:obstacle|impediment|barrier|hindrance)s?\s+to"
    r"|pretexts?\s+(?:for|to))\b",
    re.IGNORECASE,
)
# "We reject the suggestion that X should …", "we cannot accept that X should …": an
# objection that opens a clause on the topic's words.
# … unless what the clause says of them lessens them ("… that a universal convention should
# offer fewer investigative tools than …"): then refusing it wants the topic.
LESSENED_AFTER = re.compile(
    r"[^.;,]{0,80}?\b(?:not|no|never|fewer|less|weaker|lower|narrower|smaller)\b", re.IGNORECASE
)
REFUSED_CLAUSE_GAP = re.compile(r"\s+(?:[\w-]+\s+){0,3}?that\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# "sees no reason to depart from the language agreed": refusing to change what the topic's
# words name keeps it.
NO_REASON_TO_CHANGE = re.compile(
    r"(?:(?:we\s+|I\s+)?(?:sees?|finds?)\s+)?no\s+(?:good\s+)?(?:reason|need|justification)\s+"
    r"to\s+(?:depart|deviat|mov\w*\s+away|reopen|revisit|chang|alter|abandon|reinvent"
    r"|renegotiat|unravel|replac)\w*",
    re.IGNORECASE,
)
# "What gap would such an instrument close?", "What added value would it bring?"
WHAT_GAP = re.compile(
    r"^\s*(?:But\s+|And\s+|So\s+)?(?:what|which)\s+(?:real\s+)?(?:gap|purpose|added value|value"
    r"|benefit|difference)\s+(?:would|could|will|does|can|might)\b"
    # "What value will a convention have if half its parties cannot implement it?" asks
    # for the condition, not against the convention.
    r"(?![^?]*\b(?:if|unless)\b)"
    # "What value does a 24/7 point of contact have for a State whose cybercrime unit has
    # four officers?" asks for the means, not against the point of contact.
    r"(?![^?]*\bfor\s+(?:a|the|those|these|such)\s+(?:[\w-]+\s+)?(?:States?|countr(?:y|ies)"
    r"|nations?|authorit(?:y|ies)|Governments?)\s+(?:whose|that|which|without|with\s+(?:no|few|limited))\b)",
    re.IGNORECASE,
)

# The label of a numbered point ("3. Safeguards and sovereignty:") names what the point is
# about, not a position on it.
POINT_LABEL = re.compile(r"^\W*\d{1,2}[.)]\s+[A-Z][^:.;!?]{0,60}:\s")

# "… regret that the safeguards are weaker than we had hoped": the topic's words found
# wanting, which asks for more of them.
FOUND_WANTING_AFTER = re.compile(
    r"[^.;:,]{0,40}?\s(?:is|are|was|were|remains?|ha(?:ve|s) been|would be)\s+"
    r"(?:still\s+|much\s+|far\s+|considerably\s+|significantly\s+|somewhat\s+)?"
    r"(?:weaker|less\s+(?:robust|strong|solid|comprehensive)|not\s+(?:as|so)\s+(?:strong|robust)"
    r"|insufficient|inadequate|too\s+weak|watered\s+down|diluted|weakened"
    # "… regret that the obligations of service providers remain modest"
    r"|(?:too\s+|rather\s+|very\s+)?modest|too\s+(?:limited|narrow))\b",
    re.IGNORECASE,
)

# "A convention that tries to criminalise every offence committed with a computer would be
# neither implementable nor …": the topic is what the subject would do, and it is denied.
ATTEMPTED_SUBJECT_BEFORE = re.compile(
    r"^\W*(?:(?:However|Moreover|Indeed|But|And|Yet),?\s+)?(?:an?|any|the|such an?)\s+"
    r"(?:[\w-]+\s+){0,2}(?:convention|treaty|instrument|text|approach|chapter|draft)\s+"
    r"(?:that|which)\s+(?:(?:tries|seeks|attempts|aims|purports|pretends|would\s+(?:try|seek|pretend)"
    r"|sets\s+out)\s+to\s+)?$",
    re.IGNORECASE,
)
# "Nor do we see any reason for this instrument to duplicate …": the counter words are
# what there is no reason to do.
# "We see no reason why the convention should …": the modal after it is denied.
NO_REASON_WHY = re.compile(
    r"\b(?:no|(?:not|nor)\s+(?:\w+\s+){0,2}any)\s+(?:good\s+|valid\s+|compelling\s+)?"
    r"(?:reason|justification|grounds?)\s+(?:why|for\s+which)\b[^.;]{0,80}$",
    re.IGNORECASE,
)
# "… would not wish to see such a provision turn mutual legal assistance into the exception
# rather than the rule": what is feared wears the topic down.
MADE_EXCEPTION_AFTER = re.compile(r"\s+into\s+(?:the|an)\s+exception\b", re.IGNORECASE)
# "… why sovereign equality should be weakened": the modal's own verb wears the topic down,
# so the denial keeps it.
WEAKENED_AFTER = re.compile(
    r"\s+(?:\w+\s+)?be\s+(?:removed|deleted|dropped|weakened|excluded|diluted|watered down"
    r"|lowered|undermined|sacrificed|compromised|restricted|curtailed|limited|sidelined"
    r"|set aside|eroded|denied|refused|withheld|prohibited|rejected)\b"
    # ("no reason why assistance under this Convention should duplicate that work")
    r"|\s+(?:\w+\s+)?(?:duplicate|replicate|compete with|overlap with|supplant|replace)\b",
    re.IGNORECASE,
)
NO_REASON_BEFORE = re.compile(
    r"\b(?:no|(?:not|nor)\s+(?:\w+\s+){0,3}any)\s+(?:good\s+)?(?:reason|need|justification|basis)\b"
    r"[^.;]{0,80}?\bto\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)

# "Our experience with mutual legal assistance has been disappointing": a complaint about
# how something works today, not a position on whether it should.
EXPERIENCE_BEFORE = re.compile(
    r"\b(?:our|my|its|their)\s+experiences?\s+(?:with|of)\s+(?:the\s+)?$", re.IGNORECASE
)

# "Where a State Party does not extradite its own nationals, …": a negation inside the
# case a sentence opens by supposing.
SUPPOSED_CASE = re.compile(
    r"\W*(?:Where|Whenever|In (?:cases|the event) (?:where|that)|In any case where)\b[^,;.]*$"
)

# "…, in part because we feared that …": the speaker's own reason, right before the cue.
OWN_REASON_BEFORE = re.compile(
    r"\b(?:because|since)\s+(?:we|I|my (?:delegation|country|Government)|our (?:delegation|country"
    r"|Government|countries|delegations))\s+(?:(?:had|have|were|also|then|still|always)\s+)?$",
    re.IGNORECASE,
)

# "… that our insistence on a focused scope …": the speaker's own position, as others tell it.
OUR_POSITION_BEFORE = re.compile(
    r"\bour (?:\w+ )?(?:insistence on|support for|calls? for|preference for|position on"
    r"|attachment to|emphasis on|commitment to|defen[cs]e of|advocacy of|opposition to)\s+"
    r"(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)

# "… are party to it", "has become a party to"
PARTY_TO = re.compile(r".*\bpart(?:y|ies)\s+to$", re.IGNORECASE | re.DOTALL)
# "Only a small number of African States", "very few developing countries": a count of others
FEW_STATES_BEFORE = re.compile(
    r"\b(?:only\s+(?:a\s+)?(?:(?:small|limited|tiny)\s+)?(?:number|handful|minority|fraction|\d+|\w+)"
    r"|(?:a|very)\s+(?:small|limited|tiny)\s+(?:number|handful|minority|fraction)|(?:very\s+)?few)"
    r"(?:\s+of)?(?:\s+(?:the|our))?\s+(?:[\w-]+\s+){0,2}(?:States|countries|nations|Members)"
    r"(?:\s+(?:\w+\s+){0,3})?\s*$",
    re.IGNORECASE,
)

# "is of the view that", "believe that": a view announced, its content still to come
VIEW_FRAME = re.compile(
    rf"(?:of\s+the\s+(?:view|opinion)|{_VIEW_VERBS}|convinced)\s+that$",
    re.IGNORECASE,
)

# a relative clause: "offences that could not be included"
RELATIVE_VERB = re.compile(
    r"\b(?:that|which)\s+(?:could|can|did|might|would|were|was|have|had|has)\s+(?:not|never)\s+"
    r"(?:[\w-]+\s+){0,2}[\w-]+$",
    re.IGNORECASE,
)

# "… would not be compatible with the freedom of expression": the topic as the standard
MEASURED_AGAINST_BEFORE = re.compile(
    r"\b(?:(?:(?:in)?compatible|(?:in)?consistent|in line|at odds|in conflict|in keeping) with"
    r"|contrary to|violat\w*|infring\w*|breach\w*)\b[^.;,]{0,70}$",
    re.IGNORECASE,
)

# "On 25 October 2025, the European Union signed the …"
SUBJECT_SIGNED_BEFORE = re.compile(
    r"(?:[^.;]*?(?:,\s+and|;)\s+)?"
    r"\W*(?:(?:On|In|Last|This|Today|Yesterday)\b[^,.;]{0,30},\s+)?(?:the\s+)?"
    r"(?:(?:My|Our) (?:country|Government|delegation)"
    r"|(?-i:[A-Z][\w'’-]+)(?: (?-i:[A-Z][\w'’-]+)){0,3})"
    r"\s+(?:has\s+|have\s+|also\s+|today\s+|proudly\s+|formally\s+)*"
    r"(?:signed|ratified|signs|ratifies)\s+(?:the\s+)?",
    re.IGNORECASE,
)

# "India is not a party to the Budapest Convention", "we have not acceded to it"
NOT_PARTY = re.compile(
    r"\bnot\s+(?:a\s+)?(?:State\s+)?part(?:y|ies)\s+to\b"
    r"|\b(?:has|have|did|do|does)\s+not\s+(?:yet\s+)?(?:join(?:ed)?|acceded?|ratif(?:y|ied)|sign(?:ed)?)\b",
    re.IGNORECASE,
)

# "the text remains too narrow": topic words that are a complaint of their own
COMPLAINT_INSIDE = re.compile(r"\btoo\s+(?:narrow|limited|restrictive)\b", re.IGNORECASE)
# (a regret, not a denial: "We do not agree that the text is too narrow")
REGRET_WORD = re.compile(r"regret|deplor|lament|disappoint|unfortunate|concern|worr", re.IGNORECASE)

# "Is it too much to ask that …?": what is asked for is wanted
TOO_MUCH_TO_ASK = re.compile(
    r"^\W*(?:Is|Would)\s+it\s+(?:really\s+)?(?:be\s+)?too\s+much\s+to\s+(?:ask|expect|hope)\s+"
    r"(?:that|for)\b",
    re.IGNORECASE,
)

# "will not support a convention that lacks robust, explicit human rights safeguards"
LACKS_BEFORE = re.compile(
    r"\b(?:(?:that|which)\s+lacks?|lacking|devoid\s+of)\s+(?:[\w-]+,?\s+){0,3}$", re.IGNORECASE
)


# ---- answers keyed to an earlier enumeration -------------------------------------------
# "Three proposals are before us. The first would … The second is to … The third …":
# proposals set out in order, to be answered later by their ordinal.
_ENUM_NOUN = r"(?:proposals?|suggestions?|ideas?|amendments?|options?|approach(?:es)?|ones?)"
ENUM_ITEM = re.compile(
    r"\s*(?:\d+\.\s+)?(?:"
    # "First, the proposal to extend …"
    r"(?P<adverb>First|Firstly|Second|Secondly|Third|Thirdly|Fourth|Fourthly|Finally|Lastly),\s+"
    rf"(?P<np>(?:the|a|an) {_ENUM_NOUN} (?:to|that|for|on|by)\b[^\n]*)"
    # "The first is to include …", "The second would allow …", "One would oblige …"
    # ("The first proposal, tabled by the Russian Federation and supported by some other
    # delegations, would add …")
    rf"|(?:The|A) (?P<ordinal>first|second|third|fourth|fifth|last)(?: {_ENUM_NOUN})?"
    r"(?:,[^,\n]{1,120},)?,?"
    r" (?:is (?=to\b)|(?=(?:would|seeks|proposes|calls for|aims|suggests)\b))(?P<clause>[^\n]*)"
    r"|(?P<pair>One|The other)(?: {_ENUM_NOUN})? (?=(?:would|seeks|proposes)\b)"
    r"(?P<pair_clause>[^\n]*)"
    r")"
)
ENUM_ORDINALS = {
    "first": 1,
    "firstly": 1,
    "one": 1,
    "second": 2,
    "secondly": 2,
    "the other": 2,
    "third": 3,
    "thirdly": 3,
    "fourth": 4,
    "fourthly": 4,
    "fifth": 5,
}
# "The first we cannot accept.", "As to the first proposal, …", "On the first, our answer
# is no.", "Nor can we go along with the second, …", "The last of these proposals …"
ENUM_ANSWER = re.compile(
    r"\s*(?:\d+\.\s+)?(?:(?:As (?:to|for|regards)|With (?:regard|respect) to|Regarding"
    r"|Concerning|On|Turning to|Coming to|Nor can (?:we|I) (?:accept|support|go along with"
    r"|agree (?:with|to)))\s+)?"
    r"the (?P<ordinal>first|second|third|fourth|fifth|last|former|latter)"
    rf"(?: (?:of (?:these|those|the) (?:two |three |four |five )?)?{_ENUM_NOUN})?"
    r"(?=[,;.]|\s+(?:we|I|my|our|the|it|this|is|has|have|would|raises|poses|seems|deserves"
    r"|goes|falls|cannot|can|does|enjoys|at least)\b)",
    re.IGNORECASE,
)
# The verdict an answer gives: refusals first ("cannot support" holds "support").
ENUM_REJECT = re.compile(
    r"\b(?:reject\w*|oppos(?:e|es|ed)|our answer is no"
    r"|(?:serious|strong|grave|deep|real|considerable) (?:reservations|doubts|concerns)"
    r"|(?:is|are) (?:even |all the )?(?:more |deeply |highly |particularly |very )?"
    r"(?:problematic|unacceptable|not acceptable)"
    r"|(?:cannot|can ?not|could not|will not|would not|do not|does not|are unable to|is unable to"
    r"|(?:is|are) not (?:able|in a position) to)\s+(?:\w+\s+){0,2}?(?:accept|support|agree"
    # ("we understand the concern that motivates it, but we do not share its conclusion")
    r"|go along|endorse|share (?:its|their|this|that|the) (?:conclusion|view|approach|premise))"
    r"|^\s*Nor can (?:we|I)\b)",
    re.IGNORECASE,
)
ENUM_ACCEPT = re.compile(
    r"\b(?:(?:has|have|enjoys?) (?:the [\w ]{1,25}?['’]s |our |my delegation['’]s |its )?"
    r"(?:full |strong |firm |broad )?support|supports?|welcomes?|endorses?|accepts?|favou?rs?"
    r"|prefers?|leans? towards"
    r"|(?:can|could) (?:accept|support|agree|go along)|our answer is yes"
    r"|deserves? (?:our )?support)\b",
    re.IGNORECASE,
)
# "The second raises serious questions. We reject it as well.": the verdict said next.
ENUM_VERDICT_AFTER = re.compile(
    r"\s*[^.;]{0,60}\b(?:it|this|them)\b(?: (?:either|as well|too|at all|outright))?\s*[.!]\s*"
)
# "… would limit the application of the chapter strictly to the offences …": a narrowing.
LIMITED_TO = re.compile(
    r"\b(?:limit|confin)\w*\b[^.;]{0,100}?\b(?:strictly|only|solely|exclusively|merely) to\b",
    re.IGNORECASE,
)
# "the proposal to extend mutual legal assistance … to any criminal offence"
EXTENDED_OBJECT = re.compile(
    r"\b(?:extend|expand|widen|broaden|apply)\w*\b(?:(?!\bto\b)[^.;])*$", re.IGNORECASE
)
TO_ANY = re.compile(r"[^.;]{0,80}?\bto (?:any|all|every|each)\b", re.IGNORECASE)
# "a cybercrime treaty should deal with the crimes …": what the treaty is to contain.
DESIGN_AFTER = re.compile(
    r"\s+(?:must|should|shall|needs? to|has to|ought to)\s+(?:also\s+|only\s+|first\s+)?"
    r"(?:deal with|cover|address|include|contain|focus on|criminali[sz]e|provide for|apply to"
    r"|extend to|encompass|target|tackle|be (?:limited|confined|restricted) to)\b",
    re.IGNORECASE,
)
# "We could accept a general clause …, but not (for) provisions that would …"
ACCEPTED_BUT_NOT = re.compile(
    r"\b(?:could|can|would|might)\s+(?:(?:also|still|well)\s+)?(?:accept|live with|support"
    r"|agree to|go along with)\b(?P<what>[^.;]*?),?\s+but\s+not\s+(?:for\s+|to\s+)?"
    # (what is refused is another part of the text: "… but not conduct protected under human
    # rights law" keeps the extension within the topic)
    r"(?:(?:any|the|a|an|those|such|its|their)\s+)?(?:[\w-]+\s+)?(?:provisions?|paragraphs?"
    r"|articles?|attempts?|clauses?|language|ones?|convention|text|instrument|protocol)\b",
    re.IGNORECASE,
)
# "… that it should prevent the international community from confronting …"
PREVENTED_FROM = re.compile(
    r"\b(?:prevent|stop|hinder|deter|preclude|impede|discourage|keep)\w*\b[^.;]{0,60}?\bfrom\s+"
    r"\w+ing\s+$",
    re.IGNORECASE,
)
# "… cannot support the first approach, which …", "The Group supports the first and the
# second", "The Kingdom supports the latter.": the ordinal as the object of a verdict.
ENUM_ANSWER_INLINE = re.compile(
    r"\b(?:support|reject|accept|favou?r|prefer|oppose|endorse|welcome|lean|agree with"
    # ("… and has serious reservations about the former")
    r"|(?:reservations|doubts|concerns) (?:about|regarding|over|on)(?= the))\w*"
    r"(?: towards)?\s+(?:both )?the (?P<ordinal>first|second|third|fourth|fifth|last|former|latter)"
    rf"(?: {_ENUM_NOUN})?(?=[,;.]|\s+(?:and|which|as|because|since)\b)"
    r"|\band the (?P<also>second|third|fourth|fifth|last|latter)(?: {_ENUM_NOUN})?"
    r"(?=[,;.]|\s+which\b)",
    re.IGNORECASE,
)
# "Some delegations would confine cooperation to …; others would extend it to …": two
# views set side by side, answered by "the former" and "the latter".
ENUM_PAIR = re.compile(
    # ("As regards service providers, some delegations proposed that …, while others …")
    r"\s*(?:(?:As regards|Regarding|On|As for|With regard to|Concerning)\b[^,;]{0,60},\s+)?"
    r"(?:[Ss]ome(?: delegations| States| members| countries)?|One)\s+(?P<first>[^;]+?)"
    r"(?:;|,?\s+while|,?\s+whereas)\s+(?:some\s+)?others?(?: delegations| States)?\s+"
    r"(?P<second>[^;]+?)\s*[.]?\s*$"
)
# The same two views in two sentences: "Some delegations have proposed new articles on …
# Other delegations would restrict the chapter to …"
ENUM_VIEW_FIRST = re.compile(
    r"\s*(?:(?:As regards|Regarding|On|As for|With regard to|Concerning)\b[^,;]{0,60},\s+)?"
    r"Some(?: delegations| States| members| countries)?\s+(?P<first>[^;]+?)\s*[.]?\s*$"
)
ENUM_VIEW_SECOND = re.compile(
    r"\s*(?:Other(?:s| delegations| States| countries| members)|Still others)"
    r"(?:,\s+(?:by contrast|on the other hand|however|in turn),)?\s+(?P<second>[^;]+?)\s*[.]?\s*$"
)
# "…; others, led by X, argued that …", "… while others preferred …": the other camp
BOTH_SIDES = re.compile(r"(?:[;,]\s+|\b(?:while|whereas)\s+)others\b", re.IGNORECASE)
# "prefers a comprehensive convention … over a narrow text": the second term is the one set
# aside (matched from the verb of preference to the topic's words; not "to", which is
# mostly an infinitive: "would have preferred the text to cover …").
PREFERENCE_OVER = re.compile(
    r"prefer(?:s|red|ring)?\b[^.;]*?\s(?:over|rather\s+than|instead\s+of|as\s+opposed\s+to)"
    r"\s+(?:(?:a|an|the|any|one|ones|those)\s+)?(?:(?:that|which)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "Instead of criminalising speech under labels …, we urge …": a sentence that opens on
# the alternative it sets aside (up to the topic's words).
INSTEAD_FIRST = re.compile(
    r"\W*(?:(?:But|And|So|Equally|Similarly),?\s+)?(?:Instead\s+of|Rather\s+than)\b[^,;:]*",
    re.IGNORECASE,
)
# "Unless the convention addresses X, we cannot …": a sentence that opens on the condition
# its main clause denies (up to the comma that closes the condition).
UNLESS_LEAD = re.compile(
    r"\W*(?:(?:But|And|Yet|Indeed),?\s+)?Unless\b[^.;:]{10,250}?,\s+"
    r"(?=(?:we|I|it|they|this|the|my|our|there|no|nothing|(?-i:[A-Z])[a-z]+)\b)",
    re.IGNORECASE,
)
# … and the main clause's denial ("…, we cannot say that it responds to the threats")
MAIN_DENIAL = re.compile(
    r"\b(?:cannot|can\s?not|can't|will\s+not|won't|would\s+not|could\s+not|shall\s+not"
    r"|do\s+not|does\s+not|is\s+not|are\s+not|never|no|nothing)\b",
    re.IGNORECASE,
)
# "On the proposal to delete paragraph 2 of article 6, our delegations voted no": a vote on
# a proposal to delete what the topic's words name (the proposal right before them) …
DELETION_PROPOSED_BEFORE = re.compile(
    r"\b(?:proposals?|amendments?|motions?|requests?)\s+(?:\w+\s+){0,3}?to\s+(?:delete|remove"
    r"|strike(?:\s+out)?|eliminate|drop)\s+(?:[\w(),-]+\s+){0,4}$",
    re.IGNORECASE,
)
# … and how the speaker voted on it
VOTE_CAST = re.compile(
    r"\b(?:voted|vote|votes)\s+(?P<how>no|against|yes|in\s+favou?r)\b|\b(?P<abstained>abstained)\b",
    re.IGNORECASE,
)
