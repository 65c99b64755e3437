import * as assert from 'node:assert/strict';
import { applyEdits, firstFixEdits, lint, parseResolution, type RuleConfig } from '../../server/src/core';
import { blocks, findings, fixAll, lineOf, OPENING } from '../support/ruleFindings';

describe('UNR007 repetition', () => {
  const text = blocks(
    OPENING,
    '*Recalling* its resolution 70/1,',
    '*Recalling* its resolution 78/228,',
    '*Taking note of* the report of the Secretary-General,',
    '*Taking note of* the report of the Special Rapporteur,',
    '1. *Urges* Member States to ratify the Convention;',
    '2. *Urges* States parties to implement it;',
    '3. *Urges* all States to cooperate;',
    '4. *Decides* to remain seized of the matter.',
  );

  it('suggests "also" then "further" for a repeated opener in a run, as a quick fix that fix-all never applies', () => {
    const found = findings(text, 'UNR007');
    assert.deepEqual(found.map((f) => [f.severity, lineOf(text, f.span.start), f.fixes[0]?.title, f.fixes[0]?.quickFixOnly]), [
      ['hint', 5, 'Change to "Recalling also"', true],
      ['hint', 9, 'Change to "Taking note also of"', true],
      ['hint', 13, 'Change to "Also urges"', true],
      ['hint', 15, 'Change to "Further urges"', true],
    ]);
    assert.equal(found[2].message, '"Urges" opens paragraph 2 as it opened paragraph 1; "Also urges" would mark the repetition (a suggestion: published texts often repeat a phrase unchanged).');
    assert.equal(fixAll(text, 'UNR007'), text, 'fix-all leaves the wording as it is');
    assert.equal(fixAll(text, 'UNR007', { repetition: 'information' }), text, 'also when the hint is raised to information');
    assert.equal(
      applyEdits(text, found.flatMap((f) => f.fixes[0].edits)).text,
      text.replace('*Recalling* its resolution 78/228', '*Recalling also* its resolution 78/228').replace('*Taking note of* the report of the Special', '*Taking note also of* the report of the Special').replace('2. *Urges*', '2. *Also urges*').replace('3. *Urges*', '3. *Further urges*'),
    );
  });

  it('never rises above information, and counts apart paragraphs only with `anywhere`', () => {
    assert.deepEqual([...new Set(findings(text, 'UNR007', { repetition: 'error' }).map((f) => f.severity))], ['information']);
    const apart = blocks(OPENING, '1. *Requests* a report;', '2. *Decides* to act;', '3. *Requests* a second report.');
    assert.deepEqual(findings(apart, 'UNR007'), []);
    assert.deepEqual(findings(apart, 'UNR007', { repetition: { options: { anywhere: true } } }).map((f) => f.fixes[0].title), ['Change to "Also requests"']);
  });

  it('counts a repetition within a section only: each section of a budget resolution opens on its own', () => {
    const sectioned = blocks(
      OPENING,
      'I Standards of accommodation for air travel',
      '*Having considered* the report of the Secretary-General on air travel,',
      '1. *Takes note* of the report of the Secretary-General;',
      '2. *Takes note* of the observations of the Advisory Committee;',
      'II Seismic retrofit of the conference building in Santiago',
      '*Having considered* the progress report of the Secretary-General on the retrofit,',
      '1. *Takes note* of the progress report;',
      '2. *Decides* to keep the project under review.',
    );
    const found = findings(sectioned, 'UNR007', { repetition: { options: { anywhere: true } } });
    assert.deepEqual(found.map((f) => [lineOf(sectioned, f.span.start), f.fixes[0].title]), [[9, 'Change to "Also takes note"']]);
  });

  it('keeps the rewording of any rule set to hint out of fix-all, but not its renumbering', () => {
    const draft = blocks(OPENING, '*Recalls* its resolution 79/12,', '1. *Urges* Member States to act;', '3. *Decides* to remain seized of the matter.');
    const config: RuleConfig = { 'operative-verb': 'hint', 'operative-numbering': 'hint' };
    const rewording = findings(draft, 'UNR002', config);
    assert.deepEqual(rewording.map((f) => [f.severity, f.fixes[0].title, f.fixes[0].quickFixOnly]), [['hint', 'Change to "Recalling"', true]]);
    const fixed = applyEdits(draft, firstFixEdits(lint(parseResolution(draft), config))).text;
    assert.equal(fixed, draft.replace('3. *Decides*', '2. *Decides*'));
  });

  it('treats phrases that differ by more than "also" or "further" as different phrases', () => {
    const clean = blocks(
      OPENING,
      '1. *Expresses deep concern* at the situation;',
      '2. *Expresses support* for the Special Rapporteur;',
      '3. *Expresses concern* at the delays;',
      '4. *Encourages* Member States to share data;',
      '5. *Strongly encourages* donors to contribute;',
      '6. *Reaffirms* its resolution 79/12;',
      '7. *Reaffirms its support* for the Office;',
      '8. *Requests* a report;',
      '9. *Also requests* a briefing;',
      '10. *Decides* to remain seized of the matter.',
    );
    assert.deepEqual(findings(clean, 'UNR007'), []);
  });

  it('is silent once a suggestion is taken: "Also urges" marks the repetition', () => {
    const repeated = blocks(OPENING, '1. *Urges* Member States to ratify the Convention;', '2. *Urges* States parties to implement it;', '3. *Decides* to remain seized of the matter.');
    const found = findings(repeated, 'UNR007');
    assert.deepEqual(found.map((f) => [lineOf(repeated, f.span.start), f.message]), [
      [5, '"Urges" opens paragraph 2 as it opened paragraph 1; "Also urges" would mark the repetition (a suggestion: published texts often repeat a phrase unchanged).'],
    ]);
    const taken = applyEdits(repeated, found[0].fixes[0].edits).text;
    assert.equal(taken, repeated.replace('2. *Urges*', '2. *Also urges*'));
    assert.deepEqual(lint(parseResolution(taken)), []);
  });
});
