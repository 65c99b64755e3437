import { MEMBER_STATE_NAMES_WITH_AND } from '../data/memberStates';
import type { AgendaItem, Header, IssuingBody, ParseProblem, Span, SponsorLine, TextField } from '../model';
import type { Language } from '../language/languages';
import { MAX_MASTHEAD_LINE, mastheadColumns, type Unit } from './units';
import { stripMarkup } from './inline';
import { completesAmendmentLine, readAmendmentLine } from './amendments';
import { readSubmittedDraftLine } from './submission';
import { mastheadReader, type MastheadLine, type Piece } from './mastheadWords';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const DATE = `\\d{1,2} ${MONTH} \\d{4}`;
const BODY_LINE = /^(General Assembly|Security Council|Economic and Social Council|Human Rights Council)$/;
const DISTRIBUTION = /^Distr\.:\s*(\S.*)$/;
const DATE_LINE = new RegExp(`^${DATE}$`);
const ORIGINAL = /^Original:\s*(\S.*)$/;
/** "Seventy-ninth session", "Resumed seventy-ninth session", and the Economic and Social Council's "2024 session". */
const SESSION = /^(?:[A-Z][a-z]+(?:-[a-z]+)?|Resumed [a-z]+(?:-[a-z]+)?|(?:19|20)\d\d)(?: (?:special|emergency special))? session$/;
/**
 * The dates of the session, printed on the line below it by the Human Rights Council ("24
 * February–4 April 2025") and the Economic and Social Council ("27 July 2023–24 July 2024").
 */
const SESSION_DATES = new RegExp(`^\\d{1,2}(?: ${MONTH}(?: \\d{4})?)?\\s*[–-]\\s*${DATE}$`);
const COMMITTEE = /^(?:(?:First|Second|Third|Fourth|Fifth|Sixth) Committee|Special Political and Decolonization Committee(?: \(Fourth Committee\))?)$/;
/**
 * The session, committee and agenda item run together on one line, as some conversions print them
 * ("Eightieth session Third Committee Agenda item 71 (b) Promotion and protection of human
 * rights: …", A/C.3/80/L.58; "Eightieth session Agenda item 72 (a) Strengthening …", A/80/L.31).
 */
const JOINED_MASTHEAD = new RegExp(`^(${SESSION.source.slice(1, -1)})(?: (${COMMITTEE.source.slice(1, -1)}))?(?: Agenda items? (\\d{1,3}(?: \\([a-z]{1,2}\\))?)(?: (\\S.*))?)?$`);
const FOURTH_COMMITTEE_TAIL = /^\(Fourth Committee\)$/;
const AGENDA = /^Agenda items?\s+(\S.*)$/;
const SPONSOR = /^(.*?):(?:\\?\*){0,3}\s*((?:revised )?draft (?:resolution|decision))\s*$/;
const BARE_DRAFT = /^((?:Revised )?[Dd]raft (?:resolution|decision))$/;
const ADOPTION_WITHOUT_DATE = /^(?:Resolution|Decision) adopted by the (General Assembly|Security Council|Economic and Social Council|Human Rights Council)$/;
const ADOPTION_DATE_LINE = new RegExp(`^on (${DATE})$`);
const ADOPTION = new RegExp(`^(?:Resolution|Decision) adopted by the (General Assembly|Security Council|Economic and Social Council|Human Rights Council) on (${DATE})$`);
const SC_ADOPTION = new RegExp(`^Adopted by the (Security Council) at its (\\d+(?:st|nd|rd|th) meeting), on (${DATE})$`);
const BASIS = /^\[(.*)\]$/;
const NUMBERED_TITLE = /^((?:(?:ES|S)-)?\d{1,2}\/\d{1,3}(?: ?[A-Z])?)\.\s+(\S.*)$/;
const SC_NUMBER = /^Resolution (\d{1,4} \((?:19|20)\d\d\))$/;
const SYMBOL_LINE = /^(?:A|S|E)\/(?:[A-Z]+\/|C\.\d\/)*\d+[\w./]*(?: \((?:19|20)\d\d\))?$/;
const FRONT_MATTER_SYMBOL = /^\s*symbol:\s*(\S+)\s*$/m;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The parts of a header line: its span and its text without italics markers. */
interface HeaderLine {
  readonly span: Span;
  readonly plain: string;
  /** Offset into the source of each character of `plain`. */
  readonly offsets: readonly number[];
}

