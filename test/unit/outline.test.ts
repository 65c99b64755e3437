import * as assert from 'node:assert/strict';
import { outline, parseResolution, type OutlineItem } from '../../server/src/core';
import { BIRTH_REGISTRATION_LINES } from '../support/birthRegistrationDraft';

const TEXT = BIRTH_REGISTRATION_LINES.join('\n');

/** An outline as indented lines: "name — detail", children two spaces in. */
function tree(items: readonly OutlineItem[], indent = ''): string[] {
  return items.flatMap((i) => [`${indent}${i.name}${i.detail ? ` — ${i.detail}` : ''}`, ...tree(i.children, `${indent}  `)]);
}

/** The items whose span holds an offset, outermost first: what breadcrumbs show there. */
function breadcrumbs(items: readonly OutlineItem[], offset: number): string[] {
  const item = items.find((i) => i.span.start <= offset && offset <= i.span.end);
  return item ? [item.name, ...breadcrumbs(item.children, offset)] : [];
}

describe('outline and breadcrumbs', () => {
  const doc = parseResolution(TEXT);
  const items = outline(doc);

  it('gives the parts, each paragraph under its number and opening phrase with what it says, and each footnote block where it was printed', () => {
    assert.deepEqual(tree(items), [
      'Header — Birth registration',
      'The General Assembly',
      'Preamble — 2 paragraphs',
      '  Recalling — its resolution 79/158 of 17 December 2024,',
      '  Guided by — the Convention on the Rights of the Child,¹',
      'Footnote 1 — United Nations, Treaty Series, vol. 1577, No. 27531.',
      'Operative part — 2 paragraphs',
      '  1. Urges — States:',
      '    (a) — To register every child immediately after birth;',
      '    (b) — To make registration and the first birth certificate free o…',
      '  2. Decides — to continue its consideration of the question at its eighty…',
      'Footnotes 2, 3',
      '  Footnote 2 — See A/HRC/39/30.',
      '  Footnote 3 — Resolution 79/158, para. 3.',
    ]);
  });

  it('names the part, the paragraph and the sub-paragraph around the cursor, and no two top-level items overlap', () => {
    assert.deepEqual(breadcrumbs(items, TEXT.indexOf('free of charge')), ['Operative part', '1. Urges', '(b)']);
    assert.deepEqual(breadcrumbs(items, TEXT.indexOf('Rights of the Child')), ['Preamble', 'Guided by']);
    assert.deepEqual(breadcrumbs(items, TEXT.indexOf('A/HRC/39/30')), ['Footnotes 2, 3', 'Footnote 2']);
    for (let i = 1; i < items.length; i++) assert.ok(items[i - 1].span.end < items[i].span.start, `${items[i - 1].name} and ${items[i].name} overlap`);
  });
});
