import { CommentRangeEnd, CommentRangeStart, CommentReference, Document, Packer, Paragraph, Tab, TextRun, type ParagraphChild } from 'docx';
import { parseResolution, type FootnoteDefinition, type FootnoteReference, type Paragraph as ResolutionParagraph, type ResolutionDocument, type Span, type Subparagraph } from '../core';
import { splitRunTogetherParagraphs } from '../core/parse/runTogetherParagraphs';
import { mastheadColumns, splitUnits, type Unit } from '../core/parse/units';
import { writeRuns, type LineBreaks, type MarkPlan, type RunState } from './wordRuns';
import { documentStyles, STYLES, type StyleRole } from './wordStyles';

/** What a unit of the text is in the Word document: its style, and where a number or label ends (a tab follows it). */
interface UnitRole {
  readonly style: StyleRole;
  /** The element a later piece continues (a paragraph a page break split): the same key. */
  readonly key?: object;
  /** Whether this unit continues an element begun in an earlier unit. */
  readonly continues?: boolean;
  /** The end of the paragraph number ("12.") or sub-paragraph label ("(a)") that the tab follows. */
  readonly labelEnd?: number;
  /** Where the text starts: after a Markdown list bullet ("- (a)") that Word does not show. */
  readonly textStart?: number;
}

/** A Word paragraph being written: its style, content and the state of its italics. */
interface WordParagraphDraft {
  readonly style: StyleRole;
  readonly children: ParagraphChild[];
  readonly state: RunState;
  /** Where it starts in the text: HTML comments attach to the paragraph after them. */
  readonly start: number;
  readonly comments: number[];
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscript = (value: number): string => [...String(value)].map((digit) => SUPERSCRIPT_DIGITS[Number(digit)]).join('');

/** The roles of the units, keyed by the offset where each starts. */
function unitRoles(model: ResolutionDocument): Map<number, UnitRole> {
  const roles = new Map<number, UnitRole>();
  const { text } = model;
  if (model.opening) roles.set(model.opening.span.start, { style: 'opening' });
  for (const division of model.divisions) {
    roles.set(division.headingSpan.start, { style: 'heading' });
    if (division.opening) roles.set(division.opening.span.start, { style: 'opening' });
  }
  for (const heading of model.headings) roles.set(heading.span.start, { style: 'heading' });
  if (model.closing) roles.set(model.closing.span.start, { style: 'closing' });
  const labelEnd = (end: number): number => (text[end] === '.' ? end + 1 : end);
  const addPieces = (pieces: readonly Span[], first: UnitRole): void => {
    pieces.forEach((piece, index) => roles.set(piece.start, index === 0 ? first : { style: first.style, key: first.key, continues: true }));
  };
  const addSubparagraph = (subparagraph: Subparagraph): void => {
    const key = {};
    const textStart = subparagraph.label.span.start;
    const role: UnitRole = { style: subparagraph.level === 1 ? 'subparagraph' : 'subsubparagraph', key, labelEnd: subparagraph.label.span.end, textStart };
    addPieces(subparagraph.pieces, role);
    // A bulleted item ("- (a) …") starts its unit at the bullet.
    const unitStart = subparagraph.pieces[0]?.start;
    if (unitStart !== undefined && unitStart !== textStart) roles.set(unitStart, role);
    subparagraph.children.forEach(addSubparagraph);
  };
  const addParagraph = (paragraph: ResolutionParagraph): void => {
    const key = {};
    const style: StyleRole = paragraph.number ? 'operative' : 'preambular';
    addPieces(paragraph.pieces, { style, key, ...(paragraph.number ? { labelEnd: labelEnd(paragraph.number.span.end) } : {}) });
    paragraph.subparagraphs.forEach(addSubparagraph);
  };
  [...model.preamble, ...model.operative, ...model.annexed].forEach(addParagraph);
  return roles;
}

/**
 * A block of the masthead as the Word paragraphs to write: the block itself, or, when its lines
 * are printed in columns ("Nations Unies⇥A/RES/66/120"), each column alone, so that the symbol,
 * the organ and the distribution get their own styles.
 */
function mastheadParts(text: string, unit: Unit): Unit[] {
  const columns = unit.lines.flatMap((line) => mastheadColumns(text, line));
  if (columns.length <= unit.lines.length) return [unit];
  return columns.map((column) => ({ kind: unit.kind, lines: [column], blankLinesBefore: 0, span: column }));
}

/** The style of a unit of the masthead, by the first of its fields that starts in it. */
function mastheadStyle(model: ResolutionDocument, unit: Unit): StyleRole {
  const { header } = model;
  const startsIn = (span: Span | undefined): boolean => span !== undefined && unit.span.start <= span.start && span.start < unit.span.end;
  if (startsIn(header.body?.span)) return 'body';
  if (header.symbol && !isInComment(model, header.symbol.span) && startsIn(header.symbol.span)) return 'symbol';
  if (startsIn(header.sponsorLine?.span)) return 'sponsors';
  if (startsIn(header.resolutionNumber?.span) || startsIn(header.title?.span)) return 'title';
  if (startsIn(header.adoption?.span) || startsIn(header.basis?.span)) return 'adoption';
  if (startsIn(header.council?.span) || startsIn(header.session?.span) || startsIn(header.committee?.span) || header.agendaItems.some((item) => startsIn(item.span))) return 'session';
  return 'masthead';
}

function isInComment(model: ResolutionDocument, span: Span): boolean {
  return model.comments.some((comment) => comment.start <= span.start && span.end <= comment.end);
}

/**
 * Which note each footnote mark opens. A mark takes the first definition with its label after it
 * (before it when none is after); a mark whose note another mark has taken, or that has none, stays
 * a mark in the text. Word numbers the references it numbers itself in order, so a numbered mark
 * out of that order shows its own number.
 */
function planMarks(model: ResolutionDocument): { marks: Map<number, MarkPlan>; notes: Map<number, FootnoteDefinition>; taken: Set<FootnoteDefinition> } {
  const byLabel = new Map<string, FootnoteDefinition[]>();
  for (const definition of model.footnoteDefinitions) {
    const list = byLabel.get(definition.label) ?? [];
    list.push(definition);
    byLabel.set(definition.label, list);
  }
  const taken = new Set<FootnoteDefinition>();
  const marks = new Map<number, MarkPlan>();
  const notes = new Map<number, FootnoteDefinition>();
  let numbered = 0;
  let id = 0;
  const sorted = [...model.footnoteReferences].sort((a, b) => a.span.start - b.span.start);
  for (const reference of sorted) {
    const definition = untakenAfter(byLabel.get(reference.label) ?? [], reference.span.start, taken);
    if (!definition) {
      marks.set(reference.span.start, { kind: 'text', end: reference.span.end });
      continue;
    }
    taken.add(definition);
    notes.set(++id, definition);
    marks.set(reference.span.start, markPlan(model.text, reference, id, numbered));
    if (reference.number !== undefined && reference.number === numbered + 1) numbered++;
  }
  return { marks, notes, taken };
}

/** The first definition of the list (in text order) not taken that starts after `offset`, or else the first not taken. */
function untakenAfter(definitions: readonly FootnoteDefinition[], offset: number, taken: ReadonlySet<FootnoteDefinition>): FootnoteDefinition | undefined {
  let low = 0;
  let high = definitions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (definitions[middle].span.start > offset) high = middle;
    else low = middle + 1;
  }
  for (let i = low; i < definitions.length; i++) if (!taken.has(definitions[i])) return definitions[i];
  for (let i = 0; i < low; i++) if (!taken.has(definitions[i])) return definitions[i];
  return undefined;
}

