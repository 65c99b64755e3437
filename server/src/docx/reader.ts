import type { DocxComment, DocxNoticeKind, DocxReading, TrackedChangesView, WordParagraph, WordParagraphSpan } from './model';
import { NumberingCounter } from './numbering';
import type { WordPackage } from './package';
import { numberingOf, onOff, Styles, type NumberingReference } from './styles';
import { child, childrenNamed, contains, descendant, textOf, type XmlElement, type XmlNode } from './xml';

/** A stretch of a paragraph: text in or out of italics, or a note mark. */
type Piece = { readonly kind: 'text'; readonly text: string; readonly italic: boolean } | { readonly kind: 'mark'; readonly mark: string };

/** A footnote or endnote referenced in a paragraph: its mark and its text. */
interface NoteText {
  readonly mark: string;
  readonly pieces: Piece[];
}

/** A paragraph of the text read (a Word paragraph, or a table row). */
interface Block {
  readonly wordIndex: number;
  readonly number?: string;
  readonly pieces: Piece[];
  readonly notes: NoteText[];
}

/** What a paragraph collects while its content is read. */
interface ParagraphContent {
  readonly wordIndex: number;
  readonly paragraphStyle: string | undefined;
  readonly pieces: Piece[];
  readonly notes: NoteText[];
}

/** A complex field (`w:fldChar` begin … separate … end): its instruction, and whether its result is being read. */
interface OpenField {
  instruction: string;
  inResult: boolean;
}

/** An open comment range: its id, and the text it covers so far. */
interface CommentAnchor {
  readonly wordIndex: number;
  quoted: string;
  open: boolean;
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const QUOTE_LIMIT = 300;
const FIRST_WORDS = 8;
const CELL_SEPARATOR = ' | ';
/** Revision elements whose content is text present in the current file (read when changes are accepted). */
const INSERTIONS = new Set(['w:ins', 'w:moveTo']);
/** Revision elements whose content is text taken out (read for the original). */
const DELETIONS = new Set(['w:del', 'w:moveFrom']);
/** Elements that only wrap inline content: read through. */
const INLINE_WRAPPERS = new Set(['w:hyperlink', 'w:smartTag', 'w:customXml', 'w:dir', 'w:bdo']);
/** Fields whose result is ordinary text of the paragraph. */
const PLAIN_FIELDS = new Set(['HYPERLINK']);

function superscript(value: number): string {
  return String(value)
    .split('')
    .map((digit) => SUPERSCRIPT_DIGITS[Number(digit)])
    .join('');
}

/** Escapes what the text form reads as markup: asterisks and backslashes. */
function escapeText(text: string): string {
  return text.replace(/[\\*]/g, (c) => `\\${c}`);
}

/**
 * The pieces as one line of the text form, italics as `*…*` with the blanks at their ends left
 * outside. A note mark between two italic stretches stays inside the run ("*Urges States,¹ and
 * invites …*"): the italics go on across it.
 */
export function renderPieces(pieces: readonly Piece[]): string {
  let out = '';
  /** The open italic run, its text escaped. */
  let italic = '';
  /** Marks met in an open italic run: inside it if the italics go on after them, after it if not. */
  let marks = '';
  const flushItalic = (): void => {
    if (italic !== '') {
      const core = italic.trim();
      if (core === '') {
        out += italic;
      } else {
        const lead = italic.slice(0, italic.length - italic.trimStart().length);
        const trail = italic.slice(italic.trimEnd().length);
        out += `${lead}*${core}*${trail}`;
      }
      italic = '';
    }
    out += marks;
    marks = '';
  };
  for (const piece of pieces) {
    if (piece.kind === 'mark') {
      if (italic.trim() !== '') marks += piece.mark;
      else {
        flushItalic();
        out += piece.mark;
      }
    } else if (piece.italic) {
      italic += marks + escapeText(piece.text);
      marks = '';
    } else {
      flushItalic();
      out += escapeText(piece.text);
    }
  }
  flushItalic();
  return out;
}

function plainText(pieces: readonly Piece[]): string {
  return pieces.map((piece) => (piece.kind === 'text' ? piece.text : '')).join('');
}

/**
 * The tab Word sets after a paragraph's number or label ("1.⇥", "(a)⇥", "¹⇥"): read as a space,
 * as the text form writes it. Other tabs stay, for the columns of a masthead.
 */
const TAB_AFTER_LABEL = /^(\S{1,8})\t[ \t]*/;

/** A paragraph's text as a line or a few: blanks at its ends and around its line breaks removed, no blank lines. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+$/u, '').replace(/^[ \t]+/, '').replace(TAB_AFTER_LABEL, '$1 '))
    .filter((line) => line !== '')
    .join('\n');
}

function firstWords(text: string): string {
  const words = text.trim().split(/\s+/).filter((word) => word !== '');
  const shown = words.slice(0, FIRST_WORDS).join(' ');
  return words.length > FIRST_WORDS ? `${shown} …` : shown;
}

/**
 * Reads the body of a Word document into the text form, paragraph by paragraph: numbering
 * resolved, tracked changes taken as accepted or as the original, notes and comments gathered,
 * and whatever the text cannot show reported as a notice.
 */
export class DocumentReader {
  readonly #styles: Styles;
  readonly #numbering: NumberingCounter;
  readonly #footnotes = new Map<string, XmlElement>();
  readonly #endnotes = new Map<string, XmlElement>();
  readonly #fields: OpenField[] = [];
  readonly #anchors = new Map<string, CommentAnchor>();
  readonly #notices: { kind: DocxNoticeKind; message: string; wordIndex?: number }[] = [];
  readonly #noticed = new Set<string>();
  /** Each Word paragraph of the body as Word shows it, by index. */
  readonly #wordParagraphs = new Map<number, WordParagraph>();
  #trackedChanges = 0;
  #noteCount = 0;
  #wordParagraphCount = 0;
  /** A note reference whose mark is the text that follows it (`w:customMarkFollows`). */
  #customMarkNote: { element: XmlElement | undefined; content: ParagraphContent } | undefined;

