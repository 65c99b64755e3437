import * as assert from 'node:assert/strict';
import { applyEdits, firstFixEdits, lint, parseResolution, type Finding, type RuleConfig } from '../../server/src/core';
import type { RuleContext } from '../../server/src/core/rules/rule';

/** Drafts are written as blocks separated by blank lines, as in Markdown. */
export const blocks = (...parts: string[]): string => parts.join('\n\n') + '\n';

export const OPENING = 'The General Assembly,';

/** The line, counted from 1, of an offset into `text`. */
export const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

/** The words of `text` a finding covers. */
export const quoted = (text: string, f: Finding): string => text.slice(f.span.start, f.span.end);

/** The findings of one rule on a draft. */
export function findings(text: string, ruleId: string, config: RuleConfig = {}, context?: RuleContext): Finding[] {
  return lint(parseResolution(text), config, context).filter((f) => f.ruleId === ruleId);
}

/** Applies the first fix of every finding of a rule, as `unres lint --fix` does. */
export function fixAll(text: string, ruleId: string, config: RuleConfig = {}): string {
  return applyEdits(text, firstFixEdits(findings(text, ruleId, config))).text;
}

/** Checks a rule's fixes: the rule no longer fires, a second pass changes nothing. */
export function assertFixedTo(text: string, ruleId: string, expected: string, config: RuleConfig = {}): void {
  const fixed = fixAll(text, ruleId, config);
  assert.equal(fixed, expected);
  assert.deepEqual(findings(fixed, ruleId, config).map((f) => f.message), []);
  assert.equal(fixAll(fixed, ruleId, config), fixed, 'fixing twice changes nothing');
}

/** The findings of one rule on a draft as [message, line]. */
export const messagesAndLines = (text: string, ruleId: string): Array<[string, number]> =>
  findings(text, ruleId).map((f) => [f.message, lineOf(text, f.span.start)]);
