import type { SourceTag } from './sources';

/**
 * The standard opening phrases of preambular and operative paragraphs.
 *
 * A phrase is written as a small pattern:
 * - `(of)`: a trailing particle that official texts italicise either way ("*Takes note* of",
 *   "*Takes note of*"); the phrase matches with or without it;
 * - `~`: where a repetition modifier goes ("Taking note ~ (of)" gives "Taking note also of");
 *   without `~` it goes before a trailing particle, or at the end;
 * - `[its]`: an optional word;
 * - `|`: the words after it are italicised in some official texts and not in others
 *   ("*Acknowledging* with concern", "*Acknowledging with appreciation*");
 * - `{ATTITUDE}`: one word of `ATTITUDE_NOUNS`; `{INTENSITY?}`: none or one of
 *   `INTENSITY_ADJECTIVES`, `{INTENSITY*}`: none, one or two ("its continued serious concern");
 *   `{ADVERB?}`: none or one of `PREAMBULAR_ADVERBS` ("Remaining deeply concerned");
 *   `{PARTICIPLE}`: a past participle, regular ("considered", "listened") or one of
 *   `IRREGULAR_PARTICIPLES`.
 *
 * Operative phrases also take the adverbs of `OPERATIVE_ADVERBS` in front ("Also urges",
 * "Strongly condemns", "Further takes note of") and, as official texts sometimes do, a
 * repetition modifier after the verb ("Encourages once again"). Preambular phrases take one
 * adverb of `PREAMBULAR_ADVERBS` in front ("Deeply concerned", "Firmly convinced", "Strongly
 * deploring") and the modifiers of `REPETITION_MODIFIERS` in their slot ("Recalling also").
 *
 * `symbol` is an official General Assembly text that uses the entry (source OFFICIAL): the
 * entries were mined from, and are checked against, the texts in ../shared by
 * `node scripts/mine-openers.mjs --check` (see that script to refresh them); a few come from
 * official texts outside ../shared, on which unres was measured, and say so (`outsideShared`).
 */
export interface PhraseEntry {
  readonly pattern: string;
  readonly sources: readonly SourceTag[];
  /** The symbol of an official text that uses the entry, when one of the texts mined does. */
  readonly symbol?: string;
  /**
   * The text of `symbol` is an official text outside ../shared (read in its official PDF when
   * unres was measured on texts it was not built on): `mine-openers --check` cannot read it.
   */
  readonly outsideShared?: true;
}

