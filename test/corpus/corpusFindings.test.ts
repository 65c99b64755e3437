import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits, fixText, lint, parseResolution, type Finding, type Paragraph, type ResolutionDocument } from '../../server/src/core';

/**
 * The drafting-convention rules on the real documents in ../shared: the warnings and errors they
 * raise on the official texts (each one a UN editor would agree with), and the mistakes they
 * find when a real text is broken on purpose, at the right line, with a fix that undoes it.
 */
const SHARED = path.resolve(__dirname, '../../../../shared');

const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

function realTexts(): string[] {
  const samples = fs.readdirSync(path.join(SHARED, 'samples')).filter((f) => f.endsWith('.txt')).map((f) => `samples/${f}`);
  const corpus = fs.readdirSync(path.join(SHARED, 'corpus')).filter((f) => /^\d\d-.*\.md$/.test(f)).map((f) => `corpus/${f}`);
  return [...samples, ...corpus].sort();
}

/** The warnings and errors expected on the real texts: file, rule, line. */
const EXPECTED_WARNINGS: ReadonlyArray<[string, string, number]> = [
  // Sample 000 was converted with paragraphs 1 to 7 wholly italic and paragraph 8 italic past its verb.
  ['samples/000_c722eb807ecbd0fb.txt', 'UNR004', 210],
  ['samples/000_c722eb807ecbd0fb.txt', 'UNR004', 212],
  ['samples/000_c722eb807ecbd0fb.txt', 'UNR004', 214],
  ['samples/000_c722eb807ecbd0fb.txt', 'UNR004', 216],
  ['samples/000_c722eb807ecbd0fb.txt', 'UNR004', 218],
  ['samples/000_c722eb807ecbd0fb.txt', 'UNR004', 220],
  ['samples/000_c722eb807ecbd0fb.txt', 'UNR004', 222],
  ['samples/000_c722eb807ecbd0fb.txt', 'UNR004', 224],
  // Sample 001 writes "Ibid." in roman in footnotes 8 and 39 and in italics in the other fourteen.
  ['samples/001_a325fd547149db90.txt', 'UNR025', 59],
  ['samples/001_a325fd547149db90.txt', 'UNR025', 291],
];

function replaceAt(text: string, start: number, end: number, by: string): string {
  return text.slice(0, start) + by + text.slice(end);
}

