import * as assert from 'node:assert/strict';
import { firstFixEdits, foldingRegions, lint, outline, parseResolution, semanticTokens } from '../../server/src/core';

/**
 * A draft with more paragraphs than a function call can take arguments (about 120 000 on Node 20):
 * any list the text makes long that is spread into push() or Math.min() overflows the stack.
 * Folding a draft of 150 000 paragraphs threw "Maximum call stack size exceeded".
 */
function longDraft(paragraphs: number, firstNumber: number): string {
  const lines = ['General Assembly', 'Distr.: Limited', '', 'The General Assembly,', '', '*Recalling* its earlier resolutions on the matter,', ''];
  for (let i = 0; i < paragraphs; i++) {
    lines.push(`${firstNumber + i}. *Decides* to act;`, '');
  }
  return lines.join('\n');
}

describe('very long drafts: no list the text makes is spread into a call', function () {
  this.timeout(120_000);

  it('folds, outlines and colours a draft of 200 000 operative paragraphs', () => {
    const doc = parseResolution(longDraft(200_000, 1));
    assert.equal(doc.operative.length, 200_000);
    const folds = foldingRegions(doc);
    assert.ok(folds.some((fold) => fold.kind === 'operative'));
    assert.ok(outline(doc).length > 0);
    assert.ok(semanticTokens(doc).length >= 200_000);
  });

  it('takes a renumbering fix of 200 000 edits whole in fix-all', () => {
    // Every number is one too high: UNR001's one fix renumbers them all.
    const doc = parseResolution(longDraft(200_000, 2));
    const edits = firstFixEdits(lint(doc));
    assert.ok(edits.length >= 200_000, `only ${edits.length} edits`);
  });
});