  constructor(
    private readonly word: WordPackage,
    private readonly changes: TrackedChangesView,
  ) {
    this.#styles = new Styles(word.styles);
    this.#numbering = new NumberingCounter(word.numbering, this.#styles);
    for (const [part, notes, name] of [
      [word.footnotes, this.#footnotes, 'w:footnote'],
      [word.endnotes, this.#endnotes, 'w:endnote'],
    ] as const) {
      for (const note of part ? childrenNamed(part, name) : []) {
        const id = note.attributes['w:id'];
        if (id !== undefined) notes.set(id, note);
      }
    }
  }

  read(): DocxReading {
    const body = child(this.word.document, 'w:body');
    const blocks = body ? this.#blocks(body.children) : [];
    let text = '';
    const spans: WordParagraphSpan[] = [];
    const add = (line: string, wordIndex: number, note?: string): void => {
      if (text !== '') text += '\n\n';
      const start = text.length;
      text += line;
      const paragraph = this.#wordParagraph(wordIndex);
      spans.push(note === undefined ? { start, end: text.length, paragraph } : { start, end: text.length, paragraph, note });
    };
    for (const block of blocks) {
      const line = tidy(`${block.number === undefined || block.number === '' ? '' : `${block.number} `}${renderPieces(block.pieces)}`);
      if (line !== '') add(line, block.wordIndex);
      for (const note of block.notes) add(tidy(`${note.mark} ${renderPieces(note.pieces).trim()}`), block.wordIndex, note.mark.replace(/^\\/, ''));
    }
    return {
      text: text === '' ? '' : `${text}\n`,
      changes: this.changes,
      trackedChanges: this.#trackedChanges,
      paragraphs: spans,
      comments: this.#comments(),
      notices: this.#notices.map(({ kind, message, wordIndex }) =>
        wordIndex === undefined ? { kind, message } : { kind, message, paragraph: this.#wordParagraph(wordIndex) },
      ),
    };
  }

  #wordParagraph(index: number): WordParagraph {
    return this.#wordParagraphs.get(index) ?? { index, firstWords: '' };
  }

  #notice(kind: DocxNoticeKind, message: string, wordIndex: number | undefined, oncePerParagraph = false): void {
    if (oncePerParagraph) {
      const key = `${kind}:${wordIndex}`;
      if (this.#noticed.has(key)) return;
      this.#noticed.add(key);
    }
    this.#notices.push({ kind, message, wordIndex });
  }

  /** Whether a revision's content is in the view read: insertions when accepted, deletions for the original. */
  #keeps(revision: string): boolean {
    return this.changes === 'accepted' ? INSERTIONS.has(revision) : DELETIONS.has(revision);
  }

