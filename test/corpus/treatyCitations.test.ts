import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LineIndex, lint, parseResolution, type TreatySeriesCitation } from '../../server/src/core';

const SHARED = path.resolve(__dirname, '../../../../shared');

/** The real texts: the two samples and the twenty-five official texts. */
export function realTexts(): string[] {
  return [
    ...fs.readdirSync(path.join(SHARED, 'samples')).filter((f) => f.endsWith('.txt')).map((f) => `samples/${f}`),
    ...fs.readdirSync(path.join(SHARED, 'corpus')).filter((f) => /^\d\d-.*\.md$/.test(f)).map((f) => `corpus/${f}`),
  ];
}

/**
 * Footnotes whose treaty UNR030 cannot know, by file and citation: a plural ("the Optional
 * Protocols thereto", three treaties under one number) and an amendment named only as "its
 * amended article 1" or "its amended version".
 */
const UNCHECKED = [
  'samples/001_a325fd547149db90.txt: United Nations, *Treaty Series*, vols. 2171, 2173 and 2983, No. 27531',
  'corpus/14-a-c-3-80-l-20.md: Ibid., vols. 2171, 2173 and 2983, No. 27531',
  'corpus/19-a-c-1-80-l-29.md: Ibid., vol. 2260, No. 22495',
  'corpus/19-a-c-1-80-l-29.md: Ibid., vol. 2048, No. 22495',
];

describe('UNR030 on the real texts', function () {
  this.timeout(120000);
  if (!fs.existsSync(SHARED)) {
    it(`cannot run: ${SHARED} does not exist`, function () {
      if (process.env.CI) assert.fail(`${SHARED} is missing`);
      this.skip();
    });
    return;
  }

  it('draws no citation warning on any of the 27 texts', () => {
    const files = realTexts();
    assert.equal(files.length, 27);
    for (const file of files) {
      const found = lint(parseResolution(fs.readFileSync(path.join(SHARED, file), 'utf8'))).filter((f) => f.ruleId === 'UNR030');
      assert.deepEqual(found.map((f) => f.message), [], file);
    }
  });

  it('finds a wrong registration number put into each Treaty Series footnote, at its line, but for the four it cannot attach', () => {
    let checked = 0;
    const unchecked: string[] = [];
    for (const file of realTexts()) {
      const text = fs.readFileSync(path.join(SHARED, file), 'utf8');
      const citations = parseResolution(text).citations.filter((c): c is TreatySeriesCitation => c.kind === 'treatySeries' && c.registrationNumber !== undefined);
      for (const citation of citations) {
        const cited = text.slice(citation.span.start, citation.span.end);
        const wrong = cited.replace(/No\. (\d+)/, (_, n: string) => `No. ${Number(n) + 1}`);
        const edited = text.slice(0, citation.span.start) + wrong + text.slice(citation.span.end);
        const found = lint(parseResolution(edited)).filter((f) => f.ruleId === 'UNR030');
        if (found.length === 0) {
          unchecked.push(`${file}: ${cited}`);
          continue;
        }
        assert.equal(found.length, 1, `${file}: ${cited}`);
        const lines = new LineIndex(edited);
        assert.equal(lines.positionAt(found[0].span.start).line, lines.positionAt(citation.span.start).line, `${file}: ${cited}`);
        checked++;
      }
    }
    assert.deepEqual(unchecked, UNCHECKED);
    assert.equal(checked, 78);
  });
});
