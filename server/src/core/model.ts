import type { DocumentLanguage } from './language/detectLanguage';
/**
 * The typed model of a United Nations resolution, as every feature of unres reads it.
 *
 * Every element carries exact source spans: half-open ranges of UTF-16 code-unit offsets into
 * the document text, the unit LSP positions count in. Conversion to lines and characters happens
 * only in the hosts (see `LineIndex`).
 */

/** A half-open range `[start, end)` of UTF-16 offsets into the document text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A piece of source text: its span and its text with markup (italics, link artefacts) removed. */
export interface TextField {
  readonly span: Span;
  readonly text: string;
}

/** The bodies whose resolutions unres understands, named as their opening line names them. */
export type IssuingBody =
  | 'General Assembly'
  | 'Security Council'
  | 'Human Rights Council'
  | 'Economic and Social Council';

/** One agenda item of the masthead: "Agenda item 71 (b)" and the title lines under it. */
export interface AgendaItem {
  readonly span: Span;
  /** As written after "Agenda item": "107", "71 (b)". */
  readonly number: TextField;
  readonly title?: TextField;
}

/** The sponsor line of a draft: "Antigua and Barbuda, ... and Sweden: revised draft resolution". */
export interface SponsorLine {
  readonly span: Span;
  /** Each sponsor as written, in order; empty for a bare "Draft resolution" line. */
  readonly sponsors: readonly TextField[];
  /**
   * "draft resolution", "revised draft resolution", "draft decision", "Draft resolution", "amendment"
   * ("Brazil: amendment to draft resolution A/80/L.22"), "Draft resolution" of "Draft resolution
   * submitted by the Chair".
   */
  readonly documentKind: TextField;
  /** What an amendment amends, as written: "draft resolution A/80/L.22", "revised draft resolution A/C.3/80/L.20/Rev.1". */
  readonly amends?: TextField;
  /** The symbol of the draft an amendment amends, when the line gives one: "A/80/L.22". */
  readonly amendedSymbol?: TextField;
  /** Who submitted a draft that no State sponsors: "the Chair", "the Vice-Chair of the Committee, Name (Country)". */
  readonly submittedBy?: TextField;
  /** On what it was submitted: "on the basis of informal consultations on draft resolution A/C.2/80/L.33". */
  readonly submissionBasis?: TextField;
}

/** The masthead and title block that stands above the opening line. */
export interface Header {
  /** From the first header line to the last; undefined when the document has no header. */
  readonly span?: Span;
  /** "General Assembly", "Security Council", ... as the masthead names it. */
  readonly body?: TextField;
  /**
   * The organ whose text it is, in whatever language its masthead names it ("Assemblée générale":
   * the General Assembly): the body line's, or the council's named below it.
   */
  readonly organ?: IssuingBody;
  /**
   * "Human Rights Council" below "General Assembly": the Council prints its texts under the
   * Assembly's masthead, its own name over the session line.
   */
  readonly council?: TextField;
  /** The value after "Distr.:": "General", "Limited". */
  readonly distribution?: TextField;
  /** The issue date of the masthead: "22 December 2023". */
  readonly date?: TextField;
  /** The value after "Original:": "English". */
  readonly originalLanguage?: TextField;
  /** "Seventy-ninth session". */
  readonly session?: TextField;
  /** The dates printed below the session line: "24 February–4 April 2025" (Human Rights Council). */
  readonly sessionDates?: TextField;
  /** "Third Committee", "Special Political and Decolonization Committee (Fourth Committee)". */
  readonly committee?: TextField;
  readonly agendaItems: readonly AgendaItem[];
  /** The document symbol, from a symbol line or from front matter (`symbol: A/C.3/80/L.20`). */
  readonly symbol?: TextField;
  readonly sponsorLine?: SponsorLine;
  /** The title of the resolution; in an adopted text, the part of the numbered title after the number. */
  readonly title?: TextField;
  /**
   * "Resolution adopted by the General Assembly on 19 December 2023", or the heading of a Security
   * Council resolution, "Adopted by the Security Council at its 7451st meeting, on 28 May 2015".
   */
  readonly adoption?: {
    readonly span: Span;
    readonly body: TextField;
    readonly date: TextField;
    /** The meeting when the heading names it ("7451st meeting"): such a text has no closing lines. */
    readonly meeting?: TextField;
  };
  /** The basis line without its brackets and italics: "on the report of the Third Committee (A/78/482, para. 29)". */
  readonly basis?: TextField;
  /** The resolution number of the numbered title: "78/228". */
  readonly resolutionNumber?: TextField;
}

