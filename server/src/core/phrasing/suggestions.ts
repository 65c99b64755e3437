import type { Language } from '../language/languages';
import { phraseBook, plainPhrases } from '../parse/phrases';

/** A standard phrase offered for an opener the vocabulary does not know, and the words it replaces. */
export interface PhraseSuggestion {
  readonly phrase: string;
  /** How many words of the opener the phrase replaces. */
  readonly replacesWords: number;
  readonly distance: number;
}

/** Edit distance with transpositions (optimal string alignment), case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const rows: number[][] = [];
  for (let i = 0; i <= s.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= t.length; j++) {
      if (i === 0) {
        rows[0][j] = j;
        continue;
      }
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
    }
  }
  return rows[s.length][t.length];
}

/**
 * How far a phrase may be from what was written to be offered: a typo or two, never a new word. In a
 * language whose lists hold only the phrases read so far (French, Spanish), one letter: a word two
 * letters from a listed one is as likely an unlisted word ("Invite" is not a slip for "Insiste").
 */
function maxDistance(language: Language): number {
  return phraseBook(language).hasEveryPhrase ? 2 : 1;
}
const withinReach = (written: string, distance: number, reach: number): boolean => distance <= reach && distance <= Math.floor(written.length / 3);

/**
 * The standard phrases nearest to the words an opener begins with, nearest first: "Urgs" ->
 * "Urges"; "Calls" followed by an object -> "Calls upon", "Calls on", "Calls for"; "decides" ->
 * "Decides". `extraPhrases` (a committee's own, from the configuration) are offered as the standard ones.
 * Only phrases of the draft's language are offered: a French draft is never told to write "Decides".
 */
export function nearestPhrases(kind: 'operative' | 'preambular', words: readonly string[], limit = 3, extraPhrases: readonly string[] = [], language: Language = 'en'): PhraseSuggestion[] {
  if (words.length === 0) return [];
  // A long draft repeats its unknown openers; the answer depends on the words alone.
  const key = `${language}|${kind}|${limit}|${extraPhrases.join('|')}|${words.join(' ')}`;
  let suggestions = recentSuggestions.get(key);
  if (!suggestions) {
    suggestions = computeNearestPhrases(kind, words, limit, extraPhrases, language);
    if (recentSuggestions.size >= MAX_REMEMBERED_SUGGESTIONS) recentSuggestions.delete(recentSuggestions.keys().next().value as string);
    recentSuggestions.set(key, suggestions);
  }
  return [...suggestions];
}

const MAX_REMEMBERED_SUGGESTIONS = 512;
const recentSuggestions = new Map<string, readonly PhraseSuggestion[]>();

function computeNearestPhrases(kind: 'operative' | 'preambular', words: readonly string[], limit: number, extraPhrases: readonly string[], language: Language): PhraseSuggestion[] {
  const suggestions: PhraseSuggestion[] = [];
  const reach = maxDistance(language);
  const standard = plainPhrases(kind, language);
  const candidates = extraPhrases.length === 0 ? standard : [...standard, ...extraPhrases.filter((extra) => !standard.some((phrase) => phrase.toLowerCase() === extra.toLowerCase()))];
  for (const phrase of candidates) {
    const phraseWords = phrase.split(' ');
    if (phraseWords.length <= words.length) {
      const written = words.slice(0, phraseWords.length).join(' ');
      // The distance is at least the difference in length: most phrases are out of reach at once.
      const distance = Math.abs(written.length - phrase.length) > 2 ? Infinity : editDistance(written, phrase);
      if (withinReach(written, distance, reach)) {
        suggestions.push({ phrase, replacesWords: phraseWords.length, distance });
        continue;
      }
    }
    // A head word written right but not finished: "Calls Member States to ..." -> "Calls upon".
    if (phraseWords.length > 1 && phraseWords.length - 1 <= reach && words[0].toLowerCase() === phraseWords[0].toLowerCase()) {
      suggestions.push({ phrase, replacesWords: 1, distance: phraseWords.length - 1 });
    }
  }
  return suggestions
    .sort((a, b) => a.distance - b.distance || a.phrase.split(' ').length - b.phrase.split(' ').length)
    .slice(0, limit);
}
