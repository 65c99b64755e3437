import * as assert from 'node:assert/strict';
import { applyEdits, firstFixEdits, lint, parseResolution, type Finding, type RuleConfig } from '../../server/src/core';

/** Drafts are written as blocks separated by blank lines, as in Markdown. */
const blocks = (...parts: string[]): string => parts.join('\n\n') + '\n';
const OPENING = 'The General Assembly,';

function findings(text: string, ruleId: string, config: RuleConfig = {}): Finding[] {
  return lint(parseResolution(text), config).filter((f) => f.ruleId === ruleId);
}

function fixAll(text: string, ruleId: string, config: RuleConfig = {}): string {
  return applyEdits(text, firstFixEdits(findings(text, ruleId, config))).text;
}

const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;
const quoted = (text: string, f: Finding): string => text.slice(f.span.start, f.span.end);

/** Checks a rule's fixes: the rule no longer fires, a second pass changes nothing. */
function assertFixedTo(text: string, ruleId: string, expected: string, config: RuleConfig = {}): void {
  const fixed = fixAll(text, ruleId, config);
  assert.equal(fixed, expected);
  assert.deepEqual(findings(fixed, ruleId, config).map((f) => f.message), []);
  assert.equal(fixAll(fixed, ruleId, config), fixed, 'fixing twice changes nothing');
}

describe('UNR002 operative-verb', () => {
  const text = blocks(
    OPENING,
    '*Recalls* that the Convention entered into force on 29 September 2003,',
    '*Also recalls* its resolution 78/228 of 19 December 2023,',
    '1. *Urgs* Member States to ratify the Convention;',
    '2. *Recalling* its resolution 78/228;',
    '3. *Calls* all States to cooperate fully with the Special Rapporteur;',
    '4. *Taking note with appreciation of* the report of the Secretary-General;',
    '5. *requests* the Secretary-General to report at its eighty-second session.',
  );

  it('finds each wrong opener at its line, with the nearest standard phrases', () => {
    const found = findings(text, 'UNR002');
    assert.deepEqual(
      found.map((f) => [lineOf(text, f.span.start), quoted(text, f), f.fixes.map((x) => x.title)]),
      [
        [3, 'Recalls', ['Change to "Recalling"']],
        [5, 'Also recalls', ['Change to "Recalling also"']],
        [7, 'Urgs', ['Change to "Urges"']],
        [9, 'Recalling', ['Change to "Recalls"']],
        [11, 'Calls', ['Change to "Calls upon"', 'Change to "Calls on"', 'Change to "Calls for"']],
        [13, 'Taking note with appreciation of', ['Change to "Takes note with appreciation of"']],
        [15, 'requests', ['Capitalize "requests"']],
      ],
    );
    assert.match(found[2].message, /"Urgs" opening paragraph 1 is not a standard operative verb; did you mean "Urges"/);
    assert.match(found[3].message, /Paragraph 2 opens with "Recalling", a preambular form/);
  });

  it('fixes each opener and nothing else', () => {
    assertFixedTo(
      text,
      'UNR002',
      text
        .replace('*Recalls* that', '*Recalling* that')
        .replace('*Also recalls*', '*Recalling also*')
        .replace('*Urgs*', '*Urges*')
        .replace('2. *Recalling*', '2. *Recalls*')
        .replace('*Calls* all', '*Calls upon* all')
        .replace('*Taking note with appreciation of*', '*Takes note with appreciation of*')
        .replace('*requests*', '*Requests*'),
    );
  });

  it('keeps italics balanced when they cover part of the words it rewrites', () => {
    const partial = blocks(OPENING, '*Recalling its resolution 70/1,', '1. *Recalling* also its resolution 78/228;', '2. *Decides* to remain seized of the matter.');
    const found = findings(partial, 'UNR002');
    assert.equal(found.length, 1);
    assert.deepEqual(found[0].fixes.map((f) => f.edits.map((e) => e.newText)), [['*Also recalls*']]);
    assert.ok(fixAll(partial, 'UNR002').includes('1. *Also recalls* its resolution 78/228;'));
  });

  it('writes the new opener in italics, and only it, so that fix-all needs no second pass for UNR004 or UNR006', () => {
    // Found by the convergence property: "Recalling" became a plain "Recalls", which UNR004 italicized in a third pass.
    const draft = blocks(
      OPENING,
      '*Noting* the report of the Secretary-General,',
      'Recalls that the Convention entered into force on 29 September 2003,',
      '1. Recalling its resolution 78/228;',
      '2. *Welcoming with* appreciation the work of the regional commissions;',
      '3. *Decides* to remain seized of the matter.',
    );
    const once = applyEdits(draft, firstFixEdits(lint(parseResolution(draft)))).text;
    assert.equal(
      once,
      draft
        .replace('Recalls that', '*Recalling* that')
        .replace('1. Recalling', '1. *Recalls*')
        .replace('*Welcoming with* appreciation', '*Welcomes* with appreciation'),
    );
    assert.deepEqual(firstFixEdits(lint(parseResolution(once))), []);
  });

  it('is silent on standard openers, adverbs and "Calls on"', () => {
    const clean = blocks(
      OPENING,
      '*Deeply concerned* about the scale of trafficking in persons,',
      '1. *Strongly urges* Member States to ratify the Convention;',
      '2. *Calls on* all States to cooperate;',
      '3. *Once again calls upon* the parties to negotiate;',
      '4. *Decides* to remain seized of the matter.',
    );
    assert.deepEqual(findings(clean, 'UNR002'), []);
  });
});