/** How far the italics at the start of a paragraph reach, measured against its opening phrase. */
export type ItalicExtent =
  /** No italics at the start of the paragraph. */
  | 'none'
  /** Exactly the opening phrase (a trailing optional particle such as "of" may go either way). */
  | 'phrase'
  /** Less than the opening phrase. */
  | 'partial'
  /** More than the opening phrase, but not the whole paragraph. */
  | 'beyond'
  /** The whole paragraph. */
  | 'paragraph';

/** Which vocabulary the opening phrase was found in. */
export type OpenerVocabulary = 'operative' | 'preambular' | 'unknown';

/** The opening phrase of a paragraph: "Bearing in mind", "Also takes note with appreciation". */
export interface Opener {
  /** The phrase as written, without markup. */
  readonly text: string;
  /** Source span of the phrase, from its first letter to its last. */
  readonly span: Span;
  /** The vocabulary the phrase belongs to; `unknown` when neither list has it. */
  readonly vocabulary: OpenerVocabulary;
  /** The italics run that starts the paragraph, if any (source span of the italic text). */
  readonly italicSpan?: Span;
  readonly italic: ItalicExtent;
}

/** A punctuation mark that closes a paragraph or sub-paragraph. */
export interface Punctuation {
  readonly char: string;
  readonly span: Span;
}

/** A lettered (a), (b) ... or numbered (i), (ii) ... sub-paragraph. */
export interface Subparagraph {
  /** "(a)", "(ii)". */
  readonly label: TextField;
  /** 1 for (a), (b) ...; 2 for (i), (ii) ... */
  readonly level: 1 | 2;
  /** Position in its sequence as the label says it: (a) is 1, (c) is 3, (iv) is 4. */
  readonly ordinal: number;
  readonly span: Span;
  /** Source pieces of the sub-paragraph; more than one when a page break split it. */
  readonly pieces: readonly Span[];
  /** The text after the label. */
  readonly content: Span;
  readonly punctuation?: Punctuation;
  /** The (i), (ii) ... items inside an (a), (b) ... item. */
  readonly children: readonly Subparagraph[];
}

/** The number of an operative paragraph as written: "12.", "5 bis.". */
export interface ParagraphNumber {
  readonly span: Span;
  /** "12", "5 bis". */
  readonly text: string;
  readonly value: number;
  /** "bis", "ter" ... for paragraphs inserted in a draft. */
  readonly suffix?: string;
}

/** A preambular or operative paragraph. */
export interface Paragraph {
  readonly kind: 'preambular' | 'operative';
  /** Position in its part, from 0. */
  readonly index: number;
  /** From the start of the first piece to the end of the last. */
  readonly span: Span;
  /**
   * The source blocks the paragraph occupies. A paragraph that a page break split (footnote
   * definitions printed in between) has several pieces; the text between them is not part of it.
   */
  readonly pieces: readonly Span[];
  readonly number?: ParagraphNumber;
  /**
   * The paragraph's own text after its number, up to (not including) its first sub-paragraph.
   * When a page break split it, footnote definitions may lie inside: `contentPieces` is exact.
   */
  readonly content: Span;
  readonly contentPieces: readonly Span[];
  readonly opener?: Opener;
  /** The closing mark of the paragraph itself, or of its chapeau when it has sub-paragraphs. */
  readonly punctuation?: Punctuation;
  readonly subparagraphs: readonly Subparagraph[];
  /** The innermost division the paragraph stands in (an index into `divisions`); undefined outside any. */
  readonly division?: number;
}

