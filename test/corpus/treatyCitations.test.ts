import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LineIndex, lint, parseResolution, treatiesByUnts, treatyHover, treatyMentions, untsCitation, type TreatySeriesCitation } from '../../server/src/core';

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

describe('treaty hovers on the real texts', function () {
  this.timeout(120000);
  if (!fs.existsSync(SHARED)) return;

  it('shows, on every treaty named in the 27 texts, its title and its Treaty Series citation or "unknown"', () => {
    const treaties = new Set<string>();
    let mentions = 0;
    for (const file of realTexts()) {
      const doc = parseResolution(fs.readFileSync(path.join(SHARED, file), 'utf8'));
      for (const mention of treatyMentions(doc)) {
        for (const offset of [mention.span.start, mention.parts[mention.parts.length - 1].end - 1]) {
          const hover = treatyHover(doc, offset);
          assert.ok(hover, `${file}: no hover on ${mention.treaty.id}`);
          const citation = untsCitation(mention.treaty);
          assert.ok(hover.markdown.startsWith(`**${mention.treaty.title}**\n`), `${file}: ${hover.markdown.slice(0, 80)}`);
          assert.ok(hover.markdown.includes(`\n- Treaty Series: ${citation ?? 'unknown'}\n`), `${file}: ${mention.treaty.id}`);
        }
        treaties.add(mention.treaty.id);
        mentions++;
      }
    }
    assert.equal(treaties.size, 56);
    assert.equal(mentions, 250);
  });

  it('names the treaty of every Treaty Series citation in their footnotes: all 49 treaties the texts cite', () => {
    let citations = 0;
    const cited = new Set<string>();
    for (const file of realTexts()) {
      const text = fs.readFileSync(path.join(SHARED, file), 'utf8');
      const doc = parseResolution(text);
      for (const citation of doc.citations.filter((c): c is TreatySeriesCitation => c.kind === 'treatySeries' && c.registrationNumber !== undefined)) {
        const hover = treatyHover(doc, citation.span.start + 1);
        assert.ok(hover, `${file}: ${text.slice(citation.span.start, citation.span.end)}`);
        assert.match(hover.markdown, /^United Nations, \*Treaty Series\*, vols?\. [\d, and]+, No\. \d+ (is the |is registered for \d treaties in the table)/, `${file}: ${hover.markdown.slice(0, 120)}`);
        citations++;
        for (const volume of citation.volumes) {
          for (const treaty of treatiesByUnts(volume, citation.registrationNumber!)) {
            assert.ok(hover.markdown.includes(`\n**${treaty.title}**\n`), `${file}: the hover does not show ${treaty.id}`);
            cited.add(treaty.id);
          }
        }
      }
    }
    assert.equal(citations, 82);
    assert.equal(cited.size, 49);
  });
});
