import * as assert from 'node:assert/strict';
import { applyEdits, firstFixEdits, lint, parseResolution, RULES, type Finding } from '../../server/src/core';
import { OPENING_LINES } from '../../server/src/core/language/detectLanguage';
import {
  CLEAN_DRAFTS,
  FRENCH_DEFECTS,
  FRENCH_WITHOUT_OPENING_LINE,
  SPANISH_DEFECTS,
  SPANISH_WITHOUT_OPENING_LINE,
} from '../support/frenchSpanishDrafts';
import { lineOf, quoted } from '../support/ruleFindings';

const findingsOf = (text: string): Finding[] => lint(parseResolution(text));

/** Whether unres reads the opening line of an organ in a language (the vocabularies grow: Spanish has no Security Council line yet). */
const knowsOpeningLine = (language: string, body: string): boolean => OPENING_LINES.some((line) => line.language === language && line.body === body);

/** What each rule finds in the drafts with defects: [line, words quoted]. Every other rule finds nothing. */
const EXPECTED_DEFECTS: Readonly<Record<'fr' | 'es', Readonly<Record<string, ReadonlyArray<[number, string]>>>>> = {
  fr: {
    UNR001: [[11, '4']],
    UNR002: [[9, 'Réaffirmee']],
    UNR004: [[7, 'Prie']],
    UNR008: [[3, ';']],
    UNR020: [[5, '¹']],
  },
  es: {
    UNR001: [[11, '4']],
    UNR002: [[9, 'Apruena']],
    UNR004: [[7, 'Hace suya']],
    UNR008: [[3, ';']],
    UNR020: [[5, '¹']],
  },
};

describe('French and Spanish drafts for each organ, rule by rule', () => {
  for (const draft of CLEAN_DRAFTS) {
    describe(`the clean ${draft.name} draft (${draft.body})`, () => {
      it('is read in its language, with its organ\'s opening line', function () {
        if (!knowsOpeningLine(draft.language, draft.body)) this.skip();
        const doc = parseResolution(draft.text);
        assert.equal(doc.language.code, draft.language);
        assert.equal(doc.opening?.body, draft.body);
        assert.ok(doc.operative.length >= 2 && doc.preamble.length >= 2);
        assert.ok(doc.operative.every((p) => p.opener?.vocabulary === 'operative'), 'every operative verb is read');
        assert.ok(doc.preamble.every((p) => p.opener?.vocabulary === 'preambular'), 'every preambular phrase is read');
      });
      for (const rule of RULES) {
        // A draft whose organ's opening line is not read yet ("El Consejo de Seguridad,") is checked all the same: its line is left unread, not reported.
        it(`gives no ${rule.id} (${rule.alias}) finding`, () => {
          const found = findingsOf(draft.text).filter((f) => f.ruleId === rule.id);
          assert.deepEqual(found.map((f) => `${lineOf(draft.text, f.span.start)}: ${f.message}`), []);
        });
      }
    });
  }

  for (const [language, text] of [['fr', FRENCH_DEFECTS], ['es', SPANISH_DEFECTS]] as const) {
    describe(`the ${language} draft with a defect of each kind`, () => {
      for (const rule of RULES) {
        const expected = EXPECTED_DEFECTS[language][rule.id] ?? [];
        it(`${rule.id} (${rule.alias}) ${expected.length > 0 ? `reports ${expected.map(([, words]) => `"${words}"`).join(', ')}` : 'finds nothing'}`, () => {
          const found = findingsOf(text).filter((f) => f.ruleId === rule.id);
          assert.deepEqual(
            found.map((f) => [lineOf(text, f.span.start), quoted(text, f)]),
            expected,
          );
        });
      }
    });
  }

  it('quotes the draft\'s own words in its messages', () => {
    const fr = findingsOf(FRENCH_DEFECTS).map((f) => f.message);
    assert.ok(fr.includes('The operative verb "Prie" of paragraph 1 is not in italics.'), fr.join('\n'));
    assert.ok(fr.includes('"Réaffirmee" opening paragraph 2 is not a standard operative verb; did you mean "Réaffirme"?'), fr.join('\n'));
    assert.ok(fr.includes('Paragraph 4 follows paragraph 2: paragraph 3 is missing.'), fr.join('\n'));
    const es = findingsOf(SPANISH_DEFECTS).map((f) => f.message);
    assert.ok(es.includes('The operative verb "Hace suya" of paragraph 1 is not in italics.'), es.join('\n'));
    assert.ok(es.includes('"Apruena" opening paragraph 2 is not a standard operative verb; did you mean "Aprueba"?'), es.join('\n'));
  });

  it('repairs the numbering, the italics, the verb and the end punctuation with the fixes, in the draft\'s language', () => {
    for (const text of [FRENCH_DEFECTS, SPANISH_DEFECTS]) {
      const fixed = applyEdits(text, firstFixEdits(findingsOf(text).filter((f) => f.ruleId !== 'UNR020'))).text;
      assert.deepEqual(
        findingsOf(fixed).map((f) => f.ruleId),
        ['UNR020'],
        fixed,
      );
    }
    const fr = applyEdits(FRENCH_DEFECTS, firstFixEdits(findingsOf(FRENCH_DEFECTS))).text;
    assert.match(fr, /\n1\. \*Prie\* le Secrétaire général/);
    assert.match(fr, /\n2\. \*Réaffirme\* son attachement/);
    assert.match(fr, /\n3\. \*Encourage\* les États Membres/);
  });

  it('reports the missing opening line in the draft\'s language, read from its words', () => {
    for (const [text, language, line] of [
      [FRENCH_WITHOUT_OPENING_LINE, 'fr', "L'Assemblée générale,"],
      [SPANISH_WITHOUT_OPENING_LINE, 'es', 'La Asamblea General,'],
    ] as const) {
      const doc = parseResolution(text);
      assert.equal(doc.language.code, language);
      assert.deepEqual(
        lint(doc).map((f) => [f.ruleId, f.message]),
        [['UNR003', `No opening line such as "${line}" was found before the paragraphs.`]],
      );
    }
  });
});