/** Adverbs that may stand before an operative verb (conventions OP-05, §6). */
export const OPERATIVE_ADVERBS: readonly PhraseEntry[] = [
  { pattern: 'also', sources: ['SAMPLES', 'CORPUS', 'UNF', 'OFFICIAL'], symbol: 'A/RES/78/10' },
  { pattern: 'further', sources: ['SAMPLES', 'CORPUS', 'UNF', 'OFFICIAL'], symbol: 'A/RES/78/107' },
  { pattern: 'again', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/78/107' },
  { pattern: 'once again', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/78/107' },
  { pattern: 'strongly', sources: ['SAMPLES', 'CORPUS', 'UNF', 'OFFICIAL'], symbol: 'A/RES/78/102' },
  { pattern: 'deeply', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/78/168' },
  { pattern: 'gravely', sources: ['UNF'] },
  { pattern: 'seriously', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/78/17' },
  { pattern: 'firmly', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/78/134' },
  { pattern: 'fully', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/78/118' },
  { pattern: 'solemnly', sources: ['UNF'] },
  { pattern: 'urgently', sources: ['OFFICIAL'], symbol: 'A/RES/78/121' },
  { pattern: 'greatly', sources: ['OFFICIAL'], symbol: 'A/RES/80/111' },
  { pattern: 'warmly', sources: ['OFFICIAL'], symbol: 'A/RES/80/63' },
  { pattern: 'profoundly', sources: ['OFFICIAL'], symbol: 'A/RES/78/234' },
];

/** Modifiers that mark a repeated opening phrase (conventions PRE-06, OP-05, §6). */
export const REPETITION_MODIFIERS: readonly PhraseEntry[] = [
  { pattern: 'also', sources: ['SAMPLES', 'CORPUS', 'OFFICIAL'], symbol: 'A/RES/78/10' },
  { pattern: 'further', sources: ['SAMPLES', 'CORPUS', 'OFFICIAL'], symbol: 'A/RES/78/10' },
  { pattern: 'once again', sources: ['CORPUS', 'UNF', 'OFFICIAL'], symbol: 'A/RES/78/107' },
  { pattern: 'again', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/78/107' },
];

/** Nouns that carry the meaning of "Expresses ...", "Notes with ..." (conventions §7, UNF carriers, the official texts). */
export const ATTITUDE_NOUNS: readonly PhraseEntry[] = [
  { pattern: 'appreciation', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/78/10' },
  { pattern: 'satisfaction', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/78/10' },
  { pattern: 'gratitude', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/78/14' },
  { pattern: 'support', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/78/121' },
  { pattern: 'confidence', sources: ['UNF'] },
  { pattern: 'hope', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/78/107' },
  { pattern: 'readiness', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/78/187' },
  { pattern: 'willingness', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/78/162' },
  { pattern: 'commitment', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/78/10' },
  { pattern: 'conviction', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/78/13' },
  { pattern: 'concern', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/78/102' },
  { pattern: 'alarm', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/78/190' },
  { pattern: 'regret', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/78/118' },
  { pattern: 'disappointment', sources: ['UNF'] },
  { pattern: 'dismay', sources: ['UNF'] },
  { pattern: 'indignation', sources: ['UNF'] },
  { pattern: 'outrage', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/78/198' },
  { pattern: 'anguish', sources: ['UNF'] },
  { pattern: 'sadness', sources: ['UNF'] },
  { pattern: 'worry', sources: ['UNF'] },
  { pattern: 'apprehension', sources: ['UNF'] },
  { pattern: 'intention', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/78/284' },
  { pattern: 'view', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/79/107' },
  { pattern: 'opinion', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/78/170' },
  { pattern: 'belief', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/78/34' },
  { pattern: 'expectation', sources: ['UNF'] },
  { pattern: 'solidarity', sources: ['SAMPLES', 'OFFICIAL'], symbol: 'A/RES/78/130' },
  { pattern: 'abhorrence', sources: ['OFFICIAL'], symbol: 'A/RES/78/222', outsideShared: true },
  { pattern: 'interest', sources: ['CORPUS', 'OFFICIAL'], symbol: 'A/RES/78/141' },
  { pattern: 'concerns', sources: ['OFFICIAL'], symbol: 'A/RES/78/137' },
  { pattern: 'condolences', sources: ['OFFICIAL'], symbol: 'A/RES/79/256' },
  { pattern: 'sympathy', sources: ['OFFICIAL'], symbol: 'A/RES/80/221' },
  { pattern: 'resolve', sources: ['OFFICIAL'], symbol: 'A/RES/78/162' },
  { pattern: 'need', sources: ['OFFICIAL'], symbol: 'A/RES/78/10' },
  { pattern: 'determination', sources: ['OFFICIAL'], symbol: 'A/RES/78/11' },
  { pattern: 'commendation', sources: ['OFFICIAL'], symbol: 'A/RES/78/73' },
  { pattern: 'expectations', sources: ['OFFICIAL'], symbol: 'A/RES/80/75' },
  { pattern: 'distress', sources: ['OFFICIAL'], symbol: 'A/RES/78/219' },
];

/** Adjectives that intensify an attitude noun: "deep concern", "profound gratitude". */
export const INTENSITY_ADJECTIVES: readonly PhraseEntry[] = [
  { pattern: 'deep', sources: ['SAMPLES', 'UNF', 'OFFICIAL'], symbol: 'A/RES/78/118' },
  { pattern: 'grave', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/78/11' },
  { pattern: 'serious', sources: ['CORPUS', 'UNF', 'OFFICIAL'], symbol: 'A/RES/78/116' },
  { pattern: 'profound', sources: ['CORPUS', 'OFFICIAL'], symbol: 'A/RES/78/118' },
  { pattern: 'utmost', sources: ['CORPUS', 'OFFICIAL'], symbol: 'A/RES/78/45' },
  { pattern: 'continuing', sources: ['HF', 'OFFICIAL'], symbol: 'A/RES/78/102' },
  { pattern: 'great', sources: ['OFFICIAL'], symbol: 'A/RES/78/121' },
  { pattern: 'increasing', sources: ['OFFICIAL'], symbol: 'A/RES/78/107' },
  { pattern: 'renewed', sources: ['OFFICIAL'], symbol: 'A/RES/78/34' },
  { pattern: 'particular', sources: ['OFFICIAL'], symbol: 'A/RES/78/108' },
  { pattern: 'strong', sources: ['OFFICIAL'], symbol: 'A/RES/78/152' },
  { pattern: 'firm', sources: ['OFFICIAL'], symbol: 'A/RES/78/34' },
  { pattern: 'continued', sources: ['OFFICIAL'], symbol: 'A/RES/78/11' },
  { pattern: 'very', sources: ['OFFICIAL'], symbol: 'A/RES/78/132' },
  { pattern: 'special', sources: ['OFFICIAL'], symbol: 'A/RES/78/102' },
  { pattern: 'gravest', sources: ['OFFICIAL'], symbol: 'A/RES/78/185' },
  { pattern: 'unequivocal', sources: ['OFFICIAL'], symbol: 'A/RES/78/219' },
  { pattern: 'unwavering', sources: ['OFFICIAL'], symbol: 'A/RES/78/284' },
  { pattern: 'full', sources: ['OFFICIAL'], symbol: 'A/RES/80/77' },
];

/**
 * Adverbs that may stand before a preambular participle or adjective ("Deeply concerned", "Ever
 * mindful"). Any other adverb in "-ly" of six letters or more does too ("Equally concerned",
 * A/RES/78/215): the phrase after it is what is checked.
 */
export const PREAMBULAR_ADVERBS: readonly PhraseEntry[] = [
  { pattern: 'deeply', sources: ['OFFICIAL'], symbol: 'A/RES/78/102' },
  { pattern: 'gravely', sources: ['OFFICIAL'], symbol: 'A/RES/78/118' },
  { pattern: 'seriously', sources: ['OFFICIAL'], symbol: 'A/RES/78/190' },
  { pattern: 'strongly', sources: ['OFFICIAL'], symbol: 'A/RES/78/118' },
  { pattern: 'firmly', sources: ['OFFICIAL'], symbol: 'A/RES/78/34' },
  { pattern: 'fully', sources: ['OFFICIAL'], symbol: 'A/RES/78/182' },
  { pattern: 'particularly', sources: ['OFFICIAL'], symbol: 'A/RES/78/206' },
  { pattern: 'unequivocally', sources: ['OFFICIAL'], symbol: 'A/RES/78/213' },
  { pattern: 'solemnly', sources: ['OFFICIAL'], symbol: 'A/C.4/80/L.5' },
  { pattern: 'ever', sources: ['OFFICIAL'], symbol: 'A/RES/78/42' },
  { pattern: 'also', sources: ['OFFICIAL'], symbol: 'A/RES/78/10' },
];

/** Past participles that do not end in "-ed", for "Having heard". */
export const IRREGULAR_PARTICIPLES: readonly PhraseEntry[] = [{ pattern: 'heard', sources: ['UNF', 'MUN'] }];

/** Opening phrases of operative paragraphs (conventions §7.2 and the official texts). */
export const OPERATIVE_PHRASES: readonly PhraseEntry[] = [
  // Directive
  { pattern: 'Requests', sources: ['EM', 'SAMPLES', 'CORPUS', 'UNF', 'OFFICIAL'], symbol: 'A/RES/78/10' },
  { pattern: 'Applauds', sources: ['OFFICIAL'], symbol: 'A/RES/79/133', outsideShared: true },
  { pattern: 'Requires', sources: ['OFFICIAL'], symbol: 'A/RES/79/325', outsideShared: true },
  { pattern: 'Calls ~ upon', sources: ['SAMPLES', 'CORPUS', 'UNF', 'OFFICIAL'], symbol: 'A/RES/78/10' },
  { pattern: 'Calls ~ on', sources: ['UNF'] },
  { pattern: 'Calls ~ for', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/78/132' },
  { pattern: 'Calls ~ | to', sources: ['OFFICIAL'], symbol: 'A/RES/80/147' },
  { pattern: 'Calls attention (to)', sources: ['OFFICIAL'], symbol: 'A/RES/78/118' },
  { pattern: 'Draws the attention (of)', sources: ['OFFICIAL'], symbol: 'A/RES/78/108' },
  { pattern: 'Brings to the attention (of)', sources: ['OFFICIAL'], symbol: 'A/RES/79/334' },
  { pattern: 'Proposes', sources: ['OFFICIAL'], symbol: 'A/RES/79/161' },
  { pattern: 'Warns', sources: ['OFFICIAL'], symbol: 'A/RES/80/77' },
  { pattern: 'Urges', sources: ['SAMPLES', 'CORPUS', 'UNF', 'OFFICIAL'], symbol: 'A/RES/78/10' },
  { pattern: 'Encourages', sources: ['SAMPLES', 'CORPUS', 'UNF', 'OFFICIAL'], symbol: 'A/RES/78/102' },
  { pattern: 'Invites', sources: ['SAMPLES', 'CORPUS', 'UNF', 'OFFICIAL'], symbol: 'A/RES/78/108' },
  { pattern: 'Demands', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/78/11' },
  { pattern: 'Recommends', sources: ['CORPUS', 'UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/78/108' },
  { pattern: 'Appeals (to)', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/78/185' },
  { pattern: 'Reminds', sources: ['UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/79/159' },
  { pattern: 'Directs', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/78/275' },
  { pattern: 'Suggests', sources: ['UNF', 'MUN'] },
  { pattern: 'Discourages', sources: ['UNF'] },
  { pattern: 'Asks', sources: ['UNF'] },
  { pattern: 'Instructs', sources: ['MUNIFY'] },
  // Deciding and declaring
  { pattern: 'Decides', sources: ['EM', 'SAMPLES', 'CORPUS', 'UNF', 'OFFICIAL'], symbol: 'A/RES/78/10' },
  { pattern: 'Resolves', sources: ['UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/78/255' },
  { pattern: 'Endorses', sources: ['CORPUS', 'UNF', 'HF', 'OFFICIAL'], symbol: 'A/RES/78/1' },
  { pattern: 'Approves', sources: ['UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/78/124' },
  { pattern: 'Adopts', sources: ['UNF', 'HF', 'OFFICIAL'], symbol: 'A/RES/78/3' },
  { pattern: 'Appropriates', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/78/274' },
  { pattern: 'Establishes', sources: ['UNF'] },
  { pattern: 'Authorizes', sources: ['UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/78/107' },
  { pattern: 'Determines', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/78/11' },
  { pattern: 'Renews', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/78/184' },
  { pattern: 'Proclaims', sources: ['UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/78/266' },
  { pattern: 'Declares', sources: ['UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/78/11' },
  { pattern: 'Agrees', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/78/2' },
  { pattern: 'Commits', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/78/182' },
  { pattern: 'Undertakes', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/78/225' },
  { pattern: 'Recommits', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/78/134' },
  { pattern: 'Pledges', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/79/317' },
  { pattern: 'Continues', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/79/226' },
  { pattern: 'Continues to welcome', sources: ['CORPUS', 'OFFICIAL'], symbol: 'A/RES/80/6' },
  { pattern: 'Continues to be concerned', sources: ['CORPUS', 'OFFICIAL'], symbol: 'A/RES/79/203' },
  { pattern: 'Accepts', sources: ['UNF', 'MUN'] },
  { pattern: 'Designates', sources: ['MUN'] },
  { pattern: 'Strives', sources: ['OFFICIAL'], symbol: 'A/RES/78/320' },
  { pattern: 'Promotes', sources: ['OFFICIAL'], symbol: 'A/C.2/80/L.21' },
  { pattern: 'Raises awareness (of)', sources: ['OFFICIAL'], symbol: 'A/RES/79/159' },
  // Observing
  { pattern: 'Notes', sources: ['SAMPLES', 'CORPUS', 'UNF', 'OFFICIAL'], symbol: 'A/RES/78/107' },
  { pattern: 'Notes with {INTENSITY*} {ATTITUDE}', sources: ['CORPUS', 'UNF', 'HF', 'OFFICIAL'], symbol: 'A/RES/78/107' },
  { pattern: 'Takes note ~ (of)', sources: ['SAMPLES', 'CORPUS', 'UNF', 'HF', 'OFFICIAL'], symbol: 'A/RES/78/102' },
  { pattern: 'Takes note with {ATTITUDE} ~ (of)', sources: ['EM', 'SAMPLES', 'CORPUS', 'OFFICIAL'], symbol: 'A/RES/78/102' },
  { pattern: 'Takes into account', sources: ['UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/78/86' },
  { pattern: 'Observes', sources: ['UNF'] },
  { pattern: 'Recognizes', sources: ['SAMPLES', 'CORPUS', 'UNF', 'OFFICIAL'], symbol: 'A/RES/78/10' },
  { pattern: 'Acknowledges', sources: ['CORPUS', 'UNF', 'OFFICIAL'], symbol: 'A/RES/78/110' },
  { pattern: 'Considers', sources: ['CORPUS', 'UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/78/116' },
  { pattern: 'Realizes', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/78/165' },
  { pattern: 'Bears in mind', sources: ['UNF'] },
  { pattern: 'Confirms', sources: ['UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/78/35' },
  { pattern: 'Believes', sources: ['UNF'] },
  { pattern: 'Refers', sources: ['CORPUS', 'OFFICIAL'], symbol: 'A/RES/80/169' },
  { pattern: 'Understands', sources: ['OFFICIAL'], symbol: 'A/RES/78/71' },
  { pattern: 'Anticipates', sources: ['OFFICIAL'], symbol: 'A/RES/78/116' },
  { pattern: 'Respects', sources: ['OFFICIAL'], symbol: 'A/RES/78/79' },
  { pattern: 'Maintains', sources: ['OFFICIAL'], symbol: 'A/RES/79/317' },
  // Reinforcing
  { pattern: 'Reaffirms', sources: ['SAMPLES', 'CORPUS', 'UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/78/108' },
  { pattern: 'Reaffirms its request', sources: ['SAMPLES', 'OFFICIAL'], symbol: 'A/RES/78/228' },
  { pattern: 'Reaffirms its support', sources: ['CORPUS', 'OFFICIAL'], symbol: 'A/RES/78/59' },
  { pattern: 'Reaffirms its invitation', sources: ['CORPUS', 'OFFICIAL'], symbol: 'A/RES/79/165' },
  { pattern: 'Recalls', sources: ['SAMPLES', 'CORPUS', 'UNF', 'OFFICIAL'], symbol: 'A/RES/78/102' },
  { pattern: 'Recalls its decision', sources: ['SAMPLES', 'OFFICIAL'], symbol: 'A/RES/78/227' },
  { pattern: 'Recalls with {ATTITUDE}', sources: ['CORPUS', 'OFFICIAL'], symbol: 'A/RES/78/14' },
  { pattern: 'Reiterates', sources: ['SAMPLES', 'CORPUS', 'UNF', 'OFFICIAL'], symbol: 'A/RES/78/102' },
  { pattern: 'Reiterates its request', sources: ['CORPUS', 'OFFICIAL'], symbol: 'A/RES/78/107' },
  { pattern: 'Reiterates its call', sources: ['HF', 'OFFICIAL'], symbol: 'A/RES/78/145' },
  { pattern: 'Reconfirms', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/79/146' },
  { pattern: 'Re-emphasizes', sources: ['OFFICIAL'], symbol: 'A/RES/78/184' },
  { pattern: 'Affirms', sources: ['CORPUS', 'UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/78/116' },
  { pattern: 'Underlines', sources: ['CORPUS', 'UNF', 'OFFICIAL'], symbol: 'A/RES/78/10' },
  { pattern: 'Underscores', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/78/118' },
  { pattern: 'Emphasizes', sources: ['SAMPLES', 'CORPUS', 'UNF', 'OFFICIAL'], symbol: 'A/RES/78/118' },
  { pattern: 'Emphasizes its {INTENSITY*} {ATTITUDE}', sources: ['CORPUS', 'OFFICIAL'], symbol: 'A/RES/80/194' },
  { pattern: 'Stresses', sources: ['SAMPLES', 'CORPUS', 'UNF', 'OFFICIAL'], symbol: 'A/RES/78/102' },
  { pattern: 'Highlights', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/78/184' },
  { pattern: 'Remains', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/78/168' },
  { pattern: 'Remains concerned', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/78/69' },
  { pattern: 'Remains deeply concerned', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/78/168' },
  // Evaluative
  { pattern: 'Welcomes', sources: ['SAMPLES', 'CORPUS', 'UNF', 'OFFICIAL'], symbol: 'A/RES/78/10' },
  { pattern: 'Commends', sources: ['UNF', 'HF', 'OFFICIAL'], symbol: 'A/RES/78/107' },
  { pattern: 'Appreciates', sources: ['CORPUS', 'UNF', 'OFFICIAL'], symbol: 'A/RES/78/145' },
  { pattern: 'Supports', sources: ['UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/78/157' },
  { pattern: 'Expresses [its] {INTENSITY*} {ATTITUDE} (with)', sources: ['SAMPLES', 'CORPUS', 'UNF', 'OFFICIAL'], symbol: 'A/RES/78/102' },
  { pattern: 'Expresses the {ATTITUDE}', sources: ['OFFICIAL'], symbol: 'A/RES/78/108' },
  { pattern: 'Extends [its] {ATTITUDE}', sources: ['OFFICIAL'], symbol: 'A/RES/79/256' },
  { pattern: 'Pays tribute (to)', sources: ['OFFICIAL'], symbol: 'A/RES/78/275' },
  { pattern: 'Looks forward (to)', sources: ['SAMPLES', 'CORPUS', 'UNF', 'OFFICIAL'], symbol: 'A/RES/78/132' },
  { pattern: 'Congratulates', sources: ['UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/79/159' },
  { pattern: 'Thanks', sources: ['UNF'] },
  { pattern: 'Is concerned', sources: ['UNF'] },
  { pattern: 'Is deeply concerned', sources: ['UNF'] },
  { pattern: 'Regrets', sources: ['UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/78/29' },
  { pattern: 'Deplores', sources: ['UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/78/184' },
  { pattern: 'Condemns', sources: ['CORPUS', 'UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/78/118' },
  { pattern: 'Condemns in the strongest terms', sources: ['CORPUS', 'OFFICIAL'], symbol: 'A/RES/78/187' },
  { pattern: 'Denounces', sources: ['UNF'] },
  { pattern: 'Rejects', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/79/167' },
  { pattern: 'Objects (to)', sources: ['OFFICIAL'], symbol: 'A/RES/79/167' },
  { pattern: 'Deprecates', sources: ['UNF'] },
  { pattern: 'Trusts', sources: ['UNF', 'MUN'] },
];

/** Opening phrases of preambular paragraphs (conventions §7.1 and the official texts). */
export const PREAMBULAR_PHRASES: readonly PhraseEntry[] = [
  // Observing, stance and adjectival openers
  { pattern: 'Acknowledging', sources: ['SAMPLES', 'CORPUS', 'UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/78/10' },
  { pattern: 'Acknowledging | with {ATTITUDE} ~', sources: ['CORPUS', 'OFFICIAL'], symbol: 'A/RES/78/185' },
  { pattern: 'Affirming', sources: ['SAMPLES', 'CORPUS', 'UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/78/118' },
  { pattern: 'Reaffirming', sources: ['SAMPLES', 'CORPUS', 'UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/78/102' },
  { pattern: 'Aware', sources: ['CORPUS', 'UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/78/121' },
  { pattern: 'Fully aware', sources: ['UNF', 'MUN'] },
  { pattern: 'Bearing in mind', sources: ['SAMPLES', 'CORPUS', 'UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/78/129' },
  { pattern: 'Keeping in mind', sources: ['MUN'] },
  { pattern: 'Believing', sources: ['CORPUS', 'UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/78/34' },
  { pattern: 'Fully believing', sources: ['MUN'] },
  { pattern: 'Cognizant', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/78/22' },
  { pattern: 'Conscious', sources: ['CORPUS', 'UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/78/102' },
  { pattern: 'Fully conscious', sources: ['UNF'] },
  { pattern: 'Deeply conscious', sources: ['MUN'] },
  { pattern: 'Considering', sources: ['CORPUS', 'UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/78/107' },
  { pattern: 'Taking into consideration', sources: ['UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/78/165' },
  { pattern: 'Taking into account', sources: ['UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/78/125' },
  { pattern: 'Taking account', sources: ['UNF'] },
  { pattern: 'Convinced', sources: ['CORPUS', 'UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/78/102' },
  { pattern: 'Fully convinced', sources: ['UNF'] },
  { pattern: 'Deeply convinced', sources: ['CORPUS', 'MUN', 'OFFICIAL'], symbol: 'A/RES/78/182' },
  { pattern: 'Confident', sources: ['MUN'] },
  { pattern: 'Guided (by)', sources: ['CORPUS', 'UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/78/139' },
  { pattern: 'Desirous', sources: ['CORPUS', 'UNF', 'OFFICIAL'], symbol: 'A/RES/78/17' },
  { pattern: 'Desiring', sources: ['MUN'] },
  { pattern: 'Mindful', sources: ['CORPUS', 'UNF', 'OFFICIAL'], symbol: 'A/RES/78/179' },
  { pattern: 'Observing', sources: ['UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/78/323' },
  { pattern: 'Realizing', sources: ['UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/79/294' },
  { pattern: 'Confirming', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/78/221' },
  { pattern: 'Recognizing', sources: ['SAMPLES', 'CORPUS', 'UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/78/10' },
  { pattern: 'Noting', sources: ['SAMPLES', 'CORPUS', 'UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/78/10' },
  { pattern: 'Noting with {INTENSITY*} {ATTITUDE} ~', sources: ['SAMPLES', 'CORPUS', 'MUN', 'OFFICIAL'], symbol: 'A/RES/78/10' },
  { pattern: 'Taking note ~ (of)', sources: ['SAMPLES', 'CORPUS', 'UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/78/102' },
  { pattern: 'Taking note with {ATTITUDE} ~ (of)', sources: ['SAMPLES', 'OFFICIAL'], symbol: 'A/RES/78/107' },
  { pattern: 'Understanding', sources: ['OFFICIAL'], symbol: 'A/RES/80/75' },
  { pattern: 'Asserting', sources: ['OFFICIAL'], symbol: 'A/RES/79/55' },
  { pattern: 'Seized (of)', sources: ['OFFICIAL'], symbol: 'A/RES/78/53' },
  { pattern: 'Looking forward ~ (to)', sources: ['OFFICIAL'], symbol: 'A/RES/78/145' },
  { pattern: 'Looking ahead', sources: ['OFFICIAL'], symbol: 'A/C.1/80/L.55' },
  // Perfect participles
  { pattern: 'Having considered', sources: ['CORPUS', 'UNF', 'MUN', 'HF', 'OFFICIAL'], symbol: 'A/RES/78/102' },
  { pattern: 'Having examined', sources: ['EM', 'UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/78/17' },
  { pattern: 'Having heard', sources: ['UNF', 'MUN'] },
  { pattern: 'Having received', sources: ['UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/78/8' },
  { pattern: 'Having reviewed', sources: ['UNF'] },
  { pattern: 'Having noted', sources: ['UNF'] },
  { pattern: 'Having adopted', sources: ['UNF', 'MUN'] },
  { pattern: 'Having studied', sources: ['UNF', 'MUN'] },
  { pattern: 'Having {PARTICIPLE}', sources: ['OFFICIAL'], symbol: 'A/RES/78/102' },
  { pattern: 'Having regard (to)', sources: ['OFFICIAL'], symbol: 'A/C.2/80/L.42', outsideShared: true },
  { pattern: 'Aiming', sources: ['OFFICIAL'], symbol: 'A/RES/78/127', outsideShared: true },
  { pattern: 'Having ~ {PARTICIPLE}', sources: ['OFFICIAL'], symbol: 'A/RES/78/102' },
  // Reinforcing
  { pattern: 'Recalling', sources: ['SAMPLES', 'CORPUS', 'UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/78/10' },
  { pattern: 'Recalling with {ATTITUDE} ~', sources: ['CORPUS', 'OFFICIAL'], symbol: 'A/RES/78/207' },
  { pattern: 'Reiterating', sources: ['SAMPLES', 'CORPUS', 'UNF', 'OFFICIAL'], symbol: 'A/RES/78/132' },
  { pattern: 'Reconfirming', sources: ['UNF'] },
  { pattern: 'Re-emphasizing', sources: ['OFFICIAL'], symbol: 'A/RES/78/219' },
  { pattern: 'Re-emphasizing its {INTENSITY*} {ATTITUDE}', sources: ['OFFICIAL'], symbol: 'A/RES/78/29' },
  { pattern: 'Recommitting', sources: ['OFFICIAL'], symbol: 'A/RES/78/139' },
  { pattern: 'Committing', sources: ['OFFICIAL'], symbol: 'A/RES/78/139' },
  { pattern: 'Renewing [its] {INTENSITY*} {ATTITUDE}', sources: ['OFFICIAL'], symbol: 'A/C.3/80/L.43' },
  { pattern: 'Continuing to underline', sources: ['OFFICIAL'], symbol: 'A/RES/78/219' },
  { pattern: 'Continuing to take the view', sources: ['OFFICIAL'], symbol: 'A/C.1/80/L.47' },
  { pattern: 'Underlining', sources: ['CORPUS', 'UNF', 'OFFICIAL'], symbol: 'A/RES/78/102' },
  { pattern: 'Underscoring', sources: ['CORPUS', 'UNF', 'OFFICIAL'], symbol: 'A/RES/78/141' },
  { pattern: 'Emphasizing', sources: ['SAMPLES', 'CORPUS', 'UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/78/102' },
  { pattern: 'Stressing', sources: ['SAMPLES', 'CORPUS', 'UNF', 'OFFICIAL'], symbol: 'A/RES/78/108' },
  { pattern: 'Highlighting', sources: ['SAMPLES', 'CORPUS', 'UNF', 'OFFICIAL'], symbol: 'A/RES/78/141' },
  { pattern: 'Pointing out', sources: ['MUN'] },
  { pattern: 'Referring', sources: ['CORPUS', 'MUN', 'OFFICIAL'], symbol: 'A/RES/79/10' },
  // Evaluative
  { pattern: 'Welcoming', sources: ['SAMPLES', 'CORPUS', 'UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/78/10' },
  { pattern: 'Welcoming in particular', sources: ['SAMPLES', 'OFFICIAL'], symbol: 'A/RES/79/154' },
  { pattern: 'Commending', sources: ['CORPUS', 'UNF', 'OFFICIAL'], symbol: 'A/RES/78/118' },
  { pattern: 'Appreciating', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/79/135' },
  { pattern: 'Expressing [its] {INTENSITY*} {ATTITUDE} ~', sources: ['SAMPLES', 'CORPUS', 'MUN', 'HF', 'OFFICIAL'], symbol: 'A/RES/78/11' },
  { pattern: 'Expressing the {ATTITUDE} ~', sources: ['OFFICIAL'], symbol: 'A/RES/80/11' },
  { pattern: 'Sharing | [the] {INTENSITY*} {ATTITUDE}', sources: ['OFFICIAL'], symbol: 'A/RES/78/33' },
  { pattern: 'Remaining {ADVERB?} concerned', sources: ['OFFICIAL'], symbol: 'A/RES/78/168' },
  { pattern: 'Being {ADVERB?} concerned', sources: ['OFFICIAL'], symbol: 'A/RES/79/46' },
  { pattern: 'Disappointed', sources: ['OFFICIAL'], symbol: 'A/RES/78/41' },
  { pattern: 'Encouraged (by)', sources: ['OFFICIAL'], symbol: 'A/RES/78/42' },
  { pattern: 'Regretting', sources: ['OFFICIAL'], symbol: 'A/RES/78/53' },
  { pattern: 'Rejecting', sources: ['OFFICIAL'], symbol: 'A/RES/79/169' },
  { pattern: 'Praising', sources: ['OFFICIAL'], symbol: 'A/RES/79/186' },
  { pattern: 'Honouring', sources: ['OFFICIAL'], symbol: 'A/RES/78/102' },
  { pattern: 'Commemorating', sources: ['OFFICIAL'], symbol: 'A/RES/78/237', outsideShared: true },
  { pattern: 'Trusting', sources: ['OFFICIAL'], symbol: 'A/RES/78/123' },
  { pattern: 'Wishing', sources: ['OFFICIAL'], symbol: 'A/RES/78/108' },
  { pattern: 'Striving', sources: ['OFFICIAL'], symbol: 'A/RES/79/205' },
  { pattern: 'Resolved', sources: ['OFFICIAL'], symbol: 'A/RES/78/196' },
  { pattern: 'Committed (to)', sources: ['OFFICIAL'], symbol: 'A/RES/80/153' },
  { pattern: 'Marking', sources: ['OFFICIAL'], symbol: 'A/RES/78/28' },
  { pattern: 'Proclaiming', sources: ['OFFICIAL'], symbol: 'A/C.4/80/L.5' },
  { pattern: 'Concerned', sources: ['SAMPLES', 'CORPUS', 'UNF', 'OFFICIAL'], symbol: 'A/RES/78/102' },
  { pattern: 'Deeply concerned', sources: ['CORPUS', 'UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/78/102' },
  { pattern: 'Gravely concerned', sources: ['UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/78/118' },
  { pattern: 'Seriously concerned', sources: ['SAMPLES', 'UNF', 'OFFICIAL'], symbol: 'A/RES/78/190' },
  { pattern: 'Deeply troubled', sources: ['UNF'] },
  { pattern: 'Alarmed', sources: ['UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/78/190' },
  { pattern: 'Alarmed and concerned', sources: ['CORPUS', 'OFFICIAL'], symbol: 'A/RES/80/194' },
  { pattern: 'Deeply alarmed', sources: ['UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/78/206' },
  { pattern: 'Gravely alarmed', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/80/221' },
  { pattern: 'Deeply disturbed', sources: ['CORPUS', 'UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/78/205' },
  { pattern: 'Deploring', sources: ['UNF', 'MUN', 'OFFICIAL'], symbol: 'A/RES/78/170' },
  { pattern: 'Condemning', sources: ['UNF', 'OFFICIAL'], symbol: 'A/RES/78/118' },
  { pattern: 'Strongly condemning', sources: ['HF', 'OFFICIAL'], symbol: 'A/RES/78/118' },
  { pattern: 'Encouraging', sources: ['CORPUS', 'OFFICIAL'], symbol: 'A/RES/78/12' },
  { pattern: 'Urging', sources: ['CORPUS', 'OFFICIAL'], symbol: 'A/RES/78/187' },
  { pattern: 'Supporting', sources: ['CORPUS', 'OFFICIAL'], symbol: 'A/RES/78/16' },
  { pattern: 'Calling ~ upon', sources: ['CORPUS', 'OFFICIAL'], symbol: 'A/RES/78/16' },
  { pattern: 'Calling ~ for', sources: ['OFFICIAL'], symbol: 'A/RES/79/317' },
  { pattern: 'Calling attention ~ (to)', sources: ['OFFICIAL'], symbol: 'A/RES/79/145' },
  { pattern: 'Inviting', sources: ['OFFICIAL'], symbol: 'A/RES/78/125' },
  { pattern: 'Building on', sources: ['OFFICIAL'], symbol: 'A/RES/80/173' },
  { pattern: 'Expecting', sources: ['CORPUS', 'MUN', 'OFFICIAL'], symbol: 'A/RES/79/118' },
  { pattern: 'Determined', sources: ['MUN', 'OFFICIAL'], symbol: 'A/RES/78/15' },
  { pattern: 'Declaring', sources: ['MUN'] },
  { pattern: 'Seeking', sources: ['MUN', 'OFFICIAL'], symbol: 'A/RES/78/151' },
  { pattern: 'Fulfilling', sources: ['MUN'] },
  { pattern: 'Approving', sources: ['MUN'] },
  { pattern: 'Acting under Chapter VII of the Charter of the United Nations', sources: ['UNF'] },
];