/**
 * An unnumbered heading: inside the preamble or the operative part ("Implementation plan"), or
 * inside an annexed or adopted text (`annexed`), such as "Guiding principles".
 */
export interface Heading {
  readonly span: Span;
  readonly text: string;
  readonly part: 'preamble' | 'operative' | 'annexed';
  readonly division?: number;
}

/**
 * What a division of the text is:
 * - `section`: "I Conditions of service …", "II. Strategic heritage plan …" (roman numerals);
 * - `part`: "A", "B. Evolution of the margin …" (capital letters), each often with its own preamble,
 *   or even its own "The General Assembly," when the part is a resolution of its own;
 * - `annex`: "Annex", "Annex II Declaration on Future Generations": a text the resolution annexes;
 * - `introduced`: the text that a paragraph ending with a colon introduces and that is not its
 *   sub-paragraphs: a declaration, pact or outcome document the resolution adopts in its body, a
 *   table, a schedule, quoted wording.
 * Sections and parts of the resolution hold its own paragraphs; annexes and introduced texts hold
 * another text's paragraphs (`annexed`), and so do the sections and parts inside them.
 */
export type DivisionKind = 'section' | 'part' | 'annex' | 'introduced';

/** A division of the text; see `DivisionKind`. */
export interface Division {
  readonly kind: DivisionKind;
  /** The numeral or letter as written ("XIII", "B"), or the annex's ("II" of "Annex II"). */
  readonly label?: TextField;
  /** The position its label gives: XIII is 13, B is 2, Annex II is 2. */
  readonly ordinal?: number;
  /** The heading after the label, on its line or the next ("Contingency fund"), or an annexed text's title. */
  readonly heading?: TextField;
  /** The line of the label and heading. */
  readonly headingSpan: Span;
  /** From its heading line to the end of its last text. */
  readonly span: Span;
  /** The division it lies in, as an index into `divisions`. */
  readonly parent?: number;
  /** Whether its paragraphs are the resolution's own (false in an annex or introduced text, and in the divisions inside them). */
  readonly own: boolean;
  /** "The General Assembly," opening the division again: a part that is a sentence of its own. */
  readonly opening?: OpeningLine;
  /** For an introduced text: the paragraph whose text ends with the colon that introduces it. */
  readonly introducedBy?: Paragraph;
}

/** How a footnote is marked in the text. */
export type FootnoteForm = 'superscript' | 'markdown' | 'asterisk';

/** A footnote mark in running text: "¹⁰", "[^3]", "\*". */
export interface FootnoteReference {
  readonly span: Span;
  /** "10", "3", "*". */
  readonly label: string;
  /** The footnote number; undefined for asterisk sponsor notes. */
  readonly number?: number;
  readonly form: FootnoteForm;
}

/** A footnote definition: a line that starts with its mark ("⁶ *Ibid.*, vol. 2237, No. 39574."). */
export interface FootnoteDefinition {
  readonly span: Span;
  /** The mark at the start of the line. */
  readonly marker: Span;
  readonly label: string;
  readonly number?: number;
  readonly form: FootnoteForm;
  /** The footnote's text after the mark. */
  readonly content: Span;
}

/** The organ whose resolution is cited. */
export type CitedOrgan = IssuingBody | string;

