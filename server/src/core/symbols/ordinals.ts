/**
 * Ordinal numbers written in words, as United Nations texts name sessions: "first", "twentieth",
 * "eighty-first", "one hundredth", "one hundred and first". Running text writes them in lower case
 * ("at its eightieth session"), a masthead capitalizes the first word ("Seventy-ninth session")
 * and the title of Official Records both ("Seventy-fifth Session") (conventions SES-01).
 */

const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const UNIT_ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEEN_ORDINALS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const TENS_ORDINALS = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

/** The highest ordinal written and read here. */
export const MAX_ORDINAL = 199;

function belowHundred(n: number): string {
  if (n < 10) return UNIT_ORDINALS[n];
  if (n < 20) return TEEN_ORDINALS[n - 10];
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  return unit === 0 ? TENS_ORDINALS[tens] : `${TENS[tens]}-${UNIT_ORDINALS[unit]}`;
}

/** "eighty-first" for 81, "one hundredth" for 100, "one hundred and first" for 101; undefined outside 1…199. */
export function ordinalWords(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 1 || n > MAX_ORDINAL) return undefined;
  if (n < 100) return belowHundred(n);
  return n === 100 ? 'one hundredth' : `one hundred and ${belowHundred(n - 100)}`;
}

const BY_WORDS = new Map<string, number>();
for (let n = 1; n <= MAX_ORDINAL; n++) BY_WORDS.set(ordinalWords(n)!, n);
// Texts also write "one hundred first" without "and".
for (let n = 101; n <= MAX_ORDINAL; n++) BY_WORDS.set(`one hundred ${belowHundred(n - 100)}`, n);

/**
 * The number an ordinal in words stands for, in any case, with a hyphen or an en dash or a line
 * break between its parts: "Eighty-first" → 81, "seventy‑ninth" → 79. Undefined when it is none.
 */
export function parseOrdinal(words: string): number | undefined {
  const folded = words.toLowerCase().replace(/[\u2010\u2011\u2013-]\s*/g, '-').replace(/\s+/g, ' ').trim();
  return BY_WORDS.get(folded);
}

/**
 * A regular-expression source that matches any ordinal in words (first letter in either case),
 * longest forms first, allowing a line break after a hyphen. Use with the `i` flag off: it
 * accepts "Eightieth" and "eightieth" but not "EIGHTIETH".
 */
export const ORDINAL_WORDS_PATTERN = (() => {
  const word = (w: string) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`;
  const any = (words: readonly string[]) => words.filter((w) => w !== '').map(word).join('|');
  const hyphen = '[\\u2010\\u2011\\u2013-]\\s*';
  const units = `(?:${any(UNIT_ORDINALS)})`;
  const below = `(?:(?:${any(TENS)})${hyphen}${units}|${any(TENS_ORDINALS)}|${any(TEEN_ORDINALS)}|${units})`;
  return `(?:${word('one')}\\s+hundred(?:\\s+and)?\\s+${below}|${word('one')}\\s+hundredth|${below})`;
})();
