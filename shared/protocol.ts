// What the unres client and language server say to each other beyond the Language Server Protocol:
// the commands the server executes (`workspace/executeCommand`), the arguments each takes and what
// each answers. Both sides import it; it holds string constants and types only (the types it takes
// from the core are erased), so the client bundles it without any server code, in node and in the
// browser. Any LSP client can call the commands too (Neovim, Emacs and Helix configurations do).
import type { Diagnostic } from 'vscode-languageserver';
import type { Position } from 'vscode-languageserver-textdocument';
import type { CitableTreaty, DocumentStatistics, Severity } from '../server/src/core';

export type { CitableTreaty, DocumentStatistics };

/** Numbers the operative paragraphs of a document 1, 2, 3 … and the references to them. */
export const RENUMBER_PARAGRAPHS_COMMAND = 'unres.server.renumberParagraphs';
/** Numbers the footnotes of a document in the order of their marks. */
export const RENUMBER_FOOTNOTES_COMMAND = 'unres.server.renumberFootnotes';
/** Inserts a footnote mark at a position and its empty definition where it belongs. */
export const INSERT_FOOTNOTE_COMMAND = 'unres.server.insertFootnote';
/** Lints every resolution of the workspace folders, as the host reads them from disk, and publishes their diagnostics. */
export const LINT_WORKSPACE_COMMAND = 'unres.server.lintWorkspace';
/** Counts what a document holds. */
export const DOCUMENT_STATISTICS_COMMAND = 'unres.server.documentStatistics';
/** Inserts the *Treaty Series* footnote of the treaty named at (or before) a position, or of the treaty given. */
export const INSERT_TREATY_CITATION_COMMAND = 'unres.server.insertTreatyCitation';
/** Lists the treaties with a citation, for a person to choose one. */
export const CITABLE_TREATIES_COMMAND = 'unres.server.citableTreaties';
/** Compares a document with another language version of the same resolution (the parallel check). */
export const COMPARE_VERSIONS_COMMAND = 'unres.server.compareVersions';

/** The source the parallel check's diagnostics carry, apart from the lint's. */
export const COMPARE_DIAGNOSTIC_SOURCE = 'unres compare';

/**
 * What "Compare with another language version" answers: the differences as diagnostics of each
 * version (both listed, with no diagnostics when they correspond), or only a message when a version
 * cannot be read.
 */
export interface CompareVersionsResult {
  /** What to tell the person who asked. */
  readonly message: string;
  readonly documents: ReadonlyArray<{ readonly uri: string; readonly diagnostics: Diagnostic[] }>;
}

/** What "Renumber paragraphs" and "Renumber footnotes" answer. */
export interface RenumberParagraphsResult {
  /** How many text edits were sent to the client: 0 when the numbering was already right. */
  readonly edits: number;
  /** Whether the client applied the edits. */
  readonly applied: boolean;
  /** Something to tell the person who asked, when the document did not change. */
  readonly message?: string;
}

/**
 * What "Insert footnote" answers: the new footnote's number and where its empty definition waits
 * (after the edit), so the client can move the cursor there; or why nothing was inserted.
 */
export type InsertFootnoteResult =
  | { readonly applied: true; readonly number: number; readonly definitionPosition: Position }
  | { readonly applied: false; readonly message?: string };

/** What "Insert treaty citation" answers: the footnote inserted, or why none was (`needsTreaty`: choose a treaty and ask again). */
export type InsertTreatyCitationResult =
  | { readonly applied: true; readonly number: number; readonly treaty: string }
  | { readonly applied: false; readonly message?: string; readonly needsTreaty?: boolean };

/** What linting the workspace did. */
export interface LintWorkspaceResult {
  /** How many resolution files were linted (open ones included, with their text in the editor). */
  readonly files: number;
  readonly problems: Readonly<Record<Severity, number>>;
  /** What to tell the person who asked. */
  readonly message: string;
}

/** Each command: the arguments it takes (a document's URI first, where it works on one) and what it answers. */
export interface ServerCommandSignatures {
  [RENUMBER_PARAGRAPHS_COMMAND]: { readonly arguments: [uri: string]; readonly result: RenumberParagraphsResult };
  [RENUMBER_FOOTNOTES_COMMAND]: { readonly arguments: [uri: string]; readonly result: RenumberParagraphsResult };
  [INSERT_FOOTNOTE_COMMAND]: { readonly arguments: [uri: string, position: Position]; readonly result: InsertFootnoteResult };
  [LINT_WORKSPACE_COMMAND]: { readonly arguments: []; readonly result: LintWorkspaceResult };
  /** Null when the document changed while it was counted: ask again. */
  [DOCUMENT_STATISTICS_COMMAND]: { readonly arguments: [uri: string]; readonly result: DocumentStatistics | null };
  [INSERT_TREATY_CITATION_COMMAND]: { readonly arguments: [uri: string, position: Position, treatyId?: string]; readonly result: InsertTreatyCitationResult };
  [CITABLE_TREATIES_COMMAND]: { readonly arguments: [uri: string]; readonly result: CitableTreaty[] };
  /** The other version's text may be given, when the server cannot read its file (in the browser). */
  [COMPARE_VERSIONS_COMMAND]: { readonly arguments: [uri: string, otherUri: string, otherText?: string]; readonly result: CompareVersionsResult };
}

/** The id of a command the server executes. */
export type ServerCommand = keyof ServerCommandSignatures;
export type ServerCommandArguments<C extends ServerCommand> = ServerCommandSignatures[C]['arguments'];
export type ServerCommandResult<C extends ServerCommand> = ServerCommandSignatures[C]['result'];

/** The commands the server executes, as it announces them in `initialize`. */
export const SERVER_COMMANDS: readonly ServerCommand[] = [
  RENUMBER_PARAGRAPHS_COMMAND,
  RENUMBER_FOOTNOTES_COMMAND,
  INSERT_FOOTNOTE_COMMAND,
  LINT_WORKSPACE_COMMAND,
  DOCUMENT_STATISTICS_COMMAND,
  INSERT_TREATY_CITATION_COMMAND,
  CITABLE_TREATIES_COMMAND,
  COMPARE_VERSIONS_COMMAND,
];
