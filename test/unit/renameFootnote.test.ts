import * as assert from 'node:assert/strict';
import { applyEdits, footnoteAt, ibidSource, parseResolution, renameFootnote } from '../../server/src/core';

const blocks = (...parts: string[]): string => parts.join('\n\n') + '\n';

/** A short General Assembly draft whose three footnotes cite two treaties and a resolution. */
const DRAFT = blocks(
  'The General Assembly,',
  '*Recalling* the Convention on the Conservation of Migratory Species of Wild Animals,¹ and the Agreement on the Conservation of African-Eurasian Migratory Waterbirds,²',
  '*Reaffirming* the 2030 Agenda for Sustainable Development,³',
  '¹ United Nations, *Treaty Series*, vol. 2225, No. 39574.\n² *Ibid.*, vol. 2237, No. 39574.\n³ Resolution 70/1.',
  '1. *Calls upon* Member States to protect the flyways of migratory birds.',
);

describe('renameFootnote', () => {
  it('swaps two numbers: the renamed footnote takes the new number and the one that had it the old', () => {
    const doc = parseResolution(DRAFT);
    const renamed = applyEdits(DRAFT, renameFootnote(doc, '1', 3)).text;
    assert.ok(renamed.includes('Wild Animals,³'));
    assert.ok(renamed.includes('Development,¹'));
    assert.ok(renamed.includes('³ United Nations, *Treaty Series*, vol. 2225, No. 39574.\n² *Ibid.*, vol. 2237, No. 39574.\n¹ Resolution 70/1.'));
    assert.equal(renameFootnote(doc, '1', 3).length, 4, 'two references and two definition marks');
  });

  it('gives a number nothing has yet without touching the other footnotes', () => {
    const renamed = applyEdits(DRAFT, renameFootnote(parseResolution(DRAFT), '2', 12)).text;
    assert.ok(renamed.includes('Waterbirds,¹²'));
    assert.ok(renamed.includes('\n¹² *Ibid.*, vol. 2237'));
    assert.ok(renamed.includes('Development,³') && renamed.includes('Wild Animals,¹'));
  });

  it('writes markdown marks in their own form, and changes nothing for the same number', () => {
    const text = DRAFT.replace('Animals,¹', 'Animals,[^1]').replace('¹ United', '[^1]: United');
    const doc = parseResolution(text);
    const renamed = applyEdits(text, renameFootnote(doc, '1', 2)).text;
    assert.ok(renamed.includes('Animals,[^2] and'));
    assert.ok(renamed.includes('Waterbirds,¹'));
    assert.ok(renamed.includes('[^2]: United Nations') && renamed.includes('\n¹ *Ibid.*'));
    assert.deepEqual(renameFootnote(doc, '1', 1), []);
    assert.deepEqual(renameFootnote(doc, 'missing', 4), []);
  });
});

describe('footnoteAt', () => {
  it('finds the footnote of a reference or of a definition mark, with the span of its number', () => {
    const doc = parseResolution(DRAFT);
    const ref = footnoteAt(doc, DRAFT.indexOf('²'));
    assert.equal(ref?.entry.label, '2');
    assert.ok(ref?.reference && !ref.definition);
    const def = footnoteAt(doc, DRAFT.indexOf('³ Resolution'));
    assert.equal(def?.entry.label, '3');
    assert.deepEqual(def?.numberSpan, { start: DRAFT.indexOf('³ Resolution'), end: DRAFT.indexOf('³ Resolution') + 1 });
    assert.equal(footnoteAt(doc, DRAFT.indexOf('Recalling')), undefined);
    const markdown = '[^14]: Resolution 70/1.';
    const text = DRAFT.replace('Development,³', 'Development,[^14]').replace('³ Resolution 70/1.', markdown);
    const md = footnoteAt(parseResolution(text), text.indexOf('[^14]:'));
    assert.equal(text.slice(md!.numberSpan.start, md!.numberSpan.end), '14');
    const mdRef = footnoteAt(parseResolution(text), text.indexOf('[^14]') + 3);
    assert.equal(text.slice(mdRef!.numberSpan.start, mdRef!.numberSpan.end), '14');
  });
});

describe('ibidSource', () => {
  it('follows a chain of Ibid. back to the first footnote that is not one', () => {
    const text = DRAFT.replace('³ Resolution 70/1.', '³ *Ibid.*, vol. 2238, No. 39574.');
    const doc = parseResolution(text);
    const [first, second, third] = doc.footnoteDefinitions;
    assert.equal(ibidSource(doc, third), first);
    assert.equal(ibidSource(doc, second), first);
    assert.equal(ibidSource(doc, first), undefined);
  });
});
