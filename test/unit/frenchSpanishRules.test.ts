import * as assert from 'node:assert/strict';
import { completionsAt, lint, parseResolution, type Finding } from '../../server/src/core';
import { blocks, lineOf, quoted } from '../support/ruleFindings';

// Drafts written for these tests, in French and Spanish, with the words of the vocabularies
// unres reads (data/languages/): each clean draft gives no finding, each defect its rule's.

const findingsOf = (text: string, ruleId?: string): Finding[] => lint(parseResolution(text)).filter((f) => ruleId === undefined || f.ruleId === ruleId);

/** The English phrases a French or Spanish draft must never be told to write. */
const ENGLISH_OPENERS = /"(?:Decides|Requests|Urges|Reaffirms|Recalls|Recalling|Also|Further|The General Assembly)\b/;

describe('French and Spanish drafts: suggestions, fixes and completions in the draft\'s language', () => {
  const frenchTypo = blocks(
    "L'Assemblée générale,",
    '*Rappelant* sa résolution 64/292 du 28 juillet 2010 sur le droit à l’eau potable,',
    '1. *Réaffirmee* que l’accès à l’eau potable est un droit de l’homme ;',
    '2. *Prie* le Secrétaire général de lui faire rapport à sa quatre-vingt-deuxième session.',
  );
  const spanishTypo = blocks(
    'La Asamblea General,',
    '*Recordando* su resolución 64/292, de 28 de julio de 2010,',
    '1. *Apruena* el programa de trabajo que figura en el anexo;',
    '2. *Hace suya* la declaración de la reunión de alto nivel.',
  );

  it('offers the French or Spanish verb nearest to a misspelt one, and its fix writes that verb', () => {
    const fr = findingsOf(frenchTypo, 'UNR002');
    assert.deepEqual(
      fr.map((f) => [lineOf(frenchTypo, f.span.start), quoted(frenchTypo, f), f.fixes.map((x) => x.title)]),
      [[5, 'Réaffirmee', ['Change to "Réaffirme"']]],
    );
    assert.match(fr[0].message, /"Réaffirmee" opening paragraph 1 is not a standard operative verb; did you mean "Réaffirme"\?/);
    const es = findingsOf(spanishTypo, 'UNR002');
    assert.deepEqual(
      es.map((f) => [quoted(spanishTypo, f), f.fixes.map((x) => x.title)]),
      [['Apruena', ['Change to "Aprueba"']]],
    );
  });

  it('never suggests an English phrase in a French or Spanish draft', () => {
    for (const text of [frenchTypo, spanishTypo]) {
      for (const f of findingsOf(text)) {
        assert.doesNotMatch(f.message, ENGLISH_OPENERS, f.message);
        for (const fix of f.fixes) assert.doesNotMatch(fix.title, ENGLISH_OPENERS, fix.title);
      }
    }
  });

  it('names the opening line of the draft\'s language when it is missing', () => {
    const fr = blocks('*Rappelant* sa résolution 64/292 du 28 juillet 2010,', '1. *Prie* le Secrétaire général de lui faire rapport.');
    const frDoc = parseResolution(`<!-- unres-language: fr -->\n\n${fr}`);
    const messages = lint(frDoc).filter((f) => f.ruleId === 'UNR003').map((f) => f.message);
    assert.deepEqual(messages, ['No opening line such as "L\'Assemblée générale," was found before the paragraphs.']);
    const es = parseResolution(`<!-- unres-language: es -->\n\n${blocks('*Recordando* su resolución 64/292,', '1. *Aprueba* el programa de trabajo.')}`);
    assert.deepEqual(
      lint(es).filter((f) => f.ruleId === 'UNR003').map((f) => f.message),
      ['No opening line such as "La Asamblea General," was found before the paragraphs.'],
    );
  });

  it('completes the opening line and the opening phrases in the draft\'s language', () => {
    const empty = '<!-- unres-language: fr -->\n\nL';
    const lines = completionsAt(parseResolution(empty), empty.length).map((i) => i.label);
    assert.ok(lines.includes("L'Assemblée générale,"), lines.join(' | '));
    assert.ok(lines.every((label) => !label.startsWith('The ')), lines.join(' | '));

    const fr = blocks("L'Assemblée générale,", '*Rappelant* sa résolution 64/292 du 28 juillet 2010,', '1. *Prie* le Secrétaire général de lui faire rapport ;', '');
    const items = completionsAt(parseResolution(fr), fr.length - 1);
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('Prie également'), labels.join(' | '));
    assert.ok(labels.includes('Réaffirme'), labels.join(' | '));
    assert.ok(!labels.some((label) => /^(?:Requests|Decides|Also)\b/.test(label)), labels.join(' | '));
    assert.equal(items.find((i) => i.label === 'Prie également')?.newText, '2. *Prie également* ');

    const es = blocks('La Asamblea General,', '*Recordando* su resolución 64/292, de 28 de julio de 2010,', '');
    const esLabels = completionsAt(parseResolution(es), es.length - 1).map((i) => i.label);
    assert.ok(esLabels.includes('Recordando también'), esLabels.join(' | '));
    assert.ok(esLabels.includes('Aprueba'), esLabels.join(' | '));
    assert.ok(!esLabels.some((label) => /^(?:Recalling|Requests|Decides)\b/.test(label)), esLabels.join(' | '));
  });
});
