import type { CitedOrgan, ResolutionCitation, ResolutionDocument, Span } from '../model';
import { documentSession } from '../completion/sessions';
import { UNKNOWN_ORGAN } from '../parse/citations';
import { ORDINAL_WORDS_PATTERN, parseOrdinal } from './ordinals';
import { sessionFiguresPattern, sessionNumberIn, sessionOrdinalPattern } from '../language/sessionOrdinals';
import type { CalendarDate } from './sessions';
import { parseDateIn } from '../language/dates';
import { parseUnSymbol, resolutionSymbol, type SymbolSession, type UnSymbol } from './unSymbols';

/** A resolution or document cited in the text, with what its symbol says. */
export interface SymbolMention {
  readonly kind: 'resolution' | 'document';
  /** The number or symbol as written, without a link artefact's brackets or the date after it. */
  readonly span: Span;
  /** The number or symbol with its spaces and line breaks folded: "64/293", "S/RES/2712 (2023)". */
  readonly written: string;
  /** The organ that adopted or issued it; undefined when the text does not make it plain. */
  readonly organ?: string;
  /** True when the text names no organ for a resolution and the organ is the issuing body's by default. */
  readonly organAssumed?: boolean;
  /** The symbol it stands for; undefined when the organ or the form has none (a commission's resolution). */
  readonly symbol?: UnSymbol;
  /** The adoption date written next to a resolution: "of 30 July 2010". */
  readonly date?: CitedDate;
}

export interface CitedDate {
  readonly span: Span;
  /** "30 July 2010", spaces folded. */
  readonly text: string;
  /** Undefined for a date that does not exist ("31 June 2010"). */
  readonly value?: CalendarDate;
}

/** A session named in words: "at its eightieth session", "Seventy-fifth Session", "the eighty-first session of the General Assembly". */
export interface SessionMention {
  /** The ordinal and the word "session". */
  readonly span: Span;
  readonly number: number;
  /** Whose session the text says it is; undefined when the words around it do not name the body. */
  readonly body?: SymbolSession['body'];
  /** "at its eightieth session" (the body's own), "the eightieth session of …", or an *Official Records* title. */
  readonly form: 'at its' | 'of its' | 'of the' | 'official records';
}

/** Everything this module reads from one document, built once per parsed document. */
export interface CitedSymbols {
  readonly mentions: readonly SymbolMention[];
  readonly sessions: readonly SessionMention[];
}

const cache = new WeakMap<ResolutionDocument, CitedSymbols>();

/** The resolutions, documents and sessions a document cites, in text order. */
export function citedSymbols(doc: ResolutionDocument): CitedSymbols {
  let result = cache.get(doc);
  if (!result) {
    result = { mentions: readMentions(doc), sessions: readSessions(doc) };
    cache.set(doc, result);
  }
  return result;
}

/** The resolution or document cited at an offset (inside its number, symbol or date). */
export function symbolAt(doc: ResolutionDocument, offset: number): SymbolMention | undefined {
  return citedSymbols(doc).mentions.find((m) => (m.span.start <= offset && offset <= m.span.end) || (m.date !== undefined && m.date.span.start <= offset && offset <= m.date.span.end));
}

const fold = (s: string): string => s.replace(/\s+/g, ' ').trim();

function readMentions(doc: ResolutionDocument): SymbolMention[] {
  const out: SymbolMention[] = [];
  for (const c of doc.citations) {
    if (c.kind === 'resolution') out.push(resolutionMention(doc, c));
    else if (c.kind === 'document') {
      const symbol = parseUnSymbol(c.symbol);
      if (symbol) out.push({ kind: 'document', span: c.span, written: fold(c.symbol), organ: symbol.organ, symbol });
    }
  }
  return out;
}

const SECURITY_COUNCIL_NUMBER = /^\d{1,4} \((?:19|20)\d\d\)$/;
const YEAR_NUMBER = /^(?:19[4-9]\d|20\d\d)\//;

/**
 * The organ of a cited resolution. The form of the number can settle it: "2712 (2023)" is the
 * Security Council's; "1996/31" is numbered by year, which the General Assembly never does, so a
 * text that names no organ for it leaves the organ unknown.
 */
