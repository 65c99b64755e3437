/**
 * The masthead, adoption and closing lines of a draft in French or Spanish, read with the words its
 * language's vocabulary gives (`documentWords` in data/languages): "Distr. générale", "19 de
 * diciembre de 2023", "Original : anglais", "Quatre-vingtième session", "Tema 71 b) del
 * programa", "Résolution adoptée par l'Assemblée générale le 19 décembre 2023".
 *
 * A line whose words the vocabulary does not give yet ("Distr. limitée" while only "Distr.
 * générale" was read, a sponsor line while no "projet de résolution" was read, a committee line)
 * is told apart by its shape or place and left unread: it is not placed in the model and not
 * reported (it may still be the title), so that a clean draft is not blamed for what unres does
 * not know.
 */
import { LANGUAGE_VOCABULARIES } from '../data/languages';
import type { DocumentWords } from '../data/languages/languageVocabulary';
import type { IssuingBody } from '../model';
import { datePattern } from '../language/dates';
import { sessionFiguresPattern } from '../language/sessionOrdinals';
import type { Language } from '../language/languages';

/** Offsets into a line's plain text: [from, to). */
export type Piece = readonly [number, number];

/** What a masthead line of the language is, with its parts as offsets into the line. */
export type MastheadLine =
  /** "Nations Unies", "Naciones Unidas": the Organization's name above the organ's. */
  | { readonly kind: 'organization' }
  | { readonly kind: 'body'; readonly organ: IssuingBody }
  | { readonly kind: 'distribution'; readonly value: Piece; readonly date?: Piece }
  | { readonly kind: 'date' }
  | { readonly kind: 'original'; readonly value: Piece }
  | { readonly kind: 'session' }
  | { readonly kind: 'agenda'; readonly number: Piece }
  /** An adoption line; without `date` when the date wrapped to the next line ("le 19 décembre 2023"). */
  | { readonly kind: 'adoption'; readonly organ: Piece; readonly date?: Piece; readonly meeting?: Piece }
  /** The wrapped end of an adoption line: "le 19 décembre 2023", "el 19 de diciembre de 2023". */
  | { readonly kind: 'adoption-date'; readonly date: Piece }
  /** A draft's kind line: "Chili, France et Ghana : projet de résolution", or the kind alone. */
  | { readonly kind: 'sponsor'; readonly sponsorsEnd: number; readonly documentKind: Piece }
  /** "Résolution 2712 (2023)": a Security Council resolution's number. */
  | { readonly kind: 'council-number'; readonly number: Piece }
  /** A line of a kind whose words the language's vocabulary does not give: left unread, not reported. */
  | { readonly kind: 'unread' };

/** Where a line stands among the lines read so far, for the lines told apart by their place. */
export interface LineContext {
  /**
   * Only the top lines of a masthead (the Organization, the organ, the symbol) have been read, no
   * distribution, date or original line yet.
   */
  readonly topOfMasthead: boolean;
  /** The line before it was the session line: a committee line stands there. */
  readonly afterSession: boolean;
  /** An adoption line without its date was the line before. */
  readonly adoptionAwaitsDate: boolean;
  /** The next line of the block, without markup. */
  readonly nextLine: string;
}

/**
 * The Organization's name as the United Nations writes it in each language, the first line of
 * every masthead: French as in "Conférence des Nations Unies sur l'eau" (press.un.org/fr/2024/ag12620.doc.htm),
 * Spanish as in "Diario de las Naciones Unidas" (static.un.org/spanish/ga/ropga_lang.shtml, the
 * Assembly's rules of procedure, rule 55).
 */
const ORGANIZATION: Readonly<Partial<Record<Language, string>>> = {
  fr: 'Nations Unies',
  es: 'Naciones Unidas',
};

/** Apostrophes as texts type them (' and ’) read alike; one character for one, so offsets hold. */
const sameApostrophes = (s: string): string => s.replace(/’/g, "'");
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Any space, the no-break spaces French prints before a colon included. */
const SPACE = '[\\s\\u00a0\\u202f]';

