/**
 * The words that official texts italicize with an opening verb, after it: "*Reiterates its call
 * upon*", "*Notes with great concern*", "*Condemns unequivocally*", "*Expresses solidarity with
 * and compassion for*". Each class was mined from the italic runs that open the paragraphs of the
 * General Assembly texts in ../shared/official and ../shared/corpus; each entry names one
 * official text whose italics include it (the symbol of the text). parse/italicExtent.ts reads
 * them as a small grammar.
 */
export interface ExtentWord {
  readonly words: string;
  /** The symbol of an official text that italicizes the word with its opening verb. */
  readonly seenIn: string;
}

/**
 * Nouns of the Assembly's own acts, italicized after "its": "*Reiterates its request*",
 * "*Recalls its decision*". Only after "its": "the decision" of another body is subject matter.
 */
export const OWN_ACT_NOUNS: readonly ExtentWord[] = [
  { words: 'call', seenIn: 'A/RES/78/145' },
  { words: 'request', seenIn: 'A/RES/78/102' },
  { words: 'appeal', seenIn: 'A/RES/79/199' },
  { words: 'invitation', seenIn: 'A/RES/78/23' },
  { words: 'encouragement', seenIn: 'A/RES/79/205' },
  { words: 'decision', seenIn: 'A/RES/79/54' },
  { words: 'endorsement', seenIn: 'A/RES/78/93' },
  { words: 'recognition', seenIn: 'A/RES/78/19' },
  { words: 'approval', seenIn: 'A/RES/78/107' },
  { words: 'opposition', seenIn: 'A/RES/79/164' },
  { words: 'condemnation', seenIn: 'A/RES/78/184' },
  { words: 'demand', seenIn: 'A/RES/78/78' },
];

/**
 * Nouns of a stance, italicized after "its", "the", "with" or the verb itself: "*Reaffirms its
 * commitment*", "*Stresses the importance*", "*Notes with appreciation*", "*Pays tribute*".
 * The attitude nouns of the phrase vocabulary belong here too.
 */
export const STANCE_NOUNS: readonly ExtentWord[] = [
  { words: 'concern', seenIn: 'A/RES/78/102' },
  { words: 'appreciation', seenIn: 'A/RES/78/10' },
  { words: 'satisfaction', seenIn: 'A/RES/78/10' },
  { words: 'gratitude', seenIn: 'A/RES/78/14' },
  { words: 'regret', seenIn: 'A/RES/78/118' },
  { words: 'alarm', seenIn: 'A/RES/78/190' },
  { words: 'interest', seenIn: 'A/RES/78/207' },
  { words: 'hope', seenIn: 'A/RES/78/108' },
  { words: 'view', seenIn: 'A/RES/79/107' },
  { words: 'need', seenIn: 'A/RES/79/61' },
  { words: 'importance', seenIn: 'A/RES/79/317' },
  { words: 'attention', seenIn: 'A/RES/78/108' },
  { words: 'sympathy', seenIn: 'A/RES/80/221' },
  { words: 'condolences', seenIn: 'A/RES/79/256' },
  { words: 'tribute', seenIn: 'A/RES/78/275' },
  { words: 'awareness', seenIn: 'A/RES/79/159' },
  { words: 'commendation', seenIn: 'A/RES/78/73' },
  { words: 'expectations', seenIn: 'A/RES/80/75' },
  { words: 'solidarity', seenIn: 'A/RES/78/228' },
  { words: 'compassion', seenIn: 'A/RES/78/228' },
  { words: 'support', seenIn: 'A/RES/78/187' },
  { words: 'conviction', seenIn: 'A/RES/78/13' },
  { words: 'belief', seenIn: 'A/RES/79/117' },
  { words: 'commitment', seenIn: 'A/RES/78/118' },
  { words: 'determination', seenIn: 'A/RES/78/11' },
  { words: 'distress', seenIn: 'A/RES/78/219' },
  { words: 'resolve', seenIn: 'A/RES/79/149' },
];