function headerLine(text: string, span: Span): HeaderLine {
  if (span.end - span.start > MAX_MASTHEAD_LINE) {
    const head = text.slice(span.start, span.start + 80);
    return { span, plain: head, offsets: Array.from({ length: head.length }, (_, i) => span.start + i) };
  }
  const { plain, offsets } = stripMarkup(text, span);
  return { span, plain: plain.trim(), offsets: offsets.slice(plain.length - plain.trimStart().length) };
}

/** A field for the characters `plain[from, to)` of a header line. */
function lineField(line: HeaderLine, from: number, to: number = line.plain.length): TextField {
  const start = line.offsets[from] ?? line.span.end;
  const end = to > from ? line.offsets[to - 1] + 1 : start;
  return { span: { start, end }, text: line.plain.slice(from, to) };
}

/**
 * Splits a sponsor list "A, B and C" into names, keeping names such as "Trinidad and Tobago" whole.
 * In another language the list is split at its commas only: the word that joins the last two names
 * and the names that hold it ("Trinidad y Tabago") are not known there.
 */
function splitSponsors(line: HeaderLine, length: number, language: Language = 'en'): TextField[] {
  const fields: TextField[] = [];
  const list = line.plain.slice(0, length);
  let from = 0;
  const push = (a: number, b: number): void => {
    while (a < b && list[a] === ' ') a++;
    while (b > a && list[b - 1] === ' ') b--;
    if (b > a) fields.push(lineField(line, a, b));
  };
  for (let i = list.indexOf(', '); i >= 0; i = list.indexOf(', ', from)) {
    push(from, i);
    from = i + 2;
  }
  if (language !== 'en') {
    push(from, list.length);
    return fields;
  }
  // The last item holds "X and Y": split at the first " and " that is not inside a name.
  const last = list.slice(from);
  let split = -1;
  for (let i = last.indexOf(' and '); i >= 0; i = last.indexOf(' and ', i + 1)) {
    const before = `${last.slice(0, i)} and `;
    if (!MEMBER_STATE_NAMES_WITH_AND.some((name) => name.startsWith(before))) {
      split = i;
      break;
    }
  }
  if (split >= 0) {
    push(from, from + split);
    push(from + split + 5, list.length);
  } else {
    push(from, list.length);
  }
  return fields;
}

/**
 * The line that takes the place of a sponsor line in the other forms of draft: an amendment's
 * ("Brazil: amendment to draft resolution A/80/L.22") and a draft submitted by an officer
 * ("Draft resolution submitted by the Chair").
 */
function readFormLine(line: HeaderLine): SponsorLine | undefined {
  const plain = line.plain;
  const amendment = readAmendmentLine(plain);
  if (amendment) {
    return {
      span: line.span,
      sponsors: splitSponsors(line, amendment.sponsorsEnd),
      documentKind: lineField(line, ...amendment.kind),
      amends: lineField(line, ...amendment.amends),
      amendedSymbol: amendment.amendedSymbol && lineField(line, ...amendment.amendedSymbol),
    };
  }
  const submitted = readSubmittedDraftLine(plain);
  if (submitted) {
    return {
      span: line.span,
      sponsors: [],
      documentKind: lineField(line, ...submitted.kind),
      submittedBy: lineField(line, ...submitted.submittedBy),
      submissionBasis: submitted.basis && lineField(line, ...submitted.basis),
    };
  }
  return undefined;
}

/**
 * The item numbers of an agenda line, as offsets into its list: "13 and 75 (a)" gives "13" and
 * "75 (a)". A list whose parts do not each start with a number ("71 (a) and (b)") is one item.
 */
function agendaNumbers(list: string): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  const separator = /,\s*(?:and\s+)?|\s+and\s+/g;
  let from = 0;
  for (let m = separator.exec(list); m; m = separator.exec(list)) {
    parts.push([from, m.index]);
    from = m.index + m[0].length;
  }
  parts.push([from, list.length]);
  return parts.every(([a]) => /\d/.test(list[a] ?? '')) ? parts : [[0, list.length]];
}