/** A reference to a resolution: "resolution 64/293 of 30 July 2010", "2200 A (XXI)", "2334 (2016)". */
export interface ResolutionCitation {
  readonly kind: 'resolution';
  readonly span: Span;
  /**
   * The organ named before or after the number or acting in the clause (parse/organs.ts), or the
   * issuing body when the text says "its" or nothing; `unknown` when the text cites it from another
   * body's document or has another body in view.
   */
  readonly organ: CitedOrgan;
  /** True when the text names no organ ("resolution 64/293" with no "its" or name) and the issuing body is taken. */
  readonly organAssumed?: boolean;
  /** The number as written, without link artefacts: "64/293", "2200 A (XXI)", "2334 (2016)". */
  readonly number: string;
  /** "30 July 2010" when the text gives "of <date>". */
  readonly date?: TextField;
}

/** A United Nations document symbol: "A/78/119", "CEDAW/C/GC/38", "A/C.3/79/L.16/Rev.1". */
export interface DocumentSymbolCitation {
  readonly kind: 'document';
  readonly span: Span;
  readonly symbol: string;
}

/** A *Treaty Series* citation: "United Nations, *Treaty Series*, vol. 2225, No. 39574". */
export interface TreatySeriesCitation {
  readonly kind: 'treatySeries';
  readonly span: Span;
  /** Whose series: the United Nations' or the League of Nations'; for *Ibid.* the series repeated. */
  readonly series: 'United Nations' | 'League of Nations' | 'ibid';
  /** True for "*Ibid.*, vol. ..." citations, which repeat the series of the footnote before. */
  readonly ibid: boolean;
  readonly volumes: readonly number[];
  /** The registration number after "No."; undefined when the citation gives none. */
  readonly registrationNumber?: number;
}

/** A link left by a conversion: "[64/293](#)". */
export interface LinkArtefact {
  readonly kind: 'link';
  readonly span: Span;
  readonly text: string;
  readonly target: string;
}

export type Citation = ResolutionCitation | DocumentSymbolCitation | TreatySeriesCitation | LinkArtefact;

/** The opening line: "The General Assembly,". */
export interface OpeningLine {
  readonly span: Span;
  readonly body: IssuingBody;
  /** Whether the line is italicised: fully ("*The General Assembly*,"), partly, or not at all. */
  readonly italic: 'none' | 'full' | 'partial';
  /** The comma after the body's name, when present. */
  readonly comma?: Span;
}

/** The closing lines of an adopted resolution: "*50th plenary meeting*" and the date. */
export interface Closing {
  readonly span: Span;
  readonly meeting?: TextField;
  readonly date?: TextField;
  /**
   * The record of the vote the Human Rights Council prints in brackets after the closing lines:
   * "[Adopted by a recorded vote of 31 to 11, with 5 abstentions. The voting was as follows: …]".
   */
  readonly voteRecord?: Span;
}

/** Text the parser could not place; parsing goes on after it. */
export interface ParseProblem {
  readonly span: Span;
  readonly code: ParseProblemCode;
  readonly message: string;
}

export type ParseProblemCode =
  | 'unrecognized-header-line'
  | 'text-after-closing'
  | 'unterminated-italics'
  | 'misplaced-subparagraph'
  | 'not-a-resolution';

/**
 * What a text is, as its masthead and form say: a resolution (draft or adopted), a decision, an
 * amendment to a draft, another document under a United Nations masthead (a note by the
 * Secretariat, a programme of work), or none of these (no masthead, opening line or operative
 * paragraphs: a README, meeting notes).
 */
export type DocumentKind = 'resolution' | 'decision' | 'amendment' | 'other' | 'none';

/** Where an amendment acts in the draft it amends: "operative paragraph 200", "the fourteenth preambular paragraph", "the title". */
export interface AmendmentTarget {
  /** The words that name it, in the instruction. */
  readonly span: Span;
  readonly part: 'preambular' | 'operative' | 'title';
  /** The paragraph's number (preambular paragraphs are counted: "fourteenth" is 14); none for "the preambular paragraphs" or the title. */
  readonly number?: number;
  /** The number as written: "200", "5 bis", "fourteenth". */
  readonly numberText?: string;
}