function markPlan(text: string, reference: FootnoteReference, id: number, numbered: number): MarkPlan {
  const end = reference.span.end;
  if (reference.number !== undefined && reference.number === numbered + 1) return { kind: 'auto', end, id };
  if (reference.number !== undefined) {
    const written = text.slice(reference.span.start, end);
    return { kind: 'custom', end, id, mark: reference.form === 'superscript' ? written : superscript(reference.number), raised: false };
  }
  return { kind: 'custom', end, id, mark: reference.label, raised: true };
}

/**
 * Writes a draft as a Word document laid out as the United Nations prints drafts and resolutions:
 * the masthead, the title, the opening line, preambular paragraphs, numbered operative paragraphs
 * with their number hanging before a tab, sub-paragraphs indented under them, headings, annexes and
 * closing lines, each in a paragraph style of its own ("UN Operative paragraph" …), Times New
 * Roman throughout. Italics stay italics; footnote marks become Word footnotes with their text; the
 * HTML comments of the draft (front matter, `unres-disable`) become Word comments, and a symbol
 * given only in the front matter heads the masthead. Every unit of the text is written: text the
 * parser places nowhere keeps its lines in the style "UN Text".
 *
 * Takes the draft's text or its parse (`parseResolution`); resolves to the bytes of the .docx.
 * Pure: the same in node and in a browser.
 */
