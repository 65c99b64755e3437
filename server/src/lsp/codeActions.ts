import {
  CodeActionKind,
  TextDocumentEdit,
  type CodeAction,
  type CodeActionContext,
  type Diagnostic,
  type Range,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { firstFixEdits, suppressionEdit, type Finding, type Fix, type SuppressionReach, type TextEdit } from '../core';
import { DIAGNOSTIC_SOURCE, toRange } from './convert';

/** The kind of the action that applies every fix at once; VS Code runs it on save when asked to. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.unres`;
/** The code action kinds the server offers. */
export const CODE_ACTION_KINDS: readonly string[] = [CodeActionKind.QuickFix, FIX_ALL_KIND];
/** The title of the fix-all action. */
export const FIX_ALL_TITLE = 'Fix all auto-fixable unres problems';

/**
 * Core edits as a workspace edit on one document: versioned `documentChanges` when the client
 * takes them, so an edit computed for one version is never applied to another, else `changes`.
 */
export function toWorkspaceEdit(document: TextDocument, edits: readonly TextEdit[], useDocumentChanges: boolean): WorkspaceEdit {
  const lspEdits: LspTextEdit[] = edits.map((edit) => ({ range: toRange(document, edit.span), newText: edit.newText }));
  if (useDocumentChanges) return { documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, lspEdits)] };
  return { changes: { [document.uri]: lspEdits } };
}

/** The edits of the fix-all action as plain LSP edits of a document, for the editor to apply before it saves. */
export function fixAllEdits(document: TextDocument, findings: readonly Finding[]): LspTextEdit[] {
  return firstFixEdits(findings).map((edit) => ({ range: toRange(document, edit.span), newText: edit.newText }));
}

/** Whether the request asks for actions of a kind: it names no kinds, or the kind or a parent of it. */
function asksFor(context: CodeActionContext, kind: string): boolean {
  return context.only === undefined || context.only.some((only) => kind === only || kind.startsWith(`${only}.`));
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** A key that is the same for two fixes with the same edits, such as the renumbering several findings share. */
function fixKey(fix: Fix): string {
  return JSON.stringify([fix.title, fix.edits.map((edit) => [edit.span.start, edit.span.end, edit.newText])]);
}

/**
 * The code actions for a request: a quick fix for each fix of each unres diagnostic in the
 * context (the first one preferred; a fix several of them share offered once, for all of them),
 * then for each the two that turn its rule off (for its paragraph, for the file), and the fix-all
 * action that applies the first fix of every finding of the document.
 *
 * @param findings What `lint` finds in the current version of the document: a diagnostic of the
 *   context is matched to the finding with its rule, range and message, so a diagnostic left from
 *   an older version that no longer matches gets no fix.
 * @param fixAll The edits of the fix-all action; the server passes those it keeps for the version.
 */
export function codeActions(
  document: TextDocument,
  findings: readonly Finding[],
  context: CodeActionContext,
  useDocumentChanges: boolean,
  fixAll: () => readonly TextEdit[] = () => firstFixEdits(findings),
): CodeAction[] {
  const actions: CodeAction[] = [];
  if (asksFor(context, CodeActionKind.QuickFix)) {
    const byFix = new Map<string, CodeAction>();
    for (const diagnostic of context.diagnostics) {
      const finding = findingOf(document, findings, diagnostic);
      finding?.fixes.forEach((fix, index) => {
        const key = fixKey(fix);
        const shared = byFix.get(key);
        if (shared) {
          shared.diagnostics!.push(diagnostic);
          if (index === 0 && !fix.quickFixOnly) shared.isPreferred = true;
          return;
        }
        const action: CodeAction = {
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          // A suggestion that rewords the text is never the preferred fix applied at a keystroke.
          isPreferred: index === 0 && !fix.quickFixOnly,
          edit: toWorkspaceEdit(document, fix.edits, useDocumentChanges),
        };
        byFix.set(key, action);
        actions.push(action);
      });
    }
    // After the fixes: turning the rule off, as markdownlint offers, for the paragraph or the file.
    const suppressed = new Set<string>();
    for (const diagnostic of context.diagnostics) {
      const finding = findingOf(document, findings, diagnostic);
      if (!finding) continue;
      for (const reach of ['paragraph', 'file'] as const satisfies readonly SuppressionReach[]) {
        const edit = suppressionEdit(document.getText(), finding, reach);
        const key = `${finding.ruleId} ${reach} ${edit.span.start}`;
        if (suppressed.has(key)) continue;
        suppressed.add(key);
        actions.push({ title: `Disable ${finding.ruleId} for this ${reach}`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: toWorkspaceEdit(document, [edit], useDocumentChanges) });
      }
    }
  }
  if (asksFor(context, FIX_ALL_KIND)) {
    const edits = fixAll();
    if (edits.length > 0) actions.push({ title: FIX_ALL_TITLE, kind: FIX_ALL_KIND, edit: toWorkspaceEdit(document, edits, useDocumentChanges) });
  }
  return actions;
}

function findingOf(document: TextDocument, findings: readonly Finding[], diagnostic: Diagnostic): Finding | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  return findings.find(
    (finding) => finding.ruleId === diagnostic.code && finding.message === diagnostic.message && sameRange(toRange(document, finding.span), diagnostic.range),
  );
}
