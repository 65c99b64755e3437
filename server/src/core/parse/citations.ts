import type { Citation, CitedOrgan, IssuingBody, ResolutionCitation, Span } from '../model';
import { field, linkEnd } from './inline';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

// A resolution number, optionally inside a link artefact "[64/293](#)":
// sessional "64/293", "75/254 A to C", "ES-10/24", ECOSOC "2017/18"; early GA "2200 A (XXI)"; Security Council "2334 (2016)".
const RESOLUTION_NUMBER = /^(?:(?:ES|S)-)?\d{1,4}\/\d{1,3}(?: ?[A-Z](?: (?:to|and) [A-Z])?\b)?|^\d{1,4}(?: ?[A-Z](?:-[A-Z])?)? \((?:[IVXL]+|S-[IVX]+|ES-[IVX]+|(?:19[4-9]\d|20\d\d))\)/;
const OF_DATE = new RegExp(`^,? of (\\d{1,2} ${MONTH} \\d{4})`);
const LIST_SEPARATOR = /^(?:,? and |, (?:and )?)/;
const RESOLUTION_KEYWORD = /\b[Rr]esolutions?\s+/g;
const ORGAN_BEFORE = /(Security Council|Human Rights Council|Economic and Social Council|General Assembly|Commission on [A-Z][A-Za-z ]*?|Conference of the Parties[A-Za-z ]*?)\s+$/;

// Document symbols: at least two parts separated by "/", at least one digit, parts such as
// "A", "C.3", "79", "L.16", "Rev.1", "CONF.157", "RES", "PRST".
const DOCUMENT_SYMBOL = /(?<![\p{L}\d/.])(?:A|S|E|[A-Z]{2,10})(?:\/(?:[A-Z][a-z]{1,5}\.\d{1,3}|[A-Z]{1,10}(?:\.\d{1,4})?|\d{1,4}(?:\.\d{1,4})?))+(?: \((?:19|20)\d\d\))?/gu;

const TREATY_SERIES = /(?:(United Nations|League of Nations),\s+\*?Treaty Series\*?|(\*?Ibid\.\*?)),\s+vols?\.\s+(\d+(?:(?:,\s*|,?\s+and\s+)\d+)*)(?:,\s+No\.\s+(\d+))?/g;

/** Reads the citations of one stretch of text (a paragraph, a footnote, a header line). */
export function scanCitations(text: string, span: Span, issuingBody: IssuingBody, out: Citation[]): void {
  const slice = text.slice(span.start, span.end);
  scanLinks(text, span, out);
  scanResolutions(text, span.start, slice, issuingBody, out);
  scanDocumentSymbols(span.start, slice, out);
  scanTreatySeries(span.start, slice, out);
}

function scanLinks(text: string, span: Span, out: Citation[]): void {
  // Search the span only: an indexOf over the rest of the text would make a long text quadratic.
  const slice = text.slice(span.start, span.end);
  for (let at = slice.indexOf('['); at >= 0; at = slice.indexOf('[', at + 1)) {
    const i = span.start + at;
    if (text[i + 1] === '^' || text[i - 1] === '\\') continue;
    const link = linkEnd(text, i, span.end);
    if (link) {
      out.push({ kind: 'link', span: { start: i, end: link.end }, text: text.slice(i + 1, link.textEnd), target: text.slice(link.textEnd + 2, link.end - 1) });
      at = link.end - 1 - span.start;
    }
  }
}

/** "[64/293](#)" or "64/293" at the start of `rest`: the number and how far it reaches. */
function readNumber(rest: string): { number: string; length: number; numberOffset: number } | undefined {
  if (rest.startsWith('[')) {
    const inner = RESOLUTION_NUMBER.exec(rest.slice(1));
    if (!inner) return undefined;
    const after = rest.slice(1 + inner[0].length);
    const close = /^\]\([^)\s]*\)/.exec(after);
    if (!close) return undefined;
    return { number: inner[0], length: 1 + inner[0].length + close[0].length, numberOffset: 1 };
  }
  const m = RESOLUTION_NUMBER.exec(rest);
  return m ? { number: m[0], length: m[0].length, numberOffset: 0 } : undefined;
}

function scanResolutions(text: string, base: number, slice: string, issuingBody: IssuingBody, out: Citation[]): void {
  RESOLUTION_KEYWORD.lastIndex = 0;
  for (let m = RESOLUTION_KEYWORD.exec(slice); m; m = RESOLUTION_KEYWORD.exec(slice)) {
    const before = slice.slice(Math.max(0, m.index - 80), m.index);
    const organMatch = ORGAN_BEFORE.exec(before);
    const organ: CitedOrgan = organMatch ? organMatch[1] : issuingBody;
    let at = m.index + m[0].length;
    for (;;) {
      const num = readNumber(slice.slice(at));
      if (!num) break;
      const start = base + at + num.numberOffset;
      let end = base + at + num.length;
      at += num.length;
      const citation: { -readonly [K in keyof ResolutionCitation]: ResolutionCitation[K] } = {
        kind: 'resolution',
        span: { start, end: start + num.number.length },
        organ,
        number: num.number,
      };
      const date = OF_DATE.exec(slice.slice(at));
      if (date) {
        const dateStart = base + at + date[0].length - date[1].length;
        end = dateStart + date[1].length;
        citation.date = field(text, { start: dateStart, end });
        at += date[0].length;
      }
      citation.span = { start, end };
      out.push(citation);
      const sep = LIST_SEPARATOR.exec(slice.slice(at));
      if (!sep || !readNumber(slice.slice(at + sep[0].length))) break;
      at += sep[0].length;
    }
    RESOLUTION_KEYWORD.lastIndex = Math.max(RESOLUTION_KEYWORD.lastIndex, at);
  }
}

function scanDocumentSymbols(base: number, slice: string, out: Citation[]): void {
  DOCUMENT_SYMBOL.lastIndex = 0;
  for (let m = DOCUMENT_SYMBOL.exec(slice); m; m = DOCUMENT_SYMBOL.exec(slice)) {
    const symbol = m[0];
    if (!/\d/.test(symbol) || !symbol.includes('/')) continue;
    out.push({ kind: 'document', span: { start: base + m.index, end: base + m.index + symbol.length }, symbol });
  }
}

function scanTreatySeries(base: number, slice: string, out: Citation[]): void {
  TREATY_SERIES.lastIndex = 0;
  for (let m = TREATY_SERIES.exec(slice); m; m = TREATY_SERIES.exec(slice)) {
    const volumes = (m[3].match(/\d+/g) ?? []).map(Number);
    out.push({
      kind: 'treatySeries',
      span: { start: base + m.index, end: base + m.index + m[0].length },
      series: m[1] === 'United Nations' ? 'United Nations' : m[1] === 'League of Nations' ? 'League of Nations' : 'ibid',
      ibid: m[2] !== undefined,
      volumes,
      registrationNumber: m[4] !== undefined ? Number(m[4]) : undefined,
    });
  }
}