  // ---- Block level: paragraphs, tables, content controls.

  #blocks(nodes: readonly XmlNode[]): Block[] {
    const blocks: Block[] = [];
    let carried: ParagraphContent | undefined;
    const visit = (nodes: readonly XmlNode[]): void => {
      for (const node of nodes) {
        if (typeof node === 'string') continue;
        switch (node.name) {
          case 'w:p': {
            const result = this.#paragraph(node, carried);
            carried = result.carried;
            if (result.block) blocks.push(result.block);
            break;
          }
          case 'w:tbl':
            blocks.push(...this.#table(node));
            break;
          case 'w:sdt':
            visit(child(node, 'w:sdtContent')?.children ?? []);
            break;
          case 'w:customXml':
            visit(node.children);
            break;
          case 'w:ins':
          case 'w:moveTo':
          case 'w:del':
          case 'w:moveFrom':
            this.#trackedChanges++;
            if (this.#keeps(node.name)) visit(node.children);
            break;
          case 'w:altChunk':
            this.#notice('embedded-document', 'a document embedded in the file (altChunk) is left out', this.#wordParagraphCount || undefined);
            break;
          default:
            break;
        }
      }
    };
    visit(nodes);
    if (carried && carried.pieces.length > 0) blocks.push({ wordIndex: carried.wordIndex, pieces: carried.pieces, notes: carried.notes });
    return blocks;
  }

  /**
   * A table as text: one paragraph per row, cells separated by " | ", and the paragraphs of a cell
   * too, so that a masthead table's "Distr.: Limited", date and "Original" stay apart. Not by line
   * breaks: a cell paragraph that opens with "2." or "(a)" would then start a paragraph of the text.
   */
  #table(table: XmlElement): Block[] {
    const rows: Block[] = [];
    for (const row of elementsThrough(table.children, 'w:tr')) {
      const rowProperties = child(row, 'w:trPr');
      const revision = ['w:ins', 'w:del'].find((name) => child(rowProperties, name));
      if (revision) {
        this.#trackedChanges++;
        if (revision === 'w:ins' ? this.changes === 'original' : this.changes === 'accepted') continue;
      }
      const cells = elementsThrough(row.children, 'w:tc');
      const firstIndex = this.#wordParagraphCount + 1;
      const pieces: Piece[] = [];
      const notes: NoteText[] = [];
      let first = true;
      for (const cell of cells) {
        if (!first) pieces.push({ kind: 'text', text: CELL_SEPARATOR, italic: false });
        first = false;
        let firstInCell = true;
        for (const block of this.#blocks(cell.children)) {
          // The empty paragraph that spaces a masthead cell ("2 November 2026", "", "Original: English") is no column.
          if (!block.number && block.notes.length === 0 && plainText(block.pieces).trim() === '') continue;
          if (!firstInCell) pieces.push({ kind: 'text', text: CELL_SEPARATOR, italic: false });
          firstInCell = false;
          if (block.number !== undefined && block.number !== '') pieces.push({ kind: 'text', text: `${block.number} `, italic: false });
          pieces.push(...block.pieces);
          notes.push(...block.notes);
        }
      }
      if (plainText(pieces).replace(/\|/g, '').trim() === '' && notes.length === 0) continue;
      rows.push({ wordIndex: firstIndex, pieces, notes });
    }
    return rows;
  }

