import * as assert from 'node:assert/strict';
import { changed, CHINESE_VERSION, ENGLISH_SHORT_VERSION, ENGLISH_VERSION, FRENCH_VERSION, RUSSIAN_VERSION, SPANISH_VERSION } from '../support/languageVersions';
import { TempFolder } from '../support/tempFolder';
import { runUnres } from './runUnres';

interface JsonComparison {
  versions: Array<{ file: string; language: string; preambular: number; operative: number }>;
  differences: Array<{ kind: string; sides: Array<{ file: string; range: { start: { line: number; character: number } }; wordsRange?: { start: { line: number; character: number } }; message: string }> }>;
}

/** The 0-based line of the first line of `text` that contains `words`. */
function lineOf(text: string, words: string): number {
  const line = text.split('\n').findIndex((l) => l.includes(words));
  assert.ok(line >= 0, `not in the draft: ${words}`);
  return line;
}

describe('unres compare', function () {
  this.timeout(60000);
  let folder: TempFolder;
  beforeEach(() => {
    folder = new TempFolder('unres-compare-');
  });
  afterEach(() => folder.remove());

  it('exits 0 and says so when two versions correspond, in English, French, Spanish, Russian and Chinese', () => {
    folder.write('older-persons.en.unres', ENGLISH_VERSION);
    folder.write('older-persons.fr.unres', FRENCH_VERSION);
    folder.write('older-persons.es.md', SPANISH_VERSION);
    folder.write('water.ru.unres', RUSSIAN_VERSION);
    folder.write('water.zh.unres', CHINESE_VERSION);
    const run = runUnres(['compare', 'older-persons.en.unres', 'older-persons.fr.unres'], folder.path);
    assert.equal(run.stderr, '');
    assert.equal(run.stdout, 'older-persons.en.unres (English) and older-persons.fr.unres (French) correspond: 4 preambular and 4 operative paragraphs each.\n');
    assert.equal(run.status, 0);
    assert.equal(runUnres(['compare', 'older-persons.fr.unres', 'older-persons.es.md'], folder.path).status, 0);
    const other = runUnres(['compare', 'water.ru.unres', 'water.zh.unres'], folder.path);
    assert.equal(other.stdout, 'water.ru.unres (Russian) and water.zh.unres (Chinese) correspond: 0 preambular and 2 operative paragraphs each.\n');
    assert.equal(other.status, 0);
  });

  it('lists each difference at file:line:col in both files and exits 1', () => {
    folder.write('en.unres', ENGLISH_VERSION);
    let spanish = changed(SPANISH_VERSION, '*Reafirmando* el Pacto Internacional de Derechos Económicos, Sociales y Culturales¹,\n\n', '');
    spanish = changed(spanish, 'personas de 80 años', 'personas de 75 años');
    folder.write('es.unres', spanish);
    const run = runUnres(['compare', 'en.unres', 'es.unres'], folder.path);
    assert.equal(run.status, 1);
    const reaffirming = lineOf(ENGLISH_VERSION, '*Reaffirming*') + 1;
    const recordando = lineOf(spanish, '*Recordando*') + 1;
    const calls = lineOf(ENGLISH_VERSION, '*Calls upon*') + 1;
    const exhorta = lineOf(spanish, '*Exhorta*') + 1;
    const column = (text: string, words: string): number => text.split('\n')[lineOf(text, words)].indexOf(words) + 1;
    assert.equal(
      run.stdout,
      [
        `en.unres:${reaffirming}:1 paragraph Preambular paragraph 2 (“Reaffirming the International Covenant on Economic, Social and …”) has no counterpart in the Spanish version. This version has 4 preambular paragraphs, the Spanish version 3.`,
        `es.unres:${recordando}:1 paragraph The English version has preambular paragraph 2 (“Reaffirming the International Covenant on Economic, Social and …”), which this version lacks after preambular paragraph 1. This version has 3 preambular paragraphs, the English version 4.`,
        '',
        `en.unres:${calls}:${column(ENGLISH_VERSION, '80 years')} number Operative paragraph 2: the number “80” is “75” in the Spanish version.`,
        `es.unres:${exhorta}:${column(spanish, '75 años')} number Operative paragraph 2: the number “75” is “80” in the English version.`,
        '',
        '2 differences between en.unres (English), 4 preambular and 4 operative paragraphs, and es.unres (Spanish), 3 preambular and 4 operative paragraphs.',
        '',
      ].join('\n'),
    );
  });

  it('gives the differences as JSON with the range of the paragraph in each file', () => {
    folder.write('en.unres', ENGLISH_SHORT_VERSION);
    const chinese = changed(CHINESE_VERSION, '¹，并请', '，并请');
    folder.write('zh.unres', changed(chinese, '会员国让农村妇女', '会员国让农村妇女¹'));
    const run = runUnres(['compare', '--format', 'json', 'en.unres', 'zh.unres'], folder.path);
    assert.equal(run.status, 1);
    const result = JSON.parse(run.stdout) as JsonComparison;
    assert.deepEqual(result.versions, [
      { file: 'en.unres', language: 'en', preambular: 0, operative: 2 },
      { file: 'zh.unres', language: 'zh', preambular: 0, operative: 2 },
    ]);
    assert.deepEqual(
      result.differences.map((d) => [d.kind, d.sides.map((side) => [side.file, side.range.start.line])]),
      [
        [
          'footnote',
          [
            ['en.unres', lineOf(ENGLISH_SHORT_VERSION, '2. *Recalls*')],
            ['zh.unres', 0],
          ],
        ],
      ],
    );
    assert.match(result.differences[0].sides[1].message, /^Footnote 1 is marked in operative paragraph 1 here, and in operative paragraph 2 in the English version\.$/);
  });

  it('reads a Word version and exits 2 on a file that is missing or not a resolution', () => {
    folder.write('en.unres', ENGLISH_VERSION);
    folder.write('fr.unres', FRENCH_VERSION);
    assert.equal(runUnres(['export', '--to', 'docx', 'fr.unres'], folder.path).status, 0);
    const word = runUnres(['compare', 'en.unres', 'fr.docx'], folder.path);
    assert.equal(word.stderr, '');
    assert.equal(word.stdout, 'en.unres (English) and fr.docx (French) correspond: 4 preambular and 4 operative paragraphs each.\n');
    assert.equal(word.status, 0);

    const missing = runUnres(['compare', 'en.unres', 'gone.unres'], folder.path);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /^unres: gone\.unres: /);
    assert.equal(missing.stdout, '');
    folder.write('notes.md', '# Notes of the informal consultations\n\nThe facilitator will circulate a revised text on Friday.\n');
    const notes = runUnres(['compare', 'notes.md', 'en.unres'], folder.path);
    assert.equal(notes.status, 2);
    assert.match(notes.stderr, /^unres: notes\.md: not a resolution/);
    const one = runUnres(['compare', 'en.unres'], folder.path);
    assert.equal(one.status, 2);
    assert.match(one.stderr, /needs two files/);
    assert.equal(runUnres(['compare', '--format', 'sarif', 'en.unres', 'fr.unres'], folder.path).status, 2);
    assert.match(runUnres(['compare', '--help'], folder.path).stdout, /^Usage: unres compare \[--format text\|json\] FILE1 FILE2/);
  });
});