function citedOrgan(organ: CitedOrgan, number: string): string | undefined {
  if (SECURITY_COUNCIL_NUMBER.test(number)) return 'Security Council';
  if (organ === 'Council' || organ === UNKNOWN_ORGAN) return undefined;
  if (organ === 'General Assembly' && YEAR_NUMBER.test(number)) return undefined;
  return organ;
}

function resolutionMention(doc: ResolutionDocument, c: ResolutionCitation): SymbolMention {
  const written = fold(c.number);
  const span = { start: c.span.start, end: c.span.start + c.number.length };
  const organ = citedOrgan(c.organ, written);
  const symbolText = organ ? resolutionSymbol(organ, written) : undefined;
  const symbol = symbolText ? parseUnSymbol(symbolText) : undefined;
  const date = c.date ? { span: c.date.span, text: fold(doc.text.slice(c.date.span.start, c.date.span.end)), value: parseDateIn(doc.text.slice(c.date.span.start, c.date.span.end), doc.language.code) } : undefined;
  return { kind: 'resolution', span, written, organ, organAssumed: organ === c.organ && c.organAssumed ? true : undefined, symbol, date };
}

// The word "session" is found first, then the ordinal before it: one cheap search over long texts.
const SESSION_WORD = /\b[Ss]ession\b/g;
const ORDINAL_BEFORE = new RegExp(`(?<![\\p{L}-])(${ORDINAL_WORDS_PATTERN})\\s+$`, 'u');
const GA_BEFORE = /(?:General\s+)?Assembly,?\s+at\s+its\s+$/;
const HRC_BEFORE = /Human\s+Rights\s+Council,?\s+at\s+its\s+$/;
const OFFICIAL_RECORDS_GA = /Official\s+Records\s+of\s+the\s+General\s+Assembly,\s+$/;
const OF_THE_AFTER = /^\s+of\s+the\s+(General\s+Assembly|Human\s+Rights\s+Council)\b/;

function readSessions(doc: ResolutionDocument): SessionMention[] {
  const spans = [...doc.preamble, ...doc.operative]
    .flatMap((p) => p.pieces)
    .concat(doc.footnoteDefinitions.map((d) => d.content))
    .sort((a, b) => a.start - b.start);
  const language = doc.language.code;
  if (language === 'fr' || language === 'es') return readSessionsIn(doc, spans, foreignSessionWording(language));
  const out: SessionMention[] = [];
  for (const span of spans) {
    const slice = doc.text.slice(span.start, span.end);
    SESSION_WORD.lastIndex = 0;
    for (let w = SESSION_WORD.exec(slice); w; w = SESSION_WORD.exec(slice)) {
      const windowStart = Math.max(0, w.index - 50);
      const o = ORDINAL_BEFORE.exec(slice.slice(windowStart, w.index));
      const number = o ? parseOrdinal(o[1]) : undefined;
      if (!o || number === undefined) continue;
      const index = windowStart + o.index;
      const end = w.index + w[0].length;
      const before = slice.slice(Math.max(0, index - 60), index).replace(/\*/g, '');
      const after = slice.slice(end, end + 40);
      const start = span.start + index;
      const mention = (body: SessionMention['body'], form: SessionMention['form']): SessionMention => ({ span: { start, end: span.start + end }, number, body, form });
      const ofThe = OF_THE_AFTER.exec(after);
      if (OFFICIAL_RECORDS_GA.test(before)) out.push(mention('General Assembly', 'official records'));
      else if (GA_BEFORE.test(before)) out.push(mention('General Assembly', 'at its'));
      else if (HRC_BEFORE.test(before)) out.push(mention('Human Rights Council', 'at its'));
      else if (ofThe && /the\s+$/.test(before)) out.push(mention(/General/.test(ofThe[1]) ? 'General Assembly' : 'Human Rights Council', 'of the'));
      else if (/\bat\s+its\s+$/.test(before)) out.push(mention(undefined, 'at its'));
      else if (/\bof\s+its\s+$/.test(before)) out.push(mention(undefined, 'of its'));
    }
  }
  return out;
}

/**
 * How a French or Spanish text names a session in running text: the session word, the ordinal
 * before it, and the words before the ordinal that say whose session it is ("l'Assemblée générale,
 * à sa soixante-dix-neuvième session"; "la Asamblea General en su septuagésimo noveno período de
 * sesiones", "en su 34º período de sesiones").
 */