/** One instruction of an amendment: "Replace operative paragraph 200 with the following text:". */
export interface AmendmentInstruction {
  /** The instruction's own text (without the paragraphs it quotes). */
  readonly span: Span;
  /** "1." of a numbered instruction. */
  readonly number?: TextField;
  /** What it does, when it says it with one of the verbs amendments use. */
  readonly action?: 'insert' | 'replace' | 'delete';
  readonly actionSpan?: Span;
  /**
   * Where it acts relative to its target: "After operative paragraph 70, insert …" (after), "In
   * operative paragraph 68, replace “…” with “…”" (in: on words inside it).
   */
  readonly position?: 'after' | 'before' | 'in';
  /** The paragraphs and parts it acts on, in order; several for "operative paragraphs 5, 6, 10 and 13". */
  readonly targets: readonly AmendmentTarget[];
  /** Words quoted inside the instruction: “sexual and reproductive”, “emergency”, without the quotation marks. */
  readonly quotations: readonly TextField[];
  /** The paragraphs it quotes after it ("with the following text:"), each also in the preamble or operative part by its kind. */
  readonly paragraphs: readonly Paragraph[];
}

/** An amendment to a draft resolution: its instructions, each with its target and quoted text. */
export interface Amendment {
  /** The amended draft as the sponsor line names it, and its symbol when it gives one. */
  readonly amends?: TextField;
  readonly amendedSymbol?: TextField;
  readonly instructions: readonly AmendmentInstruction[];
}

/**
 * A decision written as one sentence under its title: "The General Assembly, recalling …,
 * decides to include …", with any lettered items or list after it.
 */
export interface DecisionText {
  /** From "The General Assembly" to the end of the decision's text (before closing lines or an annex). */
  readonly span: Span;
  /** The words "The General Assembly" that open it. */
  readonly opening: Span;
  readonly body: IssuingBody;
}

/** The whole document: everything a rule, hover or completion reads. */
export interface ResolutionDocument {
  /**
   * The text as every rule reads it: the source with its HTML comments blanked out (spaces, line
   * breaks kept), so that offsets are those of the source and a comment changes no reading.
   */
  readonly text: string;
  /** The text as written, comments included. */
  readonly source: string;
  /** The language the document is written in, and what settled it. */
  readonly language: DocumentLanguage;
  /** What the text is; an amendment's or a note's paragraphs are not a resolution's. */
  readonly documentKind: DocumentKind;
  readonly header: Header;
  readonly opening?: OpeningLine;
  readonly preamble: readonly Paragraph[];
  readonly operative: readonly Paragraph[];
  readonly headings: readonly Heading[];
  /** Sections, parts, annexes and introduced texts, in text order (a division before the ones inside it). */
  readonly divisions: readonly Division[];
  /**
   * The paragraphs of the texts the resolution annexes, adopts in its body or quotes (declarations,
   * outcome documents, tables, lists): not the resolution's own, which are `preamble` and `operative`.
   * Numbered ones have the kind `operative`, the others `preambular`.
   */
  readonly annexed: readonly Paragraph[];
  readonly footnoteReferences: readonly FootnoteReference[];
  readonly footnoteDefinitions: readonly FootnoteDefinition[];
  readonly citations: readonly Citation[];
  readonly closing?: Closing;
  /** HTML comments (front matter, `<!-- unres-disable ... -->`), wherever they stand: blanked out of `text`. */
  readonly comments: readonly Span[];
  /** Everything from the first "Annex" line to the end, if present. */
  readonly annex?: Span;
  /**
   * An amendment's instructions. Its preamble and operative part hold only the paragraphs the
   * instructions quote, checked as paragraphs of their kind; their numbers and order are the
   * amended draft's, not the amendment's.
   */
  readonly amendment?: Amendment;
  /** A decision written as one sentence; its text is not read as paragraphs. */
  readonly decision?: DecisionText;
  readonly problems: readonly ParseProblem[];
}
