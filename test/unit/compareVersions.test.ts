import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { compareVersions, parseResolution, type VersionDifference } from '../../server/src/core';
import { alignInOrder } from '../../server/src/core/compare/alignParagraphs';
import { damage, damageText } from '../support/damagedTexts';
import { ARABIC_VERSION, CHINESE_VERSION, changed, ENGLISH_SHORT_VERSION, ENGLISH_VERSION, FRENCH_VERSION, RUSSIAN_VERSION, SPANISH_VERSION } from '../support/languageVersions';

function compare(first: string, second: string): readonly VersionDifference[] {
  return compareVersions(parseResolution(first), parseResolution(second)).differences;
}

/** The words each side of a difference points at: the start of its paragraph, and its words when it has them. */
function sides(difference: VersionDifference, first: string, second: string): Array<{ paragraph: string; words?: string }> {
  return difference.sides.map((side, index) => {
    const text = index === 0 ? first : second;
    return { paragraph: text.slice(side.span.start, side.span.start + 12), ...(side.words ? { words: text.slice(side.words.start, side.words.end) } : {}) };
  });
}

describe('compareVersions: the parallel check of two language versions', () => {
  it('finds nothing between versions that correspond, in any two languages', () => {
    const english = parseResolution(ENGLISH_VERSION);
    const french = parseResolution(FRENCH_VERSION);
    const spanish = parseResolution(SPANISH_VERSION);
    assert.deepEqual([english.language.code, french.language.code, spanish.language.code], ['en', 'fr', 'es']);
    assert.deepEqual([english.preamble.length, english.operative.length, french.preamble.length, french.operative.length, spanish.preamble.length], [4, 4, 4, 4, 4]);
    assert.deepEqual(compareVersions(english, french).differences, []);
    assert.deepEqual(compareVersions(english, spanish).differences, []);
    assert.deepEqual(compareVersions(french, spanish).differences, []);
    assert.deepEqual(compareVersions(spanish, french).counts, [
      { preambular: 4, operative: 4 },
      { preambular: 4, operative: 4 },
    ]);
    assert.deepEqual(compare(RUSSIAN_VERSION, CHINESE_VERSION), []);
    assert.deepEqual(compare(ENGLISH_SHORT_VERSION, CHINESE_VERSION), []);
    // Arabic-Indic digits and a date Arabic writes with two month names read as the same numbers.
    assert.deepEqual(compare(ARABIC_VERSION, ENGLISH_SHORT_VERSION), []);
    assert.deepEqual(compare(ARABIC_VERSION, RUSSIAN_VERSION), []);
  });

  it('reports a dropped preambular paragraph once, at that paragraph and where it would stand', () => {
    const french = changed(FRENCH_VERSION, '*Réaffirmant* le Pacte international relatif aux droits économiques, sociaux et culturels¹,\n\n', '');
    const differences = compare(ENGLISH_VERSION, french);
    assert.deepEqual(
      differences.map((d) => d.kind),
      ['paragraph'],
    );
    assert.deepEqual(sides(differences[0], ENGLISH_VERSION, french), [{ paragraph: '*Reaffirming' }, { paragraph: '*Rappelant* ' }]);
    assert.match(differences[0].sides[0].message, /^Preambular paragraph 2 \(“Reaffirming the International Covenant .*”\) has no counterpart in the French version\. This version has 4 preambular paragraphs, the French version 3\.$/);
    assert.match(differences[0].sides[1].message, /^The English version has preambular paragraph 2 \(“Reaffirming .*”\), which this version lacks after preambular paragraph 1\. This version has 3 preambular paragraphs, the English version 4\.$/);
  });

  it('pairs operative paragraphs by number, so a dropped one is one difference', () => {
    const spanish = changed(SPANISH_VERSION, '3. *Invita* a las comisiones regionales a que compartan sus buenas prácticas con la Secretaría;\n\n', '');
    const differences = compare(ENGLISH_VERSION, spanish);
    assert.deepEqual(
      differences.map((d) => [d.kind, ...sides(d, ENGLISH_VERSION, spanish).map((side) => side.paragraph)]),
      [['paragraph', '3. *Invites*', '2. *Exhorta*']],
    );
    assert.match(differences[0].sides[1].message, /lacks after operative paragraph 2\. This version has 3 operative paragraphs, the English version 4\.$/);
  });

  it('reports a footnote mark moved to another paragraph at both paragraphs', () => {
    const spanish = changed(changed(SPANISH_VERSION, 'Culturales¹,', 'Culturales,'), 'inundaciones de 2024,', 'inundaciones de 2024¹,');
    const differences = compare(ENGLISH_VERSION, spanish);
    assert.deepEqual(
      differences.map((d) => [d.kind, sides(d, ENGLISH_VERSION, spanish)]),
      [['footnote', [{ paragraph: '*Reaffirming', words: '¹' }, { paragraph: '*Profundamen', words: '¹' }]]],
    );
    assert.equal(differences[0].sides[0].message, 'Footnote 1 is marked in preambular paragraph 2 here, and in preambular paragraph 3 in the Spanish version.');
    assert.equal(differences[0].sides[1].message, 'Footnote 1 is marked in preambular paragraph 3 here, and in preambular paragraph 2 in the English version.');
  });

  it('reports a changed number, date, symbol and Treaty Series volume in the paragraphs that hold them', () => {
    let french = changed(FRENCH_VERSION, 'personnes de 80 ans', 'personnes de 85 ans');
    french = changed(french, 'le 19 décembre 2027', 'le 20 décembre 2027');
    french = changed(french, 'un rapport (A/81/123)', 'un rapport (A/81/132)');
    french = changed(french, 'vol. 993, n° 14531', 'vol. 999, n° 14531');
    const differences = compare(ENGLISH_VERSION, french);
    assert.deepEqual(
      differences.map((d) => [d.kind, sides(d, ENGLISH_VERSION, french)]),
      [
        ['treaty', [{ paragraph: '¹ United Nat', words: 'vol. 993, No. 14531' }, { paragraph: '¹ Nations Un', words: 'vol. 999, n° 14531' }]],
        ['number', [{ paragraph: '2. *Calls up', words: '80' }, { paragraph: '2. *Demande*', words: '85' }]],
        ['date', [{ paragraph: '4. *Requests', words: '19 December 2027' }, { paragraph: '4. *Prie* le', words: '20 décembre 2027' }]],
        ['symbol', [{ paragraph: '4. *Requests', words: 'A/81/123' }, { paragraph: '4. *Prie* le', words: 'A/81/132' }]],
      ],
    );
    const messages = differences.map((d) => d.sides[1].message);
    assert.equal(messages[1], 'Operative paragraph 2: the number “85” is “80” in the English version.');
    assert.equal(messages[2], 'Operative paragraph 4: the date “20 décembre 2027” is “19 December 2027” in the English version.');
  });

  it('compares French and Spanish dates and a Security Council resolution number', () => {
    const spanish = changed(changed(SPANISH_VERSION, 'de 25 de septiembre de 2015', 'de 26 de septiembre de 2015'), 'resolución 2712 (2023)', 'resolución 2721 (2023)');
    const differences = compare(FRENCH_VERSION, spanish);
    assert.deepEqual(
      differences.map((d) => [d.kind, sides(d, FRENCH_VERSION, spanish).map((side) => side.words)]),
      [
        ['date', ['25 septembre 2015', '26 de septiembre de 2015']],
        ['symbol', ['2712 (2023)', '2721 (2023)']],
      ],
    );
  });

  it('checks the sub-paragraphs and the numbers in each, in Russian, Chinese and Arabic', () => {
    const chinese = changed(CHINESE_VERSION, '(b) 每2年公布一次结果；', '(b) 每3年公布一次结果；');
    const differences = compare(RUSSIAN_VERSION, chinese);
    assert.deepEqual(
      differences.map((d) => [d.kind, sides(d, RUSSIAN_VERSION, chinese)]),
      [['number', [{ paragraph: '(b) публикуя', words: '2' }, { paragraph: '(b) 每3年公布一次结', words: '3' }]]],
    );
    assert.equal(differences[0].sides[0].message, 'Sub-paragraph (b) of operative paragraph 1: the number “2” is “3” in the Chinese version.');
    const arabic = changed(ARABIC_VERSION, '(b) بنشر النتائج كل ٢ سنة؛\n\n', '');
    assert.deepEqual(
      compare(ENGLISH_SHORT_VERSION, arabic).map((d) => [d.kind, d.sides[0].message]),
      [
        ['subparagraphs', 'Operative paragraph 1 has 2 sub-paragraphs ((a), (b)); in the Arabic version it has 1 sub-paragraph ((a)).'],
        ['number', 'Operative paragraph 1: the number “2” is not in the Arabic version.'],
      ],
    );
    // The date Chinese writes in digits is read whole, and compared with the English one.
    const english = changed(ENGLISH_SHORT_VERSION, 'by 31 March 2028', 'by 30 March 2028');
    assert.deepEqual(
      compare(english, CHINESE_VERSION).map((d) => [d.kind, ...sides(d, english, CHINESE_VERSION).map((side) => side.words)]),
      [['date', '30 March 2028', '2028年3月31日']],
    );
  });

  it('says once that a preamble was not read in a language without an opening line, rather than one difference a paragraph', () => {
    const russian = ['Генеральная Ассамблея,', '', '*ссылаясь* на свою резолюцию 70/1,', '', RUSSIAN_VERSION].join('\n');
    const english = ['The General Assembly,', '', '*Recalling* its resolution 70/1,', '', ENGLISH_SHORT_VERSION].join('\n');
    const differences = compare(english, russian);
    assert.deepEqual(
      differences.map((d) => d.kind),
      ['paragraph'],
    );
    assert.match(differences[0].sides[1].message, /^No preamble was read in this version: it has no opening line unres reads in Russian, so the preambular paragraph of the English version is not compared\.$/);
  });

  it('reports a renumbered operative paragraph and a changed document symbol', () => {
    const french = changed(changed(FRENCH_VERSION, '4. *Prie*', '5. *Prie*'), "Point 26 de l'ordre du jour", "Point 26 de l'ordre du jour\n\nA/C.3/81/L.12");
    const english = changed(ENGLISH_VERSION, 'Agenda item 26', 'Agenda item 26\n\nA/C.3/81/L.21');
    const differences = compare(english, french);
    assert.deepEqual(
      differences.map((d) => d.kind),
      ['symbol', 'numbering'],
    );
    assert.match(differences[0].sides[0].message, /^The document symbol “A\/C\.3\/81\/L\.21” is “A\/C\.3\/81\/L\.12” in the French version\.$/);
  });

  it('leaves alone the paragraphs of the longer version that make the pairs most alike, and no others', () => {
    // Five paragraphs against four, the third without a counterpart: only it is left alone.
    const first = ['a', 'b', 'x', 'c', 'd'];
    const second = ['a', 'b', 'c', 'd'];
    const alike = (i: number, j: number) => (first[i] === second[j] ? 1 : 0.2);
    assert.deepEqual(alignInOrder(5, 4, alike), { pairs: [[0, 0], [1, 1], [3, 2], [4, 3]], onlyFirst: [2], onlySecond: [] });
    assert.deepEqual(alignInOrder(4, 5, (i, j) => alike(j, i)), { pairs: [[0, 0], [1, 1], [2, 3], [3, 4]], onlyFirst: [], onlySecond: [2] });
    // Lists of one length are paired one to one, however unlike.
    assert.deepEqual(alignInOrder(2, 2, () => 0).pairs, [[0, 0], [1, 1]]);
    assert.deepEqual(alignInOrder(0, 3, () => 1), { pairs: [], onlyFirst: [], onlySecond: [0, 1, 2] });
  });

  it('compares versions damaged by deleted, repeated and swapped blocks without throwing, every range inside its text', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(fc.constantFrom(FRENCH_VERSION, SPANISH_VERSION, CHINESE_VERSION, ARABIC_VERSION), fc.array(damage, { minLength: 1, maxLength: 4 }), (version, damages) => {
        const damaged = damages.reduce(damageText, version);
        const english = version === CHINESE_VERSION || version === ARABIC_VERSION ? ENGLISH_SHORT_VERSION : ENGLISH_VERSION;
        for (const [first, second] of [[english, damaged], [damaged, english]]) {
          for (const difference of compare(first, second)) {
            difference.sides.forEach((side, index) => {
              const length = (index === 0 ? first : second).length;
              assert.ok(side.span.start >= 0 && side.span.start <= side.span.end && side.span.end <= length, `${difference.kind}: ${side.message}`);
              if (side.words) assert.ok(side.words.start >= side.span.start && side.words.end <= side.span.end, `${difference.kind}: its words lie in its paragraph`);
              assert.notEqual(side.message, '');
            });
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
