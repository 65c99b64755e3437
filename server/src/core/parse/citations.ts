import type { Citation, CitedOrgan, IssuingBody, ResolutionCitation, Span } from '../model';
import { field, linkEnd } from './inline';
import { bodiesIn, bodyAfter, bodyAtEnd, bodyAtStart, organOfName } from './organs';
import { datePattern } from '../language/dates';
import type { Language } from '../language/languages';
import { organsOf } from './mastheadWords';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

// A resolution number, optionally inside a link artefact "[64/293](#)":
// sessional "64/293", "75/254 A to C", "ES-10/24", ECOSOC "2017/18"; early GA "2200 A (XXI)"; Security Council "2334 (2016)".
const RESOLUTION_NUMBER = /^(?:(?:ES|S)-)?\d{1,4}\/\d{1,3}(?!\d)(?: ?[A-Z](?: (?:to|and) [A-Z])?\b)?|^\d{1,4}(?: ?[A-Z](?:-[A-Z])?)?\s\((?:[IVXL]+|S-[IVX]+|ES-[IVX]+|(?:19[4-9]\d|20\d\d))\)/;
const OF_DATE = new RegExp(`^,?\\s+of\\s+(\\d{1,2}\\s+${MONTH}\\s+\\d{4})`);
// A footnote mark may stand after an item: "10/6 of 16 October 2020³⁶ and 11/3 of …".
const LIST_SEPARATOR = /^[⁰¹²³⁴⁵⁶⁷⁸⁹]*(?:,?\s+and\s+|,\s+(?:and\s+)?)/;
const RESOLUTION_KEYWORD = /\b[Rr]esolutions?\s+/g;
const FULL_COUNCIL = /(Security Council|Human Rights Council|Economic and Social Council|Trusteeship Council)/g;
const IN_A_DOCUMENT = /(?:\b(?:chap|sect|para)\.\s+[\w.]+|\bannex(?:\s+[IVXL]+)?|[A-Z]{1,10}\/[\w./-]*\d[\w./-]*),\s+$/;
/** The organ of a resolution cited where the text does not make its organ plain. */
export const UNKNOWN_ORGAN = 'unknown';
const ORGAN_OF_INCLUDING = /(?:(Security Council|Human Rights Council|Economic and Social Council|General Assembly) resolutions|resolutions (?:adopted by|of) the (Security Council|Human Rights Council|Economic and Social Council|General Assembly))\b[^;.]{0,150}\bincluding\s+$/;

// Document symbols: at least two parts separated by "/", at least one digit, parts such as
// "A", "C.3", "79", "L.16", "Rev.1", "CONF.157", "RES", "PRST".
const DOCUMENT_SYMBOL = /(?<![\p{L}\d/.])(?:A|S|E|[A-Z]{2,10})(?:\/(?:(?:ES|S)-\d{1,2}|[A-Z][a-z]{1,5}\.\d{1,3}|[A-Z]{1,10}(?:\.\d{1,4})?|\d{1,4}(?:\.\d{1,4})?))+(?:\s\((?:19|20)\d\d\))?/gu;

/**
 * A *Treaty Series* citation: "United Nations, *Treaty Series*, vol. 1577, No. 27531", the League's,
 * or "Ibid." repeating the series. A French or Spanish draft may write the Organization and the
 * series in its language ("Nations Unies, *Recueil des Traités*, vol. 1577, no 27531", "Naciones
 * Unidas, *Treaty Series*, vol. 1577, núm. 27531"): these are read too, so that their volume and
 * number are checked, but unres never writes them, because how official French and Spanish texts
 * print the citation has not been read in a source it accepts (see docs/rules/UNR030.md).
 */
const TREATY_SERIES =
  /(?:(United Nations|League of Nations|Nations Unies|Naciones Unidas),\s+\*?(?:Treaty Series|Recueil des Traités)\*?|(\*?Ibid\.\*?)),\s+vols?\.\s+(\d+(?:(?:,\s*|,?\s+(?:and|et|y)\s+)\d+)*)(?:,\s+(?:No\.|no|n°|nº|núm\.)\s+(\d+))?/g;

/**
 * How a language cites resolutions: the word before the number, the words before the date and
 * between the items of a list. French: "résolution 79/1 du 22 septembre 2024", "résolutions
 * 78/1 et 78/2", "résolution 2712 (2023) du Conseil de sécurité"; Spanish: "resolución 79/1, de
 * 22 de septiembre de 2024", "resoluciones 78/1 y 78/2".
 */
interface CitationWords {
  /** A fixed part of the keyword, searched for first. */
  readonly fixed: string;
  readonly keyword: RegExp;
  readonly ofDate?: RegExp;
  readonly listSeparator: RegExp;
}

