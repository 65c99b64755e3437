import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { completionsAt, foldingRegions, parseResolution, selectionSpans, semanticTokens } from '../../server/src/core';

const SHARED = path.resolve(__dirname, '../../../../shared');

/** The opening phrases of real operative paragraphs that completion does not offer at their place, and why. */
const NOT_OFFERED = [
  // An intensifier before the attitude: the vocabulary has it, completion offers the plain forms.
  'corpus/13-a-res-78-220.md 11 Expresses serious concern',
  'corpus/13-a-res-78-220.md 16 Expresses serious concern',
  'corpus/13-a-res-78-220.md 17 Also expresses serious concern',
  'corpus/13-a-res-78-220.md 20 Expresses serious concern',
  'corpus/13-a-res-78-220.md 26 Expresses serious concern',
  'corpus/16-a-c-3-80-l-42.md 7 Emphasizes its utmost concern',
  'samples/000_c722eb807ecbd0fb.txt 21 Expresses deep concern',
  // An adverb of force before the verb.
  'corpus/13-a-res-78-220.md 21 Strongly urges',
  'corpus/13-a-res-78-220.md 33 Strongly encourages',
  'corpus/14-a-c-3-80-l-20.md 37 Strongly condemns',
  'corpus/14-a-c-3-80-l-20.md 38 Strongly encourages',
  'samples/001_a325fd547149db90.txt 34 Strongly urges',
  // A repetition after the verb, and "Also" before a phrase not used before in that form.
  'corpus/18-a-c-1-80-l-40.md 4 Encourages once again',
  'samples/000_c722eb807ecbd0fb.txt 5 Also recalls its decision',
];

/** A trailing particle that official texts italicise either way ("*Takes note of*"). */
const withoutParticle = (phrase: string): string => phrase.toLowerCase().replace(/ (?:of|to|with|by)$/, '');

/**
 * Completion, semantic tokens, folding and selection on the real texts of ../shared: at the start
 * of each real operative paragraph (the text cut there, as a drafter would have it), completion
 * offers the number the paragraph has and, but for the cases above, the phrase it opens with.
 */
describe('writing help on the real texts', function () {
  const files = fs.existsSync(SHARED)
    ? ['samples', 'corpus'].flatMap((dir) => fs.readdirSync(path.join(SHARED, dir)).filter((f) => f !== 'README.md').map((f) => `${dir}/${f}`))
    : [];

  before(function () {
    if (files.length === 0) {
      if (process.env.CI) assert.fail(`${SHARED} is missing`);
      this.skip();
    }
  });

  it('offers each operative paragraph its number, and its opening phrase but for the known cases', () => {
    let paragraphs = 0;
    const notOffered: string[] = [];
    for (const file of files) {
      const text = fs.readFileSync(path.join(SHARED, file), 'utf8');
      for (const p of parseResolution(text).operative) {
        if (!p.number || p.index === 0) continue;
        paragraphs++;
        const cut = text.slice(0, p.span.start);
        const items = completionsAt(parseResolution(cut), cut.length);
        assert.equal(items.find((i) => i.kind === 'paragraphNumber')?.newText, `${p.number.value}. `, `${file} paragraph ${p.number.text}`);
        if (p.opener?.vocabulary !== 'operative') continue;
        const offered = items.filter((i) => i.kind === 'operativePhrase').map((i) => withoutParticle(i.label));
        if (!offered.includes(withoutParticle(p.opener.text))) notOffered.push(`${file} ${p.number.text} ${p.opener.text}`);
      }
    }
    assert.equal(paragraphs, 457);
    assert.deepEqual(notOffered.sort(), [...NOT_OFFERED].sort());
  });

  it('gives well-formed tokens, folds and selections', () => {
    for (const file of files) {
      const text = fs.readFileSync(path.join(SHARED, file), 'utf8');
      const doc = parseResolution(text);
      const tokens = semanticTokens(doc);
      tokens.forEach((t, i) => assert.ok(i === 0 || tokens[i - 1].span.end <= t.span.start, `${file}: tokens overlap`));
      assert.equal(
        tokens.filter((t) => t.type === 'operativeOpener').length,
        doc.operative.filter((p) => p.opener?.vocabulary === 'operative').length,
        `${file}: a token for each operative verb`,
      );
      const folds = foldingRegions(doc);
      for (const [i, f] of folds.entries()) {
        assert.ok(f.endLine > f.startLine, `${file}: fold ${JSON.stringify(f)}`);
        // Regions nest or stand apart; none starts inside another and ends outside it.
        for (const g of folds.slice(i + 1)) assert.ok(g.startLine > f.startLine && (g.startLine > f.endLine || g.endLine <= f.endLine), `${file}: ${JSON.stringify(f)} and ${JSON.stringify(g)}`);
      }
      for (const p of doc.operative) {
        const spans = selectionSpans(doc, p.content.start);
        spans.forEach((s, i) => assert.ok(i === 0 || (spans[i - 1].start >= s.start && spans[i - 1].end <= s.end), `${file}: selection spans nest`));
        assert.deepEqual(spans[spans.length - 1], { start: 0, end: text.length });
      }
    }
  });
});
