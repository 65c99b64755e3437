import * as assert from 'node:assert/strict';
import { fixText, parseResolution } from '../../server/src/core';
import { CLEAN } from '../support/footnoteDrafts';
import { assertFixedTo, blocks, findings, lineOf, OPENING } from '../support/ruleFindings';

describe('UNR024 footnote-text', () => {
  it('finds an empty footnote, a small letter and a missing full stop, and fixes what it can', () => {
    const text = CLEAN.replace('³ Resolution 70/1.', '³ resolution 70/1').replace('Children,²', 'Children,²⁴').replace('² *Ibid.*', '²⁴ \n² *Ibid.*');
    const doc = parseResolution(text);
    assert.ok(doc.footnoteDefinitions.length >= 3);
    const found = findings(text, 'UNR024');
    assert.deepEqual(found.map((f) => f.message), ['Footnote 24 is empty.', 'Footnote 3 starts with a small letter: a footnote starts with a capital.', 'Footnote 3 does not end with a full stop.']);
    const fixed = fixText(CLEAN.replace('³ Resolution 70/1.', '³ resolution 70/1')).text;
    assert.equal(fixed, CLEAN);
    const empty = blocks(OPENING, '*Recalling* its resolution 70/1,¹', '¹ ', '1. *Decides* to remain seized of the matter.');
    assert.deepEqual(findings(empty, 'UNR024').map((f) => f.message), ['Footnote 1 is empty.']);
  });

  it('accepts a footnote that is a web address or opens with "e.g.", and a full stop inside a closing quotation mark', () => {
    const text = blocks(
      OPENING,
      '*Welcoming* the online repertory¹ and the guide,² and recalling article I of the Treaty,³ and the list,⁴',
      '¹ https://legal.example.org/repertory.\n² www.example.org/guide.\n³ Article I provides that “Outer space shall be free for exploration by all States.”\n⁴ e.g. the list in A/81/100.',
      '1. *Decides* to remain seized of the matter.',
    );
    assert.deepEqual(findings(text, 'UNR024'), []);
    const broken = text.replace('States.”', 'States”').replace('⁴ e.g. the', '⁴ the');
    assert.deepEqual(findings(broken, 'UNR024').map((f) => f.message), ['Footnote 3 does not end with a full stop.', 'Footnote 4 starts with a small letter: a footnote starts with a capital.']);
  });

  it('accepts a French footnote that ends inside « » with the French space', () => {
    const text = blocks(
      "L'Assemblée générale,",
      '*Rappelant* le Traité sur l’espace extra-atmosphérique¹,',
      '¹ L’article premier dispose que « l’espace extra-atmosphérique peut être exploré par tous les États. »',
      '1. *Décide* de rester saisie de la question.',
    );
    assert.deepEqual(findings(text, 'UNR024'), []);
    assert.deepEqual(findings(text.replace('États. »', 'États »'), 'UNR024').map((f) => f.message), ['Footnote 1 does not end with a full stop.']);
  });

  it('reports a footnote written as a note to self at its line, and its own fixes make it a sentence', () => {
    const text = blocks(OPENING, '*Recalling* its resolution 79/12,¹ and the report of the Secretary-General,²', '¹ Resolution 79/12.\n² see A/80/256', '1. *Decides* to remain seized of the matter.');
    assert.deepEqual(findings(text, 'UNR024').map((f) => [lineOf(text, f.span.start), f.message]), [
      [6, 'Footnote 2 starts with a small letter: a footnote starts with a capital.'],
      [6, 'Footnote 2 does not end with a full stop.'],
    ]);
    assertFixedTo(text, 'UNR024', text.replace('² see A/80/256', '² See A/80/256.'));
  });
});
