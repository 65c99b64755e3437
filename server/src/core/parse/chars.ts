/**
 * Character classes of UTF-16 code units for the loops that run over every character of a
 * document: a table lookup instead of a regular expression (`/\p{L}/u`, `/\s/`) or a
 * `toLowerCase` per character. The table is exact: each code unit is classified by the regular
 * expressions and `toLowerCase` the first time it is met, ASCII up front.
 */

const KNOWN = 1;
const LETTER = 2;
const DIGIT = 4;
/** `toLowerCase` leaves the code unit as it is, on its own and (it is no capital sigma) in any word. */
const OWN_LOWER_CASE = 8;
const WHITESPACE = 16;

const LETTER_PATTERN = /\p{L}/u;
const DIGIT_PATTERN = /\p{Nd}/u;
const WHITESPACE_PATTERN = /\s/;

const classes = new Uint8Array(0x10000);

function classify(code: number): number {
  const ch = String.fromCharCode(code);
  // A lone surrogate is no letter; a pair is read by the callers, as a whole.
  let found = KNOWN;
  if (LETTER_PATTERN.test(ch)) found |= LETTER;
  else if (DIGIT_PATTERN.test(ch)) found |= DIGIT;
  if (ch.toLowerCase() === ch) found |= OWN_LOWER_CASE;
  if (WHITESPACE_PATTERN.test(ch)) found |= WHITESPACE;
  return found;
}

for (let c = 0; c < 0x80; c++) classes[c] = classify(c);

function classOf(code: number): number {
  const known = classes[code];
  if (known !== 0) return known;
  const found = classify(code);
  classes[code] = found;
  return found;
}

/** Whether the code unit is a letter (`\p{L}`) on its own; false for surrogates. */
export function isLetterCode(code: number): boolean {
  return (classOf(code) & LETTER) !== 0;
}

/** Whether the code unit is a letter or a decimal digit (`[\p{L}\p{Nd}]`) on its own; false for surrogates. */
export function isLetterOrDigitCode(code: number): boolean {
  return (classOf(code) & (LETTER | DIGIT)) !== 0;
}

/**
 * Whether `toLowerCase` leaves the code unit as it is wherever it stands in a string: lower-case
 * letters, digits, punctuation. Not for capitals, nor for the capital sigma, whose lower case
 * depends on its place in the word.
 */
export function isOwnLowerCase(code: number): boolean {
  return (classOf(code) & OWN_LOWER_CASE) !== 0;
}

/** Whether the code unit is whitespace as `/\s/` reads it: spaces, line ends, no-break spaces, the byte order mark. */
export function isWhitespaceCode(code: number): boolean {
  return (classOf(code) & WHITESPACE) !== 0;
}