interface SessionWording {
  readonly word: RegExp;
  readonly ordinalBefore: RegExp;
  readonly language: 'fr' | 'es';
  readonly forms: ReadonlyArray<{ readonly before: RegExp; readonly body?: SessionMention['body']; readonly form: SessionMention['form'] }>;
}

const SESSION_WORDINGS: Partial<Record<'fr' | 'es', SessionWording>> = {};

function foreignSessionWording(language: 'fr' | 'es'): SessionWording {
  let wording = SESSION_WORDINGS[language];
  if (!wording) {
    const figures = sessionFiguresPattern(language);
    const ordinal = `${sessionOrdinalPattern(language)}${figures ? `|${figures}` : ''}`;
    wording = {
      language,
      word: language === 'fr' ? /(?<![\p{L}-])session(?!\p{L})/giu : /(?<![\p{L}-])período\s+de\s+sesiones(?!\p{L})/giu,
      ordinalBefore: new RegExp(`(?<![\\p{L}\\d-])(${ordinal})\\s+$`, 'iu'),
      forms:
        language === 'fr'
          ? [
              { before: /Assemblée\s+générale,?\s+à\s+sa\s+$/iu, body: 'General Assembly', form: 'at its' },
              { before: /Conseil\s+des\s+droits\s+de\s+l['’]homme,?\s+à\s+sa\s+$/iu, body: 'Human Rights Council', form: 'at its' },
              { before: /(?<!\p{L})à\s+sa\s+$/iu, form: 'at its' },
              { before: /(?<!\p{L})de\s+sa\s+$/iu, form: 'of its' },
            ]
          : [
              { before: /Asamblea\s+General,?\s+en\s+su\s+$/u, body: 'General Assembly', form: 'at its' },
              { before: /Consejo\s+de\s+Derechos\s+Humanos,?\s+en\s+su\s+$/u, body: 'Human Rights Council', form: 'at its' },
              { before: /(?<!\p{L})en\s+su\s+$/iu, form: 'at its' },
              { before: /(?<!\p{L})de\s+su\s+$/iu, form: 'of its' },
            ],
    };
    SESSION_WORDINGS[language] = wording;
  }
  return wording;
}

/** The sessions a French or Spanish text names in running text, as `readSessions` reads them in English. */
function readSessionsIn(doc: ResolutionDocument, spans: readonly Span[], wording: SessionWording): SessionMention[] {
  const out: SessionMention[] = [];
  for (const span of spans) {
    const slice = doc.text.slice(span.start, span.end);
    wording.word.lastIndex = 0;
    for (let w = wording.word.exec(slice); w; w = wording.word.exec(slice)) {
      const windowStart = Math.max(0, w.index - 60);
      const o = wording.ordinalBefore.exec(slice.slice(windowStart, w.index));
      if (!o) continue;
      const number = sessionNumberIn(wording.language, o[1]);
      if (number === undefined) continue;
      const index = windowStart + o.index;
      const before = slice.slice(Math.max(0, index - 60), index).replace(/\*/g, '');
      const found = wording.forms.find((f) => f.before.test(before));
      if (found) out.push({ span: { start: span.start + index, end: span.start + w.index + w[0].length }, number, body: found.body, form: found.form });
    }
  }
  return out;
}

/**
 * The session of the General Assembly the document itself belongs to, as `documentSession` reads
 * it (its symbol, "A/C.3/80/L.12"; else the masthead's session line, "Seventy-ninth session"; else
 * the number of an adopted resolution, "78/228."), kept only when it is the Assembly's: a symbol of
 * the Assembly's regular session, or a masthead or opening line of the General Assembly. With the
 * place it was read from, for messages. Undefined when none of them says it.
 */
export function assemblySession(doc: ResolutionDocument): { number: number; source: string } | undefined {
  const session = documentSession(doc);
  if (!session || session.naming !== 'ordinal') return undefined;
  if (session.from === 'symbol') {
    const symbol = doc.header.symbol && parseUnSymbol(doc.header.symbol.text);
    const own = symbol?.session;
    return own?.body === 'General Assembly' && own.kind === 'regular' && own.number === session.number ? { number: own.number, source: symbol!.symbol } : undefined;
  }
  if ((doc.header.organ ?? doc.opening?.body) !== 'General Assembly') return undefined;
  const source = session.from === 'session line' ? `the masthead ("${doc.header.session!.text.trim()}")` : `resolution ${doc.header.resolutionNumber!.text}`;
  return { number: session.number, source };
}
