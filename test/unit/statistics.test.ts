import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { documentStatistics, lint, parseResolution } from '../../server/src/core';
import { REPO_ROOT } from '../support/paths';

const REEF_DRAFT = [
  'The General Assembly,',
  '',
  '*Recalling* its resolution 77/161,¹',
  '',
  '*Concerned* that coral reefs are bleaching,',
  '',
  '1. *Urges* Member States:',
  '',
  '(a) To protect reefs;',
  '',
  '(b) To restore mangroves;',
  '',
  '2. *Requests* a report.',
  '',
  '¹ Resolution 77/161.',
  '',
].join('\n');

function statisticsOf(text: string) {
  const doc = parseResolution(text);
  return documentStatistics(doc, lint(doc));
}

describe('document statistics', () => {
  it('counts paragraphs, sub-paragraphs, footnotes and the words of the paragraphs alone', () => {
    // Words: 4 + 6 in the preamble; 3, 3 and 3 in paragraph 1 and its items; 3 in paragraph 2.
    assert.deepEqual(statisticsOf(REEF_DRAFT), {
      preambular: 2,
      operative: 2,
      subparagraphs: 2,
      footnotes: 1,
      words: 22,
      problems: { error: 0, warning: 0, information: 0, hint: 0 },
      language: 'en',
      languageBasis: 'opening-line',
    });
  });

  it('names the language the draft is read in, and what settled it', () => {
    const french = ["L'Assemblée générale,", '', '*Rappelant* sa résolution 79/1,', '', '1. *Prie* le Secrétaire général de lui faire rapport.', ''].join('\n');
    const stats = statisticsOf(french);
    assert.deepEqual([stats.language, stats.languageBasis], ['fr', 'opening-line']);
    const marked = statisticsOf(`<!-- unres-language: es -->\n${REEF_DRAFT}`);
    assert.deepEqual([marked.language, marked.languageBasis], ['es', 'comment']);
  });

  it('counts the problems by severity', () => {
    // Paragraph 2 numbered 3 (an error), "Urgs" (a warning), a footnote mark with no definition (an error).
    const broken = REEF_DRAFT.replace('2. *Requests*', '3. *Requests*').replace('*Urges*', '*Urgs*').replace('bleaching,', 'bleaching,²');
    const stats = statisticsOf(broken);
    const doc = parseResolution(broken);
    const bySeverity = { error: 0, warning: 0, information: 0, hint: 0 };
    for (const finding of lint(doc)) bySeverity[finding.severity]++;
    assert.deepEqual(stats.problems, bySeverity);
    assert.ok(stats.problems.error >= 1 && stats.problems.warning >= 1, JSON.stringify(stats.problems));
    assert.equal(stats.footnotes, 2, 'a number marked but not defined is a footnote too');
    assert.equal(stats.words, 22);
  });

  it('counts the real adopted resolution 78/228 and the revised draft on trafficking in women and girls', () => {
    const samples = path.resolve(REPO_ROOT, '..', 'shared', 'samples');
    const adopted = statisticsOf(fs.readFileSync(path.join(samples, '000_c722eb807ecbd0fb.txt'), 'utf8'));
    assert.deepEqual([adopted.preambular, adopted.operative, adopted.subparagraphs, adopted.footnotes], [48, 33, 6, 34]);
    const draft = statisticsOf(fs.readFileSync(path.join(samples, '001_a325fd547149db90.txt'), 'utf8'));
    assert.deepEqual([draft.preambular, draft.operative, draft.subparagraphs, draft.footnotes], [38, 52, 0, 39]);
  });

  it('counts nothing in a text that is not a resolution, without failing', () => {
    assert.deepEqual(statisticsOf(''), { preambular: 0, operative: 0, subparagraphs: 0, footnotes: 0, words: 0, problems: statisticsOf('').problems, language: 'en', languageBasis: 'default' });
  });
});
