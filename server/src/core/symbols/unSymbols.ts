import { ordinalWords } from './ordinals';
import { gaSessionSpan, parseRoman } from './sessions';

/**
 * What a United Nations document symbol says about its document, read from the symbol alone
 * (conventions §2, after the Dag Hammarskjöld Library's guide to symbols,
 * https://research.un.org/en/docs/symbols): the organ from the series ("A/" the General Assembly,
 * "A/C.3/" its Third Committee, "A/HRC/" the Human Rights Council, "S/" the Security Council, "E/"
 * the Economic and Social Council), the session or year, and what the last components mark:
 * "L." limited distribution (drafts), "Rev." a revision, "Add." an addendum, "Corr." a corrigendum.
 */
export interface UnSymbol {
  /** The symbol in its official form: "A/RES/64/293", "S/RES/2712 (2023)", "A/C.3/79/L.5/Rev.1". */
  readonly symbol: string;
  /** The organ that issued it, as far as the symbol says: "General Assembly", "Third Committee of the General Assembly"; undefined when unknown. */
  readonly organ?: string;
  /** A session of the General Assembly or of the Human Rights Council, when the symbol carries one. */
  readonly session?: SymbolSession;
  /** The year in a Security Council or Economic and Social Council symbol. */
  readonly year?: number;
  /** "resolution", "draft (limited distribution)", "document", "summary record of meeting 39" ... */
  readonly documentType: string;
  /** What the last components say, in order: "revision 1", "addendum 2", "corrigendum 1". */
  readonly versions: readonly string[];
  /** The document at the United Nations' document address, `https://undocs.org/` + symbol. */
  readonly url: string;
}

export interface SymbolSession {
  readonly body: 'General Assembly' | 'Human Rights Council';
  readonly kind: 'regular' | 'special' | 'emergency special';
  readonly number: number;
}

const COMMITTEES = ['First Committee', 'Second Committee', 'Third Committee', 'Special Political and Decolonization Committee (Fourth Committee)', 'Fifth Committee', 'Sixth Committee'];

const VERSION_WORDS: Readonly<Record<string, string>> = { Rev: 'revision', Add: 'addendum', Corr: 'corrigendum', Amend: 'amendment' };

/**
 * Treaty-body and conference series the real texts cite (../shared), with the body each stands for
 * as the citing texts name it. A series not listed here is shown with its organ unknown.
 */
const OTHER_SERIES: Readonly<Record<string, string>> = {
  CEDAW: 'Committee on the Elimination of Discrimination against Women',
  CED: 'Committee on Enforced Disappearances',
  CTOC: 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
  FCCC: 'Conference of the Parties to the United Nations Framework Convention on Climate Change',
  CBD: 'Conference of the Parties to the Convention on Biological Diversity',
};

/** The undocs.org address of a symbol: spaces dropped, as in "S/RES/2712(2023)". */
export function undocsUrl(symbol: string): string {
  return `https://undocs.org/${symbol.replace(/\s+/g, '')}`;
}

/** A session with its years: "seventy-eighth session (September 2023 to September 2024)". */
export function describeSession(session: SymbolSession): string {
  const words = ordinalWords(session.number) ?? `${session.number}th`;
  if (session.kind !== 'regular') return `${words} ${session.kind} session`;
  const span = session.body === 'General Assembly' ? gaSessionSpan(session.number) : undefined;
  return span ? `${words} session (${span.description})` : `${words} session`;
}

/** Reads a document symbol; undefined when the text is not one ("HIV/AIDS"). */
export function parseUnSymbol(written: string): UnSymbol | undefined {
  const compact = written.replace(/\s+/g, ' ').trim();
  const yearSuffix = / ?\(((?:19|20)\d\d)\)$/.exec(compact);
  const body = yearSuffix ? compact.slice(0, yearSuffix.index) : compact;
  const parts = body.split('/');
  if (parts.length < 2 || !/\d/.test(body) || parts.some((p) => p === '')) return undefined;
  const versions: string[] = [];
  while (parts.length > 2) {
    const v = /^(Rev|Add|Corr|Amend)\.(\d+)$/.exec(parts[parts.length - 1]);
    if (!v) break;
    versions.unshift(`${VERSION_WORDS[v[1]]} ${v[2]}`);
    parts.pop();
  }
  const reading = readSeries(parts, yearSuffix ? Number(yearSuffix[1]) : undefined);
  if (!reading) return undefined;
  const symbol = yearSuffix ? `${body} (${yearSuffix[1]})` : body;
  return { symbol, versions, url: undocsUrl(symbol), ...reading };
}

type SeriesReading = Pick<UnSymbol, 'organ' | 'session' | 'year' | 'documentType'>;

/** "L.12" → the draft type, "SR.39" → summary record, "PV.70" → verbatim record, "123" → document. */
function documentTypeOf(last: string): string | undefined {
  if (/^\d+$/.test(last)) return 'document';
  const m = /^(L|SR|PV)\.(\d+)$/.exec(last);
  if (!m) return undefined;
  if (m[1] === 'L') return 'limited distribution (L.): a draft resolution, decision or amendment';
  return m[1] === 'SR' ? `summary record of meeting ${m[2]}` : `verbatim record of meeting ${m[2]}`;
}