const ENGLISH_CITATIONS: CitationWords = { fixed: 'esolution', keyword: RESOLUTION_KEYWORD, ofDate: OF_DATE, listSeparator: LIST_SEPARATOR };
const OTHER_CITATIONS: Readonly<Partial<Record<Language, { fixed: string; keyword: string; beforeDate: string; and: string }>>> = {
  fr: { fixed: 'ésolution', keyword: '[Rr]ésolutions?', beforeDate: '(?:en\\s+date\\s+)?du', and: 'et' },
  es: { fixed: 'esoluci', keyword: '[Rr]esoluci(?:ón|ones)', beforeDate: 'de', and: 'y' },
};
const citationWordsCache = new Map<Language, CitationWords>();

function citationWords(language: Language): CitationWords {
  const words = OTHER_CITATIONS[language];
  if (!words) return ENGLISH_CITATIONS;
  let cached = citationWordsCache.get(language);
  if (!cached) {
    const date = datePattern(language);
    cached = {
      fixed: words.fixed,
      keyword: new RegExp(`(?<!\\p{L})${words.keyword}\\s+`, 'gu'),
      ofDate: date ? new RegExp(`^,?\\s+${words.beforeDate}\\s+(${date})`, 'u') : undefined,
      listSeparator: new RegExp(`^[⁰¹²³⁴⁵⁶⁷⁸⁹]*(?:,?\\s+${words.and}\\s+|,\\s+(?:${words.and}\\s+)?)`, 'u'),
    };
    citationWordsCache.set(language, cached);
  }
  return cached;
}

/** Reads the citations of one stretch of text (a paragraph, a footnote, a header line), in the text's language. */
export function scanCitations(text: string, span: Span, issuingBody: IssuingBody, out: Citation[], language: Language = 'en'): void {
  const slice = text.slice(span.start, span.end);
  scanLinks(text, span, out);
  scanResolutions(text, span.start, slice, issuingBody, out, language);
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

function scanResolutions(text: string, base: number, slice: string, issuingBody: IssuingBody, out: Citation[], language: Language): void {
  const words = citationWords(language);
  // Searching for the fixed part first is far cheaper than running the expression over text without it.
  if (!slice.includes(words.fixed)) return;
  const keyword = words.keyword;
  keyword.lastIndex = 0;
  let previous: { end: number; reading: OrganReading } | undefined;
  for (let m = keyword.exec(slice); m; m = keyword.exec(slice)) {
    const list: Array<{ -readonly [K in keyof ResolutionCitation]: ResolutionCitation[K] }> = [];
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
        organ: issuingBody,
        number: num.number,
      };
      const date = words.ofDate?.exec(slice.slice(at));
      if (date) {
        const dateStart = base + at + date[0].length - date[1].length;
        end = dateStart + date[1].length;
        citation.date = field(text, { start: dateStart, end });
        at += date[0].length;
      }
      citation.span = { start, end };
      list.push(citation);
      const sep = words.listSeparator.exec(slice.slice(at));
      if (!sep || !readNumber(slice.slice(at + sep[0].length))) break;
      at += sep[0].length;
    }
    if (list.length > 0) {
      // "Commission … resolution 27/2 of 18 May 2018, entitled “…”,¹³ resolution 27/3 …": one list, one organ.
      let reading = words === ENGLISH_CITATIONS ? organOf(text, base + m.index, base + at, base, base + slice.length, issuingBody) : organIn(language, text, base + m.index, base + at, base + slice.length, issuingBody);
      if (!reading.explicit && previous && CONTINUED_LIST.test(slice.slice(previous.end, m.index))) reading = previous.reading;
      previous = { end: at, reading };
      for (const citation of list) {
        citation.organ = reading.organ;
        if (reading.assumed) citation.organAssumed = true;
        out.push(citation);
      }
    }
    keyword.lastIndex = Math.max(keyword.lastIndex, at);
  }
}

