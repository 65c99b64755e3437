/**
 * Amendments to draft resolutions: "Brazil: amendment to draft resolution A/80/L.22", a title, then
 * instructions ("Replace operative paragraph 200 with the following text:", "In the fourteenth
 * preambular paragraph, delete “…”.", "Delete operative paragraphs 3, 43 and 45."), each followed
 * by the paragraphs it quotes, if any. The instructions are read here; the quoted paragraphs are
 * read by the parser as paragraphs of the part the instruction names.
 */
import type { Amendment, AmendmentInstruction, AmendmentTarget, Paragraph, Span, SponsorLine, TextField } from '../model';
import { ORDINAL_WORDS_PATTERN, parseOrdinal } from '../symbols/ordinals';
import { stripMarkup } from './inline';
import { leadingWords, matchOperativePhrase, matchPreambularPhrase } from './phrases';
import type { Unit } from './units';

/**
 * "Brazil:\* amendment to draft resolution A/80/L.22" (A/80/L.29), "Belarus and Russian Federation:
 * amendment to revised draft resolution A/C.3/80/L.20/Rev.1" (A/C.3/80/L.61), "…: amendment to
 * draft resolution 6 recommended by the Second Committee in its report contained in document
 * A/80/555" (A/80/L.39): sponsors, a colon (and the sponsor note's mark), "amendment to" and the
 * draft it amends.
 */
