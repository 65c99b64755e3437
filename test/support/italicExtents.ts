import * as assert from 'node:assert/strict';
import { applyEdits, firstFixEdits, type Finding } from '../../server/src/core';
import { findings as ruleFindings, lineOf } from './ruleFindings';

/** The drafts around the paragraph under test: a preamble in italics, and a last paragraph. */
export const PREAMBLE = '*Recalling* its earlier resolutions on road safety,';
export const LAST = '99. *Decides* to remain seized of the matter.';

/** UNR006 at warning, so that the preambular findings show as the operative ones do. */
function findings(text: string, ruleId: string): Finding[] {
  return ruleFindings(text, ruleId, { 'preambular-italics': 'warning' });
}

/** The lines of `text` a rule reports, with its messages. */
export const reported = (text: string, ruleId: string): Array<[number, string]> => findings(text, ruleId).map((f) => [lineOf(text, f.span.start), f.message]);

function fixAll(text: string, ruleId: string): string {
  return applyEdits(text, firstFixEdits(findings(text, ruleId))).text;
}

/** Checks a rule's fixes: only italic markers move, the rule no longer fires, a second pass changes nothing. */
export function assertItalicsFixedTo(text: string, ruleId: string, expected: string): void {
  const fixed = fixAll(text, ruleId);
  assert.equal(fixed, expected);
  assert.equal(fixed.replace(/\*/g, ''), text.replace(/\*/g, ''), 'the wording is unchanged');
  assert.deepEqual(reported(fixed, ruleId), []);
  assert.equal(fixAll(fixed, ruleId), fixed, 'fixing twice changes nothing');
}
