import * as assert from 'node:assert/strict';
import { checkRuleSettings, layerRuleConfigs, lint, parseResolution, readJson, readProjectConfig, resolveRule, RULES, type Rule } from '../../server/src/core';

/** Rules made for these tests, with options of each type the configuration knows. */
const footnoteRule: Rule = {
  id: 'TST001',
  alias: 'footnote-marks',
  description: 'Footnote marks match their footnotes',
  tags: ['footnotes'],
  defaultSeverity: 'warning',
  options: [
    { name: 'maxFootnotes', description: 'How many footnotes a draft may have', default: 40 },
    { name: 'allowIbid', description: 'Whether "Ibid." may repeat a citation', default: true },
  ],
  fixable: false,
  check: () => undefined,
};
const citationRule: Rule = {
  id: 'TST002',
  alias: 'treaty-citations',
  description: 'Treaty Series citations are complete',
  tags: ['footnotes', 'citations'],
  defaultSeverity: 'information',
  options: [{ name: 'style', description: 'Citation style', default: 'editorial-manual' }],
  fixable: false,
  check: () => undefined,
};
const TEST_RULES: readonly Rule[] = [footnoteRule, citationRule];

const messages = (problems: readonly { message: string }[]): string[] => problems.map((p) => p.message);

describe('checkRuleSettings', () => {
  it('accepts ids, aliases and tags with severities, and objects with severity and options', () => {
    const settings = {
      TST001: 'error',
      'treaty-citations': { severity: 'hint', options: { style: 'short' } },
      footnotes: { options: { maxFootnotes: 12, allowIbid: false } },
      citations: 'off',
    };
    const checked = checkRuleSettings(settings, 'rules', TEST_RULES);
    assert.deepEqual(checked.problems, []);
    assert.deepEqual(checked.config, settings);
  });

  it('reports an unknown key, suggesting the name it most likely meant, and ignores it', () => {
    const checked = checkRuleSettings({ 'footnote-mark': 'off', tst002: 'hint', UNR999: 'error', TST001: 'hint' }, 'rules', TEST_RULES);
    assert.deepEqual(messages(checked.problems), [
      'rules.footnote-mark: no rule has this id, alias or tag (did you mean "footnote-marks"?); the entry is ignored',
      'rules.tst002: no rule has this id, alias or tag (did you mean "TST002"?); the entry is ignored',
      'rules.UNR999: no rule has this id, alias or tag (use a rule id such as UNR001, an alias or a tag); the entry is ignored',
    ]);
    assert.deepEqual(checked.config, { TST001: 'hint' });
  });

  it('reports severities that are none, and values of the wrong shape', () => {
    const checked = checkRuleSettings(
      { TST001: 'fatal', TST002: { severity: 'critical', options: { style: 'short' } }, citations: 3, footnotes: ['warning'] },
      'unres.rules',
      TEST_RULES,
    );
    assert.deepEqual(messages(checked.problems), [
      'unres.rules.TST001: "fatal" is not a severity: use off, error, warning, information or hint; the entry is ignored',
      'unres.rules.TST002.severity: "critical" is not a severity: use off, error, warning, information or hint; it is ignored',
      'unres.rules.citations: expected a severity (off, error, warning, information or hint) or an object with "severity" and "options", not a number; the entry is ignored',
      'unres.rules.footnotes: expected a severity (off, error, warning, information or hint) or an object with "severity" and "options", not an array; the entry is ignored',
    ]);
    assert.deepEqual(checked.config, { TST002: { options: { style: 'short' } } }, 'the valid options of an entry with a bad severity still apply');
  });

  it('reports an option the rule does not declare, and a value of another type than its default', () => {
    const checked = checkRuleSettings(
      {
        TST001: { severity: 'error', options: { maxFootnotes: '12', allowIbid: false, numbering: 'roman' }, level: 2 },
        footnotes: { options: { pageLimit: 3 } },
        'treaty-citations': { options: 'short' },
      },
      'rules',
      TEST_RULES,
    );
    assert.deepEqual(messages(checked.problems), [
      'rules.TST001.options.maxFootnotes: expected a number like its default 40, not a string; it is ignored',
      'rules.TST001.options.numbering: TST001 has no option "numbering" (its options: maxFootnotes, allowIbid); it is ignored',
      'rules.TST001.level: an entry has only "severity" and "options"; this field is ignored',
      'rules.footnotes.options.pageLimit: no rule that "footnotes" names has an option "pageLimit" (their options: maxFootnotes, allowIbid, style); it is ignored',
      'rules.treaty-citations.options: expected an object of option values, not a string; the options are ignored',
    ]);
    assert.deepEqual(checked.config, { TST001: { severity: 'error', options: { allowIbid: false } }, footnotes: { options: {} } });
  });

  it('takes a missing setting as empty and rejects one that is not an object', () => {
    assert.deepEqual(checkRuleSettings(undefined, 'unres.rules', TEST_RULES), { config: {}, problems: [] });
    assert.deepEqual(messages(checkRuleSettings('strict', 'unres.rules', TEST_RULES).problems), [
      'unres.rules: expected an object whose keys are rule ids, aliases or tags, not a string; it is ignored',
    ]);
  });

  it('knows the registered rules by id, alias and tag', () => {
    const keys = RULES.flatMap((rule) => [rule.id, rule.alias, ...rule.tags]);
    const checked = checkRuleSettings(Object.fromEntries(keys.map((key) => [key, 'hint'])), 'rules', RULES);
    assert.deepEqual(checked.problems, []);
  });
});

