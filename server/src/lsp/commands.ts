import type { WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CITABLE_TREATIES_COMMAND,
  COMPARE_VERSIONS_COMMAND,
  DOCUMENT_STATISTICS_COMMAND,
  INSERT_FOOTNOTE_COMMAND,
  INSERT_TREATY_CITATION_COMMAND,
  LINT_WORKSPACE_COMMAND,
  RENUMBER_FOOTNOTES_COMMAND,
  RENUMBER_PARAGRAPHS_COMMAND,
  type ServerCommand,
} from '../../../shared/protocol';
import { renumberParagraphs, type ResolutionDocument, type Severity } from '../core';
import { toWorkspaceEdit } from './codeActions';
import { argumentList, position, string, type ParamsCheck } from './params';

/**
 * What each command of the protocol (shared/protocol.ts) takes as its arguments, as a check and in
 * words for the error that answers other arguments.
 */
export const COMMAND_ARGUMENTS: ReadonlyMap<string, { readonly check: ParamsCheck; readonly description: string }> = new Map<ServerCommand, { readonly check: ParamsCheck; readonly description: string }>([
  [RENUMBER_PARAGRAPHS_COMMAND, { check: argumentList([string]), description: 'the URI of a document' }],
  [RENUMBER_FOOTNOTES_COMMAND, { check: argumentList([string]), description: 'the URI of a document' }],
  [INSERT_FOOTNOTE_COMMAND, { check: argumentList([string, position]), description: 'the URI of a document and a position' }],
  [LINT_WORKSPACE_COMMAND, { check: argumentList([]), description: 'no arguments' }],
  [DOCUMENT_STATISTICS_COMMAND, { check: argumentList([string]), description: 'the URI of a document' }],
  [INSERT_TREATY_CITATION_COMMAND, { check: argumentList([string, position], [string]), description: 'the URI of a document, a position and optionally a treaty id' }],
  [CITABLE_TREATIES_COMMAND, { check: argumentList([string]), description: 'the URI of a document' }],
  [COMPARE_VERSIONS_COMMAND, { check: argumentList([string, string], [string]), description: "the URIs of two documents and optionally the second one's text" }],
]);

/** The message of a workspace lint: how many files, how many problems of each severity. */
export function lintWorkspaceMessage(files: number, problems: Readonly<Record<Severity, number>>, unreadableWordFiles: readonly string[] = []): string {
  const total = problems.error + problems.warning + problems.information + problems.hint;
  const what = `${files} resolution file${files === 1 ? '' : 's'}`;
  const linted = total === 0 ? `unres: linted ${what}: no problems.` : `unres: linted ${what}: ${problemCounts(problems)}.`;
  if (unreadableWordFiles.length === 0) return linted;
  const named = unreadableWordFiles.slice(0, UNREADABLE_NAMED);
  const more = unreadableWordFiles.length - named.length;
  const count = unreadableWordFiles.length === 1 ? 'A Word file' : `${unreadableWordFiles.length} Word files`;
  return `${linted} ${count} could not be read: ${named.join('; ')}${more > 0 ? `; and ${more} more` : ''}.`;
}

/** How many unreadable Word files the Lint workspace message names before it only counts the rest. */
const UNREADABLE_NAMED = 3;

/** "2 errors, 1 warning, 0 information, 3 hints". */
export function problemCounts(problems: Readonly<Record<Severity, number>>): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return [plural(problems.error, 'error'), plural(problems.warning, 'warning'), `${problems.information} information`, plural(problems.hint, 'hint')].join(', ');
}
/** The label of the edit the renumbering sends, shown by editors in their undo history. */
export const RENUMBER_EDIT_LABEL = 'Renumber paragraphs';

/** The renumbering of a document: the edit to send, or why there is nothing to do. */
export type Renumbering = { readonly edit: WorkspaceEdit; readonly edits: number } | { readonly message: string };

/** Why a document needs no renumbering, in the words the editor shows. */
export function alreadyNumberedMessage(model: ResolutionDocument): string {
  const count = model.operative.length;
  if (count === 0) return 'There are no operative paragraphs to number.';
  if (count === 1) return model.operative[0].number ? 'The only operative paragraph is already numbered 1.' : 'The only operative paragraph stays unnumbered.';
  return `Paragraphs already numbered 1 to ${count}`;
}

/** The edit that numbers the operative paragraphs of a document 1, 2, 3 … and the references to them. */
export function renumbering(document: TextDocument, model: ResolutionDocument, useDocumentChanges: boolean): Renumbering {
  const edits = renumberParagraphs(model);
  if (edits.length === 0) return { message: alreadyNumberedMessage(model) };
  return { edit: toWorkspaceEdit(document, edits, useDocumentChanges), edits: edits.length };
}
