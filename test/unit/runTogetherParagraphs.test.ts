import * as assert from 'node:assert/strict';
import { lint, parseResolution, type ResolutionDocument } from '../../server/src/core';

// Text copied from a PDF viewer keeps the printed lines and loses the blank lines between
// paragraphs. Drafts written for these tests, wrapped as a viewer gives them.

const paragraphsOf = (doc: ResolutionDocument): string[] =>
  [...doc.preamble, ...doc.operative].map((p) => doc.text.slice(p.span.start, p.span.end).replace(/\s+/g, ' '));

describe('paragraphs that run together in a text copied from a PDF viewer', () => {
  it('reads the opening line and each preambular paragraph of one block apart', () => {
    const text = [
      'The General Assembly,',
      '*Recalling* its resolution 79/210 of 19 December 2024 on disaster risk',
      'reduction,',
      '*Noting with concern* the growing number of coastal floods, which affect',
      'millions of people,',
      '1. *Encourages* Member States to extend early warning coverage to coastal',
      'communities;',
      '2. *Requests* the Secretary-General to report on the implementation of the',
      'present resolution at its eighty-third session.',
      '',
    ].join('\n');
    const doc = parseResolution(text);
    assert.equal(doc.opening?.body, 'General Assembly');
    assert.deepEqual(paragraphsOf(doc), [
      '*Recalling* its resolution 79/210 of 19 December 2024 on disaster risk reduction,',
      '*Noting with concern* the growing number of coastal floods, which affect millions of people,',
      '1. *Encourages* Member States to extend early warning coverage to coastal communities;',
      '2. *Requests* the Secretary-General to report on the implementation of the present resolution at its eighty-third session.',
    ]);
    assert.deepEqual(lint(doc).map((f) => `${f.ruleId} ${f.message}`), []);
  });

  it('reads a whole resolution copied as one block: masthead, opening line, paragraphs and closing lines', () => {
    const text = [
      'United Nations',
      'A/RES/81/77',
      'General Assembly',
      'Distr.: General',
      '14 December 2026',
      'Eighty-first session',
      'Agenda item 19',
      'Sustainable development',
      'Resolution adopted by the General Assembly on 9 December 2026',
      '[on the report of the Second Committee (A/81/420, para. 12)]',
      '81/77. Early warning of coastal flooding',
      'The General Assembly,',
      '*Recalling* its resolution 79/210 of 19 December 2024 on disaster risk',
      'reduction,',
      '1. *Encourages* Member States to extend early warning coverage to coastal',
      'communities;',
      '2. *Requests* the Secretary-General to report on the implementation of the',
      'present resolution at its eighty-third session.',
      '*58th plenary meeting',
      '9 December 2026*',
      '',
    ].join('\n');
    const doc = parseResolution(text);
    const h = doc.header;
    assert.deepEqual([h.symbol?.text, h.date?.text, h.session?.text, h.resolutionNumber?.text, h.title?.text], ['A/RES/81/77', '14 December 2026', 'Eighty-first session', '81/77', 'Early warning of coastal flooding']);
    assert.equal(doc.opening?.body, 'General Assembly');
    assert.deepEqual(paragraphsOf(doc).map((p) => p.slice(0, 20)), ['*Recalling* its reso', '1. *Encourages* Memb', '2. *Requests* the Se']);
    assert.equal(doc.closing?.date?.text, '9 December 2026');
    assert.deepEqual(lint(doc).map((f) => `${f.ruleId} ${f.message}`), []);
  });

  it('reads a French preamble run together, by the French phrases', () => {
    const text = [
      "L'Assemblée générale,",
      '*Rappelant* sa résolution 64/292 du 28 juillet 2010 sur le droit',
      "à l'eau potable et à l'assainissement,",
      "*Profondément préoccupée par* le fait que des millions de personnes n'ont pas",
      "accès à l'eau potable,",
      '1. *Prie* le Secrétaire général de lui faire rapport à sa quatre-vingt-deuxième session.',
      '',
    ].join('\n');
    const doc = parseResolution(text);
    assert.equal(doc.language.code, 'fr');
    assert.deepEqual(doc.preamble.map((p) => p.opener?.text), ['Rappelant', 'Profondément préoccupée par']);
    assert.deepEqual(lint(doc).filter((f) => f.severity === 'warning' || f.severity === 'error'), []);
  });

  it('keeps a wrapped paragraph whole when its next line goes on with the sentence', () => {
    const text = [
      'The General Assembly,',
      '',
      '*Recalling* the Convention on the Rights of the Child,',
      'Human Rights Council resolution 55/12 of 4 April 2024, and',
      'recalling also its resolution 79/210,',
      '',
      '1. *Decides* to remain seized of the matter.',
      '',
    ].join('\n');
    const doc = parseResolution(text);
    assert.equal(doc.preamble.length, 1);
    assert.match(paragraphsOf(doc)[0], /^\*Recalling\* the Convention .* recalling also its resolution 79\/210,$/);
  });
});