describe('UNR004 operative-italics', () => {
  const text = blocks(
    OPENING,
    '1. Urges Member States to ratify the Convention;',
    '2. *Invites the regional commissions to share good practices;*',
    '3. *Takes* note of the report of the Secretary-General;',
    '4. *Encourages Member States* to exchange information;',
    '5. *Decides* to remain seized of the matter.',
  );

  it('finds roman, partial, whole-paragraph and overlong italics at their lines', () => {
    assert.deepEqual(
      findings(text, 'UNR004').map((f) => [lineOf(text, f.span.start), f.message]),
      [
        [3, 'The operative verb "Urges" of paragraph 1 is not in italics.'],
        [5, 'The whole of paragraph 2 is in italics: only its operative phrase "Invites" is.'],
        [7, 'The italics cover only part of the operative phrase "Takes note of" of paragraph 3: the whole phrase is in italics.'],
        [9, 'The italics of paragraph 4 run past its operative phrase "Encourages": the words after it are in roman.'],
      ],
    );
  });

  it('italicizes the phrase alone and changes nothing but the markers', () => {
    const expected = text
      .replace('1. Urges', '1. *Urges*')
      .replace('*Invites the regional commissions to share good practices;*', '*Invites* the regional commissions to share good practices;')
      .replace('*Takes* note of', '*Takes note of*')
      .replace('*Encourages Member States*', '*Encourages* Member States');
    assertFixedTo(text, 'UNR004', expected);
    assert.equal(fixAll(text, 'UNR004').replace(/\*/g, ''), text.replace(/\*/g, ''));
  });

  it('turns a verb in bold, or beside a stray asterisk, into the verb in italics, once', () => {
    const marked = blocks(OPENING, '1. **Requests** the Secretary-General to report;', '2. Decides* to continue its consideration;', '3. ****Welcomes** the report.');
    assert.deepEqual(
      findings(marked, 'UNR004').map((f) => [lineOf(marked, f.span.start), f.message]),
      [
        [3, 'The operative verb "Requests" of paragraph 1 is not in italics.'],
        [5, 'The operative verb "Decides" of paragraph 2 is not in italics.'],
        [7, 'The operative verb "Welcomes" of paragraph 3 is not in italics.'],
      ],
    );
    assertFixedTo(marked, 'UNR004', blocks(OPENING, '1. *Requests* the Secretary-General to report;', '2. *Decides* to continue its consideration;', '3. *Welcomes* the report.'));
  });

  it('accepts the phrase with or without its trailing particle in italics', () => {
    const clean = blocks(OPENING, '1. *Takes note* of the report;', '2. *Also takes note with appreciation of* the work;', '3. *Expresses deep concern* at the situation.');
    assert.deepEqual(findings(clean, 'UNR004'), []);
  });
});