  /**
   * One Word paragraph. A paragraph whose mark is not in the view read (deleted, when changes are
   * accepted; inserted, for the original) runs on into the next: its content is carried over.
   */
  #paragraph(paragraph: XmlElement, carried: ParagraphContent | undefined): { block?: Block; carried?: ParagraphContent } {
    const wordIndex = ++this.#wordParagraphCount;
    let properties = child(paragraph, 'w:pPr');
    const propertiesChange = child(properties, 'w:pPrChange');
    if (propertiesChange) {
      this.#trackedChanges++;
      if (this.changes === 'original') properties = child(propertiesChange, 'w:pPr');
    }
    const markRevision = ['w:ins', 'w:del', 'w:moveTo', 'w:moveFrom'].find((name) => child(descendant(paragraph, 'w:pPr', 'w:rPr'), name));
    if (markRevision) this.#trackedChanges++;
    const paragraphStyle = child(properties, 'w:pStyle')?.attributes['w:val'];
    const content: ParagraphContent = {
      wordIndex: carried?.wordIndex ?? wordIndex,
      paragraphStyle,
      pieces: carried ? [...carried.pieces] : [],
      notes: carried ? [...carried.notes] : [],
    };
    const own: ParagraphContent = { wordIndex, paragraphStyle, pieces: [], notes: [] };
    this.#inline(paragraph.children, own);
    content.pieces.push(...own.pieces);
    content.notes.push(...own.notes);
    const runsOn = markRevision !== undefined && !this.#keeps(markRevision) && (DELETIONS.has(markRevision) || INSERTIONS.has(markRevision));
    if (runsOn) {
      this.#wordParagraphs.set(wordIndex, { index: wordIndex, firstWords: firstWords(plainText(own.pieces)) });
      return { carried: content };
    }
    const reference: NumberingReference | undefined = numberingOf(properties) ?? this.#styles.numbering(paragraphStyle);
    let number: string | undefined;
    if (reference && reference.numId !== '0') {
      const resolved = this.#numbering.next(reference, paragraphStyle);
      if (resolved) {
        number = resolved.label;
        if (resolved.unknownFormat) this.#notice('numbering', `number format "${resolved.unknownFormat}" written as a decimal`, wordIndex);
      } else {
        this.#notice('numbering', `numbering ${reference.numId} is not defined in numbering.xml: the paragraph is read without a number`, wordIndex);
      }
    }
    this.#wordParagraphs.set(wordIndex, number === undefined ? { index: wordIndex, firstWords: firstWords(plainText(own.pieces)) } : { index: wordIndex, number, firstWords: firstWords(plainText(own.pieces)) });
    if (plainText(content.pieces).trim() === '' && content.notes.length === 0 && (number === undefined || number === '')) return {};
    return { block: { wordIndex: content.wordIndex, number, pieces: content.pieces, notes: content.notes } };
  }

  // ---- Inline level: runs, revisions, fields, comments.

