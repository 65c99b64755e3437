import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../server/src/core';
import { REPO_ROOT } from '../support/paths';

const RULE_SOURCES = path.join(REPO_ROOT, 'server', 'src', 'core', 'rules');
const RULE_TESTS = path.join(REPO_ROOT, 'test', 'rules');

/** The base name of a rule's source file, which its test file shares: "UNR001-operative-numbering". */
const baseName = (rule: { id: string; alias: string }): string => `${rule.id}-${rule.alias}`;

/** The test file's code without its comments, so that a call written in a comment does not count. */
function codeOf(file: string): string {
  return fs
    .readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
}

/**
 * Calls that apply a fix and give the text after it: the core's own, and the helpers of
 * test/support/ruleFindings.ts and italicExtents.ts, which call `applyEdits` on the first fixes.
 */
const APPLIES_A_FIX = /\b(?:applyEdits|fixText|fixAll|assertFixedTo|assertItalicsFixedTo)\(/;

describe('rule tests', () => {
  it('name each rule source file after the rule it holds, and every rule has one', () => {
    const sources = fs.readdirSync(RULE_SOURCES).filter((name) => /^UNR\d{3}-/.test(name)).map((name) => name.replace(/\.ts$/, ''));
    assert.deepEqual(sources.sort(), RULES.map(baseName).sort());
  });

  for (const rule of RULES) {
    const file = path.join(RULE_TESTS, `${baseName(rule)}.test.ts`);

    it(`test ${rule.id} in test/rules/${baseName(rule)}.test.ts, on its own findings`, () => {
      assert.ok(fs.existsSync(file), `${rule.id} has no test file ${path.relative(REPO_ROOT, file)}`);
      assert.ok(codeOf(file).includes(`'${rule.id}'`), `${path.relative(REPO_ROOT, file)} never names '${rule.id}'`);
    });

    if (rule.fixable) {
      it(`apply a fix of ${rule.id}, which declares itself fixable`, () => {
        assert.ok(fs.existsSync(file), `${rule.id} has no test file`);
        assert.match(codeOf(file), APPLIES_A_FIX, `${path.relative(REPO_ROOT, file)} never applies a fix of ${rule.id}`);
      });
    }
  }

  it('hold no test file for a rule that does not exist', () => {
    const known = new Set(RULES.map((rule) => `${baseName(rule)}.test.ts`));
    const strays = fs.readdirSync(RULE_TESTS).filter((name) => /^UNR\d{3}/.test(name) && !known.has(name));
    assert.deepEqual(strays, []);
  });
});
