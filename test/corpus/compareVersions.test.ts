import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compareVersions, parseResolution, type ResolutionDocument } from '../../server/src/core';
import { OFFICIAL, officialFiles } from '../support/officialTexts';

/** The text without the source of one paragraph (its pieces), as a version that dropped it. */
function without(model: ResolutionDocument, index: number, part: 'preamble' | 'operative'): string {
  const paragraph = model[part][index];
  return model.source.slice(0, paragraph.span.start) + model.source.slice(paragraph.span.end);
}

describe('corpus: the parallel check on the official texts', function () {
  this.timeout(600_000);
  const files = officialFiles();
  if (files.length === 0) return;

  it('finds every official text the same as itself', () => {
    const apart: string[] = [];
    for (const file of files) {
      const model = parseResolution(fs.readFileSync(path.join(OFFICIAL, file), 'utf8'));
      const differences = compareVersions(model, model).differences;
      if (differences.length > 0) apart.push(`${file}: ${differences[0].sides[0].message}`);
    }
    assert.deepEqual(apart, []);
  });

  it('reports a preambular or operative paragraph dropped from an official text once, nearly always at that paragraph', () => {
    const cascades: string[] = [];
    const elsewhere: string[] = [];
    let checked = 0;
    for (const file of files) {
      const model = parseResolution(fs.readFileSync(path.join(OFFICIAL, file), 'utf8'));
      for (const part of ['preamble', 'operative'] as const) {
        if (model[part].length < 3) continue;
        const index = Math.floor(model[part].length / 2);
        const dropped = parseResolution(without(model, index, part));
        // Only where the rest still reads as it did (a paragraph gone can change how the next one is read).
        if (dropped[part].length !== model[part].length - 1) continue;
        checked++;
        const differences = compareVersions(model, dropped).differences.filter((d) => d.kind !== 'footnote');
        const where = `${file} ${part} ${index + 1}`;
        if (differences.map((d) => d.kind).join() !== 'paragraph') cascades.push(`${where}: ${differences.map((d) => d.kind).join(', ')}`);
        else if (differences[0].sides[0].span.start !== model[part][index].span.start) elsewhere.push(where);
      }
    }
    assert.ok(checked > 300, `${checked} paragraphs dropped`);
    assert.deepEqual(cascades, []);
    // Without reading the words, a neighbour with no digits, no footnote and about the same length
    // looks the same: the paragraph left alone is then that neighbour, still one difference.
    assert.ok(elsewhere.length <= checked / 50, `${elsewhere.length} of ${checked} at a neighbour: ${elsewhere.join('; ')}`);
  });
});
