import { CompletionItemKind, InsertTextFormat, type CompletionItem, type CompletionList, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { completionsAt, extraPhrasesOf, resolveRule, RULES, VOCABULARY_RULES, type CompletionItem as CoreCompletionItem, type CompletionKind, type ResolutionDocument, type RuleConfig } from '../core';
import { toRange } from './convert';

/**
 * The characters after which the editor asks for completions without the drafter asking: a space
 * ("at its ", "3. ", "Chile, "), the "*" that opens an italic phrase, and the "^" that starts a
 * footnote mark.
 */
export const COMPLETION_TRIGGER_CHARACTERS = [' ', '*', '^'];

/** The rules whose `extraPhrases` option lists the committee's own openers, offered as completions too. */
const OPERATIVE_RULE = RULES.find((rule) => rule.id === VOCABULARY_RULES.operative)!;
const PREAMBULAR_RULE = RULES.find((rule) => rule.id === VOCABULARY_RULES.preambular)!;

const KINDS: Record<CompletionKind, CompletionItemKind> = {
  openingLine: CompletionItemKind.Keyword,
  paragraphNumber: CompletionItemKind.Value,
  subparagraphLabel: CompletionItemKind.Value,
  operativePhrase: CompletionItemKind.Keyword,
  preambularPhrase: CompletionItemKind.Keyword,
  session: CompletionItemKind.Value,
  footnoteNumber: CompletionItemKind.Reference,
  memberState: CompletionItemKind.EnumMember,
  treatyTitle: CompletionItemKind.Reference,
};

function toCompletionItem(document: TextDocument, item: CoreCompletionItem, index: number): CompletionItem {
  return {
    label: item.label,
    ...(item.description !== undefined && { labelDetails: { description: item.description } }),
    kind: KINDS[item.kind],
    detail: item.detail,
    // The core orders its items; the editor keeps that order among equally good matches.
    sortText: String(index).padStart(4, '0'),
    // The editor filters on the text the item replaces, which may begin with "3. *".
    filterText: item.newText.trimEnd(),
    preselect: item.preselect,
    insertTextFormat: InsertTextFormat.PlainText,
    textEdit: { range: toRange(document, item.replace), newText: item.newText },
    ...(item.additionalEdits && item.additionalEdits.length > 0 && { additionalTextEdits: item.additionalEdits.map((e) => ({ range: toRange(document, e.span), newText: e.newText })) }),
  };
}

/**
 * The completions at a position of a document, from the core's `completionsAt` on its cached
 * model. The list is marked incomplete: what is offered depends on the text typed so far (a
 * treaty title's first words), so the editor asks again as the drafter types.
 */
export function documentCompletions(document: TextDocument, model: ResolutionDocument, position: Position, config: RuleConfig = {}): CompletionList {
  const extraPhrases = {
    operative: extraPhrasesOf(resolveRule(OPERATIVE_RULE, config).options),
    preambular: extraPhrasesOf(resolveRule(PREAMBULAR_RULE, config).options),
  };
  const items = completionsAt(model, document.offsetAt(position), extraPhrases);
  return { isIncomplete: true, items: items.map((item, i) => toCompletionItem(document, item, i)) };
}
