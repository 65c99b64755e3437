import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { resolveRule, RULES } from '../../server/src/core';

const REPO = path.resolve(__dirname, '../../..');

describe('rule registry', () => {
  it('has unique ids and aliases, and a documentation page for every rule', () => {
    const ids = RULES.map((r) => r.id);
    const aliases = RULES.map((r) => r.alias);
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(new Set(aliases).size, aliases.length);
    for (const rule of RULES) {
      const doc = path.join(REPO, 'docs', 'rules', `${rule.id}.md`);
      assert.ok(fs.existsSync(doc), `${doc} exists`);
      assert.match(fs.readFileSync(doc, 'utf8'), new RegExp(`^# ${rule.id} ${rule.alias}`), `${rule.id}.md starts with its id and alias`);
    }
  });

  it('lists every rule in the README table with its alias, tags, severity and fixability', () => {
    const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
    for (const rule of RULES) {
      const row = `| [${rule.id}](docs/rules/${rule.id}.md) | ${rule.alias} | ${rule.tags.join(', ')} | ${rule.defaultSeverity} |${rule.fixable ? ' yes ' : ' '}|`;
      assert.ok(readme.includes(row), `README row: ${row}`);
    }
  });

  it('configures a rule by tag, alias or id, the most specific key winning', () => {
    const rule = RULES.find((r) => r.id === 'UNR001')!;
    assert.equal(resolveRule(rule, {}).severity, 'error');
    assert.equal(resolveRule(rule, { numbering: 'warning' }).severity, 'warning');
    assert.equal(resolveRule(rule, { numbering: 'warning', 'operative-numbering': 'hint' }).severity, 'hint');
    assert.equal(resolveRule(rule, { 'operative-numbering': 'hint', UNR001: 'off' }).severity, 'off');
    assert.equal(resolveRule(rule, { UNR001: { severity: 'information' } }).severity, 'information');
  });
});