describe('UNR005 preambular-phrase', () => {
  it('finds an unknown opener with suggestions and fixes it', () => {
    const text = blocks(OPENING, '*Recaling* its resolution 70/1 of 25 September 2015,', '*Bearing in mind* the Charter of the United Nations,', '*Cognisant* of the work of the Special Rapporteur,', '1. *Decides* to remain seized of the matter.');
    const found = findings(text, 'UNR005');
    assert.deepEqual(found.map((f) => [lineOf(text, f.span.start), quoted(text, f), f.fixes[0]?.title]), [
      [3, 'Recaling', 'Change to "Recalling"'],
      [7, 'Cognisant', 'Change to "Cognizant"'],
    ]);
    assertFixedTo(text, 'UNR005', text.replace('*Recaling*', '*Recalling*').replace('*Cognisant*', '*Cognizant*'));
  });

  it('gives no fix for an opener with nothing near it, and is silent on standard phrases', () => {
    const text = blocks(OPENING, '*Whereas* the Charter of the United Nations governs,', '*Having considered* the report,', '1. *Decides* to remain seized of the matter.');
    const found = findings(text, 'UNR005');
    assert.equal(found.length, 1);
    assert.equal(found[0].message, '"Whereas" is not a standard preambular opening.');
    assert.deepEqual(found[0].fixes, []);
  });
});

describe('UNR006 preambular-italics', () => {
  it('reports a preamble without italics once, at information level, with a fix for all', () => {
    const text = blocks(OPENING, 'Recalling its resolution 70/1 of 25 September 2015,', 'Bearing in mind the Charter of the United Nations,', '1. *Decides* to remain seized of the matter.');
    const found = findings(text, 'UNR006');
    assert.deepEqual(found.map((f) => [f.severity, lineOf(text, f.span.start), f.fixes[0].title]), [['information', 3, 'Italicize all 2 preambular opening phrases']]);
    assertFixedTo(text, 'UNR006', text.replace('Recalling its', '*Recalling* its').replace('Bearing in mind the', '*Bearing in mind* the'));
  });

  it('says that a single preambular phrase is not in italics, and italicizes a bold one', () => {
    const text = blocks(OPENING, '**Recalling** its resolution 70/1 of 25 September 2015,', '1. *Decides* to remain seized of the matter.');
    assert.deepEqual(findings(text, 'UNR006').map((f) => [f.message, f.fixes[0].title]), [
      ['The preambular opening phrase is not in italics; official texts italicize each one ("*Recalling*", "*Bearing in mind*").', 'Italicize "Recalling"'],
    ]);
    assertFixedTo(text, 'UNR006', text.replace('**Recalling**', '*Recalling*'));
  });

  it('reports each paragraph when the preamble has italics elsewhere, and can be set to warning', () => {
    const text = blocks(OPENING, '*Recalling* its resolution 70/1,', 'Bearing in mind the Charter,', '*Concerned that trafficking persists,*', '1. *Decides* to remain seized of the matter.');
    const found = findings(text, 'UNR006', { 'preambular-italics': 'warning' });
    assert.deepEqual(found.map((f) => [f.severity, lineOf(text, f.span.start)]), [['warning', 5], ['warning', 7]]);
    assertFixedTo(text, 'UNR006', text.replace('Bearing in mind the', '*Bearing in mind* the').replace('*Concerned that trafficking persists,*', '*Concerned* that trafficking persists,'));
  });
});

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
});

