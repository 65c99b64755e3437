import type { Treaty } from '../data/treaties';
import { BUNDLED_TREATY_TABLE, type TreatyTable } from './treatyTable';

/**
 * Finding a treaty by letters a drafter types for it ("CRPD", "UNCLOS", "ICESCR") when no source
 * in the table gives that abbreviation: the titles whose words' initials spell it. This is a way
 * to search, not a fact: lookup says the treaty was found by its initials, and hovers never use it.
 */

/** Small words of a title whose initials abbreviations keep: the O of UNCLOS, the A of UNCAC. */
const SPELLED_SMALL_WORDS = new Set(['of', 'against', 'for']);
/** Small words abbreviations leave out, at no cost. */
const UNSPELLED_SMALL_WORDS = new Set(['the', 'on', 'and', 'or', 'in', 'to', 'a', 'an', 'at', 'by', 'with', 'from', 'between', 'relating', 'concerning']);
/** Any other word left out costs this much inside the letters ("All Forms" in CEDAW)… */
const SKIPPED_WORD = 1;
/** …and this much after the last letter ("and Other Cruel, … Punishment" after CAT). */
const SKIPPED_TAIL_WORD = 0.25;
/** The most a title may leave out and still be read as spelled by the letters. */
const MOST_LEFT_OUT = 2.5;
/** How far behind the best title another may be and still be shown beside it. */
const CLOSE_TO_BEST = 1.5;
/** The most titles shown for one query. */
const MOST_SHOWN = 5;

/** A query that can be initials: one word of two to ten capital letters. */
export function isInitialsQuery(text: string): boolean {
  return /^[A-Z]{2,10}$/.test(text.trim());
}

/** The words of a title, without the Collection's notes in parentheses. */
function titleWords(title: string): string[] {
  return title.replace(/\([^()]*\)/g, ' ').match(/[\p{L}\p{Nd}]+(?:[-’'][\p{L}\p{Nd}]+)*/gu) ?? [];
}

/**
 * How much of a title the letters leave out when they spell its words' initials in order, or
 * Infinity when they cannot: every letter is the initial of a word, in order; a word without a
 * letter is left out (cheaply after the last letter), a small word freely.
 */
export function initialsCost(letters: string, title: string): number {
  const words = titleWords(title);
  // cost[j]: the least left out with the words read so far and j letters spelled.
  let cost: number[] = Array.from({ length: letters.length + 1 }, (_, j) => (j === 0 ? 0 : Infinity));
  for (const word of words) {
    const spellable = /^\p{Lu}/u.test(word) || SPELLED_SMALL_WORDS.has(word);
    const free = UNSPELLED_SMALL_WORDS.has(word) || SPELLED_SMALL_WORDS.has(word);
    const initial = word[0].toUpperCase();
    const next = cost.map((c, j) => c + (free ? 0 : j === letters.length ? SKIPPED_TAIL_WORD : SKIPPED_WORD));
    for (let j = 0; j < letters.length; j++) {
      if (spellable && initial === letters[j] && cost[j] < next[j + 1]) next[j + 1] = cost[j];
    }
    cost = next;
  }
  return cost[letters.length];
}

/**
 * The treaties whose titles these letters spell best, best first: none when the query is not
 * initials or every title leaves out too much. Ties keep the table's order.
 */
export function treatiesByInitials(text: string, table: TreatyTable = BUNDLED_TREATY_TABLE): Treaty[] {
  if (!isInitialsQuery(text)) return [];
  const letters = text.trim();
  const scored = table.treaties
    .map((treaty) => ({ treaty, cost: initialsCost(letters, treaty.title) }))
    .filter((s) => s.cost <= MOST_LEFT_OUT);
  if (scored.length === 0) return [];
  const best = Math.min(...scored.map((s) => s.cost));
  return scored.filter((s) => s.cost <= best + CLOSE_TO_BEST).sort((a, b) => a.cost - b.cost).slice(0, MOST_SHOWN).map((s) => s.treaty);
}
