import * as assert from 'node:assert/strict';
import {
  checkPhraseList,
  checkRuleSettings,
  checkVocabulary,
  completionsAt,
  layerRuleConfigs,
  lint,
  mergeRuleConfigs,
  parseResolution,
  readProjectConfig,
  resolveRule,
  RULES,
  type RuleConfig,
} from '../../server/src/core';

/** A committee draft whose openers are outside the standard vocabulary but usual in its committee. */
const COMMITTEE_DRAFT = [
  'The General Assembly,',
  '',
  '*Heartened by* the progress made in restoring mangrove forests along the coasts of small island States,',
  '',
  '*Recalling* its resolution 77/161 on protecting coral reefs,',
  '',
  '1. *Takes cognizance of* the report of the Secretary-General on coastal ecosystems;',
  '',
  '2. *Also takes cognizance of* the regional action plans adopted since its last session;',
  '',
  '3. *Lauds* the voluntary guidelines on mangrove restoration;',
  '',
  '4. *Requests* the Secretary-General to report on the implementation of the present resolution at its eighty-third session.',
  '',
].join('\n');

const VOCABULARY_FILE = JSON.stringify({ vocabulary: { operative: ['Takes cognizance of', 'Lauds'], preambular: ['Heartened by'] } });

/** The vocabulary findings (UNR002, UNR005) of the committee draft: rule, line and message. */
function vocabularyFindings(config: RuleConfig): string[] {
  const doc = parseResolution(COMMITTEE_DRAFT);
  return lint(doc, config)
    .filter((finding) => finding.ruleId === 'UNR002' || finding.ruleId === 'UNR005')
    .map((finding) => `${finding.ruleId} line ${COMMITTEE_DRAFT.slice(0, finding.span.start).split('\n').length}: ${finding.message}`);
}