/** The first agenda item from `from` on that has no title yet, or -1. */
function nextUntitledItem(items: readonly AgendaItem[], from: number): number {
  for (let i = Math.max(0, from); i < items.length; i++) if (!items[i].title) return i;
  return -1;
}

/** The text of the cell after `cell` in the same block, without markup; empty at the block's end. */
function nextLinePlain(text: string, cells: readonly Span[], cell: Span): string {
  const next = cells[cells.indexOf(cell) + 1];
  return next ? stripMarkup(text, next).plain.trim() : '';
}

/** The text of the header line after line `at`, without markup, whichever block it is in; empty after the last. */
function nextPlain(text: string, lines: readonly Span[], at: number): string {
  for (let i = at + 1; i < lines.length; i++) {
    const plain = stripMarkup(text, lines[i]).plain.trim();
    if (plain !== '') return plain;
  }
  return '';
}

/** Whether a body line names the Human Rights Council under the General Assembly's masthead, before the Council's session line. */
function isCouncilUnder(header: { organ?: IssuingBody; council?: TextField; session?: TextField }, organ: IssuingBody): boolean {
  return organ === 'Human Rights Council' && header.organ === 'General Assembly' && !header.council && !header.session;
}

/**
 * Reads the masthead and title block. Lines it cannot place are reported as problems and
 * otherwise ignored.
 */
