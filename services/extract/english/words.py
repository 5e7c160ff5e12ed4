"""Closed-class English words the clause analysis relies on (grammar, not lexicon)."""

from __future__ import annotations


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


PREPOSITIONS = _set(
    "in at with from to for on by over under between of as like against into toward towards among amongst "
    "across near than via about after before alongside beside besides including within without during "
    "through throughout behind beyond upon per versus"
)
DETERMINERS = _set(
    "the a an this that these those his her its their our my your both each every some any all no new its"
)
BE_FORMS = _set("is are was were be been being am")
HAVE_FORMS = _set("has have had having")
MODALS = _set("will would shall should can could may might must 'll")
NEGATIONS = _set("not n't never no cannot")
REFUSALS = _set(
    "refuse refuses refused refusing decline declines declined declining fail fails failed reject rejects rejected"
)
# Words after which "to + verb" announces a plan.
PLAN_WORDS = _set(
    "plan plans planned planning intend intends intended intending aim aims aimed aiming set due expected "
    "scheduled slated going poised seek seeks seeking hope hopes hoping want wants wanted prepare prepares "
    "preparing ready likely is are am decided decide decides vowed vow vows pledged pledge pledges "
    "promised promise promises proposes proposed agreed agree agrees"
)
HYPOTHETICAL = _set("should could might may must can cannot ought")
FUTURE_WORDS = _set("will would shall 'll upcoming next")
# Words that may sit between a subject and its verb: auxiliaries and adverbs.
VERB_GROUP = _set(
    "will would shall should can could may might must 'll has have had is are was were be been being did "
    "does do also now then formally officially jointly further again not n't never today yesterday "
    "recently likewise still already finally reportedly quietly soon later first together separately "
    "plans plan planned intends intend intended aims aim set due expected likely slated scheduled going "
    "poised seeks seek hopes hope wants want prepares ready decided agreed vowed pledged promised both "
    "each all just this week month year"
)
CLAUSE_OPENERS = _set("which who whom whose where while whereas although though but because since")
SUBORDINATORS = _set("when after before as if once until unless since because")
PERSON_PRONOUNS = _set("he she")
GROUP_PRONOUNS = _set("they them")
PAIR_NOUNS = _set(
    "sides countries leaders officials nations governments ministers parties nsas delegations presidents "
    "institutes agencies ministries allies partners heads"
)
MEMBER_NOUNS = _set("states members participants economies delegates signatories nations countries")
OTHER_PRONOUNS = _set("it we i you this these those")
NON_ACTOR_NOUNS = _set(
    "company companies firm firms analyst analysts expert experts researcher researchers people students "
    "professors professor critics observers startups start-ups industry investors executives executive "
    "ceo businesses scientists users consumers teachers engineers developers workers groups activists "
    "academics lawyers bankers traders economists commentators insiders sources chipmakers automakers carmakers "
    "operators providers suppliers manufacturers makers vendors "
    "manufacturers makers suppliers operators"
)
DOCUMENT_NOUNS = _set(
    "strategy plan report act law bill framework initiative accord agreement memorandum deal declaration "
    "statement document programme program proposal rules regulation regulations policy roadmap measure "
    "measures actions action provisions provision treaty pact charter blueprint guidelines resolution text "
    "annex communique convention protocol"
)
SPEECH_COMPLEMENTISERS = _set("that")
MONTHS_AND_DAYS = _set(
    "january february march april may june july august september october november december monday "
    "tuesday wednesday thursday friday saturday sunday"
)
SENTENCE_OPENERS = _set(
    "the a an in on at as for but and however meanwhile this that these those it its his her their "
    "there under after before during while with by according"
)
_LY_NOUNS = _set("supply assembly family ally rally monopoly anomaly reply italy july fly")


def is_adverb(word: str, text: str) -> bool:
    """ "formally", "jointly": an -ly word written in lower case that is no noun."""
    return text.islower() and word.endswith("ly") and len(word) > 4 and word not in _LY_NOUNS
