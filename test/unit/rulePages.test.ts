import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixText, lint, parseResolution, RULES, type Rule, type RuleConfig } from '../../server/src/core';

const REPO = path.resolve(__dirname, '../../..');
const SECTIONS = ['## Why', '## Examples', '## Configure or turn off'];

/** The text of the first fenced block after a line, as a drafter would paste it. */
function blockAfter(page: string, heading: string): string | undefined {
  const at = page.indexOf(`\n${heading}\n`);
  if (at < 0) return undefined;
  const match = /```text\n([\s\S]*?)\n```/.exec(page.slice(at));
  return match ? `${match[1]}\n` : undefined;
}

/** Only this rule on, so that a page's example is judged by its own rule. */
function onlyRule(rule: Rule): RuleConfig {
  return Object.fromEntries(RULES.map((r) => [r.id, r === rule ? rule.defaultSeverity : 'off']));
}

function messagesOf(rule: Rule, text: string): string[] {
  return lint(parseResolution(text), onlyRule(rule)).filter((f) => f.ruleId === rule.id).map((f) => f.message);
}

describe('rule pages, written for drafters', () => {
  for (const rule of RULES) {
    describe(`${rule.id} ${rule.alias}`, () => {
      const page = fs.readFileSync(path.join(REPO, 'docs', 'rules', `${rule.id}.md`), 'utf8');

      it('has a summary, then the sections Why, Examples and Configure or turn off, in that order', () => {
        const lines = page.split('\n');
        assert.equal(lines[0], `# ${rule.id} ${rule.alias}`);
        assert.ok(lines[2] && !lines[2].startsWith('#'), 'a summary under the title');
        const positions = SECTIONS.map((s) => lines.indexOf(s));
        assert.ok(positions.every((p) => p > 0), `sections ${SECTIONS.join(', ')}`);
        assert.deepEqual([...positions].sort((a, b) => a - b), positions);
      });

      it('names its default severity and options, and how to turn it off', () => {
        assert.ok(page.includes(`Default severity: **${rule.defaultSeverity}**`), `default severity ${rule.defaultSeverity}`);
        for (const option of rule.options) assert.ok(page.includes(`\`${option.name}\``), `option ${option.name}`);
        if (rule.options.length === 0) assert.match(page, /No options\./);
        for (const comment of [`<!-- unres-disable-next ${rule.id} -->`, `<!-- unres-disable ${rule.id} -->`, `<!-- unres-enable ${rule.id} -->`, `<!-- unres-disable-file ${rule.id} -->`]) {
          assert.ok(page.includes(comment), comment);
        }
        assert.ok(page.includes(`"${rule.alias}"`) && page.includes(`"${rule.id}"`), 'configured by id and alias');
        assert.ok(page.includes(`Disable ${rule.id} for this paragraph`) && page.includes(`Disable ${rule.id} for this file`));
      });

      it('contains no reference a drafter cannot follow', () => {
        assert.doesNotMatch(page, /sample 0\d\d/i);
        assert.doesNotMatch(page, /\b(?:FN|OP|PRE|STR|SP|SC|PUN|REF|ITA|CLO|SYM|SES|DAT|ECO|HDR|NAM)-\d/);
        assert.doesNotMatch(page, /\btest\/|\.ts\b|server\/src|\.\.\/shared|scripts\//);
      });

      it('shows a wrong example the rule reports, with the messages it quotes, and a right one it does not', () => {
        const wrong = blockAfter(page, '### Wrong');
        const right = blockAfter(page, '### Right');
        assert.ok(wrong && right, 'a wrong and a right example in code blocks');
        const found = messagesOf(rule, wrong);
        assert.ok(found.length > 0, `the wrong example is reported by ${rule.id}`);
        assert.deepEqual(messagesOf(rule, right), [], `the right example is not reported by ${rule.id}`);
        const quoted = page.split('\n').filter((line) => line.startsWith('> ')).map((line) => line.slice(2));
        assert.ok(quoted.length > 0, 'quotes what the finding says');
        for (const message of quoted) assert.ok(found.includes(message), `the wrong example is reported with: ${message}\n(found: ${found.join(' | ')})`);
        if (page.includes('turns the wrong example into the right one')) {
          assert.equal(fixText(wrong, onlyRule(rule)).text, right);
        }
      });
    });
  }
});
