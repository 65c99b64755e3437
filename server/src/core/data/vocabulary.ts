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
 * - `{ATTITUDE}`, `{INTENSITY}`: one word of the classes below (`{INTENSITY?}` optional).
 *
 * Operative phrases also take the adverbs of `OPERATIVE_ADVERBS` in front ("Also urges",
 * "Strongly condemns", "Further takes note of") and, as official texts sometimes do, a
 * repetition modifier after the verb ("Encourages once again"). Preambular phrases take the
 * modifiers of `REPETITION_MODIFIERS` in their slot ("Recalling also", "Recalling further").
 */
export interface PhraseEntry {
  readonly pattern: string;
  readonly sources: readonly SourceTag[];
}

/** Adverbs that may stand before an operative verb (conventions OP-05, §6). */
export const OPERATIVE_ADVERBS: readonly PhraseEntry[] = [
  { pattern: 'also', sources: ['SAMPLES', 'CORPUS', 'UNF'] },
  { pattern: 'further', sources: ['SAMPLES', 'CORPUS', 'UNF'] },
  { pattern: 'again', sources: ['UNF'] },
  { pattern: 'once again', sources: ['UNF'] },
  { pattern: 'strongly', sources: ['SAMPLES', 'CORPUS', 'UNF'] },
  { pattern: 'deeply', sources: ['UNF'] },
  { pattern: 'gravely', sources: ['UNF'] },
  { pattern: 'seriously', sources: ['UNF'] },
  { pattern: 'firmly', sources: ['UNF'] },
  { pattern: 'fully', sources: ['UNF'] },
  { pattern: 'solemnly', sources: ['UNF'] },
];

/** Modifiers that mark a repeated opening phrase (conventions PRE-06, OP-05, §6). */
export const REPETITION_MODIFIERS: readonly PhraseEntry[] = [
  { pattern: 'also', sources: ['SAMPLES', 'CORPUS'] },
  { pattern: 'further', sources: ['SAMPLES', 'CORPUS'] },
  { pattern: 'once again', sources: ['CORPUS', 'UNF'] },
  { pattern: 'again', sources: ['UNF'] },
];

/** Nouns that carry the meaning of "Expresses ...", "Notes with ..." (conventions §7, UNF carriers). */
export const ATTITUDE_NOUNS: readonly PhraseEntry[] = [
  ...['appreciation', 'satisfaction', 'gratitude', 'support', 'confidence', 'hope', 'readiness', 'willingness', 'commitment', 'conviction'].map(
    (pattern) => ({ pattern, sources: ['UNF'] as SourceTag[] }),
  ),
  ...['concern', 'alarm', 'regret', 'disappointment', 'dismay', 'indignation', 'outrage', 'anguish', 'sadness', 'worry', 'apprehension'].map(
    (pattern) => ({ pattern, sources: ['UNF'] as SourceTag[] }),
  ),
  ...['intention', 'view', 'opinion', 'belief', 'expectation'].map((pattern) => ({ pattern, sources: ['UNF'] as SourceTag[] })),
  { pattern: 'solidarity', sources: ['SAMPLES'] },
  { pattern: 'interest', sources: ['CORPUS'] },
];

/** Adjectives that intensify an attitude noun: "deep concern", "profound gratitude". */
export const INTENSITY_ADJECTIVES: readonly PhraseEntry[] = [
  { pattern: 'deep', sources: ['SAMPLES', 'UNF'] },
  { pattern: 'grave', sources: ['UNF'] },
  { pattern: 'serious', sources: ['CORPUS', 'UNF'] },
  { pattern: 'profound', sources: ['CORPUS'] },
  { pattern: 'utmost', sources: ['CORPUS'] },
  { pattern: 'continuing', sources: ['HF'] },
];