/** Where two long texts first differ, with a little context, for a readable failure message. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i === a.length && i === b.length ? 'the same' : `"${a.slice(Math.max(0, i - 30), i + 30)}" / "${b.slice(Math.max(0, i - 30), i + 30)}"`;
}

function applyFirstFix(text: string, finding: Finding): string {
  return applyEdits(text, finding.fixes[0].edits).text;
}

describe('corpus: drafting-convention findings on the real documents', function () {
  if (!fs.existsSync(SHARED)) {
    it(`cannot run: ${SHARED} does not exist (the real documents live in ../shared beside the project)`, function () {
      if (process.env.CI) assert.fail(`${SHARED} is missing`);
      this.skip();
    });
    return;
  }

  const texts = new Map(realTexts().map((file) => [file, fs.readFileSync(path.join(SHARED, file), 'utf8')]));

  it('raises on the 27 texts exactly the warnings and errors an editor would agree with', () => {
    assert.equal(texts.size, 27);
    const seen: Array<[string, string, number]> = [];
    for (const [file, text] of texts) {
      for (const f of lint(parseResolution(text))) {
        if (f.severity === 'warning' || f.severity === 'error') seen.push([file, f.ruleId, lineOf(text, f.span.start)]);
      }
    }
    assert.deepEqual(seen, EXPECTED_WARNINGS);
  });

  it('fixing a real text is safe: it keeps the words, and fixing again changes nothing', () => {
    for (const [file, text] of texts) {
      const fixed = fixText(text).text;
      // The fixes of the official texts only move italics, add "also" or "further" and write
      // "Ibid." for a repeated "United Nations, *Treaty Series*".
      const words = (t: string): string =>
        t.replace(/[*\s]/g, '').replace(/also|further/gi, '').toLowerCase().replace(/unitednations,treatyseries|ibid\./g, '');
      assert.ok(words(fixed) === words(text), `${file}: ${firstDifference(words(fixed), words(text))}`);
      const again = fixText(fixed).text;
      assert.ok(again === fixed, `${file}: fixing twice changes nothing: ${firstDifference(again, fixed)}`);
    }
  });

  describe('real texts broken on purpose', () => {
    for (const file of realTexts()) {
      describe(file, () => {
        let text: string;
        let doc: ResolutionDocument;
        before(() => {
          text = texts.get(file)!;
          doc = parseResolution(text);
        });

        it('finds a skipped paragraph number at its line, and renumbering restores the numbers', () => {
          const target = doc.operative[Math.floor(doc.operative.length / 2)];
          if (!target.number) return;
          const broken = replaceAt(text, target.number.span.start, target.number.span.end - 1, String(target.number.value + 1));
          const found = lint(parseResolution(broken)).filter((f) => f.ruleId === 'UNR001');
          assert.ok(found.length >= 1);
          assert.equal(lineOf(broken, found[0].span.start), lineOf(text, target.number.span.start));
          assert.equal(found[0].severity, 'error');
          const fixed = parseResolution(applyFirstFix(broken, found[0]));
          assert.deepEqual(fixed.operative.map((p) => p.number?.text), doc.operative.map((p) => p.number?.text));
        });

        it('finds an operative verb stripped of its italics at its line, and the fix italicizes it again', () => {
          const target = doc.operative.find((p) => p.opener?.italic === 'phrase' && p.opener.italicSpan && p.index > 0);
          if (!target) return;
          const run = target.opener!.italicSpan!;
          const broken = replaceAt(replaceAt(text, run.end, run.end + 1, ''), run.start - 1, run.start, '');
          const found = lint(parseResolution(broken)).filter((f) => f.ruleId === 'UNR004' && lineOf(broken, f.span.start) === lineOf(text, run.start));
          assert.equal(found.length, 1, `UNR004 at line ${lineOf(text, run.start)}`);
          assert.match(found[0].message, /is not in italics/);
          const fixed = applyFirstFix(broken, found[0]);
          assert.equal(fixed.replace(/\*/g, ''), text.replace(/\*/g, ''), 'only italic markers change');
          assert.ok(!lint(parseResolution(fixed)).some((f) => f.ruleId === 'UNR004' && lineOf(fixed, f.span.start) === lineOf(text, run.start)));
        });

        it('finds a misspelt operative verb at its line and offers the right one', () => {
          const target = doc.operative.find((p) => p.opener?.vocabulary === 'operative' && /^[A-Z][a-z]{6,}$/.test(p.opener.text));
          if (!target) return;
          const verb = target.opener!;
          // Drop a letter inside the verb: "Requests" -> "Requsts".
          const at = verb.span.start + 4;
          const broken = replaceAt(text, at, at + 1, '');
          const found = lint(parseResolution(broken)).filter((f) => f.ruleId === 'UNR002');
          assert.equal(found.length, 1, `one UNR002 for "${broken.slice(verb.span.start, verb.span.end - 1)}"`);
          assert.equal(lineOf(broken, found[0].span.start), lineOf(text, verb.span.start));
          const offered = found[0].fixes.find((f) => f.title === `Change to "${verb.text}"`);
          assert.ok(offered, `"${verb.text}" among ${found[0].fixes.map((f) => f.title).join('; ')}`);
          assert.equal(applyEdits(broken, offered.edits).text, text);
        });

        it('finds a preambular comma swapped for a semicolon at its line, and the fix restores the text', () => {
          const target = doc.preamble.find((p: Paragraph) => p.subparagraphs.length === 0 && p.punctuation?.char === ',' && p.index > 0);
          if (!target) return;
          const mark = target.punctuation!.span;
          const broken = replaceAt(text, mark.start, mark.end, ';');
          const found = lint(parseResolution(broken)).filter((f) => f.ruleId === 'UNR008');
          assert.equal(found.length, 1);
          assert.equal(lineOf(broken, found[0].span.start), lineOf(text, mark.start));
          assert.equal(applyFirstFix(broken, found[0]), text);
        });

        it('finds an operative semicolon swapped for a comma, and the last full stop for a semicolon', () => {
          const last = doc.operative[doc.operative.length - 1];
          if (!last.punctuation || last.subparagraphs.length > 0) return;
          const broken = replaceAt(text, last.punctuation.span.start, last.punctuation.span.end, ';');
          const found = lint(parseResolution(broken)).filter((f) => f.ruleId === 'UNR008');
          assert.deepEqual(found.map((f) => lineOf(broken, f.span.start)), [lineOf(text, last.punctuation.span.start)]);
          assert.match(found[0].message, /the last operative paragraph ends with a full stop/);
          assert.equal(applyFirstFix(broken, found[0]), text);
        });
      });
    }
  });
});