/** The reader of one language's masthead lines. */
export interface MastheadReader {
  readonly language: Language;
  read(plain: string, context: LineContext): MastheadLine | undefined;
  /** The expression of a closing meeting line ("75e séance plénière"); undefined while the words are unknown. */
  readonly closingMeeting?: RegExp;
  /** The expression of a line that holds a date only, as the closing lines print it. */
  readonly dateOnly?: RegExp;
}

const readers = new Map<Language, MastheadReader | null>();

/** The masthead reader of a language other than English that has a vocabulary; undefined otherwise. */
export function mastheadReader(language: Language): MastheadReader | undefined {
  if (language === 'en') return undefined;
  let reader = readers.get(language);
  if (reader === undefined) {
    const words = LANGUAGE_VOCABULARIES[language]?.documentWords;
    reader = words ? buildReader(language, words) : null;
    readers.set(language, reader);
  }
  return reader ?? undefined;
}

/** The organ's name without the article of its opening line: "L'Assemblée générale" → "Assemblée générale". */
function organName(openingLine: string): string {
  return sameApostrophes(openingLine).replace(/^(?:L'|(?:Le|La|Les|El|Los|Las)\s+)/, '');
}

/** The organs whose names a language's vocabulary gives (from their opening lines), with ' for an apostrophe. */
export function organsOf(language: Language): ReadonlyArray<{ body: IssuingBody; name: string }> {
  return (LANGUAGE_VOCABULARIES[language]?.openingLines ?? []).map((entry) => ({ body: entry.body, name: organName(entry.line) })).filter((o) => o.name !== '');
}

function buildReader(language: Language, words: DocumentWords): MastheadReader {
  const date = datePattern(language);
  const organs = organsOf(language);
  const organization = ORGANIZATION[language];
  const nonEmpty = (list: readonly string[]): string[] => list.map((s) => sameApostrophes(s.trim())).filter((s) => s !== '');

  const distributions = nonEmpty(words.distribution).map((entry) => {
    const space = entry.indexOf(' ');
    return { prefix: space > 0 ? entry.slice(0, space) : entry, value: space > 0 ? entry.slice(space + 1) : '' };
  });
  const distributionPrefixes = [...new Set(distributions.map((d) => d.prefix))];
  const distributionLine = distributions.length > 0
    ? new RegExp(`^(${distributionPrefixes.map(escape).join('|')})${SPACE}*:?${SPACE}*(${distributions.map((d) => escape(d.value)).join('|')})(?:${SPACE}+(${date ?? '(?!)'}))?$`, 'u')
    : undefined;

  const label = words.original.label.trim();
  const originalLine = label ? new RegExp(`^${escape(label)}${SPACE}*:${SPACE}*(\\S.*)$`, 'u') : undefined;

  const sessionWord = words.session.trim();
  const figures = sessionFiguresPattern(language);
  const sessionLine = sessionWord
    ? new RegExp(`^(?:\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Ll}[\\p{L}-]*){0,3}${figures ? `|${figures}` : ''})\\s+${escape(sessionWord)}$`, 'u')
    : undefined;

  const agendaLines = words.agendaItems
    .map((item) => ({ before: item.before.trim(), after: sameApostrophes(item.after.trim()) }))
    .filter((item) => item.before !== '' && item.after !== '')
    .map((item) => ({ before: item.before, after: item.after, line: new RegExp(`^${escape(item.before)}\\s+(\\d{1,3}(?:\\s?[a-z]{1,2}\\))?)\\s+${escape(item.after)}$`, 'u') }));
  const agendaEnds = agendaLines.map((agenda) => agenda.after);

  const kinds = nonEmpty(words.draftResolution);
  const kindPattern = kinds.map((k) => `[${k[0].toLowerCase()}${k[0].toUpperCase()}]${escape(k.slice(1))}`).join('|');
  const sponsorLine = kinds.length > 0 ? new RegExp(`^(.*?)${SPACE}*:(?:\\\\?\\*){0,3}${SPACE}*(${kindPattern})${SPACE}*$`, 'u') : undefined;
  const bareKind = kinds.length > 0 ? new RegExp(`^(${kindPattern})$`, 'u') : undefined;

  const adoptions = nonEmpty(words.adoptedBy).map((start) => {
    const organ = organs.find((o) => start.toLowerCase().includes(o.name.toLowerCase()));
    const at = organ ? start.toLowerCase().indexOf(organ.name.toLowerCase()) : -1;
    return { start, organ: organ && at >= 0 ? ([at, at + organ.name.length] as Piece) : undefined };
  });
  // The word for a resolution is the first of the adoption lines that name one ("Résolution adoptée par …").
  const resolutionWords = [...new Set(adoptions.map((a) => a.start.split(' ')[0]).filter((w) => /^R/.test(w)))];
  const councilNumber = resolutionWords.length > 0 ? new RegExp(`^(?:${resolutionWords.map(escape).join('|')})\\s+(\\d{1,4} \\((?:19|20)\\d\\d\\))$`, 'u') : undefined;
  // After the start: the date, with or without the small word before it ("le", "el"), or a meeting then the date.
  const adoptionDate = date ? new RegExp(`^\\s+(?:\\p{Ll}{1,3}\\s+)?(${date})$`, 'u') : undefined;
  const adoptionMeeting = date ? new RegExp(`^\\s+(\\S.*?),\\s+(?:\\p{Ll}{1,3}\\s+)?(${date})$`, 'u') : undefined;
  const adoptionDateLine = date ? new RegExp(`^\\p{Ll}{1,3}\\s+(${date})$`, 'u') : undefined;
  const dateLine = date ? new RegExp(`^${date}$`, 'u') : undefined;
  const endsWithDate = date ? new RegExp(`\\s(?:${date})$`, 'u') : undefined;

  const plenary = words.plenaryMeeting?.trim();
  // While the words of the meeting line are not known, the closing lines are told by their shape:
  // a meeting's number and a few words ("75e séance plénière") over a date of the language alone
  // on its line, so that an adopted text's closing lines are not taken for a paragraph.
  const closingMeeting = plenary
    ? new RegExp(`^\\*?\\s*\\d{1,4}\\S{0,4}\\s+(?:${escape(plenary)})(?!\\p{L})`, 'u')
    : date
      ? new RegExp(`^\\*?\\s*\\d{1,4}\\S{0,3}\\s+\\p{Ll}[\\p{L} ]{0,40}?\\*?[ \\t]*\\r?\\n[ \\t]*\\*?${date}\\*?\\s*$`, 'u')
      : undefined;
  const dateOnly = date ? new RegExp(`^\\*?\\s*${date}\\s*\\*?$`, 'u') : undefined;

  const read = (rawPlain: string, context: LineContext): MastheadLine | undefined => {
    const plain = sameApostrophes(rawPlain);
    let m: RegExpExecArray | null;
    if (organization && plain === organization) return { kind: 'organization' };
    const organ = organs.find((o) => o.name === plain);
    if (organ) return { kind: 'body', organ: organ.body };
    if (distributionLine && (m = distributionLine.exec(plain))) {
      const valueStart = plain.indexOf(m[2], m[1].length);
      return { kind: 'distribution', value: [valueStart, valueStart + m[2].length], date: m[3] ? [plain.length - m[3].length, plain.length] : undefined };
    }
    if (dateLine?.test(plain)) return { kind: 'date' };
    if (originalLine && (m = originalLine.exec(plain))) return { kind: 'original', value: [plain.length - m[1].length, plain.length] };
    if (sessionLine?.test(plain)) return { kind: 'session' };
    for (const agenda of agendaLines) {
      if (!(m = agenda.line.exec(plain))) continue;
      const at = plain.indexOf(m[1], agenda.before.length);
      return { kind: 'agenda', number: [at, at + m[1].length] };
    }
    if (context.adoptionAwaitsDate && adoptionDateLine && (m = adoptionDateLine.exec(plain))) return { kind: 'adoption-date', date: [plain.length - m[1].length, plain.length] };
    for (const adoption of adoptions) {
      if (!plain.startsWith(adoption.start) || !adoption.organ) continue;
      const rest = plain.slice(adoption.start.length);
      if (adoptionDate && (m = adoptionDate.exec(rest))) return { kind: 'adoption', organ: adoption.organ, date: [plain.length - m[1].length, plain.length] };
      if (adoptionMeeting && (m = adoptionMeeting.exec(rest))) {
        const meetingStart = adoption.start.length + rest.indexOf(m[1]);
        return { kind: 'adoption', organ: adoption.organ, meeting: [meetingStart, meetingStart + m[1].length], date: [plain.length - m[2].length, plain.length] };
      }
      // A footnote mark may follow a line printed without a date ("… Derechos Humanos *", A/HRC/RES/15/15).
      if (/^[\s*\\]*$/.test(rest)) {
        if (adoptionDateLine?.test(sameApostrophes(context.nextLine))) return { kind: 'adoption', organ: adoption.organ };
        // Older texts print the line without a date ("Resolución aprobada por la Asamblea General", A/RES/60/251):
        // the model's adoption has a date, so the line is left unread.
        return { kind: 'unread' };
      }
    }
    if (councilNumber && (m = councilNumber.exec(plain))) return { kind: 'council-number', number: [plain.length - m[1].length, plain.length] };
    if (sponsorLine && (m = sponsorLine.exec(plain))) return { kind: 'sponsor', sponsorsEnd: m[1].length, documentKind: [plain.length - m[2].length, plain.length] };
    if (bareKind?.test(plain)) return { kind: 'sponsor', sponsorsEnd: 0, documentKind: [0, plain.length] };
    return unreadLine(plain, context);
  };

  /** Lines of a kind whose words are not known yet, told apart by their shape or place. */
  const unreadLine = (plain: string, context: LineContext): MastheadLine | undefined => {
    const unread: MastheadLine = { kind: 'unread' };
    // The top of the masthead: an organ whose opening line was not read in a source ("Consejo de Seguridad").
    const aboveDistribution = context.topOfMasthead || (distributionLine?.test(sameApostrophes(context.nextLine)) ?? false);
    if (aboveDistribution && plain.length <= 80 && !/[.;:,]$/.test(plain)) return unread;
    // "Distr. limitée" while only "Distr. générale" was read.
    if (distributionPrefixes.some((prefix) => plain.startsWith(`${prefix} `) || plain.startsWith(`${prefix}:`))) return unread;
    // "Français" above "Original : anglais": the language of the version.
    if (/^\p{Lu}\p{Ll}+$/u.test(plain) && originalLine?.test(sameApostrophes(context.nextLine))) return unread;
    // A committee line ("Troisième Commission") below the session line.
    if (context.afterSession && plain.length <= 80 && !/[.;:,]$/.test(plain)) return unread;
    // "Points 20 et 21 de l'ordre du jour": an agenda line in a form not read yet.
    if (agendaEnds.some((after) => plain.endsWith(after)) && /\d/.test(plain)) return unread;
    // A sponsor, amendment or decision line: "Chili et France : projet de résolution".
    if (/^[^:]{2,}?[\s\u00a0\u202f]?:[\s\u00a0\u202f]*\p{Ll}/u.test(plain) && !/[.;]$/.test(plain)) return unread;
    // An adoption or issue line of a form not read yet, ending with a date of the language.
    if (endsWithDate?.test(plain)) return unread;
    return undefined;
  };

  return { language, read, closingMeeting, dateOnly };
}