/** Opening phrases of operative paragraphs (conventions §7.2 and the official texts). */
export const OPERATIVE_PHRASES: readonly PhraseEntry[] = [
  // Directive
  { pattern: 'Requests', sources: ['EM', 'SAMPLES', 'CORPUS', 'UNF'] },
  { pattern: 'Calls upon', sources: ['SAMPLES', 'CORPUS', 'UNF'] },
  { pattern: 'Calls on', sources: ['UNF'] },
  { pattern: 'Calls for', sources: ['UNF'] },
  { pattern: 'Urges', sources: ['SAMPLES', 'CORPUS', 'UNF'] },
  { pattern: 'Encourages', sources: ['SAMPLES', 'CORPUS', 'UNF'] },
  { pattern: 'Invites', sources: ['SAMPLES', 'CORPUS', 'UNF'] },
  { pattern: 'Demands', sources: ['UNF'] },
  { pattern: 'Recommends', sources: ['CORPUS', 'UNF', 'MUN'] },
  { pattern: 'Appeals (to)', sources: ['UNF'] },
  { pattern: 'Reminds', sources: ['UNF', 'MUN'] },
  { pattern: 'Directs', sources: ['UNF'] },
  { pattern: 'Suggests', sources: ['UNF', 'MUN'] },
  { pattern: 'Discourages', sources: ['UNF'] },
  { pattern: 'Asks', sources: ['UNF'] },
  { pattern: 'Instructs', sources: ['MUNIFY'] },
  // Deciding and declaring
  { pattern: 'Decides', sources: ['EM', 'SAMPLES', 'CORPUS', 'UNF'] },
  { pattern: 'Resolves', sources: ['UNF', 'MUN'] },
  { pattern: 'Endorses', sources: ['CORPUS', 'UNF', 'HF'] },
  { pattern: 'Approves', sources: ['UNF', 'MUN'] },
  { pattern: 'Adopts', sources: ['UNF', 'HF'] },
  { pattern: 'Appropriates', sources: ['UNF'] },
  { pattern: 'Establishes', sources: ['UNF'] },
  { pattern: 'Authorizes', sources: ['UNF', 'MUN'] },
  { pattern: 'Determines', sources: ['UNF'] },
  { pattern: 'Renews', sources: ['UNF'] },
  { pattern: 'Proclaims', sources: ['UNF', 'MUN'] },
  { pattern: 'Declares', sources: ['UNF', 'MUN'] },
  { pattern: 'Agrees', sources: ['UNF'] },
  { pattern: 'Commits', sources: ['UNF'] },
  { pattern: 'Undertakes', sources: ['UNF'] },
  { pattern: 'Recommits', sources: ['UNF'] },
  { pattern: 'Pledges', sources: ['UNF'] },
  { pattern: 'Continues', sources: ['UNF'] },
  { pattern: 'Continues to welcome', sources: ['CORPUS'] },
  { pattern: 'Continues to be concerned', sources: ['CORPUS'] },
  { pattern: 'Accepts', sources: ['UNF', 'MUN'] },
  { pattern: 'Designates', sources: ['MUN'] },
  // Observing
  { pattern: 'Notes', sources: ['SAMPLES', 'CORPUS', 'UNF'] },
  { pattern: 'Notes with {INTENSITY?} {ATTITUDE}', sources: ['CORPUS', 'UNF', 'HF'] },
  { pattern: 'Takes note ~ (of)', sources: ['SAMPLES', 'CORPUS', 'UNF', 'HF'] },
  { pattern: 'Takes note with {ATTITUDE} ~ (of)', sources: ['EM', 'SAMPLES', 'CORPUS'] },
  { pattern: 'Takes into account', sources: ['UNF', 'MUN'] },
  { pattern: 'Observes', sources: ['UNF'] },
  { pattern: 'Recognizes', sources: ['SAMPLES', 'CORPUS', 'UNF'] },
  { pattern: 'Acknowledges', sources: ['CORPUS', 'UNF'] },
  { pattern: 'Considers', sources: ['CORPUS', 'UNF', 'MUN'] },
  { pattern: 'Realizes', sources: ['UNF'] },
  { pattern: 'Bears in mind', sources: ['UNF'] },
  { pattern: 'Confirms', sources: ['UNF', 'MUN'] },
  { pattern: 'Believes', sources: ['UNF'] },
  { pattern: 'Refers', sources: ['CORPUS'] },
  // Reinforcing
  { pattern: 'Reaffirms', sources: ['SAMPLES', 'CORPUS', 'UNF', 'MUN'] },
  { pattern: 'Reaffirms its request', sources: ['SAMPLES'] },
  { pattern: 'Reaffirms its support', sources: ['CORPUS'] },
  { pattern: 'Reaffirms its invitation', sources: ['CORPUS'] },
  { pattern: 'Recalls', sources: ['SAMPLES', 'CORPUS', 'UNF'] },
  { pattern: 'Recalls its decision', sources: ['SAMPLES'] },
  { pattern: 'Recalls with {ATTITUDE}', sources: ['CORPUS'] },
  { pattern: 'Reiterates', sources: ['SAMPLES', 'CORPUS', 'UNF'] },
  { pattern: 'Reiterates its request', sources: ['CORPUS'] },
  { pattern: 'Reiterates its call', sources: ['HF'] },
  { pattern: 'Reconfirms', sources: ['UNF'] },
  { pattern: 'Affirms', sources: ['CORPUS', 'UNF', 'MUN'] },
  { pattern: 'Underlines', sources: ['CORPUS', 'UNF'] },
  { pattern: 'Underscores', sources: ['UNF'] },
  { pattern: 'Emphasizes', sources: ['SAMPLES', 'CORPUS', 'UNF'] },
  { pattern: 'Emphasizes its {INTENSITY?} {ATTITUDE}', sources: ['CORPUS'] },
  { pattern: 'Stresses', sources: ['SAMPLES', 'CORPUS', 'UNF'] },
  { pattern: 'Highlights', sources: ['UNF'] },
  { pattern: 'Remains', sources: ['UNF'] },
  { pattern: 'Remains concerned', sources: ['UNF'] },
  { pattern: 'Remains deeply concerned', sources: ['UNF'] },
  // Evaluative
  { pattern: 'Welcomes', sources: ['SAMPLES', 'CORPUS', 'UNF'] },
  { pattern: 'Commends', sources: ['UNF', 'HF'] },
  { pattern: 'Appreciates', sources: ['CORPUS', 'UNF'] },
  { pattern: 'Supports', sources: ['UNF', 'MUN'] },
  { pattern: 'Expresses [its] {INTENSITY?} {ATTITUDE} (with)', sources: ['SAMPLES', 'CORPUS', 'UNF'] },
  { pattern: 'Looks forward (to)', sources: ['SAMPLES', 'CORPUS', 'UNF'] },
  { pattern: 'Congratulates', sources: ['UNF', 'MUN'] },
  { pattern: 'Thanks', sources: ['UNF'] },
  { pattern: 'Is concerned', sources: ['UNF'] },
  { pattern: 'Is deeply concerned', sources: ['UNF'] },
  { pattern: 'Regrets', sources: ['UNF', 'MUN'] },
  { pattern: 'Deplores', sources: ['UNF', 'MUN'] },
  { pattern: 'Condemns', sources: ['CORPUS', 'UNF', 'MUN'] },
  { pattern: 'Condemns in the strongest terms', sources: ['CORPUS'] },
  { pattern: 'Denounces', sources: ['UNF'] },
  { pattern: 'Rejects', sources: ['UNF'] },
  { pattern: 'Deprecates', sources: ['UNF'] },
  { pattern: 'Trusts', sources: ['UNF', 'MUN'] },
];

