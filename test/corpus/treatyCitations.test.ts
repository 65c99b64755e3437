import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BUNDLED_TREATY_TABLE, LineIndex, lint, parseResolution, treatiesByUnts, treatyFootnotes, treatyHover, treatyMentions, untsCitation, type TreatySeriesCitation } from '../../server/src/core';

const SHARED = path.resolve(__dirname, '../../../../shared');

/** The real texts: the two samples and the twenty-five official texts. */
export function realTexts(): string[] {
  return [
    ...fs.readdirSync(path.join(SHARED, 'samples')).filter((f) => f.endsWith('.txt')).map((f) => `samples/${f}`),
    ...fs.readdirSync(path.join(SHARED, 'corpus')).filter((f) => /^\d\d-.*\.md$/.test(f)).map((f) => `corpus/${f}`),
  ];
}

/**
 * Why a Treaty Series footnote goes unchecked: its mark stands at no treaty of the table (a plural,
 * a treaty outside the table), or at one the table has no citation for.
 */
function uncheckable(doc: ReturnType<typeof parseResolution>, citation: TreatySeriesCitation): string | undefined {
  const footnote = treatyFootnotes(doc, BUNDLED_TREATY_TABLE).find((f) => f.definition.content.start <= citation.span.start && citation.span.end <= f.definition.content.end);
  if (!footnote) return 'not a treaty footnote';
  if (!footnote.mention) return footnote.reason;
  // "… supplementing the Convention …,³": the footnote may cite the instrument, whose citation the table may lack.
  if (/\b(?:to|supplementing|additional\s+to)\s+the\s+$/.test(doc.text.slice(Math.max(0, footnote.mention.span.start - 40), footnote.mention.span.start))) return 'the mark ends the name of an instrument of the treaty named';
  return untsCitation(footnote.mention.treaty) === undefined ? 'no citation in the table' : undefined;
}

/** Why the Treaty Series footnotes of the 27 texts that UNR030 cannot check are left: by the build report's reasons. */
const UNCHECKED: Record<string, number> = { 'name not in the table': 9, 'no treaty name at the mark': 1, 'the mark ends the name of an instrument of the treaty named': 3, plural: 1 };
const CHECKED = 68;
const NAMED_TREATIES = 48;
const MENTIONS = 231;
const CITED_TREATIES = 40;

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

  it('finds a wrong registration number put into each Treaty Series footnote whose treaty the table knows, at its line', () => {
    let checked = 0;
    const unchecked = new Map<string, number>();
    for (const file of realTexts()) {
      const text = fs.readFileSync(path.join(SHARED, file), 'utf8');
      const citations = parseResolution(text).citations.filter((c): c is TreatySeriesCitation => c.kind === 'treatySeries' && c.registrationNumber !== undefined);
      for (const citation of citations) {
        const cited = text.slice(citation.span.start, citation.span.end);
        const wrong = cited.replace(/No\. (\d+)/, (_, n: string) => `No. ${Number(n) + 1}`);
        const edited = text.slice(0, citation.span.start) + wrong + text.slice(citation.span.end);
        const found = lint(parseResolution(edited)).filter((f) => f.ruleId === 'UNR030');
        if (found.length === 0) {
          const why = uncheckable(parseResolution(text), citation);
          assert.ok(why !== undefined, `${file}: ${cited} is not checked`);
          unchecked.set(why, (unchecked.get(why) ?? 0) + 1);
          continue;
        }
        assert.equal(found.length, 1, `${file}: ${cited}`);
        const lines = new LineIndex(edited);
        assert.equal(lines.positionAt(found[0].span.start).line, lines.positionAt(citation.span.start).line, `${file}: ${cited}`);
        checked++;
      }
    }
    assert.deepEqual(Object.fromEntries(unchecked), UNCHECKED);
    assert.equal(checked, CHECKED);
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
    assert.equal(treaties.size, NAMED_TREATIES);
    assert.equal(mentions, MENTIONS);
  });

  it('names the treaty of every Treaty Series citation in their footnotes that the table has', () => {
    let citations = 0;
    const cited = new Set<string>();
    for (const file of realTexts()) {
      const text = fs.readFileSync(path.join(SHARED, file), 'utf8');
      const doc = parseResolution(text);
      for (const citation of doc.citations.filter((c): c is TreatySeriesCitation => c.kind === 'treatySeries' && c.registrationNumber !== undefined)) {
        const hover = treatyHover(doc, citation.span.start + 1);
        assert.ok(hover, `${file}: ${text.slice(citation.span.start, citation.span.end)}`);
        assert.match(hover.markdown, /^United Nations, \*Treaty Series\*, vols?\. [\d, and]+, No\. \d+( is the | is registered for \d treaties in the table|: no treaty in the table has this volume and number\.$)/, `${file}: ${hover.markdown.slice(0, 120)}`);
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
    assert.equal(cited.size, CITED_TREATIES);
  });
});