  #emitText(text: string, italic: boolean, content: ParagraphContent): void {
    if (text === '' || this.#fields.some((field) => !field.inResult)) return;
    if (this.#customMarkNote && this.#customMarkNote.content === content) {
      const { element } = this.#customMarkNote;
      this.#customMarkNote = undefined;
      const mark = escapeText(text.trim());
      content.pieces.push({ kind: 'mark', mark });
      if (element) content.notes.push({ mark, pieces: this.#noteText(element) });
      return;
    }
    content.pieces.push({ kind: 'text', text, italic });
    for (const anchor of this.#anchors.values()) {
      if (anchor.open && anchor.quoted.length < QUOTE_LIMIT) anchor.quoted = (anchor.quoted + text).slice(0, QUOTE_LIMIT);
    }
  }

  #inline(nodes: readonly XmlNode[], content: ParagraphContent): void {
    for (const node of nodes) {
      if (typeof node === 'string') continue;
      switch (node.name) {
        case 'w:r':
          this.#run(node, content);
          break;
        case 'w:ins':
        case 'w:moveTo':
        case 'w:del':
        case 'w:moveFrom':
          this.#trackedChanges++;
          if (this.#keeps(node.name)) this.#inline(node.children, content);
          break;
        case 'w:sdt':
          this.#inline(child(node, 'w:sdtContent')?.children ?? [], content);
          break;
        case 'w:fldSimple': {
          const instruction = node.attributes['w:instr'] ?? '';
          this.#fieldNotice(instruction, content.wordIndex);
          this.#inline(node.children, content);
          break;
        }
        case 'w:commentRangeStart': {
          const id = node.attributes['w:id'];
          if (id !== undefined) this.#anchors.set(id, { wordIndex: content.wordIndex, quoted: '', open: true });
          break;
        }
        case 'w:commentRangeEnd': {
          const anchor = this.#anchors.get(node.attributes['w:id'] ?? '');
          if (anchor) anchor.open = false;
          break;
        }
        case 'm:oMath':
        case 'm:oMathPara':
          this.#notice('math', `an equation is left out: “${firstWords(textOf(node))}”`, content.wordIndex);
          break;
        case 'mc:AlternateContent':
          this.#inline(child(node, 'mc:Choice')?.children ?? [], content);
          break;
        default:
          if (INLINE_WRAPPERS.has(node.name)) this.#inline(node.children, content);
          break;
      }
    }
  }

  #fieldNotice(instruction: string, wordIndex: number): void {
    const name = instruction.trim().split(/\s+/)[0]?.toUpperCase() ?? '';
    if (PLAIN_FIELDS.has(name)) return;
    this.#notice('field', `field ${name === '' ? '(empty)' : name} read as the result Word last showed`, wordIndex);
  }

  #run(run: XmlElement, content: ParagraphContent): void {
    let properties = child(run, 'w:rPr');
    const propertiesChange = child(properties, 'w:rPrChange');
    if (propertiesChange) {
      this.#trackedChanges++;
      if (this.changes === 'original') properties = child(propertiesChange, 'w:rPr');
    }
    const runStyle = child(properties, 'w:rStyle')?.attributes['w:val'];
    const property = (name: string, kind: 'italic' | 'strike' | 'hidden'): boolean =>
      onOff(properties, name) ?? this.#styles.runProperty(kind, runStyle, content.paragraphStyle);
    const italic = property('w:i', 'italic');
    const hidden = property('w:vanish', 'hidden');
    const struck = property('w:strike', 'strike') || onOff(properties, 'w:dstrike') === true;
    for (const node of run.children) {
      if (typeof node === 'string') continue;
      switch (node.name) {
        case 'w:t':
        case 'w:delText': {
          const text = textOf(node);
          if (hidden) {
            if (text.trim() !== '') this.#notice('hidden-text', `hidden text is left out: “${firstWords(text)}”`, content.wordIndex, true);
          } else {
            if (struck && text.trim() !== '') this.#notice('struck-text', `struck-through text is read as ordinary text: “${firstWords(text)}”`, content.wordIndex, true);
            this.#emitText(text, italic, content);
          }
          break;
        }
        case 'w:tab':
        case 'w:ptab':
          // Kept as a tab: a masthead laid out with tab stops ("United Nations⇥A/80/L.12") is read in columns.
          if (!hidden) this.#emitText('\t', false, content);
          break;
        case 'w:br':
        case 'w:cr':
          // A line break inside italics ("*42nd plenary meeting↵4 December 2023*") leaves them open.
          if (!hidden) this.#emitText('\n', italic, content);
          break;
        case 'w:noBreakHyphen':
          if (!hidden) this.#emitText('\u2011', italic, content);
          break;
        case 'w:sym':
          this.#notice('symbol', `a symbol of the font ${node.attributes['w:font'] ?? '(unnamed)'} is left out`, content.wordIndex);
          break;
        case 'w:footnoteReference':
        case 'w:endnoteReference':
          this.#noteReference(node, content);
          break;
        case 'w:fldChar': {
          const type = node.attributes['w:fldCharType'];
          if (type === 'begin') {
            this.#fields.push({ instruction: '', inResult: false });
          } else if (type === 'separate') {
            const field = this.#fields[this.#fields.length - 1];
            if (field) field.inResult = true;
          } else if (type === 'end') {
            const field = this.#fields.pop();
            if (field) this.#fieldNotice(field.instruction, content.wordIndex);
          }
          break;
        }
        case 'w:instrText': {
          const field = this.#fields[this.#fields.length - 1];
          if (field && !field.inResult) field.instruction += textOf(node);
          break;
        }
        case 'w:commentReference': {
          const id = node.attributes['w:id'];
          if (id !== undefined && !this.#anchors.has(id)) this.#anchors.set(id, { wordIndex: content.wordIndex, quoted: '', open: false });
          break;
        }
        case 'w:drawing':
        case 'w:pict':
        case 'w:object':
          this.#graphic(node, content.wordIndex);
          break;
        case 'mc:AlternateContent':
          this.#run({ name: 'w:r', attributes: {}, children: [...(properties ? [properties] : []), ...(child(node, 'mc:Choice')?.children ?? [])] }, content);
          break;
        case 'w:ruby':
          this.#inline(child(node, 'w:rubyBase')?.children ?? [], content);
          break;
        default:
          break;
      }
    }
  }

  #graphic(graphic: XmlElement, wordIndex: number): void {
    if (contains(graphic, 'w:txbxContent')) {
      this.#notice('text-box', `a text box is left out: “${firstWords(textOf(graphic))}”`, wordIndex);
    } else if (graphic.name === 'w:object') {
      this.#notice('embedded-object', 'an embedded object is left out', wordIndex);
    } else {
      this.#notice('drawing', 'an image or drawing is left out', wordIndex);
    }
  }

