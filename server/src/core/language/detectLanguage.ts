// Which language a draft is written in: the first thing the parser needs, since the opening line,
// the opening phrases and the words of the masthead are read in that language.
import { LANGUAGE_VOCABULARIES } from '../data/languages';
import type { IssuingBody, Span } from '../model';
import { htmlComments } from '../parse/comments';
import { LANGUAGE_NAMES, LANGUAGES, readLanguage, type Language } from './languages';

/** How the language of a document was settled, strongest first. */
export type LanguageBasis =
  /** `<!-- unres-language: fr -->` in the file. */
  | 'comment'
  /** The `language` of `.unres.json` or the editor's setting. */
  | 'setting'
  /** Most of its letters are of one script (Cyrillic, Arabic, Chinese). */
  | 'script'
  /** Its opening line: "L'Assemblée générale,", "La Asamblea General,". */
  | 'opening-line'
  /** Its masthead's language lines: "Original : anglais" is a French line, whatever the original was; "Español" names the version. */
  | 'masthead'
  /** The words it is written in: "Original : anglais" is a French line, whatever the original was. */
  | 'words'
  /** Nothing says: English. */
  | 'default';

/** The language of a document and what settled it. */
export interface DocumentLanguage {
  readonly code: Language;
  readonly basis: LanguageBasis;
  /** For `comment`: the comment that sets it. */
  readonly span?: Span;
}

/** The English opening lines, as the parser has always read them. */
const ENGLISH_OPENING_LINES: ReadonlyArray<{ body: IssuingBody; line: string }> = [
  { body: 'General Assembly', line: 'The General Assembly' },
  { body: 'Security Council', line: 'The Security Council' },
  { body: 'Human Rights Council', line: 'The Human Rights Council' },
  { body: 'Economic and Social Council', line: 'The Economic and Social Council' },
];

/** Every opening line unres reads, in every language that has them, with its body and language. */
export const OPENING_LINES: ReadonlyArray<{ body: IssuingBody; line: string; language: Language }> = [
  ...ENGLISH_OPENING_LINES.map((entry) => ({ ...entry, language: 'en' as const })),
  ...LANGUAGES.flatMap((language) => (LANGUAGE_VOCABULARIES[language]?.openingLines ?? []).map((entry) => ({ body: entry.body, line: entry.line, language }))),
];