/** Adjectives before such a noun: "*Expresses its very serious concern*", "*Reiterates its previous requests*". */
export const STANCE_ADJECTIVES: readonly ExtentWord[] = [
  { words: 'deep', seenIn: 'A/RES/78/118' },
  { words: 'grave', seenIn: 'A/RES/78/11' },
  { words: 'gravest', seenIn: 'A/RES/78/185' },
  { words: 'serious', seenIn: 'A/RES/78/116' },
  { words: 'profound', seenIn: 'A/RES/78/118' },
  { words: 'utmost', seenIn: 'A/RES/80/194' },
  { words: 'great', seenIn: 'A/RES/78/132' },
  { words: 'increasing', seenIn: 'A/RES/78/184' },
  { words: 'renewed', seenIn: 'A/RES/78/61' },
  { words: 'particular', seenIn: 'A/RES/78/198' },
  { words: 'very', seenIn: 'A/RES/79/181' },
  { words: 'continued', seenIn: 'A/RES/78/59' },
  { words: 'continuing', seenIn: 'A/RES/80/207' },
  { words: 'strong', seenIn: 'A/RES/78/184' },
  { words: 'firm', seenIn: 'A/RES/78/34' },
  { words: 'full', seenIn: 'A/RES/80/77' },
  { words: 'previous', seenIn: 'A/RES/78/234' },
  { words: 'unwavering', seenIn: 'A/RES/78/284' },
  { words: 'unequivocal', seenIn: 'A/RES/78/219' },
  { words: 'special', seenIn: 'A/RES/78/73' },
];

/**
 * Adverbials italicized after the verb: "*Condemns without reservation*", "*Welcoming in this
 * regard*". Besides these, the repetition modifiers and operative adverbs of the phrase
 * vocabulary, and any adverb in "-ly" ("*Condemns unequivocally*", A/RES/78/42; "*Recommits
 * firmly*", A/RES/78/134).
 */
export const ADVERBIALS: readonly ExtentWord[] = [
  { words: 'in particular', seenIn: 'A/RES/78/75' },
  { words: 'in this regard', seenIn: 'A/RES/79/145' },
  { words: 'in that regard', seenIn: 'A/RES/78/29' },
  { words: 'once more', seenIn: 'A/RES/78/11' },
  { words: 'once again', seenIn: 'A/RES/78/114' },
  { words: 'especially', seenIn: 'A/RES/79/145' },
  { words: 'without reservation', seenIn: 'A/RES/78/190' },
  { words: 'in the strongest terms', seenIn: 'A/RES/78/187' },
  { words: 'in the strongest possible terms', seenIn: 'A/RES/78/118' },
];

/**
 * Words in "-ly" that are not adverbs of manner or degree, so never part of an opening phrase:
 * "*Encourages* early warning", "*Calls for* timely reporting".
 */
export const LY_NON_ADVERBS: readonly string[] = [
  'early', 'timely', 'only', 'likely', 'elderly', 'friendly', 'orderly', 'costly', 'daily', 'weekly', 'monthly', 'yearly',
  'quarterly', 'family', 'assembly', 'supply', 'apply', 'rely', 'reply', 'comply', 'italy', 'july', 'ally', 'rally',
];

/**
 * Prepositions italicized at the end of an opening phrase, or before "and" joining a second one:
 * "*Reiterates its appeal to*", "*Expresses solidarity with and compassion for*".
 */
export const PARTICLES: readonly ExtentWord[] = [
  { words: 'upon', seenIn: 'A/RES/78/10' },
  { words: 'for', seenIn: 'A/RES/78/132' },
  { words: 'of', seenIn: 'A/RES/79/205' },
  { words: 'to', seenIn: 'A/RES/79/199' },
  { words: 'with', seenIn: 'A/RES/78/228' },
  { words: 'by', seenIn: 'A/RES/80/187' },
  { words: 'on', seenIn: 'A/RES/80/173' },
];

/** Verbs of aspect whose infinitive after "to" is italicized with them: "*Continues to encourage*". */
export const ASPECT_VERBS: readonly ExtentWord[] = [
  { words: 'continues', seenIn: 'A/RES/80/147' },
  { words: 'continuing', seenIn: 'A/C.1/80/L.47' },
];

/**
 * Verbs whose object is the Assembly's own earlier act whether it says "its" or "the": "*Reiterates
 * the invitation to*" as "*Reiterates its invitation to*". After other verbs "the decision" is
 * another body's, subject matter.
 */
export const REPEATING_VERBS: readonly ExtentWord[] = [
  { words: 'reiterates', seenIn: 'A/RES/80/131' },
  { words: 'reiterating', seenIn: 'A/RES/80/131' },
];
