import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { collectInputs } from '../../server/src/cli/inputs';
import { lint, type Finding } from '../../server/src/core';
import { OFFICIAL, officialFiles } from '../support/officialTexts';
import { OFFICIAL_FINDINGS, OFFICIAL_PARSE_PROBLEMS } from './officialFindings';

/**
 * The 579 official General Assembly texts of ../shared/official (adopted resolutions, drafts,
 * amendments, decisions, texts in sections and parts, annexed declarations, budget resolutions):
 * `unres lint` reads every one, and the warnings and errors it raises are only those written down
 * in officialFindings.ts, each a real defect of the text or a known limit, with its reason.
 */

/** The most warnings and errors a text that the issue allows: adopted texts are edited and published. */
const MAX_PER_ADOPTED = 0.1;
const MAX_PER_DRAFT = 0.5;

const isAdopted = (file: string): boolean => /^a-res-/.test(path.basename(file));
const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;
const lineText = (text: string, line: number): string => text.split(/\r?\n/)[line - 1] ?? '';

interface SeenFinding {
  readonly file: string;
  readonly rule: string;
  readonly line: number;
  readonly message: string;
}

describe('corpus: the official texts of ../shared/official', function () {
  const files = officialFiles();
  if (files.length === 0) return;
  const texts = new Map(files.map((f) => [f, fs.readFileSync(path.join(OFFICIAL, f), 'utf8')]));
  const seen: SeenFinding[] = [];
  const parseProblems: string[] = [];
  let collected: Awaited<ReturnType<typeof collectInputs>>;

  before(async function () {
    this.timeout(60000);
    // The folder walk of `unres lint`: it decides which files are checked and which are refused.
    collected = await collectInputs([OFFICIAL]);
    for (const input of collected.inputs) {
      const file = path.basename(input.file);
      let findings: Finding[];
      try {
        findings = lint(input.model);
      } catch (error) {
        assert.fail(`lint threw on ${file}: ${(error as Error).stack}`);
      }
      for (const f of findings) {
        const line = lineOf(input.text, f.span.start);
        if (f.ruleId === 'UNR000') parseProblems.push(`${file}:${line} ${f.message}`);
        if (f.severity === 'warning' || f.severity === 'error') seen.push({ file, rule: f.ruleId, line, message: f.message });
      }
    }
  });

  it('reads every text: none refused, none throws (the README is skipped as it is not a UN text)', () => {
    assert.equal(files.length, 579);
    assert.deepEqual(collected.errors.map((e) => e.message), []);
    assert.deepEqual(collected.inputs.map((i) => path.basename(i.file)).sort(), files);
  });

  it('lists the parse problems (UNR000) it finds: exactly those written down, each with its reason', () => {
    // Information only: text the parser cannot place is shown, never a reason to refuse the file.
    const key = (f: { file: string; line: number }): string => `${f.file}:${f.line}`;
    assert.deepEqual(parseProblems.map((p) => p.split(' ')[0]).sort(), OFFICIAL_PARSE_PROBLEMS.map(key).sort());
    for (const expected of OFFICIAL_PARSE_PROBLEMS) {
      assert.ok(lineText(texts.get(expected.file) ?? '', expected.line).includes(expected.quote), `${key(expected)} does not hold "${expected.quote}"`);
    }
  });

  it(`raises at most ${MAX_PER_ADOPTED} warnings and errors per adopted resolution and ${MAX_PER_DRAFT} per draft`, () => {
    const adopted = files.filter(isAdopted);
    const drafts = files.filter((f) => !isAdopted(f));
    const onAdopted = seen.filter((s) => isAdopted(s.file)).length;
    const onDrafts = seen.length - onAdopted;
    console.log(`      adopted: ${onAdopted} on ${adopted.length} texts (${(onAdopted / adopted.length).toFixed(3)}); drafts: ${onDrafts} on ${drafts.length} texts (${(onDrafts / drafts.length).toFixed(3)})`);
    assert.ok(onAdopted / adopted.length <= MAX_PER_ADOPTED, `${onAdopted} warnings and errors on ${adopted.length} adopted resolutions`);
    assert.ok(onDrafts / drafts.length <= MAX_PER_DRAFT, `${onDrafts} warnings and errors on ${drafts.length} drafts`);
  });

  it('raises exactly the findings written down, each a real defect or a known limit of unres', () => {
    const key = (f: { file: string; rule: string; line: number }): string => `${f.file}:${f.line} ${f.rule}`;
    const unexpected = seen.filter((s) => !OFFICIAL_FINDINGS.some((e) => key(e) === key(s))).map((s) => `${key(s)} ${s.message}`);
    const missing = OFFICIAL_FINDINGS.filter((e) => !seen.some((s) => key(e) === key(s))).map(key);
    assert.deepEqual({ unexpected, missing }, { unexpected: [], missing: [] });
  });

  it('each finding written down quotes the words of its line and says why', () => {
    for (const expected of OFFICIAL_FINDINGS) {
      const text = texts.get(expected.file);
      assert.ok(text, `${expected.file} is not in ../shared/official`);
      assert.ok(lineText(text, expected.line).includes(expected.quote), `${expected.file}:${expected.line} does not hold "${expected.quote}"`);
      assert.ok(expected.why.length > 20, `${expected.file}:${expected.line}: say why`);
    }
  });
});
