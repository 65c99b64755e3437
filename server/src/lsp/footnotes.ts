import {
  CodeActionKind,
  DocumentHighlightKind,
  ErrorCodes,
  MarkupKind,
  ResponseError,
  type CodeAction,
  type CodeActionContext,
  type DocumentHighlight,
  type Hover,
  type Location,
  type Position,
  type Range,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { INSERT_FOOTNOTE_COMMAND } from '../../../shared/protocol';
import {
  applyEdits,
  footnoteAt,
  footnoteIndex,
  ibidSource,
  insertFootnote,
  isResolution,
  renameFootnote,
  renumberFootnotes,
  type FootnoteDefinition,
  type ResolutionDocument,
} from '../core';
import { toWorkspaceEdit } from './codeActions';
import { toRange } from './convert';

/**
 * Footnotes in the editor: go to definition, find references, highlights, hover (with *Ibid.*
 * resolved), rename, and the "Renumber footnotes" and "Insert footnote" commands. Each function
 * takes the document and its parsed model, as the server's cache gives them.
 */

/** The labels of the edits the footnote commands send, shown by editors in their undo history. */
export const RENUMBER_FOOTNOTES_EDIT_LABEL = 'Renumber footnotes';
export const INSERT_FOOTNOTE_EDIT_LABEL = 'Insert footnote';
/** What "Insert footnote" answers when a superscript mark stands right beside the cursor. */
export const FOOTNOTE_BESIDE_MARK_MESSAGE = 'A footnote mark cannot stand right beside another: ¹ and ² would read as ¹².';

function locationOf(document: TextDocument, span: { start: number; end: number }): Location {
  return { uri: document.uri, range: toRange(document, span) };
}

/** Go to definition: from a footnote mark (a reference or a definition's own mark) to its definitions. */
export function footnoteDefinitionLocations(document: TextDocument, model: ResolutionDocument, position: Position): Location[] {
  const at = footnoteAt(model, document.offsetAt(position));
  return at ? at.entry.definitions.map((def) => locationOf(document, def.marker)) : [];
}

/** Find all references: every reference of the footnote under the cursor, and its definitions' marks when asked. */
export function footnoteReferenceLocations(document: TextDocument, model: ResolutionDocument, position: Position, includeDeclaration: boolean): Location[] {
  const at = footnoteAt(model, document.offsetAt(position));
  if (!at) return [];
  const spans = at.entry.references.map((ref) => ref.span);
  if (includeDeclaration) for (const def of at.entry.definitions) spans.push(def.marker);
  return spans.sort((a, b) => a.start - b.start).map((span) => locationOf(document, span));
}

/** Highlights: the references of the footnote under the cursor (read) and its definition marks (write). */
export function footnoteHighlights(document: TextDocument, model: ResolutionDocument, position: Position): DocumentHighlight[] {
  const at = footnoteAt(model, document.offsetAt(position));
  if (!at) return [];
  return [
    ...at.entry.references.map((ref) => ({ range: toRange(document, ref.span), kind: DocumentHighlightKind.Read })),
    ...at.entry.definitions.map((def) => ({ range: toRange(document, def.marker), kind: DocumentHighlightKind.Write })),
  ];
}

function contentOf(model: ResolutionDocument, def: FootnoteDefinition): string {
  return model.text.slice(def.content.start, def.content.end).trim();
}

/**
 * Hover on a footnote mark: the footnote's text, as the markdown it is written in. When it opens
 * with *Ibid.*, also what it repeats: the footnote before it, or the first before that which is
 * not itself an *Ibid.*.
 */
export function footnoteHover(document: TextDocument, model: ResolutionDocument, position: Position): Hover | null {
  const at = footnoteAt(model, document.offsetAt(position));
  if (!at) return null;
  const { entry } = at;
  const name = `Footnote ${entry.number ?? entry.label}`;
  const parts: string[] = [];
  if (entry.definitions.length === 0) parts.push(`${name} has no definition.`);
  else if (entry.definitions.length > 1) parts.push(`${name} is defined ${entry.definitions.length} times.`);
  for (const def of entry.definitions) {
    const content = contentOf(model, def);
    parts.push(content === '' ? `${name} is empty.` : content);
    const source = ibidSource(model, def);
    if (source) parts.push(`*Ibid.* repeats footnote ${source.number ?? source.label}: ${contentOf(model, source)}`);
  }
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n') }, range: toRange(document, at.mark) };
}

/** Prepare rename: the number inside the footnote mark under the cursor, if it is a numbered footnote. */
export function prepareFootnoteRename(document: TextDocument, model: ResolutionDocument, position: Position): { range: Range; placeholder: string } | null {
  const at = footnoteAt(model, document.offsetAt(position));
  if (!at || at.entry.number === undefined) return null;
  return { range: toRange(document, at.numberSpan), placeholder: String(at.entry.number) };
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** The footnote number a new name asks for ("3", " 12 ", "³"), or undefined when it is none. */
export function footnoteNumberOf(newName: string): number | undefined {
  const digits = [...newName.trim()].map((c) => (SUPERSCRIPT_DIGITS.includes(c) ? String(SUPERSCRIPT_DIGITS.indexOf(c)) : c)).join('');
  if (!/^\d+$/.test(digits)) return undefined;
  const number = Number(digits);
  return number > 0 && Number.isSafeInteger(number) ? number : undefined;
}

/**
 * Rename a footnote's number. Renaming swaps (see `renameFootnote`): the footnote takes the new
 * number and the footnote that had it, if any, takes the old one; references and definition marks
 * keep their form. A new name that is not a positive whole number is refused with a message.
 */
export function footnoteRename(
  document: TextDocument,
  model: ResolutionDocument,
  position: Position,
  newName: string,
  useDocumentChanges: boolean,
): WorkspaceEdit | ResponseError<void> | null {
  const at = footnoteAt(model, document.offsetAt(position));
  if (!at || at.entry.number === undefined) return null;
  const number = footnoteNumberOf(newName);
  if (number === undefined) return new ResponseError(ErrorCodes.InvalidParams, `A footnote is renamed to a positive whole number, such as 3; "${newName}" is not one.`);
  return toWorkspaceEdit(document, renameFootnote(model, at.entry.label, number), useDocumentChanges);
}

/** Why a document needs no footnote renumbering, in the words the editor shows. */
export function footnotesAlreadyNumberedMessage(model: ResolutionDocument): string {
  const count = [...footnoteIndex(model).entries.values()].filter((entry) => entry.number !== undefined).length;
  if (count === 0) return 'There are no numbered footnotes to renumber.';
  if (count === 1) return 'The only footnote is already numbered 1.';
  return `Footnotes already numbered 1 to ${count}`;
}

/** The edit that renumbers the footnotes in order of first reference, or why there is nothing to do. */
export function footnoteRenumbering(document: TextDocument, model: ResolutionDocument, useDocumentChanges: boolean): { edit: WorkspaceEdit; edits: number } | { message: string } {
  const edits = renumberFootnotes(model);
  if (edits.length === 0) return { message: footnotesAlreadyNumberedMessage(model) };
  return { edit: toWorkspaceEdit(document, edits, useDocumentChanges), edits: edits.length };
}

/** A footnote insertion: the edit, the new number and where the cursor goes to write its text. */
export type FootnoteInsertionEdit = { edit: WorkspaceEdit; number: number; definitionPosition: Position } | { message: string };

/**
 * The edit of "Insert footnote" at a position: the next number at the cursor, the notes after it
 * renumbered and an empty definition where it belongs; `definitionPosition` is where the
 * definition's text goes once the edit is applied. A message instead when a superscript mark
 * stands right beside the cursor.
 */
export function footnoteInsertion(document: TextDocument, model: ResolutionDocument, position: Position, useDocumentChanges: boolean): FootnoteInsertionEdit {
  const insertion = insertFootnote(model, document.offsetAt(position));
  if (!insertion) return { message: FOOTNOTE_BESIDE_MARK_MESSAGE };
  const after = TextDocument.create(document.uri, document.languageId, document.version + 1, applyEdits(document.getText(), insertion.edits).text);
  return {
    edit: toWorkspaceEdit(document, insertion.edits, useDocumentChanges),
    number: insertion.number,
    definitionPosition: after.positionAt(insertion.definitionOffset),
  };
}

/** The kind of the "Insert footnote" code action. */
export const INSERT_FOOTNOTE_ACTION_KIND = CodeActionKind.RefactorRewrite;

/**
 * "Insert footnote" as a code action at the end of the range, in a resolution, where a footnote
 * can go: a command action that runs the server's insert command (which applies the edit).
 */
export function insertFootnoteActions(document: TextDocument, model: ResolutionDocument, range: Range, context: CodeActionContext): CodeAction[] {
  const wanted = context.only === undefined || context.only.some((only) => INSERT_FOOTNOTE_ACTION_KIND === only || INSERT_FOOTNOTE_ACTION_KIND.startsWith(`${only}.`));
  if (!wanted || !isResolution(model) || !insertFootnote(model, document.offsetAt(range.end))) return [];
  return [
    {
      title: INSERT_FOOTNOTE_EDIT_LABEL,
      kind: INSERT_FOOTNOTE_ACTION_KIND,
      command: { title: INSERT_FOOTNOTE_EDIT_LABEL, command: INSERT_FOOTNOTE_COMMAND, arguments: [document.uri, range.end] },
    },
  ];
}