// The sponsors are States' names: no quotation marks (a sentence that quotes an amendment line is no amendment line).
const AMENDMENT_LINE = /^([^"“”]*?):\**\s*(amendments?) to (?:the )?((?:revised )?draft (?:resolution|decision)\b.*?)\s*$/;
const AMENDED_SYMBOL = /^(?:revised )?draft (?:resolution|decision) ([A-Z]+\/\S+)$/;
/** A document symbol on a line of its own, which completes an amendment line broken before it (A/C.3/80/L.62). */
const SYMBOL_ONLY = /^[A-Z]+\/[\w./]+$/;

/** The parts of an amendment line, as offsets into its plain text. */
export interface AmendmentLine {
  readonly sponsorsEnd: number;
  readonly kind: readonly [number, number];
  readonly amends: readonly [number, number];
  readonly amendedSymbol?: readonly [number, number];
}

/** Reads a masthead line (markup removed) as the sponsor line of an amendment. */
export function readAmendmentLine(plain: string): AmendmentLine | undefined {
  const m = AMENDMENT_LINE.exec(plain);
  if (!m) return undefined;
  const kindStart = plain.indexOf(m[2], m[1].length + 1);
  const amendsStart = plain.indexOf(m[3], kindStart + m[2].length);
  const amendsEnd = amendsStart + m[3].length;
  const symbol = AMENDED_SYMBOL.exec(m[3]);
  return {
    sponsorsEnd: m[1].length,
    kind: [kindStart, kindStart + m[2].length],
    amends: [amendsStart, amendsEnd],
    amendedSymbol: symbol ? [amendsEnd - symbol[1].length, amendsEnd] : undefined,
  };
}

/**
 * Whether a masthead line completes an amendment line that ended before the symbol of the draft
 * ("…: amendment to revised draft resolution" and "A/C.3/80/L.20/Rev.1" on the next line).
 */
export function completesAmendmentLine(sponsorLine: SponsorLine | undefined, plain: string): boolean {
  return sponsorLine?.amends !== undefined && sponsorLine.amendedSymbol === undefined && SYMBOL_ONLY.test(plain) && /draft (?:resolution|decision)$/.test(sponsorLine.amends.text);
}

/** The masthead stands in the first blocks of a text: an amendment line is looked for only there. */
const MAX_MASTHEAD_UNITS = 40;
/** Longer lines are not sponsor lines (fewer than 200 States). */
const MAX_SPONSOR_LINE = 12000;

/** What the body loop does with a text unit of an amendment. */
export type AmendmentUnitRole = 'instruction' | 'other' | 'quote' | 'quote-preambular' | 'quote-operative';

/** How an amendment's body is laid out: where it starts and what each text unit is. */
export interface AmendmentPlan {
  readonly bodyStart: number;
  /**
   * Role of each text unit from `bodyStart` on: an instruction, other text of the amendment (a note
   * the parser did not read as one), or the first unit of a quoted block (of the part the
   * instruction names).
   */
  readonly roles: ReadonlyMap<number, AmendmentUnitRole>;
}

/**
 * Reads the layout of an amendment, when the text is one: the unit of its amendment line among
 * the masthead's, then, after the title, each instruction and the block of paragraphs it quotes.
 */
export function planAmendment(text: string, units: readonly Unit[]): AmendmentPlan | undefined {
  let lineUnit = -1;
  for (let i = 0; i < Math.min(units.length, MAX_MASTHEAD_UNITS) && lineUnit < 0; i++) {
    const unit = units[i];
    if (unit.kind !== 'text') continue;
    for (const line of unit.lines) {
      if (line.end - line.start > MAX_SPONSOR_LINE) continue;
      if (readAmendmentLine(stripMarkup(text, line).plain.trim())) {
        lineUnit = i;
        break;
      }
    }
  }
  if (lineUnit < 0) return undefined;

  let bodyStart = units.length;
  for (let i = lineUnit + 1; i < units.length; i++) {
    const unit = units[i];
    // The title stands first: it is a paragraph only if nothing else can be (no title).
    if (unit.kind === 'text' && (isInstruction(text, unit) || (opensLikeParagraph(text, unit) && (i > lineUnit + 1 || text[afterNumber(text, unit.span)] === '*')))) {
      bodyStart = i;
      break;
    }
  }
  const roles = new Map<number, AmendmentUnitRole>();
  let quoting = false;
  let inBlock = false;
  let part: 'preambular' | 'operative' | undefined;
  for (let i = bodyStart; i < units.length; i++) {
    const unit = units[i];
    if (unit.kind !== 'text') continue;
    if (!isInstruction(text, unit) && (quoting || opensLikeParagraph(text, unit))) {
      if (!inBlock) roles.set(i, part ? `quote-${part}` : 'quote');
      inBlock = true;
      continue;
    }
    if (!isInstruction(text, unit)) {
      roles.set(i, 'other');
      continue;
    }
    roles.set(i, 'instruction');
    const outside = outsideQuotes(stripMarkup(text, unit.span).plain);
    quoting = /:\s*$/.test(outside);
    part = lastPartNamed(outside);
    inBlock = false;
  }
  return { bodyStart, roles };
}

/** Whether a unit opens as a quoted paragraph does: its phrase in italics, or a standard phrase. */
function opensLikeParagraph(text: string, unit: Unit): boolean {
  const start = afterNumber(text, unit.span);
  if (text[start] === '*') return true;
  const words = leadingWords(text, start, unit.span.end);
  return (matchOperativePhrase(words) ?? matchPreambularPhrase(words)) !== undefined;
}

/**
 * Whether a unit is an instruction: it names a place in the draft (a paragraph, the title) outside
 * its quotations, and does not open as a paragraph does (a phrase in italics or a standard phrase):
 * a quoted paragraph may cite "paragraph 9 below" too.
 */
function isInstruction(text: string, unit: Unit): boolean {
  if (opensLikeParagraph(text, unit)) return false;
  const outside = outsideQuotes(stripMarkup(text, unit.span).plain);
  return /\b(?:sub-?)?paragraphs?\b|\btitle\b/i.test(outside);
}

/** The offset after a leading "12." or "5 bis." and the blanks after it. */
function afterNumber(text: string, span: Span): number {
  const m = /^\d+(?: (?:bis|ter|quater))?\.[ \t]+/.exec(text.slice(span.start, Math.min(span.end, span.start + 20)));
  return span.start + (m ? m[0].length : 0);
}

const OPEN_QUOTE = '“';
const CLOSE_QUOTE = '”';

/** The text with each quotation (“…”) blanked out, character for character, so that offsets still match. */
function outsideQuotes(plain: string): string {
  let out = '';
  let depth = 0;
  for (const c of plain) {
    if (c === OPEN_QUOTE) depth++;
    out += depth > 0 ? ' '.repeat(c.length) : c;
    if (c === CLOSE_QUOTE && depth > 0) depth--;
  }
  return out;
}

/** The part named last in an instruction: the part a paragraph it quotes belongs to ("After the fourteenth preambular paragraph, insert a new preambular paragraph reading:"). */
function lastPartNamed(outside: string): 'preambular' | 'operative' | undefined {
  const p = outside.lastIndexOf('preambular');
  const o = outside.lastIndexOf('operative');
  if (p < 0 && o < 0) return undefined;
  return p > o ? 'preambular' : 'operative';
}

const NUMBER = '\\d+(?: (?:bis|ter|quater))?';
const LIST_SEPARATOR = '(?:, and |, | and )';
const TARGET = new RegExp(
  `\\b(?:(${ORDINAL_WORDS_PATTERN}(?:${LIST_SEPARATOR}${ORDINAL_WORDS_PATTERN})*) )?(preambular|operative) paragraphs?(?: (${NUMBER}(?:${LIST_SEPARATOR}${NUMBER})*))?|\\b(?:the|its) title\\b`,
  'g',
);
const LIST_ITEM = new RegExp(`${ORDINAL_WORDS_PATTERN}|${NUMBER}`, 'g');
const ACTION = /\b(insert|replace|delete)\b/i;
const POSITION = /^(?:\d{1,4}\.\s+)?(After|Before|In)\b/;
const INSTRUCTION_NUMBER = /^(\d+)\.\s/;

/**
 * The amendment's model: each instruction with its number, action, position, targets and inline
 * quotations, and the quoted paragraphs (already parsed, in text order) that stand between it and
 * the next instruction.
 */
export function readAmendment(text: string, units: readonly Unit[], plan: AmendmentPlan, sponsorLine: SponsorLine | undefined, paragraphs: readonly Paragraph[]): Amendment {
  const instructionUnits = [...plan.roles].filter(([, role]) => role === 'instruction').map(([i]) => units[i]);
  let next = 0;
  const instructions = instructionUnits.map((unit, k): AmendmentInstruction => {
    const end = instructionUnits[k + 1]?.span.start ?? text.length;
    const quoted: Paragraph[] = [];
    while (next < paragraphs.length && paragraphs[next].span.start < unit.span.end) next++;
    while (next < paragraphs.length && paragraphs[next].span.start < end) quoted.push(paragraphs[next++]);
    return { ...readInstruction(text, unit.span), paragraphs: quoted };
  });
  return { amends: sponsorLine?.amends, amendedSymbol: sponsorLine?.amendedSymbol, instructions };
}

function readInstruction(text: string, span: Span): Omit<AmendmentInstruction, 'paragraphs'> {
  const { plain, offsets } = stripMarkup(text, span);
  const at = (i: number): number => offsets[i] ?? span.end;
  const fieldOf = (from: number, to: number): TextField => ({ span: { start: at(from), end: to > from ? at(to - 1) + 1 : at(from) }, text: plain.slice(from, to) });
  const outside = outsideQuotes(plain);

  const quotations: TextField[] = [];
  for (let i = plain.indexOf(OPEN_QUOTE); i >= 0; i = plain.indexOf(OPEN_QUOTE, i + 1)) {
    let depth = 0;
    let close = -1;
    for (let j = i; j < plain.length; j++) {
      if (plain[j] === OPEN_QUOTE) depth++;
      else if (plain[j] === CLOSE_QUOTE && --depth === 0) {
        close = j;
        break;
      }
    }
    if (close < 0) break;
    quotations.push(fieldOf(i + 1, close));
    i = close;
  }

  const targets: AmendmentTarget[] = [];
  TARGET.lastIndex = 0;
  for (let m = TARGET.exec(outside); m; m = TARGET.exec(outside)) {
    if (!m[3] && !m[1] && !m[2]) {
      targets.push({ span: fieldOf(m.index, m.index + m[0].length).span, part: 'title' });
      continue;
    }
    const part = m[2] as 'preambular' | 'operative';
    const list = m[3] ?? m[1];
    if (!list) {
      // "the preambular paragraphs": all of them; "a new preambular paragraph" is the one inserted, not a target.
      if (m[0].endsWith('paragraphs') && /\bthe $/.test(outside.slice(Math.max(0, m.index - 4), m.index))) targets.push({ span: fieldOf(m.index, m.index + m[0].length).span, part });
      continue;
    }
    const listStart = m[3] ? m.index + m[0].length - m[3].length : m.index;
    LIST_ITEM.lastIndex = 0;
    for (let item = LIST_ITEM.exec(list); item; item = LIST_ITEM.exec(list)) {
      const written = item[0];
      const number = m[3] ? parseInt(written, 10) : parseOrdinal(written);
      targets.push({ span: fieldOf(listStart + item.index, listStart + item.index + written.length).span, part, number, numberText: written });
    }
  }

  const numbered = INSTRUCTION_NUMBER.exec(plain);
  const action = ACTION.exec(outside);
  const position = POSITION.exec(outside);
  return {
    span,
    number: numbered ? fieldOf(0, numbered[1].length) : undefined,
    action: action ? (action[1].toLowerCase() as AmendmentInstruction['action']) : undefined,
    actionSpan: action ? fieldOf(action.index, action.index + action[1].length).span : undefined,
    position: position ? (position[1].toLowerCase() as AmendmentInstruction['position']) : undefined,
    targets,
    quotations,
  };
}

/**
 * What an instruction does, in a few words, for the outline and hovers: "1. Insert after operative
 * paragraph 7", "Delete operative paragraphs 9, 12", "Replace in the title, preambular paragraphs".
 */
export function describeInstruction(instruction: Omit<AmendmentInstruction, 'paragraphs'>): string {
  const verb = instruction.action ? instruction.action[0].toUpperCase() + instruction.action.slice(1) : 'Amend';
  const parts: string[] = [];
  for (const part of ['title', 'preambular', 'operative'] as const) {
    const targets = instruction.targets.filter((t) => t.part === part);
    if (targets.length === 0) continue;
    if (part === 'title') {
      parts.push('the title');
      continue;
    }
    const numbers = targets.filter((t) => t.number !== undefined).map((t) => t.number);
    if (numbers.length === 0) parts.push(`${part} paragraphs`);
    else parts.push(`${part} paragraph${numbers.length > 1 ? 's' : ''} ${numbers.join(', ')}`);
  }
  const where = parts.length > 0 ? ` ${instruction.position ? `${instruction.position} ` : ''}${parts.join(', ')}` : '';
  return `${instruction.number ? `${instruction.number.text}. ` : ''}${verb}${where}`;
}