function gaSession(part: string): SymbolSession | undefined {
  const special = /^(ES|S)-(\d{1,2})$/.exec(part);
  if (special) return { body: 'General Assembly', kind: special[1] === 'ES' ? 'emergency special' : 'special', number: Number(special[2]) };
  return /^\d{1,3}$/.test(part) && Number(part) >= 1 ? { body: 'General Assembly', kind: 'regular', number: Number(part) } : undefined;
}

function readSeries(parts: string[], scYear: number | undefined): SeriesReading | undefined {
  const [series, second] = parts;
  if (series === 'A') return readAssembly(parts.slice(1));
  if (series === 'S') {
    if (second === 'RES' && parts.length === 3 && /^\d{1,4}$/.test(parts[2])) return { organ: 'Security Council', documentType: 'resolution', year: scYear };
    if (second === 'PRST' && parts.length === 4) return { organ: 'Security Council', documentType: 'statement by the President', year: Number(parts[2]) };
    if (/^(?:19|20)\d\d$/.test(second) && parts.length === 3) return { organ: 'Security Council', documentType: 'document', year: Number(second) };
    if (/^PV\.\d+$/.test(second)) return { organ: 'Security Council', documentType: documentTypeOf(second)! };
    return { organ: 'Security Council', documentType: 'document' };
  }
  if (series === 'E') {
    if (second === 'RES' && parts.length === 4) return { organ: 'Economic and Social Council', documentType: 'resolution', year: Number(parts[2]) };
    if (/^(?:19|20)\d\d$/.test(second)) return { organ: 'Economic and Social Council', documentType: documentTypeOf(parts[parts.length - 1]) ?? 'document', year: Number(second) };
    return { organ: /^CN\.\d+$/.test(second) ? undefined : 'Economic and Social Council', documentType: 'document' };
  }
  if (scYear !== undefined) return undefined;
  return { organ: OTHER_SERIES[series], documentType: 'document' };
}

function readAssembly(rest: string[]): SeriesReading | undefined {
  const [first, ...tail] = rest;
  if (first === 'RES') {
    const session = gaSession(tail[0] ?? '');
    if (session && tail.length === 2 && /^\d{1,3}$/.test(tail[1])) return { organ: 'General Assembly', documentType: 'resolution', session };
    const early = /^(\d{1,4})\s?\(([IVXL]+)\)$/.exec(tail.join('/'));
    const roman = early ? parseRoman(early[2]) : undefined;
    if (early && roman) return { organ: 'General Assembly', documentType: 'resolution', session: { body: 'General Assembly', kind: 'regular', number: roman } };
    return undefined;
  }
  if (first === 'HRC') {
    const resolution = tail[0] === 'RES';
    const body = resolution ? tail.slice(1) : tail;
    const session = /^(S-)?(\d{1,2})$/.exec(body[0] ?? '');
    if (!session) return { organ: 'Human Rights Council', documentType: 'document' };
    const hrc: SymbolSession = { body: 'Human Rights Council', kind: session[1] ? 'special' : 'regular', number: Number(session[2]) };
    return { organ: 'Human Rights Council', session: hrc, documentType: resolution ? 'resolution' : (documentTypeOf(body[body.length - 1]) ?? 'document') };
  }
  const committee = /^C\.([1-6])$/.exec(first);
  if (committee) {
    const session = gaSession(tail[0] ?? '');
    return { organ: `${COMMITTEES[Number(committee[1]) - 1]} of the General Assembly`, session, documentType: documentTypeOf(tail[tail.length - 1]) ?? 'document' };
  }
  const session = gaSession(first);
  if (session) return { organ: 'General Assembly', session, documentType: documentTypeOf(tail[tail.length - 1] ?? '') ?? 'document' };
  if (first === 'INF' || first === 'BUR') return { organ: 'General Assembly', session: gaSession(tail[0] ?? ''), documentType: 'document' };
  // A/CONF.157/23, A/AC.109/…: a conference or subsidiary body of the Assembly, numbered its own way.
  return { organ: undefined, documentType: 'document' };
}

/** The symbol of a cited resolution, from its organ and its number as written; undefined for organs without one. */
export function resolutionSymbol(organ: string, number: string): string | undefined {
  const n = number.replace(/\s+/g, ' ').trim();
  if (organ === 'General Assembly') {
    const sessional = /^((?:ES-|S-)?\d{1,3})\/(\d{1,3})(?: ?[A-Z].*)?$/.exec(n);
    if (sessional && !/^\d{4}$/.test(sessional[1])) return `A/RES/${sessional[1]}/${sessional[2]}`;
    const early = /^(\d{1,4})(?: ?[A-Z](?:-[A-Z])?)? \(([IVXL]+|S-[IVX]+|ES-[IVX]+)\)$/.exec(n);
    if (early) return `A/RES/${early[1]}(${early[2]})`;
    return undefined;
  }
  if (organ === 'Security Council') {
    const m = /^(\d{1,4}) \(((?:19|20)\d\d)\)$/.exec(n);
    return m ? `S/RES/${m[1]} (${m[2]})` : undefined;
  }
  if (organ === 'Economic and Social Council') {
    const m = /^((?:19|20)\d\d)\/(\d{1,3})(?: ?[A-Z].*)?$/.exec(n);
    return m ? `E/RES/${m[1]}/${m[2]}` : undefined;
  }
  if (organ === 'Human Rights Council') {
    const m = /^((?:S-)?\d{1,2})\/(\d{1,3})$/.exec(n);
    return m ? `A/HRC/RES/${m[1]}/${m[2]}` : undefined;
  }
  return undefined;
}
