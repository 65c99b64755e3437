import { CITABLE_TREATIES_COMMAND, INSERT_TREATY_CITATION_COMMAND } from './treaties';
import type { WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { renumberParagraphs, type ResolutionDocument, type Severity } from '../core';
import { toWorkspaceEdit } from './codeActions';
import { INSERT_FOOTNOTE_COMMAND, RENUMBER_FOOTNOTES_COMMAND } from './footnotes';
import { argumentList, position, string, type ParamsCheck } from './params';

/**
 * The server command that renumbers the operative paragraphs of a document. Its one argument is
 * the document's URI; it answers a `RenumberParagraphsResult`. Clients call it through
 * `workspace/executeCommand` (the VS Code extension from its "Renumber paragraphs" command).
 */
export const RENUMBER_PARAGRAPHS_COMMAND = 'unres.server.renumberParagraphs';
/**
 * The server command that lints every resolution of the workspace folders, as the host reads them
 * from disk, and publishes their diagnostics. No arguments; answers a `LintWorkspaceResult`.
 */
export const LINT_WORKSPACE_COMMAND = 'unres.server.lintWorkspace';
/** The server command that counts what a document holds. Its argument is the document's URI; it answers `DocumentStatistics`. */
export const DOCUMENT_STATISTICS_COMMAND = 'unres.server.documentStatistics';
/** The commands the server executes. */
export const SERVER_COMMANDS: readonly string[] = [
  RENUMBER_PARAGRAPHS_COMMAND,
  RENUMBER_FOOTNOTES_COMMAND,
  INSERT_FOOTNOTE_COMMAND,
  LINT_WORKSPACE_COMMAND,
  DOCUMENT_STATISTICS_COMMAND,
  INSERT_TREATY_CITATION_COMMAND,
  CITABLE_TREATIES_COMMAND,
];

/** What each command takes as its arguments, as a check and in words for the error that answers other arguments. */
export const COMMAND_ARGUMENTS: ReadonlyMap<string, { readonly check: ParamsCheck; readonly description: string }> = new Map([
  [RENUMBER_PARAGRAPHS_COMMAND, { check: argumentList([string]), description: 'the URI of a document' }],
  [RENUMBER_FOOTNOTES_COMMAND, { check: argumentList([string]), description: 'the URI of a document' }],
  [INSERT_FOOTNOTE_COMMAND, { check: argumentList([string, position]), description: 'the URI of a document and a position' }],
  [LINT_WORKSPACE_COMMAND, { check: argumentList([]), description: 'no arguments' }],
  [DOCUMENT_STATISTICS_COMMAND, { check: argumentList([string]), description: 'the URI of a document' }],
  [INSERT_TREATY_CITATION_COMMAND, { check: argumentList([string, position], [string]), description: 'the URI of a document, a position and optionally a treaty id' }],
  [CITABLE_TREATIES_COMMAND, { check: argumentList([string]), description: 'the URI of a document' }],
]);

/** What linting the workspace did. */
export interface LintWorkspaceResult {
  /** How many resolution files were linted (open ones included, with their text in the editor). */
  readonly files: number;
  readonly problems: Readonly<Record<Severity, number>>;
  /** What to tell the person who asked. */
  readonly message: string;
}

/** The message of a workspace lint: how many files, how many problems of each severity. */
export function lintWorkspaceMessage(files: number, problems: Readonly<Record<Severity, number>>): string {
  const total = problems.error + problems.warning + problems.information + problems.hint;
  const what = `${files} resolution file${files === 1 ? '' : 's'}`;
  if (total === 0) return `unres: linted ${what}: no problems.`;
  return `unres: linted ${what}: ${problemCounts(problems)}.`;
}

/** "2 errors, 1 warning, 0 information, 3 hints". */
export function problemCounts(problems: Readonly<Record<Severity, number>>): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return [plural(problems.error, 'error'), plural(problems.warning, 'warning'), `${problems.information} information`, plural(problems.hint, 'hint')].join(', ');
}
/** The label of the edit the renumbering sends, shown by editors in their undo history. */
export const RENUMBER_EDIT_LABEL = 'Renumber paragraphs';

/** What the renumber command did. */
export interface RenumberParagraphsResult {
  /** How many text edits were sent to the client: 0 when the numbering was already right. */
  readonly edits: number;
  /** Whether the client applied the edits. */
  readonly applied: boolean;
  /** Something to tell the person who asked, when the document did not change. */
  readonly message?: string;
}

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
