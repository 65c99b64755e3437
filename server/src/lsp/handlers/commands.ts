import { ErrorCodes, ExecuteCommandRequest, ResponseError, type CancellationToken, type Position, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CITABLE_TREATIES_COMMAND,
  COMPARE_VERSIONS_COMMAND,
  DOCUMENT_STATISTICS_COMMAND,
  INSERT_FOOTNOTE_COMMAND,
  INSERT_TREATY_CITATION_COMMAND,
  LINT_WORKSPACE_COMMAND,
  RENUMBER_FOOTNOTES_COMMAND,
  type CompareVersionsResult,
  type InsertFootnoteResult,
  type InsertTreatyCitationResult,
  type LintWorkspaceResult,
  type RenumberParagraphsResult,
  type ServerCommand,
  type ServerCommandResult,
} from '../../../../shared/protocol';
import { citableTreaties, documentStatistics, parseResolution, type DocumentStatistics, type Severity } from '../../core';
import { COMMAND_ARGUMENTS, lintWorkspaceMessage, RENUMBER_EDIT_LABEL, renumbering } from '../commands';
import type { ServerContext } from '../context';
import { footnoteInsertion, footnoteRenumbering, INSERT_FOOTNOTE_EDIT_LABEL, RENUMBER_FOOTNOTES_EDIT_LABEL } from '../footnotes';
import { PARAMS } from '../params';
import { INSERT_TREATY_CITATION_EDIT_LABEL, treatyCitationEdit } from '../treaties';
import { versionComparison, type ComparedVersion } from '../versionComparison';
import type { DiagnosticsFeed } from './diagnostics';

const SEVERITY_NAMES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/**
 * The server's commands (`workspace/executeCommand`): renumber paragraphs or footnotes, insert a
 * footnote or a treaty citation, list the citable treaties, count a document, lint the workspace.
 * Commands that change a document send the edit with `workspace/applyEdit` and answer whether the
 * editor applied it.
 */