describe('readProjectConfig', () => {
  it('reads the rules of a file, after a byte order mark, with "$schema" allowed', () => {
    const text = '\uFEFF{\n  "$schema": "./node_modules/unres/schemas/unres.schema.json",\n  "rules": { "footnotes": "error", "TST002": { "severity": "off" } }\n}\n';
    assert.deepEqual(readProjectConfig(text, TEST_RULES), { config: { footnotes: 'error', TST002: { severity: 'off' } }, problems: [], usable: true });
  });

  it('gives the line and column of invalid JSON and applies nothing', () => {
    const trailingComma = '{\n  "rules": {\n    "TST001": "error",\n  }\n}\n';
    assert.deepEqual(readProjectConfig(trailingComma, TEST_RULES), {
      config: {},
      problems: [{ message: "invalid JSON at line 3, column 22: a comma before '}' is not allowed in JSON; nothing in the file applies" }],
      usable: false,
    });
    const comment = '{\n  // the Third Committee drafts\n  "rules": {}\n}';
    assert.deepEqual(messages(readProjectConfig(comment, TEST_RULES).problems), ['invalid JSON at line 2, column 3: comments are not allowed in JSON; nothing in the file applies']);
  });

  it('applies the rest of the file when one entry is wrong', () => {
    const text = JSON.stringify({ rules: { TST001: 'loud', TST002: 'hint' }, severity: 'error' });
    const read = readProjectConfig(text, TEST_RULES);
    assert.equal(read.usable, true);
    assert.deepEqual(read.config, { TST002: 'hint' });
    assert.deepEqual(messages(read.problems), [
      'severity: unknown setting (the file has "rules", "vocabulary" and "language"); it is ignored',
      'rules.TST001: "loud" is not a severity: use off, error, warning, information or hint; the entry is ignored',
    ]);
  });

  it('rejects an empty file and a value that is not an object', () => {
    assert.equal(readProjectConfig('  \n', TEST_RULES).usable, false);
    assert.match(readProjectConfig('  \n', TEST_RULES).problems[0].message, /^the file is empty/);
    assert.deepEqual(messages(readProjectConfig('["UNR001"]', TEST_RULES).problems), [
      'expected a JSON object such as { "rules": { "UNR001": "warning" } }, not an array; nothing in the file applies',
    ]);
  });
});

describe('readJson', () => {
  const mistake = (text: string) => {
    const read = readJson(text);
    assert.equal(read.ok, false, `${text} is not JSON`);
    return read.ok ? undefined : [read.offset, read.reason];
  };

  it('returns the value of valid JSON, own "__proto__" keys included', () => {
    const read = readJson('{"__proto__": {"severity": "off"}, "n": -1.5e3}');
    assert.ok(read.ok);
    assert.deepEqual(Object.keys(read.value as object), ['__proto__', 'n']);
  });

  it('places and names the usual mistakes', () => {
    assert.deepEqual(mistake('{"rules": {"UNR001": "error" "UNR003": "off"}}'), [29, "expected ',' or '}' after the property value, found '\"'"]);
    assert.deepEqual(mistake("{'rules': {}}"), [1, "expected a property name in double quotes, found '''"]);
    assert.deepEqual(mistake('{"rules": {"UNR001": error}}'), [21, "expected a value (a string, number, object, array, true, false or null), found 'e'"]);
    assert.deepEqual(mistake('{"rules": ["a",]}'), [14, "a comma before ']' is not allowed in JSON"]);
    assert.deepEqual(mistake('{"rules": "UNR001\n}'), [10, 'this string is never closed on its line']);
    assert.deepEqual(mistake('{"rules": {}'), [12, "expected ',' or '}' after the property value, found the end of the file"]);
    assert.deepEqual(mistake('{} {}'), [3, 'unexpected text after the end of the JSON value']);
    assert.deepEqual(mistake('{"a": "\\x"}'), [7, "'\\x' is not an escape JSON knows"]);
  });
});

describe('layerRuleConfigs', () => {
  it('lets a later layer win even over a more specific key of an earlier one', () => {
    const editorSetting = { TST001: 'off', 'treaty-citations': { severity: 'hint', options: { style: 'short' } } } as const;
    const projectFile = { footnotes: 'error' } as const;
    const layered = layerRuleConfigs([editorSetting, projectFile], TEST_RULES);
    assert.deepEqual(
      TEST_RULES.map((rule) => resolveRule(rule, layered)).map(({ rule, severity, options }) => [rule.id, severity, options]),
      [
        ['TST001', 'error', { maxFootnotes: 40, allowIbid: true }],
        ['TST002', 'error', { style: 'short' }],
      ],
    );
  });

  it('keeps rule defaults for rules no layer names, and agrees with lint on real rules', () => {
    const text = ['The General Assembly,', '', '1. *Urges* Member States to act;', '', '3. *Decides* to remain seized of the matter.'].join('\n');
    const doc = parseResolution(text);
    const layered = layerRuleConfigs([{ numbering: 'off' }, { 'operative-numbering': 'hint' }], RULES);
    assert.deepEqual(lint(doc, layered).filter((f) => f.ruleId === 'UNR001').map((f) => f.severity), ['hint']);
    assert.deepEqual(lint(doc, layerRuleConfigs([], RULES)), lint(doc, {}));
  });
});