describe('extra vocabulary', () => {
  it('reports the committee phrases when no vocabulary is configured', () => {
    assert.deepEqual(vocabularyFindings({}), [
      'UNR005 line 3: "Heartened" is not a standard preambular opening.',
      'UNR002 line 7: "Takes" opening paragraph 1 is not a standard operative verb; did you mean "Takes note", "Takes into account"?',
      'UNR002 line 9: "Also takes" opening paragraph 2 is not a standard operative verb; did you mean "Takes note", "Takes into account"?',
      'UNR002 line 11: "Lauds" opening paragraph 3 is not a standard operative verb.',
    ]);
  });

  it('accepts the phrases of the vocabulary of .unres.json, also after "Also", and offers them as suggestions', () => {
    const project = readProjectConfig(VOCABULARY_FILE, RULES);
    assert.deepEqual(project.problems, []);
    assert.deepEqual(vocabularyFindings(project.config), []);
    const typo = COMMITTEE_DRAFT.replace('*Lauds*', '*Luads*');
    const suggested = lint(parseResolution(typo), project.config).filter((finding) => finding.ruleId === 'UNR002');
    assert.deepEqual(
      suggested.map((finding) => finding.message),
      ['"Luads" opening paragraph 3 is not a standard operative verb; did you mean "Lauds"?'],
    );
    assert.deepEqual(suggested[0].fixes.map((fix) => fix.title), ['Change to "Lauds"']);
    const fixed = suggested[0].fixes[0].edits[0];
    assert.equal(typo.slice(0, fixed.span.start) + fixed.newText + typo.slice(fixed.span.end), COMMITTEE_DRAFT);
  });

  it('keeps the check of what is not in the vocabulary: a preambular phrase is not accepted as an operative one', () => {
    const config = checkVocabulary({ preambular: ['Takes cognizance of'] }, 'vocabulary').config;
    assert.equal(vocabularyFindings(config).filter((line) => line.startsWith('UNR002 line 7')).length, 1);
  });

  it('adds up the phrases of the settings and of .unres.json, and those the unres.rules setting gives as options', () => {
    const settings = mergeRuleConfigs(checkRuleSettings({ 'operative-verb': { options: { extraPhrases: ['Lauds'] } } }, 'unres.rules', RULES).config, checkVocabulary({ preambular: ['Heartened by'] }, 'unres.vocabulary').config);
    const project = readProjectConfig(JSON.stringify({ vocabulary: { operative: ['Takes cognizance of', 'lauds'] } }), RULES).config;
    const layered = layerRuleConfigs([settings, project], RULES);
    const operative = RULES.find((rule) => rule.id === 'UNR002')!;
    assert.deepEqual(resolveRule(operative, layered).options, { extraPhrases: ['Lauds', 'Takes cognizance of'] });
    assert.equal(vocabularyFindings(layerRuleConfigs([settings], RULES)).length, 2, 'the settings alone leave "Takes cognizance of" to report');
    assert.deepEqual(vocabularyFindings(layered), []);
  });

  it('names each wrong entry and keeps the rest', () => {
    const checked = checkVocabulary({ operative: ['Takes cognizance of', 3, 'Decides,', '  Welcomes   warmly ', '*Notes*'], preambular: 'Heartened by', closing: ['Adopted'] }, 'unres.vocabulary');
    assert.deepEqual(
      checked.problems.map((problem) => problem.message),
      [
        'unres.vocabulary.operative[1]: expected a phrase (a string of words), not a number; it is ignored',
        'unres.vocabulary.operative[2]: "Decides," is not a phrase: write words only, without punctuation or italic markers; it is ignored',
        'unres.vocabulary.operative[4]: "*Notes*" is not a phrase: write words only, without punctuation or italic markers; it is ignored',
        'unres.vocabulary.preambular: expected a list of phrases such as ["Takes cognizance of"], not a string; it is ignored',
        'unres.vocabulary.closing: the vocabulary has "operative" and "preambular" phrases only; this entry is ignored',
      ],
    );
    assert.deepEqual(checked.config, { UNR002: { options: { extraPhrases: ['Takes cognizance of', 'Welcomes warmly'] } } });
    assert.deepEqual(checkVocabulary(['Endorses'], 'vocabulary').problems.map((problem) => problem.message), [
      'vocabulary: expected an object such as { "operative": ["Takes cognizance of"] }, not an array; it is ignored',
    ]);
    assert.deepEqual(checkPhraseList(['Endorses', 'endorses', 'Heartened  by'], 'x'), { phrases: ['Endorses', 'Heartened by'], problems: [] });
  });

  it('checks extraPhrases given as a rule option like any option', () => {
    const checked = checkRuleSettings({ UNR005: { options: { extraPhrases: 'Heartened by' } }, UNR002: { options: { extraPhrases: ['Endorses', false] } } }, 'rules', RULES);
    assert.deepEqual(
      checked.problems.map((problem) => problem.message),
      [
        'rules.UNR005.options.extraPhrases: expected a list of phrases such as ["Takes cognizance of"], not a string; it is ignored',
        'rules.UNR002.options.extraPhrases[1]: expected a phrase (a string of words), not a boolean; it is ignored',
      ],
    );
    assert.deepEqual(checked.config, { UNR005: { options: {} }, UNR002: { options: { extraPhrases: ['Endorses'] } } });
  });

  it('reads a vocabulary that is wrong in .unres.json as a problem, not a failure', () => {
    const project = readProjectConfig(JSON.stringify({ rules: { UNR001: 'warning' }, vocabulary: { operative: [['Endorses']] } }), RULES);
    assert.equal(project.usable, true);
    assert.deepEqual(project.problems.map((problem) => problem.message), ['vocabulary.operative[0]: expected a phrase (a string of words), not an array; it is ignored']);
    assert.deepEqual(project.config, { UNR001: 'warning' });
  });

  it('offers the extra phrases as completions where a paragraph starts, after the standard ones', () => {
    const text = 'The General Assembly,\n\n*Recalling* its resolution 77/161,\n\n';
    const labels = (extra?: { operative: string[]; preambular: string[] }) => completionsAt(parseResolution(text), text.length, extra).map((item) => item.label);
    const standard = labels();
    assert.ok(!standard.includes('Heartened by') && !standard.includes('Takes cognizance of'));
    const withExtra = completionsAt(parseResolution(text), text.length, { operative: ['Takes cognizance of'], preambular: ['Heartened by', 'Recalling'] });
    const heartened = withExtra.find((item) => item.label === 'Heartened by')!;
    assert.equal(heartened.newText, '*Heartened by* ');
    assert.equal(heartened.detail, 'Preambular phrase of the committee (unres.vocabulary)');
    assert.equal(withExtra.find((item) => item.label === 'Takes cognizance of')!.newText, '1. *Takes cognizance of* ');
    assert.equal(withExtra.filter((item) => item.label === 'Recalling').length, 1, 'a standard phrase listed again is offered once');
    assert.equal(withExtra.length, standard.length + 2);
  });
});