export async function writeResolutionDocx(draft: string | ResolutionDocument): Promise<Uint8Array> {
  const model = typeof draft === 'string' ? parseResolution(draft) : draft;
  const { text } = model;
  const roles = unitRoles(model);
  const { marks, notes, taken } = planMarks(model);
  const definitionsByStart = new Map(model.footnoteDefinitions.map((definition) => [definition.span.start, definition]));
  const paragraphs: WordParagraphDraft[] = [];
  const byKey = new Map<object, WordParagraphDraft>();
  const open = (style: StyleRole, start: number): WordParagraphDraft => {
    const paragraph: WordParagraphDraft = { style, children: [], state: { italic: false, bold: false }, start, comments: [] };
    paragraphs.push(paragraph);
    return paragraph;
  };

  if (model.header.symbol && isInComment(model, model.header.symbol.span)) {
    open('symbol', model.header.span?.start ?? 0).children.push(new TextRun(model.header.symbol.text));
  }

  const { span: headerSpan } = model.header;
  const inHeader = (unit: Unit): boolean => headerSpan !== undefined && headerSpan.start <= unit.span.start && unit.span.end <= headerSpan.end;
  for (const unit of splitRunTogetherParagraphs(text, splitUnits(text, model.source), model.language.code)) {
    const definition = unit.kind === 'footnote' ? definitionsByStart.get(unit.span.start) : undefined;
    if (definition && taken.has(definition)) continue;
    const role = definition ? { style: 'footnote' as const } : roles.get(unit.span.start);
    if (!role && inHeader(unit)) {
      for (const part of mastheadParts(text, unit)) writeUnit(text, part, { style: mastheadStyle(model, part) }, marks, undefined, open);
      continue;
    }
    writeUnit(text, unit, role, marks, role?.key ? byKey : undefined, open);
  }

  // Comments and paragraphs are both in text order: each comment goes to the first paragraph after it.
  let next = 0;
  const comments = model.comments.map((span, index) => {
    while (next < paragraphs.length && paragraphs[next].start < span.end) next++;
    const target = paragraphs[next] ?? paragraphs[paragraphs.length - 1] ?? open('text', span.end);
    target.comments.push(index);
    const lines = model.source
      .slice(span.start + 4, Math.max(span.start + 4, span.end - 3))
      .split(/\r?\n|\r/)
      .map((line) => line.trim())
      .filter((line) => line !== '');
    return { id: index, author: 'unres', initials: 'u', children: (lines.length ? lines : ['']).map((line) => new Paragraph(line)) };
  });

  const footnotes: Record<string, { children: Paragraph[] }> = {};
  for (const [id, definition] of notes) {
    const children: ParagraphChild[] = [new TextRun({ children: [new Tab()] })];
    writeRuns(text, definition.content, new Map(), { italic: false, bold: false }, 'join', children);
    footnotes[String(id)] = { children: [new Paragraph({ style: STYLES.footnote.id, children })] };
  }

  const document = new Document({
    creator: 'unres',
    title: model.header.title?.text ?? '',
    subject: model.header.symbol?.text ?? '',
    styles: documentStyles(model.language.code),
    footnotes,
    comments: { children: comments },
    sections: [
      {
        children: paragraphs.map((paragraph) => {
          const children = [...paragraph.children];
          for (const id of paragraph.comments) {
            children.unshift(new CommentRangeStart(id));
            children.push(new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] }));
          }
          return new Paragraph({ style: STYLES[paragraph.style].id, children });
        }),
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

/** Writes one unit: as a new Word paragraph, or into the paragraph it continues after a page break. */
function writeUnit(
  text: string,
  unit: Unit,
  role: UnitRole | undefined,
  marks: ReadonlyMap<number, MarkPlan>,
  byKey: Map<object, WordParagraphDraft> | undefined,
  open: (style: StyleRole, start: number) => WordParagraphDraft,
): void {
  const style = role?.style ?? (unit.kind === 'footnote' ? 'footnote' : 'text');
  const lineBreaks: LineBreaks = ['preambular', 'operative', 'subparagraph', 'subsubparagraph', 'footnote'].includes(style) ? 'join' : 'keep';
  const continued = role?.continues && role.key ? byKey?.get(role.key) : undefined;
  const paragraph = continued ?? open(style, unit.span.start);
  if (role?.key && !continued) byKey?.set(role.key, paragraph);
  if (continued) continued.children.push(new TextRun(' '));
  let from = role?.textStart !== undefined && role.textStart > unit.span.start && !continued ? role.textStart : unit.span.start;
  if (role?.labelEnd !== undefined && !continued && role.labelEnd > from && role.labelEnd <= unit.span.end) {
    writeRuns(text, { start: from, end: role.labelEnd }, marks, paragraph.state, lineBreaks, paragraph.children);
    paragraph.children.push(new TextRun({ children: [new Tab()] }));
    from = role.labelEnd;
    while (from < unit.span.end && /\s/.test(text[from])) from++;
  }
  writeRuns(text, { start: from, end: unit.span.end }, marks, paragraph.state, lineBreaks, paragraph.children);
}