export function parseHeader(text: string, units: readonly Unit[], frontMatter: ReadonlyArray<{ readonly raw: string; readonly start: number }>, problems: ParseProblem[], language: Language = 'en'): Header {
  const header: Mutable<Header> & { agendaItems: AgendaItem[] } = { agendaItems: [] };
  /** The reader of a French or Spanish masthead; English lines are read by the expressions above. */
  const reader = mastheadReader(language);
  /** The lines of each block, split into their columns. */
  const cellsOfUnit = units.map((unit) => unit.lines.flatMap((line) => mastheadColumns(text, line)));
  /** Every line of the header in order, for the line after a line in another block. */
  const allLines = reader ? cellsOfUnit.flat() : [];
  let lineNumber = -1;
  /** The number of the session line, whose dates may follow on the next line. */
  let sessionLine = -2;
  /** What the last line of another language's masthead was read as. */
  let lastRead: MastheadLine['kind'] | 'other' | undefined;
  let organizationRead = false;
  /** An adoption line of another language whose date is on the next line. */
  let adoptionAwaitingDate: { line: HeaderLine; organ: Piece } | undefined;
  /** Lines of a kind whose words the language does not give: not placed, not reported. */
  const quiet = new Set<HeaderLine>();
  let agendaTitleOpen = false;
  let agendaTitleUnit = -1;
  /** The agenda item whose title the lines below the agenda line fill. */
  let agendaTitleItem = -1;
  /** The first line of an adoption heading that wrapped before "on <date>". */
  let adoptionHead: { line: HeaderLine; body: string } | undefined;
  /** The block a numbered title that ends with a "; : ," goes on in. */
  let titleContinuesIn = -1;
  const unplaced: Array<{ unitIndex: number; lines: HeaderLine[] }> = [];
  let currentUnit = -1;

  /** Places a line read in another language's words; false when its place is taken (a second date line). */
  const readForeignLine = (read: Exclude<MastheadLine, { kind: 'unread' }>, line: HeaderLine): boolean => {
    const field = (piece: Piece): TextField => lineField(line, piece[0], piece[1]);
    switch (read.kind) {
      case 'organization':
        organizationRead = true;
        break;
      case 'body':
        if (header.body && isCouncilUnder(header, read.organ)) {
          header.council = lineField(line, 0);
          header.organ = read.organ;
          break;
        }
        if (header.body) return false;
        header.body = lineField(line, 0);
        header.organ = read.organ;
        break;
      case 'distribution':
        header.distribution = field(read.value);
        if (read.date) header.date = field(read.date);
        break;
      case 'date':
        if (header.date) return false;
        header.date = lineField(line, 0);
        break;
      case 'original':
        header.originalLanguage = field(read.value);
        break;
      case 'session':
        header.session = lineField(line, 0);
        break;
      case 'agenda':
        agendaTitleItem = header.agendaItems.length;
        header.agendaItems.push({ span: line.span, number: field(read.number) });
        agendaTitleOpen = true;
        agendaTitleUnit = currentUnit;
        return true;
      case 'adoption':
        if (!read.date) {
          adoptionAwaitingDate = { line, organ: read.organ };
          return true;
        }
        header.adoption = { span: line.span, body: field(read.organ), date: field(read.date), meeting: read.meeting && field(read.meeting) };
        break;
      case 'adoption-date': {
        const head = adoptionAwaitingDate!;
        header.adoption = { span: { start: head.line.span.start, end: line.span.end }, body: lineField(head.line, head.organ[0], head.organ[1]), date: field(read.date) };
        adoptionAwaitingDate = undefined;
        break;
      }
      case 'council-number':
        header.resolutionNumber = field(read.number);
        break;
      case 'sponsor':
        if (header.sponsorLine) return false;
        header.sponsorLine = { span: line.span, sponsors: splitSponsors(line, read.sponsorsEnd, language), documentKind: field(read.documentKind) };
        break;
    }
    agendaTitleOpen = false;
    return true;
  };

  cellsOfUnit.forEach((cells, unitIndex) => {
    currentUnit = unitIndex;
    for (const cell of cells) {
      lineNumber++;
      const line = headerLine(text, cell);
      const plain = line.plain;
      if (plain === '') continue;
      let m: RegExpExecArray | null;
      const recognized = (): void => {
        agendaTitleOpen = false;
      };
      const foreign = reader?.read(plain, {
        topOfMasthead: !header.distribution && !header.date && !header.originalLanguage && !header.session && (organizationRead || header.body !== undefined || header.symbol !== undefined),
        afterSession: lastRead === 'session',
        adoptionAwaitsDate: adoptionAwaitingDate !== undefined,
        nextLine: nextPlain(text, allLines, lineNumber),
      });
      lastRead = foreign?.kind ?? 'other';

      if (foreign && foreign.kind !== 'unread' && readForeignLine(foreign, line)) {
        // Read in the language's words.
      } else if (plain === 'United Nations' && !organizationRead && !header.body && !header.distribution) {
        // The Organization's name heads the masthead of a text printed in full.
        recognized();
        organizationRead = true;
      } else if (!header.body && BODY_LINE.test(plain)) {
        recognized();
        header.body = lineField(line, 0);
        header.organ = plain as IssuingBody;
      } else if (BODY_LINE.test(plain) && isCouncilUnder(header, plain as IssuingBody)) {
        recognized();
        header.council = lineField(line, 0);
        header.organ = plain as IssuingBody;
      } else if ((m = DISTRIBUTION.exec(plain))) {
        recognized();
        const valueStart = plain.length - m[1].length;
        const value = m[1].match(new RegExp(`^(.*?)\\s*(${DATE})$`));
        if (value) {
          header.distribution = lineField(line, valueStart, valueStart + value[1].length);
          header.date = lineField(line, plain.length - value[2].length);
        } else {
          header.distribution = lineField(line, valueStart);
        }
      } else if (!header.date && DATE_LINE.test(plain)) {
        recognized();
        header.date = lineField(line, 0);
      } else if ((m = ORIGINAL.exec(plain))) {
        recognized();
        header.originalLanguage = lineField(line, plain.length - m[1].length);
      } else if (SESSION.test(plain)) {
        recognized();
        header.session = lineField(line, 0);
        sessionLine = lineNumber;
      } else if (header.session && !header.sessionDates && lineNumber === sessionLine + 1 && SESSION_DATES.test(plain)) {
        recognized();
        header.sessionDates = lineField(line, 0);
      } else if (COMMITTEE.test(plain)) {
        recognized();
        header.committee = lineField(line, 0);
      } else if (header.committee && FOURTH_COMMITTEE_TAIL.test(plain) && !header.committee.text.endsWith(')')) {
        recognized();
        header.committee = { span: { start: header.committee.span.start, end: line.span.end }, text: `${header.committee.text} ${plain}` };
      } else if ((m = JOINED_MASTHEAD.exec(plain)) && (m[2] || m[3])) {
        recognized();
        header.session = lineField(line, 0, m[1].length);
        const committeeStart = m[1].length + 1;
        if (m[2]) header.committee = lineField(line, committeeStart, committeeStart + m[2].length);
        if (m[3]) {
          const numberStart = plain.indexOf(m[3], plain.indexOf('Agenda item'));
          const titleStart = plain.length - (m[4]?.length ?? 0);
          header.agendaItems.push({
            span: lineField(line, plain.indexOf('Agenda item')).span,
            number: lineField(line, numberStart, numberStart + m[3].length),
            title: m[4] ? lineField(line, titleStart) : undefined,
          });
        }
      } else if ((m = AGENDA.exec(plain))) {
        // "Agenda items 13 and 117": one item a number, their titles in that order below.
        agendaTitleItem = header.agendaItems.length;
        for (const [from, to] of agendaNumbers(m[1])) {
          const offset = plain.length - m[1].length;
          header.agendaItems.push({ span: line.span, number: lineField(line, offset + from, offset + to) });
        }
        agendaTitleOpen = true;
        agendaTitleUnit = unitIndex;
      } else if ((m = ADOPTION_WITHOUT_DATE.exec(plain)) && !header.adoption && /^on \d/.test(nextLinePlain(text, cells, cell))) {
        // "Resolution adopted by the General Assembly" / "on 11 April 2025": the heading wrapped.
        adoptionHead = { line, body: m[1] };
      } else if (adoptionHead && (m = ADOPTION_DATE_LINE.exec(plain))) {
        recognized();
        const head = adoptionHead.line;
        const bodyStart = head.plain.indexOf(adoptionHead.body);
        header.adoption = {
          span: { start: head.span.start, end: line.span.end },
          body: lineField(head, bodyStart, bodyStart + adoptionHead.body.length),
          date: lineField(line, plain.length - m[1].length),
        };
        adoptionHead = undefined;
      } else if ((m = ADOPTION.exec(plain))) {
        recognized();
        const bodyStart = plain.indexOf(m[1]);
        header.adoption = { span: line.span, body: lineField(line, bodyStart, bodyStart + m[1].length), date: lineField(line, plain.length - m[2].length) };
      } else if ((m = SC_ADOPTION.exec(plain))) {
        recognized();
        const bodyStart = plain.indexOf(m[1]);
        const meetingStart = plain.indexOf(m[2], bodyStart + m[1].length);
        header.adoption = {
          span: line.span,
          body: lineField(line, bodyStart, bodyStart + m[1].length),
          date: lineField(line, plain.length - m[3].length),
          meeting: lineField(line, meetingStart, meetingStart + m[2].length),
        };
      } else if ((m = BASIS.exec(plain))) {
        recognized();
        const inner = m[1];
        const lead = inner.length - inner.trimStart().length;
        header.basis = lineField(line, 1 + lead, 1 + inner.trimEnd().length);
      } else if ((m = NUMBERED_TITLE.exec(plain))) {
        recognized();
        header.resolutionNumber = lineField(line, 0, m[1].length);
        header.title = lineField(line, plain.length - m[2].length);
        // "79/243. United Nations Convention against Cybercrime;" goes on in the block below.
        titleContinuesIn = /[;:,]$/.test(m[2]) ? unitIndex + 1 : -1;
      } else if (unitIndex === titleContinuesIn && header.title) {
        recognized();
        const piece = lineField(line, 0);
        header.title = { span: { start: header.title.span.start, end: piece.span.end }, text: `${header.title.text} ${piece.text}` };
      } else if ((m = SC_NUMBER.exec(plain))) {
        recognized();
        header.resolutionNumber = lineField(line, m[0].length - m[1].length);
      } else if (!header.sponsorLine && (header.sponsorLine = readFormLine(line))) {
        recognized();
      } else if (completesAmendmentLine(header.sponsorLine, plain)) {
        recognized();
        const sponsorLine = header.sponsorLine!;
        const symbol = lineField(line, 0);
        const amends = sponsorLine.amends!;
        header.sponsorLine = {
          ...sponsorLine,
          span: { start: sponsorLine.span.start, end: line.span.end },
          amends: { span: { start: amends.span.start, end: symbol.span.end }, text: `${amends.text} ${symbol.text}` },
          amendedSymbol: symbol,
        };
      } else if ((m = SPONSOR.exec(plain)) && !header.sponsorLine) {
        recognized();
        const sponsors = splitSponsors(line, m[1].length);
        header.sponsorLine = { span: line.span, sponsors, documentKind: lineField(line, plain.length - m[2].length) } satisfies SponsorLine;
      } else if ((m = BARE_DRAFT.exec(plain)) && !header.sponsorLine) {
        recognized();
        header.sponsorLine = { span: line.span, sponsors: [], documentKind: lineField(line, 0) };
      } else if (!header.symbol && SYMBOL_LINE.test(plain)) {
        recognized();
        header.symbol = lineField(line, 0);
      } else if (agendaTitleOpen && (unitIndex === agendaTitleUnit || (unitIndex === agendaTitleUnit + 1 && nextUntitledItem(header.agendaItems, agendaTitleItem) >= 0))) {
        // The lines of one block make one title; the next block is the title of the next item, if it has none yet.
        if (unitIndex !== agendaTitleUnit || !header.agendaItems[agendaTitleItem].title) agendaTitleItem = nextUntitledItem(header.agendaItems, agendaTitleItem);
        const item = header.agendaItems[agendaTitleItem];
        const piece = lineField(line, 0);
        header.agendaItems[agendaTitleItem] = {
          ...item,
          span: { start: item.span.start, end: piece.span.end },
          title: item.title ? { span: { start: item.title.span.start, end: piece.span.end }, text: `${item.title.text} ${piece.text}` } : piece,
        };
        agendaTitleUnit = unitIndex;
      } else {
        if (foreign?.kind === 'unread') quiet.add(line);
        agendaTitleOpen = false;
        const group = unplaced[unplaced.length - 1];
        if (group?.unitIndex === unitIndex) group.lines.push(line);
        else unplaced.push({ unitIndex, lines: [line] });
      }
    }
  });

  // The title of a draft stands right above the opening line: the last block the masthead
  // patterns did not place. Any other such line is reported.
  if (!header.title && unplaced.length > 0) {
    const titleLines = unplaced.pop()!.lines;
    const first = lineField(titleLines[0], 0);
    const last = lineField(titleLines[titleLines.length - 1], 0);
    header.title = { span: { start: first.span.start, end: last.span.end }, text: titleLines.map((l) => l.plain).join(' ') };
  }
  // One report a line, however many of its columns went unplaced.
  const reported: Array<{ span: Span; plain: string }> = [];
  for (const line of unplaced.flatMap((group) => group.lines)) {
    if (quiet.has(line)) continue;
    const previous = reported[reported.length - 1];
    if (previous && !/[\n\r]/.test(text.slice(previous.span.end, line.span.start))) {
      previous.span = { start: previous.span.start, end: line.span.end };
      previous.plain = `${previous.plain} ${line.plain}`;
    } else {
      reported.push({ span: line.span, plain: line.plain });
    }
  }
  for (const { span, plain } of reported) {
    problems.push({ span, code: 'unrecognized-header-line', message: `This line is not part of a resolution's masthead or title: "${plain.length > 60 ? `${plain.slice(0, 59)}…` : plain}".` });
  }

  if (!header.symbol) {
    for (const comment of frontMatter) {
      const m = FRONT_MATTER_SYMBOL.exec(comment.raw);
      if (m) {
        const start = comment.start + m.index + m[0].indexOf(m[1]);
        // The text blanks the comment out: the symbol is read from the comment as written.
        header.symbol = { span: { start, end: start + m[1].length }, text: m[1] };
        break;
      }
    }
  }
  if (units.length > 0) header.span = { start: units[0].span.start, end: units[units.length - 1].span.end };
  return header;
}