/** Opening phrases of preambular paragraphs (conventions §7.1 and the official texts). */
export const PREAMBULAR_PHRASES: readonly PhraseEntry[] = [
  // Observing, stance and adjectival openers
  { pattern: 'Acknowledging', sources: ['SAMPLES', 'CORPUS', 'UNF', 'MUN'] },
  { pattern: 'Acknowledging | with {ATTITUDE} ~', sources: ['CORPUS'] },
  { pattern: 'Affirming', sources: ['SAMPLES', 'CORPUS', 'UNF', 'MUN'] },
  { pattern: 'Reaffirming', sources: ['SAMPLES', 'CORPUS', 'UNF', 'MUN'] },
  { pattern: 'Aware', sources: ['CORPUS', 'UNF', 'MUN'] },
  { pattern: 'Fully aware', sources: ['UNF', 'MUN'] },
  { pattern: 'Bearing in mind', sources: ['SAMPLES', 'CORPUS', 'UNF', 'MUN'] },
  { pattern: 'Keeping in mind', sources: ['MUN'] },
  { pattern: 'Believing', sources: ['CORPUS', 'UNF', 'MUN'] },
  { pattern: 'Fully believing', sources: ['MUN'] },
  { pattern: 'Cognizant', sources: ['UNF'] },
  { pattern: 'Conscious', sources: ['CORPUS', 'UNF', 'MUN'] },
  { pattern: 'Fully conscious', sources: ['UNF'] },
  { pattern: 'Deeply conscious', sources: ['MUN'] },
  { pattern: 'Considering', sources: ['CORPUS', 'UNF', 'MUN'] },
  { pattern: 'Taking into consideration', sources: ['UNF', 'MUN'] },
  { pattern: 'Taking into account', sources: ['UNF', 'MUN'] },
  { pattern: 'Taking account', sources: ['UNF'] },
  { pattern: 'Convinced', sources: ['CORPUS', 'UNF', 'MUN'] },
  { pattern: 'Fully convinced', sources: ['UNF'] },
  { pattern: 'Deeply convinced', sources: ['CORPUS', 'MUN'] },
  { pattern: 'Confident', sources: ['MUN'] },
  { pattern: 'Guided (by)', sources: ['CORPUS', 'UNF', 'MUN'] },
  { pattern: 'Desirous', sources: ['CORPUS', 'UNF'] },
  { pattern: 'Desiring', sources: ['MUN'] },
  { pattern: 'Mindful', sources: ['CORPUS', 'UNF'] },
  { pattern: 'Observing', sources: ['UNF', 'MUN'] },
  { pattern: 'Realizing', sources: ['UNF', 'MUN'] },
  { pattern: 'Confirming', sources: ['UNF'] },
  { pattern: 'Recognizing', sources: ['SAMPLES', 'CORPUS', 'UNF', 'MUN'] },
  { pattern: 'Noting', sources: ['SAMPLES', 'CORPUS', 'UNF', 'MUN'] },
  { pattern: 'Noting with {INTENSITY?} {ATTITUDE} ~', sources: ['SAMPLES', 'CORPUS', 'MUN'] },
  { pattern: 'Taking note ~ (of)', sources: ['SAMPLES', 'CORPUS', 'UNF', 'MUN'] },
  { pattern: 'Taking note with {ATTITUDE} ~ (of)', sources: ['SAMPLES'] },
  // Perfect participles
  { pattern: 'Having considered', sources: ['CORPUS', 'UNF', 'MUN', 'HF'] },
  { pattern: 'Having examined', sources: ['EM', 'UNF', 'MUN'] },
  { pattern: 'Having heard', sources: ['UNF', 'MUN'] },
  { pattern: 'Having received', sources: ['UNF', 'MUN'] },
  { pattern: 'Having reviewed', sources: ['UNF'] },
  { pattern: 'Having noted', sources: ['UNF'] },
  { pattern: 'Having adopted', sources: ['UNF', 'MUN'] },
  { pattern: 'Having studied', sources: ['UNF', 'MUN'] },
  // Reinforcing
  { pattern: 'Recalling', sources: ['SAMPLES', 'CORPUS', 'UNF', 'MUN'] },
  { pattern: 'Recalling with {ATTITUDE} ~', sources: ['CORPUS'] },
  { pattern: 'Reiterating', sources: ['SAMPLES', 'CORPUS', 'UNF'] },
  { pattern: 'Reconfirming', sources: ['UNF'] },
  { pattern: 'Underlining', sources: ['CORPUS', 'UNF'] },
  { pattern: 'Underscoring', sources: ['CORPUS', 'UNF'] },
  { pattern: 'Emphasizing', sources: ['SAMPLES', 'CORPUS', 'UNF', 'MUN'] },
  { pattern: 'Stressing', sources: ['SAMPLES', 'CORPUS', 'UNF'] },
  { pattern: 'Highlighting', sources: ['SAMPLES', 'CORPUS', 'UNF'] },
  { pattern: 'Pointing out', sources: ['MUN'] },
  { pattern: 'Referring', sources: ['CORPUS', 'MUN'] },
  // Evaluative
  { pattern: 'Welcoming', sources: ['SAMPLES', 'CORPUS', 'UNF', 'MUN'] },
  { pattern: 'Welcoming in particular', sources: ['SAMPLES'] },
  { pattern: 'Commending', sources: ['CORPUS', 'UNF'] },
  { pattern: 'Appreciating', sources: ['UNF'] },
  { pattern: 'Expressing [its] {INTENSITY?} {ATTITUDE} ~', sources: ['SAMPLES', 'CORPUS', 'MUN', 'HF'] },
  { pattern: 'Concerned', sources: ['SAMPLES', 'CORPUS', 'UNF'] },
  { pattern: 'Deeply concerned', sources: ['CORPUS', 'UNF', 'MUN'] },
  { pattern: 'Gravely concerned', sources: ['UNF', 'MUN'] },
  { pattern: 'Seriously concerned', sources: ['SAMPLES', 'UNF'] },
  { pattern: 'Deeply troubled', sources: ['UNF'] },
  { pattern: 'Alarmed', sources: ['UNF', 'MUN'] },
  { pattern: 'Alarmed and concerned', sources: ['CORPUS'] },
  { pattern: 'Deeply alarmed', sources: ['UNF', 'MUN'] },
  { pattern: 'Gravely alarmed', sources: ['UNF'] },
  { pattern: 'Deeply disturbed', sources: ['CORPUS', 'UNF', 'MUN'] },
  { pattern: 'Deploring', sources: ['UNF', 'MUN'] },
  { pattern: 'Condemning', sources: ['UNF'] },
  { pattern: 'Strongly condemning', sources: ['HF'] },
  { pattern: 'Encouraging', sources: ['CORPUS'] },
  { pattern: 'Urging', sources: ['CORPUS'] },
  { pattern: 'Supporting', sources: ['CORPUS'] },
  { pattern: 'Calling upon', sources: ['CORPUS'] },
  { pattern: 'Expecting', sources: ['CORPUS', 'MUN'] },
  { pattern: 'Determined', sources: ['MUN'] },
  { pattern: 'Declaring', sources: ['MUN'] },
  { pattern: 'Seeking', sources: ['MUN'] },
  { pattern: 'Fulfilling', sources: ['MUN'] },
  { pattern: 'Approving', sources: ['MUN'] },
  { pattern: 'Acting under Chapter VII of the Charter of the United Nations', sources: ['UNF'] },
];