/** Apostrophes as texts type them (' and ’) read alike; spaces of any width too. */
function comparable(line: string): string {
  return line.replace(/[’']/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

const OPENING_LINE_INDEX = new Map(OPENING_LINES.map((entry) => [comparable(entry.line), entry]));

/** The opening line a line of text is, with or without its comma: "L’Assemblée générale," → the General Assembly, in French. */
export function openingLineOf(plainLine: string): { body: IssuingBody; language: Language; comma: boolean } | undefined {
  const trimmed = plainLine.trim();
  const comma = trimmed.endsWith(',');
  const entry = OPENING_LINE_INDEX.get(comparable(comma ? trimmed.slice(0, -1) : trimmed));
  return entry && { body: entry.body, language: entry.language, comma };
}

const LANGUAGE_COMMENT = /^<!--\s*unres-language\s*:?\s*([^\s>-][^>]*?)\s*-->$/;

/** The language a `<!-- unres-language: fr -->` comment sets, the first such comment winning. */
function languageComment(source: string): { code: Language; span: Span } | undefined {
  for (const span of htmlComments(source)) {
    const m = LANGUAGE_COMMENT.exec(source.slice(span.start, span.end));
    const code = m ? readLanguage(m[1]) : undefined;
    if (code) return { code, span };
  }
  return undefined;
}

/** Letters of the scripts that name a language by themselves. */
const SCRIPTS: ReadonlyArray<{ language: Language; letter: RegExp }> = [
  { language: 'ru', letter: /\p{Script=Cyrillic}/u },
  { language: 'ar', letter: /\p{Script=Arabic}/u },
  { language: 'zh', letter: /\p{Script=Han}/u },
];

/** Any letter of those scripts: most drafts have none, and are not counted letter by letter. */
const OTHER_SCRIPT = /[\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Han}]/u;

/** How much of the text's start detection reads: a masthead and a few paragraphs settle it. */
const SAMPLE_LENGTH = 20_000;

/** The script most of the letters of a sample are in, when it is one of SCRIPTS. */
function scriptLanguage(sample: string): Language | undefined {
  if (!OTHER_SCRIPT.test(sample)) return undefined;
  const counts = new Map<Language, number>();
  let letters = 0;
  for (const ch of sample) {
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    const script = SCRIPTS.find((s) => s.letter.test(ch));
    if (script) counts.set(script.language, (counts.get(script.language) ?? 0) + 1);
  }
  for (const [language, count] of counts) if (count * 2 > letters) return language;
  return undefined;
}

/**
 * The masthead lines that say the version's language, each with that language: "Original: English"
 * and the other English names; "Original : anglais", read in the language the name is written in;
 * and a version's own name on a line of its own ("Français"), as the masthead of a translation
 * prints it. The names are those of the sourced vocabularies (data/languages).
 */
const MASTHEAD_LANGUAGE_LINES: ReadonlyMap<string, Language> = (() => {
  const lines = new Map<string, Language>();
  for (const name of Object.values(LANGUAGE_NAMES)) lines.set(`original: ${name.toLowerCase()}`, 'en');
  for (const language of LANGUAGES) {
    const words = LANGUAGE_VOCABULARIES[language]?.documentWords.original;
    if (!words) continue;
    for (const [named, name] of Object.entries(words.languageNames)) {
      lines.set(`${words.label.toLowerCase()}: ${name.toLowerCase()}`, language);
      if (named === language) lines.set(name.toLowerCase(), language);
    }
  }
  return lines;
})();

/** The language a masthead line says the version is in ("Original : anglais" → French), if it is such a line. */
function mastheadLineLanguage(line: string): Language | undefined {
  if (line.length > 40) return undefined;
  return MASTHEAD_LANGUAGE_LINES.get(line.trim().toLowerCase().replace(/\s+/g, ' ').replace(/\s*:\s*/, ': '));
}

/** Small words frequent in each Latin-script language and rare in the others. */
const FUNCTION_WORDS: ReadonlyArray<{ language: Language; words: ReadonlySet<string> }> = [
  { language: 'en', words: new Set(['the', 'of', 'and', 'to', 'its', 'with', 'which', 'that']) },
  { language: 'fr', words: new Set(['le', 'les', 'des', 'du', 'et', 'dans', 'aux', 'au', 'sur', 'qui']) },
  { language: 'es', words: new Set(['el', 'los', 'las', 'del', 'y', 'en', 'con', 'por', 'que', 'al']) },
];

/** The Latin-script language whose small words are most of the sample's, when one clearly leads. */
function wordsLanguage(sample: string): Language | undefined {
  const counts = FUNCTION_WORDS.map(({ language, words }) => ({ language, count: 0, words }));
  for (const word of sample.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const entry of counts) if (entry.words.has(word)) entry.count++;
  }
  counts.sort((a, b) => b.count - a.count);
  const [first, second] = counts;
  // Shared words ("en", "que") make a near tie undecided.
  return first.count >= 5 && first.count >= 2 * second.count ? first.language : undefined;
}

/**
 * The language of a document: a `<!-- unres-language -->` comment, else the setting, else its
 * script, its opening line or its words; English when nothing says.
 */
export function detectLanguage(source: string, setting?: Language): DocumentLanguage {
  const comment = languageComment(source);
  if (comment) return { code: comment.code, basis: 'comment', span: comment.span };
  if (setting) return { code: setting, basis: 'setting' };
  const sample = source.slice(0, SAMPLE_LENGTH);
  const script = scriptLanguage(sample);
  if (script) return { code: script, basis: 'script' };
  const lines = sample.split(/\r\n|\r|\n/);
  let masthead: Language | undefined;
  for (const line of lines) {
    if (line.length > 80) continue;
    const opening = openingLineOf(line.replace(/[*_]/g, ''));
    if (opening) return { code: opening.language, basis: 'opening-line' };
    masthead ??= mastheadLineLanguage(line);
  }
  if (masthead) return { code: masthead, basis: 'masthead' };
  const words = wordsLanguage(sample);
  if (words) return { code: words, basis: 'words' };
  return { code: 'en', basis: 'default' };
}