  #noteReference(reference: XmlElement, content: ParagraphContent): void {
    const notes = reference.name === 'w:footnoteReference' ? this.#footnotes : this.#endnotes;
    const element = notes.get(reference.attributes['w:id'] ?? '');
    if (['1', 'true', 'on'].includes(reference.attributes['w:customMarkFollows'] ?? '')) {
      this.#customMarkNote = { element, content };
      return;
    }
    const mark = superscript(++this.#noteCount);
    content.pieces.push({ kind: 'mark', mark });
    content.notes.push({ mark, pieces: element ? this.#noteText(element) : [] });
  }

  /** The text of a footnote or endnote: its paragraphs on one line, without the mark Word repeats at its start. */
  #noteText(note: XmlElement): Piece[] {
    const content: ParagraphContent = { wordIndex: this.#wordParagraphCount, paragraphStyle: undefined, pieces: [], notes: [] };
    let first = true;
    for (const paragraph of childrenNamed(note, 'w:p')) {
      if (!first) content.pieces.push({ kind: 'text', text: ' ', italic: false });
      first = false;
      const paragraphStyle = descendant(paragraph, 'w:pPr', 'w:pStyle')?.attributes['w:val'];
      const own: ParagraphContent = { ...content, paragraphStyle, pieces: [] };
      this.#inline(paragraph.children, own);
      content.pieces.push(...own.pieces);
    }
    return content.pieces;
  }

  #comments(): DocxComment[] {
    const comments: DocxComment[] = [];
    for (const comment of this.word.comments ? childrenNamed(this.word.comments, 'w:comment') : []) {
      const anchor = this.#anchors.get(comment.attributes['w:id'] ?? '');
      const text = childrenNamed(comment, 'w:p')
        .map((paragraph) => textOf(paragraph).trim())
        .filter((line) => line !== '')
        .join('\n');
      const entry: { -readonly [K in keyof DocxComment]: DocxComment[K] } = { text, quoted: anchor?.quoted.trim() ?? '' };
      if (comment.attributes['w:author'] !== undefined) entry.author = comment.attributes['w:author'];
      if (comment.attributes['w:date'] !== undefined) entry.date = comment.attributes['w:date'];
      if (anchor) entry.paragraph = this.#wordParagraph(anchor.wordIndex);
      comments.push(entry);
    }
    return comments;
  }
}

/** The elements of a name among these nodes, also inside the content controls and custom XML that wrap them. */
function elementsThrough(nodes: readonly XmlNode[], name: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const node of nodes) {
    if (typeof node === 'string') continue;
    if (node.name === name) found.push(node);
    else if (node.name === 'w:sdt') found.push(...elementsThrough(child(node, 'w:sdtContent')?.children ?? [], name));
    else if (node.name === 'w:customXml') found.push(...elementsThrough(node.children, name));
  }
  return found;
}
