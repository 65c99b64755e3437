import type { Citation, CitedOrgan, IssuingBody, ResolutionCitation, Span } from '../model';
import { field, linkEnd } from './inline';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

// A resolution number, optionally inside a link artefact "[64/293](#)":
// sessional "64/293", "75/254 A to C", "ES-10/24", ECOSOC "2017/18"; early GA "2200 A (XXI)"; Security Council "2334 (2016)".
const RESOLUTION_NUMBER = /^(?:(?:ES|S)-)?\d{1,4}\/\d{1,3}(?: ?[A-Z](?: (?:to|and) [A-Z])?\b)?|^\d{1,4}(?: ?[A-Z](?:-[A-Z])?)?\s\((?:[IVXL]+|S-[IVX]+|ES-[IVX]+|(?:19[4-9]\d|20\d\d))\)/;
const OF_DATE = new RegExp(`^,?\\s+of\\s+(\\d{1,2}\\s+${MONTH}\\s+\\d{4})`);
const LIST_SEPARATOR = /^(?:,?\s+and\s+|,\s+(?:and\s+)?)/;
const RESOLUTION_KEYWORD = /\b[Rr]esolutions?\s+/g;
const ORGAN_BEFORE = /(Security Council|Human Rights Council|Economic and Social Council|General Assembly|Commission on (?:the )?[A-Z][A-Za-z ]*?|Conference of the Parties[A-Za-z ]*?|Assembly|Council)\s+$/;
const FULL_COUNCIL = /(Security Council|Human Rights Council|Economic and Social Council|Trusteeship Council)/g;
// "Human Rights Council resolutions on the subject, including resolution 60/5": the list names the organ.
const BODY_IN_ITS = /(Security Council|Human Rights Council|Economic and Social Council|General Assembly|Commission on [A-Z][A-Za-z ]*?|Conference of the Parties[A-Za-z ]*?|Committee[A-Za-z ]*?|Council|Assembly),?\s+in\s+its\s+$/;
const IN_A_DOCUMENT = /(?:\b(?:chap|sect|para)\.\s+[\w.]+|\bannex(?:\s+[IVXL]+)?|[A-Z]{1,10}\/[\w./-]*\d[\w./-]*),\s+$/;
const OTHER_BODY = /\b(?:Conference\s+of\s+the\s+Parties|Commission\s+on|Committee\s+on|Human\s+Rights\s+Council|Security\s+Council|Economic\s+and\s+Social\s+Council|Meeting\s+of\s+States\s+Parties)\b/;
/** The organ of a resolution cited where the text does not make its organ plain. */
export const UNKNOWN_ORGAN = 'unknown';
const ORGAN_OF_INCLUDING = /(?:(Security Council|Human Rights Council|Economic and Social Council|General Assembly) resolutions|resolutions (?:adopted by|of) the (Security Council|Human Rights Council|Economic and Social Council|General Assembly))\b[^;.]{0,150}\bincluding\s+$/;

// Document symbols: at least two parts separated by "/", at least one digit, parts such as
// "A", "C.3", "79", "L.16", "Rev.1", "CONF.157", "RES", "PRST".
const DOCUMENT_SYMBOL = /(?<![\p{L}\d/.])(?:A|S|E|[A-Z]{2,10})(?:\/(?:(?:ES|S)-\d{1,2}|[A-Z][a-z]{1,5}\.\d{1,3}|[A-Z]{1,10}(?:\.\d{1,4})?|\d{1,4}(?:\.\d{1,4})?))+(?:\s\((?:19|20)\d\d\))?/gu;

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
  // Searching for the fixed part first is far cheaper than running the expression over text without it.
  if (!slice.includes('esolution')) return;
  RESOLUTION_KEYWORD.lastIndex = 0;
  for (let m = RESOLUTION_KEYWORD.exec(slice); m; m = RESOLUTION_KEYWORD.exec(slice)) {
    const organ = organBefore(text, base + m.index, base, issuingBody);
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

/**
 * The organ named before the word "resolution" at `at`: "Security Council resolution", "Assembly
 * resolution" (the General Assembly), "Council resolution" (the council last named in full before
 * it), "… Council resolutions on the subject, including resolution"; else the issuing body.
 */
function organBefore(text: string, at: number, paragraphStart: number, issuingBody: IssuingBody): CitedOrgan {
  const before = text.slice(Math.max(0, at - 200), at);
  const named = ORGAN_BEFORE.exec(before.slice(-80));
  if (named?.[1] === 'Assembly') return 'General Assembly';
  if (named?.[1] === 'Council') {
    const councils = text.slice(Math.max(0, at - 3000), at - named[0].length).match(FULL_COUNCIL);
    return councils ? councils[councils.length - 1] : issuingBody === 'General Assembly' ? 'Council' : issuingBody;
  }
  if (named) return named[1];
  const including = ORGAN_OF_INCLUDING.exec(before);
  if (including) return including[1] ?? including[2];
  // "the recommendation made by the Human Rights Council in its resolution 14/7": "its" is that body's.
  const itsBody = BODY_IN_ITS.exec(before);
  if (itsBody) return itsBody[1] === 'Assembly' ? 'General Assembly' : itsBody[1] === 'Council' || itsBody[1].startsWith('Committee') ? UNKNOWN_ORGAN : itsBody[1];
  if (/\bits\s+$/.test(before)) return issuingBody;
  // "A/56/1026-S/2002/932, annex II, resolution 14/221": a resolution printed in another body's document.
  if (IN_A_DOCUMENT.test(before)) return UNKNOWN_ORGAN;
  // "the Conference of the Parties … taking note of resolutions 10/1": another body is in view.
  if (OTHER_BODY.test(text.slice(paragraphStart, at))) return UNKNOWN_ORGAN;
  return issuingBody;
}

function scanDocumentSymbols(base: number, slice: string, out: Citation[]): void {
  if (!slice.includes('/')) return;
  DOCUMENT_SYMBOL.lastIndex = 0;
  for (let m = DOCUMENT_SYMBOL.exec(slice); m; m = DOCUMENT_SYMBOL.exec(slice)) {
    const symbol = m[0];
    if (!/\d/.test(symbol) || !symbol.includes('/')) continue;
    out.push({ kind: 'document', span: { start: base + m.index, end: base + m.index + symbol.length }, symbol });
  }
}

function scanTreatySeries(base: number, slice: string, out: Citation[]): void {
  if (!slice.includes('Treaty Series') && !slice.includes('Ibid.')) return;
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