/** What may stand between two citations of one list: a title, a footnote mark, a comma, "and". */
const CONTINUED_LIST = /^[⁰¹²³⁴⁵⁶⁷⁸⁹]*(?:,?\s*entitled\s+[“"][^”"]{0,400}[”"])?[,\s⁰¹²³⁴⁵⁶⁷⁸⁹]*(?:and\s+|as\s+well\s+as\s+)?$/;

interface OrganReading {
  readonly organ: CitedOrgan;
  /** The text names no organ: the issuing body is taken. */
  readonly assumed?: boolean;
  /** Named right before or after the citation, not read from the clause around it. */
  readonly explicit?: boolean;
}

/** "… in its", "… at its resumed fifth session, in its", "… in paragraph 6 of its": the body just named is the one acting. */
const BODY_THEN_ITS = /^,?\s+(?:at\s+its\s+(?:[\p{L}-]+\s+){1,3}session,?\s+)?(?:in|of|through|by)\s+(?:paragraph\s+[\w.()]+\s+of\s+)?its\s+$/u;
/** "… at its seventy-second session, of resolution", "… adopted resolution", "… in resolution": the body just named is the one acting. */
const BODY_THEN_RESOLUTION = /^,?\s+(?:at\s+its\s+(?:[\p{L}-]+\s+){1,3}session,?\s+)?(?:in|of|through|adopted|by)\s+(?:paragraph\s+[\w.()]+\s+of\s+)?$/u;
/** Bodies whose resolutions a General Assembly text cites with their own numbering, in view in the clause of a bare "resolution". */
const OTHER_BODY = /\b(?:Conference\s+of\s+the\s+(?:States\s+)?Parties|Commission\s+on|Committee\s+on|Human\s+Rights\s+Council|Security\s+Council|Economic\s+and\s+Social\s+Council|Meeting\s+of\s+(?:the\s+)?States\s+Parties)\b/;
/** "through its resolution 54/18 of 12 October 2023, the Human Rights Council submitted …": the body acting is named after. */
const ACTING_AFTER = /^[\s,]*[⁰¹²³⁴⁵⁶⁷⁸⁹]*,?\s+the\s+/;
/** How far back the clause of a citation is read for the body acting in it. */
const CLAUSE_REACH = 1500;
/** Where a clause starts: after a semicolon or a full stop. */
const CLAUSE_BREAK = /[;.]\s+(?=[^;.]*$)/;

/**
 * The organ of the resolutions cited after "resolution(s)" at `at`, up to `listEnd`: named right
 * before the word ("Security Council resolution", "Environment Assembly resolutions", "Assembly
 * resolution" for the General Assembly, "Council resolution" for the council last named in full);
 * named right after the list ("… of the Conference of the Parties to …", "… on promoting
 * sustainable lifestyles, adopted by the Environment Assembly"); for "its", the body acting in the
 * clause ("the Human Rights Council in its resolution 14/7"), else the issuing body; for a bare
 * "resolution", unknown when another body is in view in the clause or the resolution is printed in
 * another document, else the issuing body, assumed.
 */
function organOf(text: string, at: number, listEnd: number, unitStart: number, unitEnd: number, issuingBody: IssuingBody): OrganReading {
  const before = (at - unitStart < 300 ? pieceBefore(text, unitStart) : '') + text.slice(Math.max(unitStart, at - 300), at);
  const named = bodyAtEnd(before);
  if (named) return { organ: councilOrBody(text, at, organOfName(named), issuingBody), explicit: true };
  const including = ORGAN_OF_INCLUDING.exec(before);
  if (including) return { organ: including[1] ?? including[2], explicit: true };
  const after = bodyAfter(text.slice(listEnd, Math.min(unitEnd, listEnd + 600)));
  if (after) return { organ: councilOrBody(text, at, organOfName(after), issuingBody), explicit: true };
  const wide = at - unitStart > 300 ? text.slice(Math.max(unitStart, at - CLAUSE_REACH), at) : before;
  const clause = wide.slice(CLAUSE_BREAK.exec(wide)?.index ?? 0);
  const bodies = bodiesIn(clause);
  const its = /\bits\s+$/.test(before);
  // "A/56/1026-S/2002/932, annex II, resolution 14/221": a resolution printed in another body's document.
  if (!its && IN_A_DOCUMENT.test(before)) return { organ: UNKNOWN_ORGAN };
  const agent = bodies.filter((b) => !b.qualifiesCitation).pop();
  const agentOrgan = agent && organOfName(agent.name);
  if (agent && agentOrgan !== 'General Assembly') {
    // "the Human Rights Council in its resolution 14/7", "by the Environment Assembly at its resumed fifth session, in resolution 5/14".
    if ((its ? BODY_THEN_ITS : BODY_THEN_RESOLUTION).test(clause.slice(agent.end))) return { organ: councilOrBody(text, at, agentOrgan!, issuingBody) };
  }
  if (its && /\b(?:through|by|in)\s+its\s+$/.test(before)) {
    // "through its resolution 54/18 of 12 October 2023, the Human Rights Council submitted …".
    const acting = ACTING_AFTER.exec(text.slice(listEnd, Math.min(unitEnd, listEnd + 200)));
    const body = acting && bodyFollowedByVerb(text.slice(listEnd + acting[0].length, Math.min(unitEnd, listEnd + 400)));
    if (body) return { organ: councilOrBody(text, at, organOfName(body), issuingBody) };
  }
  if (!its && OTHER_BODY.test(clause)) return { organ: UNKNOWN_ORGAN };
  // Another body in the clause, farther off: "its" or a bare "resolution" is most likely the issuing body's, but not surely.
  const otherInView = bodies.some((b) => organOfName(b.name) !== 'General Assembly');
  if (its && !otherInView) return { organ: issuingBody };
  return { organ: issuingBody, assumed: issuingBody === 'General Assembly' ? true : undefined };
}

/** The small words that join a cited resolution to the organ named after it: "du Conseil de sécurité", "del Consejo de Derechos Humanos". */
const OF_THE: Readonly<Partial<Record<Language, string>>> = {
  fr: "(?:du|de\\s+la|de\\s+l['’])",
  es: '(?:del|de\\s+la|de\\s+los)',
};
/** "sa résolution", "ses résolutions", "su resolución", "sus resoluciones": the body acting is the issuing body. */
const ITS: Readonly<Partial<Record<Language, RegExp>>> = {
  fr: /(?<!\p{L})(?:sa|ses)\s+$/u,
  es: /(?<!\p{L})(?:su|sus)\s+$/u,
};

/**
 * The organ of resolutions cited in French or Spanish: the organ its vocabulary names right after
 * the list ("résolution 5/1 du Conseil des droits de l'homme"); unknown when another body is named
 * there ("résolution 27/2 de la Commission des stupéfiants"); after "sa"/"su", the issuing body; else
 * the issuing body, assumed.
 */
function organIn(language: Language, text: string, at: number, listEnd: number, unitEnd: number, issuingBody: IssuingBody): OrganReading {
  const ofThe = OF_THE[language];
  const after = text.slice(listEnd, Math.min(unitEnd, listEnd + 200)).replace(/’/g, "'");
  if (ofThe) {
    const named = new RegExp(`^[⁰¹²³⁴⁵⁶⁷⁸⁹]*,?\\s+${ofThe}\\s*(\\p{Lu}[^,;.]*)`, 'u').exec(after);
    if (named) {
      const organ = organsOf(language).find((o) => named[1].startsWith(o.name));
      return organ ? { organ: organ.body, explicit: true } : { organ: UNKNOWN_ORGAN };
    }
  }
  if (ITS[language]?.test(text.slice(Math.max(0, at - 10), at))) return { organ: issuingBody };
  return { organ: issuingBody, assumed: issuingBody === 'General Assembly' ? true : undefined };
}

const FOOTNOTE_LINE = /^(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|(?:\\?\*){1,3}|\[\^[^\]]+\]:)\s/;

/**
 * The end of the paragraph a page break cut, when the text at `unitStart` carries it on ("albinism,¹²
 * as well as resolutions …" after the footnotes printed at the foot of the page): the last 300
 * characters of the line before the footnotes and empty lines, and a space. Looks back 60 lines at most.
 */
function pieceBefore(text: string, unitStart: number): string {
  if (!/^[\p{Ll}\d(“"]/u.test(text.slice(unitStart, unitStart + 1))) return '';
  let end = unitStart;
  for (let lines = 0; lines < 60 && end > 0; lines++) {
    const lineStart = text.lastIndexOf('\n', end - 2) + 1;
    const line = text.slice(lineStart, end).trim();
    if (line !== '' && !FOOTNOTE_LINE.test(line)) return /[.;:]$/.test(line) ? '' : `${line.slice(-300)} `;
    end = lineStart;
  }
  return '';
}

/** A body named at the start of `after` and followed by a verb: "Human Rights Council submitted". */
function bodyFollowedByVerb(after: string): string | undefined {
  const body = bodyAtStart(after);
  return body && /^\s+[a-z]/.test(after.slice(body.length)) ? body.name : undefined;
}

/**
 * A bare "Council" is the council last named in full before it; another bare noun ("Commission
 * resolution 31/1") leaves the organ unknown; any other organ stays as named.
 */
function councilOrBody(text: string, at: number, organ: string, issuingBody: IssuingBody): CitedOrgan {
  if (!organ.includes(' ') && organ !== 'Council' && organ !== 'General Assembly') return UNKNOWN_ORGAN;
  if (organ !== 'Council') return organ;
  const councils = text.slice(Math.max(0, at - 3000), at).match(FULL_COUNCIL);
  return councils ? councils[councils.length - 1] : issuingBody === 'General Assembly' ? 'Council' : issuingBody;
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
  if (!slice.includes('Treaty Series') && !slice.includes('Recueil des Traités') && !slice.includes('Ibid.')) return;
  TREATY_SERIES.lastIndex = 0;
  for (let m = TREATY_SERIES.exec(slice); m; m = TREATY_SERIES.exec(slice)) {
    const volumes = (m[3].match(/\d+/g) ?? []).map(Number);
    out.push({
      kind: 'treatySeries',
      span: { start: base + m.index, end: base + m.index + m[0].length },
      series: m[1] === undefined ? 'ibid' : m[1] === 'League of Nations' ? 'League of Nations' : 'United Nations',
      ibid: m[2] !== undefined,
      volumes,
      registrationNumber: m[4] !== undefined ? Number(m[4]) : undefined,
    });
  }
}