describe('UNR008 punctuation', () => {
  const text = blocks(
    OPENING,
    '*Recalling* the United Nations Convention against Transnational Organized Crime¹;',
    '*Bearing in mind* the Charter of the United Nations',
    '1. *Urges* Member States to:',
    '(a) Ratify the Convention,',
    '(b) Implement it fully;',
    '2. *Invites* States to share their experience, entitled “Good practices.”',
    '3. *Encourages* States to cooperate,;',
    '4. *Decides* to remain seized of the matter;',
    '¹ United Nations, *Treaty Series*, vol. 2225, No. 39574.',
  );

  it('finds each wrong mark at its line', () => {
    assert.deepEqual(
      findings(text, 'UNR008').map((f) => [lineOf(text, f.span.start), quoted(text, f)]),
      [
        [3, '¹;'],
        [3, ';'],
        [5, 's'],
        [9, ','],
        [13, '.”'],
        [15, ',;'],
        [17, ';'],
      ],
    );
  });

  it('fixes the marks and nothing else', () => {
    const expected = text
      .replace('Organized Crime¹;', 'Organized Crime,¹')
      .replace('of the United Nations\n', 'of the United Nations,\n')
      .replace('(a) Ratify the Convention,', '(a) Ratify the Convention;')
      .replace('“Good practices.”', '“Good practices”;')
      .replace('cooperate,;', 'cooperate;')
      .replace('seized of the matter;', 'seized of the matter.');
    // The footnote mark and the semicolon are one place: a first pass moves the mark, a second replaces the mark.
    const once = fixAll(text, 'UNR008');
    assertFixedTo(once, 'UNR008', expected);
  });

  it('reads a mark written twice (",," and ";;") as two marks, and puts one in their place in one fix', () => {
    // Found by the convergence property: ",," was read as one comma, replaced by ";" into ",;", fixed in a further pass.
    const doubled = blocks(
      OPENING,
      '*Noting* the report of the Secretary-General,,',
      '1. *Welcomes* the work of the regional commissions,,',
      '2. *Encourages* States to share good practices;;',
      '3. *Decides* to remain seized of the matter.',
    );
    assert.deepEqual(
      findings(doubled, 'UNR008').map((f) => quoted(doubled, f)),
      [',,', ',,', ';;'],
    );
    assertFixedTo(doubled, 'UNR008', doubled.replace('General,,', 'General,').replace('commissions,,', 'commissions;').replace('practices;;', 'practices;'));
  });

  it('accepts chapeaux, items, the last full stop and commas between preambular items', () => {
    const clean = blocks(
      OPENING,
      '*Reaffirming* that the Global Plan of Action was developed:',
      '(a) To promote universal ratification of the Convention,',
      '(b) To help Member States to reinforce their commitments,',
      '1. *Requests* the Secretary-General:',
      '(a) To report on the measures taken, including:',
      '(i) Legislation;',
      '(ii) Training;',
      '(b) To consult Member States;',
      '2. *Decides* to remain seized of the matter.',
    );
    assert.deepEqual(findings(clean, 'UNR008').map((f) => f.message), []);
  });
});

describe('UNR009 paragraph-references', () => {
  it('finds a reference to a missing paragraph and "above" that points below', () => {
    const text = blocks(
      OPENING,
      '1. *Requests* the Secretary-General to implement paragraph 3 above;',
      '2. *Decides* to review the measures set out in paragraphs 1 and 7 of the present resolution, in line with paragraph 29 of resolution 64/293;',
      '3. *Invites* Member States to contribute to the measures in paragraph 2 above and paragraph 1 below.',
    );
    assert.deepEqual(findings(text, 'UNR009').map((f) => [lineOf(text, f.span.start), f.message]), [
      [3, 'Paragraph 3 comes after this reference: it is "below", not "above".'],
      [5, 'There is no paragraph 7 in this resolution: the operative paragraphs run from 1 to 3.'],
      [7, 'Paragraph 1 comes before this reference: it is "above", not "below".'],
    ]);
  });
});

describe('suppression comments', () => {
  const text = blocks(
    '<!-- unres-disable punctuation -->',
    OPENING,
    '*Recalling* its resolution 70/1;',
    '<!-- unres-disable-next UNR001, UNR004 -->',
    '2. Urges Member States to ratify the Convention;',
    '4. Invites States to share good practices.',
  );

  it('turns rules off for the file or for the next paragraph only', () => {
    assert.deepEqual(
      lint(parseResolution(text)).filter((f) => f.severity !== 'hint').map((f) => [f.ruleId, lineOf(text, f.span.start)]),
      [
        ['UNR001', 11],
        ['UNR004', 11],
      ],
    );
  });

  it('warns about a name that is no rule, and keeps the rest of the comment', () => {
    const text2 = blocks('<!-- unres-disable UNR999 italics -->', OPENING, '1. Urges Member States to act;', '2. Invites States to act.');
    const found = lint(parseResolution(text2));
    assert.deepEqual(found.map((f) => [f.ruleId, f.severity, f.message]), [['UNR000', 'warning', 'The suppression comment names "UNR999", which is no rule id, alias or tag.']]);
  });
});
