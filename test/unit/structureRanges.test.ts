import * as assert from 'node:assert/strict';
import { foldingRegions, parseResolution, selectionSpans } from '../../server/src/core';
import { BIRTH_REGISTRATION_LINES } from '../support/birthRegistrationDraft';

const TEXT = BIRTH_REGISTRATION_LINES.join('\n');
const doc = parseResolution(TEXT);

/** The offset of `search` on a line of the draft. */
const offsetOf = (line: number, search: string): number => {
  const lineStart = BIRTH_REGISTRATION_LINES.slice(0, line).reduce((n, l) => n + l.length + 1, 0);
  const at = BIRTH_REGISTRATION_LINES[line].indexOf(search);
  assert.ok(at >= 0, `"${search}" on line ${line}`);
  return lineStart + at;
};

const texts = (offset: number): string[] => selectionSpans(doc, offset).map((s) => TEXT.slice(s.start, s.end));

describe('folding regions', () => {
  it('folds the masthead, the preamble under its opening line, the operative part, a paragraph with sub-paragraphs and each footnote block', () => {
    assert.deepEqual(foldingRegions(doc), [
      { startLine: 0, endLine: 10, kind: 'header' },
      { startLine: 12, endLine: 18, kind: 'preamble' },
      // The first paragraph keeps its fold on line 20; the part's starts on the blank line above it.
      { startLine: 19, endLine: 29, kind: 'operative' },
      { startLine: 20, endLine: 24, kind: 'paragraph' },
      { startLine: 28, endLine: 29, kind: 'footnotes' },
    ]);
  });

  it('folds the operative part under the opening line when there is no preamble', () => {
    const noPreamble = parseResolution(['The General Assembly,', '', '1. *Urges* States:', '', '(a) To register every child;', '', '(b) To issue certificates free of charge.', ''].join('\n'));
    assert.deepEqual(foldingRegions(noPreamble), [
      { startLine: 0, endLine: 6, kind: 'operative' },
      { startLine: 2, endLine: 6, kind: 'paragraph' },
    ]);
  });
});

describe('selection spans', () => {
  const whole = TEXT;
  const preamble = BIRTH_REGISTRATION_LINES.slice(14, 19).join('\n');
  const operative = BIRTH_REGISTRATION_LINES.slice(20, 30).join('\n');

  it('goes from an operative verb to its paragraph, the operative part and the document', () => {
    const paragraph = BIRTH_REGISTRATION_LINES.slice(20, 25).join('\n');
    assert.deepEqual(texts(offsetOf(20, 'rges')), ['Urges', paragraph, operative, whole]);
  });

  it('goes from a word of a sub-paragraph to the sub-paragraph, its paragraph and on', () => {
    const paragraph = BIRTH_REGISTRATION_LINES.slice(20, 25).join('\n');
    assert.deepEqual(texts(offsetOf(24, 'certificate')), [BIRTH_REGISTRATION_LINES[24], paragraph, operative, whole]);
  });

  it('goes from a treaty named in the preamble to its paragraph and the preamble', () => {
    assert.deepEqual(texts(offsetOf(16, 'Rights')), ['Convention on the Rights of the Child', BIRTH_REGISTRATION_LINES[16], preamble, whole]);
  });

  it('goes from a footnote’s text to the definition and its block; from a masthead line to the masthead', () => {
    assert.deepEqual(texts(offsetOf(28, 'HRC')), ['See A/HRC/39/30.', '² See A/HRC/39/30.', BIRTH_REGISTRATION_LINES.slice(28, 30).join('\n'), whole]);
    assert.deepEqual(texts(offsetOf(6, 'Committee')), ['Third Committee', BIRTH_REGISTRATION_LINES.slice(0, 11).join('\n'), whole]);
  });
});