export function registerCommands(context: ServerContext, diagnostics: DiagnosticsFeed): void {
  const { connection, documents, analyses, host } = context;

  /** Sends an edit with workspace/applyEdit and says whether the editor applied it, and if not, why. */
  async function sendEdit(label: string, edit: WorkspaceEdit, what: string): Promise<{ applied: boolean; message?: string }> {
    if (!context.client.applyEdit) return { applied: false, message: 'This editor does not take edits from the language server (workspace/applyEdit).' };
    const response = await connection.workspace.applyEdit({ label, edit });
    if (response.applied) return { applied: true };
    return { applied: false, message: `The editor did not apply ${what}${response.failureReason ? `: ${response.failureReason}` : '.'}` };
  }

  async function renumberParagraphsCommand(document: TextDocument): Promise<RenumberParagraphsResult> {
    const result = renumbering(document, analyses.model(document), context.client.documentChanges);
    if ('message' in result) return { edits: 0, applied: false, message: result.message };
    return { edits: result.edits, ...(await sendEdit(RENUMBER_EDIT_LABEL, result.edit, 'the renumbering')) };
  }

  async function renumberFootnotesCommand(document: TextDocument): Promise<RenumberParagraphsResult> {
    const result = footnoteRenumbering(document, analyses.model(document), context.client.documentChanges);
    if ('message' in result) return { edits: 0, applied: false, message: result.message };
    return { edits: result.edits, ...(await sendEdit(RENUMBER_FOOTNOTES_EDIT_LABEL, result.edit, 'the renumbering')) };
  }

  async function insertFootnoteCommand(document: TextDocument, position: Position): Promise<InsertFootnoteResult> {
    const result = footnoteInsertion(document, analyses.model(document), position, context.client.documentChanges);
    if ('message' in result) return { applied: false, message: result.message };
    const sent = await sendEdit(INSERT_FOOTNOTE_EDIT_LABEL, result.edit, 'the new footnote');
    // The drafter writes the note next: put the cursor in the empty definition, whoever ran the
    // command (the palette, a light bulb, another editor).
    if (sent.applied && context.client.showDocument) {
      const at = { start: result.definitionPosition, end: result.definitionPosition };
      connection.window.showDocument({ uri: document.uri, selection: at, takeFocus: true }).catch((error: unknown) => context.logError(`could not move the cursor to footnote ${result.number}`, error));
    }
    return sent.applied ? { applied: true, number: result.number, definitionPosition: result.definitionPosition } : { applied: false, message: sent.message };
  }

  async function insertTreatyCitationCommand(document: TextDocument, position: Position, treatyId: string | undefined): Promise<InsertTreatyCitationResult> {
    const table = await context.treatyTable(document.uri);
    const current = documents.get(document.uri) ?? document;
    const result = treatyCitationEdit(current, analyses.model(current), position, table, treatyId, context.client.documentChanges);
    if ('message' in result) return { applied: false, message: result.message, ...(result.needsTreaty ? { needsTreaty: true } : {}) };
    const sent = await sendEdit(INSERT_TREATY_CITATION_EDIT_LABEL, result.edit, 'the treaty citation');
    return sent.applied ? { applied: true, number: result.number, treaty: result.treaty } : { applied: false, message: sent.message };
  }

  /** The workspace folders: asked of a client that keeps them, else those of initialize. */
  async function currentWorkspaceFolders(): Promise<readonly string[]> {
    if (context.client.workspaceFolders) {
      const folders = await connection.workspace.getWorkspaceFolders();
      return (folders ?? []).map((folder) => folder.uri);
    }
    return context.initialFolders;
  }

  async function lintWorkspaceCommand(): Promise<LintWorkspaceResult> {
    const problems = { error: 0, warning: 0, information: 0, hint: 0 };
    const folders = await currentWorkspaceFolders();
    if (folders.length === 0) return { files: 0, problems, message: 'unres: open a folder to lint the resolutions in it.' };
    const found = await host.workspaceResolutions(folders);
    if (!found) {
      return { files: 0, problems, message: 'unres: Lint workspace reads the files of the workspace from disk, which the language server cannot do here (in the browser): open the drafts to lint them.' };
    }
    const { files, unreadableWordFiles } = found;
    for (const file of files) {
      if (documents.get(file.uri)) {
        const counts = await diagnostics.openDocumentProblems(file.uri);
        if (counts) for (const severity of SEVERITY_NAMES) problems[severity] += counts[severity];
        continue;
      }
      const result = await diagnostics.closedFileDiagnostics(file.uri, file.text);
      for (const severity of SEVERITY_NAMES) problems[severity] += result.problems[severity];
      await diagnostics.publishWorkspaceFile(file.uri, result.diagnostics);
    }
    return { files: files.length, problems, message: lintWorkspaceMessage(files.length, problems, unreadableWordFiles) };
  }

  /** The statistics of the current version of a document; undefined when it changed or closed meanwhile, or the request was cancelled. */
  async function documentStatisticsCommand(document: TextDocument, token: CancellationToken): Promise<DocumentStatistics | undefined> {
    const result = await context.findingsOf(document.uri, token);
    if (!result) return undefined;
    const model = analyses.model(result.document);
    return result.findings.derived('statistics', (findings) => documentStatistics(model, findings));
  }

  /** A version to compare: the open document, else the text given, else the file as the host reads it. */
  async function comparedVersion(uri: string, given: string | undefined): Promise<ComparedVersion | undefined> {
    const open = documents.get(uri);
    if (open) return { uri, text: open.getText(), model: analyses.model(open) };
    const text = given ?? (await host.readText(uri));
    return text === undefined ? undefined : { uri, text, model: parseResolution(text, { language: host.projectConfig(uri)?.language }) };
  }

  async function compareVersionsCommand(uri: string, otherUri: string, otherText: string | undefined): Promise<CompareVersionsResult> {
    if (uri === otherUri) return { message: 'unres: choose another file than the one to compare it with.', documents: [] };
    const first = await comparedVersion(uri, undefined);
    const second = await comparedVersion(otherUri, otherText);
    const unread = !first ? uri : !second ? otherUri : undefined;
    if (unread !== undefined || !first || !second) return { message: `unres: cannot read ${unread}: open it in the editor and compare again.`, documents: [] };
    return versionComparison(first, second);
  }

  context.guard.onRequest(ExecuteCommandRequest.type, PARAMS.executeCommand, null, async (params, token): Promise<ServerCommandResult<ServerCommand> | null | ResponseError<unknown>> => {
    const takes = COMMAND_ARGUMENTS.get(params.command);
    if (!takes) return new ResponseError(ErrorCodes.InvalidParams, `unres: unknown command ${params.command}`);
    const problem = takes.check(params.arguments, 'arguments');
    if (problem !== undefined) return new ResponseError(ErrorCodes.InvalidParams, `${params.command} takes ${takes.description}: ${problem}`);
    if (params.command === LINT_WORKSPACE_COMMAND) return await lintWorkspaceCommand();
    const [uri, position, treatyId] = params.arguments as [string, Position | undefined, string | null | undefined];
    if (params.command === CITABLE_TREATIES_COMMAND) return citableTreaties(await context.treatyTable(uri));
    if (params.command === COMPARE_VERSIONS_COMMAND) {
      const [, otherUri, otherText] = params.arguments as [string, string, string | undefined];
      return await compareVersionsCommand(uri, otherUri, otherText);
    }
    const document = documents.get(uri);
    if (!document) return new ResponseError(ErrorCodes.InvalidParams, `${uri} is not open`);
    if (params.command === RENUMBER_FOOTNOTES_COMMAND) return await renumberFootnotesCommand(document);
    if (params.command === INSERT_FOOTNOTE_COMMAND) return await insertFootnoteCommand(document, position!);
    if (params.command === INSERT_TREATY_CITATION_COMMAND) return await insertTreatyCitationCommand(document, position!, treatyId ?? undefined);
    // Null when the document changed while it was counted: the status bar asks again.
    if (params.command === DOCUMENT_STATISTICS_COMMAND) return (await documentStatisticsCommand(document, token)) ?? null;
    return await renumberParagraphsCommand(document);
  });
}
