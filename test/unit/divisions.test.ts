import * as assert from 'node:assert/strict';
import { foldingRegions, lint, outline, parseResolution, selectionSpans, type OutlineItem, type ResolutionDocument } from '../../server/src/core';

/** A budget resolution of our own in three sections, one with a staffing table after its paragraph's colon. */
const SECTIONED = [
  '*The General Assembly*,',
  '',
  'I Staff housing at the regional office in the capital of the host country',
  '',
  '*Recalling* its resolution 77/263 A,',
  '',
  '*Having considered* the report of the Secretary-General and the related report of the Advisory Committee,',
  '',
  '1. *Takes note* of the report of the Secretary-General;',
  '',
  '2. *Endorses* the conclusions and recommendations of the Advisory Committee;',
  '',
  '3. *Approves* the changes to the staffing table as set out below:',
  '',
  'A. Office of the Director',
  '',
  '*Action Title of post Level Number*',
  '',
  'Establishment Housing Officer P-3 1',
  '',
  'Total net change 1',
  '',
  'II Revised estimates arising from the resolutions and decisions adopted by the Economic and Social Council at its session of the present year',
  '',
  '*Having considered* the report of the Secretary-General on the revised estimates,',
  '',
  '1. *Takes note* of the report;',
  '',
  '2. *Appropriates* an additional amount of 1,200,000 United States dollars under section 24 of the programme budget;',
  '',
  'III Contingency fund',
  '',
  '*Notes* that a balance of 500,000 dollars remains in the contingency fund.',
  '',
].join('\n');

/** A resolution of our own in two parts, each a sentence of its own under "The General Assembly,". */
const TWO_PARTS = [
  'A',
  '',
  '*The General Assembly*,',
  '',
  '*Recalling* its resolution 44/198 on the floor salary,',
  '',
  '1. *Approves* the revised unified salary scale;',
  '',
  '2. *Decides* to keep the margin under review.',
  '',
  'B',
  '',
  '*The General Assembly*,',
  '',
  '*Having considered* the report on system-wide compensation costs,',
  '',
  '1. *Takes note* of the report;',
  '',
  '2. *Endorses* the conclusions of the Advisory Committee.',
  '',
].join('\n');

/** A resolution of our own that adopts, in its body, a declaration whose paragraphs open "We …" or with an imperative. */
const ADOPTS_DECLARATION = [
  '*The General Assembly*',
  '',
  '*Adopts* the following declaration of the high-level meeting on rivers:',
  '',
  'Declaration on rivers for all',
  '',
  'We, the Heads of State and Government, gathered at United Nations Headquarters on 2 March 2026,',
  '',
  '*Recalling* the commitments we made on water,',
  '',
  '1. We reaffirm our commitment to safe water for all.',
  '',
  '2. Recognize the role of rivers in the lives of communities.',
  '',
  'I. Data and science',
  '',
  'Action 1. We will share data on water across borders.',
  '',
  '3. Promote cooperation between the States of a river basin:',
  '',
  '(a) Share flood warnings;',
  '',
  '(b) Plan dams together.',
  '',
  '4. We will meet again in 2030.',
  '',
  '*75th plenary meeting',
  '20 December 2025*',
  '',
].join('\n');

/** A resolution of our own with a declaration annexed, its organization of work in lettered headings. */
const ANNEXED = [
  '*The General Assembly*,',
  '',
  '*Recalling* its resolution 79/1,',
  '',
  '1. *Endorses* the ministerial declaration annexed to the present resolution;',
  '',
  '2. *Decides* to consider the question at its eighty-second session.',
  '',
  '*70th plenary meeting',
  '10 December 2025*',
  '',
  'Annex',
  '',
  'Ministerial declaration on coastal cities',
  '',
  'A. Commitments',
  '',
  '1. We, the ministers, commit to protecting coastal cities.',
  '',
  '2. Strengthen early warning systems.',
  '',
  'B. Follow-up',
  '',
  '3. We will review progress every five years.',
  '',
].join('\n');

function findings(text: string, ...rules: string[]): string[] {
  return lint(parseResolution(text))
    .filter((f) => rules.includes(f.ruleId) && (f.severity === 'error' || f.severity === 'warning'))
    .map((f) => `${f.ruleId} ${f.message}`);
}

/** An outline as indented lines: "name — detail", children two spaces in. */
function tree(items: readonly OutlineItem[], indent = ''): string[] {
  return items.flatMap((i) => [`${indent}${i.name}${i.detail ? ` — ${i.detail}` : ''}`, ...tree(i.children, `${indent}  `)]);
}

function divisionsOf(doc: ResolutionDocument): string[] {
  return doc.divisions.map((d) => `${d.kind} ${d.label?.text ?? '-'} ${d.heading?.text ?? '-'} parent=${d.parent ?? '-'} own=${d.own}`);
}

const STRUCTURAL_RULES = ['UNR001', 'UNR002', 'UNR003', 'UNR005', 'UNR008'];

describe('divisions: a resolution in sections', () => {
  const doc = parseResolution(SECTIONED);

  it('reads each section with its heading (long ones too), its own preamble and its numbering, and the table after a colon as an introduced text', () => {
    assert.deepEqual(divisionsOf(doc), [
      'section I Staff housing at the regional office in the capital of the host country parent=- own=true',
      'introduced - - parent=0 own=false',
      'part A Office of the Director parent=1 own=false',
      'section II Revised estimates arising from the resolutions and decisions adopted by the Economic and Social Council at its session of the present year parent=- own=true',
      'section III Contingency fund parent=- own=true',
    ]);
    assert.deepEqual(doc.preamble.map((p) => [p.opener?.text, p.division]), [['Recalling', 0], ['Having considered', 0], ['Having considered', 3]]);
    assert.deepEqual(doc.operative.map((p) => [p.number?.text ?? '-', p.division]), [['1', 0], ['2', 0], ['3', 0], ['1', 3], ['2', 3], ['-', 4]]);
    assert.equal(doc.divisions[1].introducedBy, doc.operative[2]);
    // The rows of a table, lines without punctuation, read as the headings of the introduced text.
    assert.deepEqual(
      doc.headings.map((h) => [h.text, h.part, h.division]),
      [['Action Title of post Level Number', 'annexed', 2], ['Establishment Housing Officer P-3 1', 'annexed', 2], ['Total net change 1', 'annexed', 2]],
    );
    assert.deepEqual(doc.annexed, []);
  });

  it('finds nothing to report in the structure, the numbering or the punctuation', () => {
    assert.deepEqual(findings(SECTIONED, ...STRUCTURAL_RULES), []);
  });

  it('still finds a number skipped inside a section, and renumbers that section alone', () => {
    const skipped = SECTIONED.replace('2. *Appropriates*', '3. *Appropriates*');
    assert.deepEqual(findings(skipped, 'UNR001'), ['UNR001 Paragraph 3 follows paragraph 1: paragraph 2 is missing.']);
    const finding = lint(parseResolution(skipped)).find((f) => f.ruleId === 'UNR001')!;
    assert.deepEqual(finding.fixes?.[0].edits.map((e) => [skipped.slice(e.span.start, e.span.end), e.newText]), [['3', '2']]);
  });

  it('reads "paragraph 2 above" in the section it stands in, and renumbers it with that section', () => {
    const referring = SECTIONED.replace('3. *Approves* the changes', '3. *Approves*, subject to paragraph 2 above, the changes').replace(
      '*Having considered* the report of the Secretary-General on the revised estimates,',
      '*Having considered* the report of the Secretary-General on the revised estimates, and mindful of paragraph 2 below,',
    );
    assert.deepEqual(findings(referring, 'UNR009'), []);
    // Section II numbered 1, 3: "paragraph 3 below" in its preamble is its own paragraph, renumbered 2.
    const misnumbered = referring.replace('2. *Appropriates*', '3. *Appropriates*').replace('mindful of paragraph 2 below', 'mindful of paragraph 3 below');
    const finding = lint(parseResolution(misnumbered)).find((f) => f.ruleId === 'UNR001')!;
    assert.deepEqual(finding.fixes?.[0].edits.map((e) => [misnumbered.slice(e.span.start, e.span.end), e.newText]), [['3', '2'], ['3', '2']]);
    assert.match(misnumbered.slice(finding.fixes![0].edits[0].span.start - 30, finding.fixes![0].edits[0].span.end), /mindful of paragraph 3$/);
  });

  it('accepts a section that leads with "*Recalls* …," into its numbered paragraphs, as the budget resolutions\' contingency fund section does, but not an operative verb among a section\'s preambular paragraphs', () => {
    const contingency = SECTIONED.replace(
      '*Notes* that a balance of 500,000 dollars remains in the contingency fund.',
      '*Recalls* its resolution 80/250 A, in which the level of the contingency fund was set at 0.75 per cent of the programme budget,\n\n1. *Notes* that a balance of 500,000 dollars remains in the contingency fund;\n\n2. *Decides* to keep the level of the fund unchanged.',
    );
    assert.deepEqual(findings(contingency, 'UNR002', ...STRUCTURAL_RULES), []);
    const stray = SECTIONED.replace('*Having considered* the report of the Secretary-General on the revised estimates,', '*Recalls* its resolution 80/250 A,\n\n*Having considered* the report of the Secretary-General on the revised estimates,');
    assert.deepEqual(findings(stray, 'UNR002'), ['UNR002 The preambular paragraph opens with "Recalls", an operative verb: preambular paragraphs open with a participle or adjective ("Recalling").']);
  });

  it('still finds a missing full stop at the end of the resolution, and a section ending with one', () => {
    assert.deepEqual(findings(SECTIONED.replace('contingency fund.', 'contingency fund'), 'UNR008'), [
      'UNR008 The operative paragraph, the last, ends without punctuation: the last operative paragraph ends with a full stop.',
    ]);
    assert.deepEqual(findings(SECTIONED.replace('section 24 of the programme budget;', 'section 24 of the programme budget.'), 'UNR008'), [
      'UNR008 Paragraph 2 ends with a full stop: operative paragraphs end with a semicolon, the last with a full stop.',
    ]);
  });

  it('shows each section in the outline with its paragraphs and the table inside it', () => {
    assert.deepEqual(tree(outline(doc)), [
      'The General Assembly',
      'I — Staff housing at the regional office in the capital of the …',
      '  Recalling — its resolution 77/263 A,',
      '  Having considered — the report of the Secretary-General and the related report …',
      '  1. Takes note — of the report of the Secretary-General;',
      '  2. Endorses — the conclusions and recommendations of the Advisory Committ…',
      '  3. Approves — the changes to the staffing table as set out below:',
      '  Text introduced by paragraph 3 — 0 paragraphs',
      '    Part A — Office of the Director',
      '      Action Title of post Level Number',
      '      Establishment Housing Officer P-3 1',
      '      Total net change 1',
      'II — Revised estimates arising from the resolutions and decision…',
      '  Having considered — the report of the Secretary-General on the revised estimate…',
      '  1. Takes note — of the report;',
      '  2. Appropriates — an additional amount of 1,200,000 United States dollars und…',
      'III — Contingency fund',
      '  Notes — that a balance of 500,000 dollars remains in the contingenc…',
    ]);
  });

  it('folds each section and selects a paragraph, then its part of the section, then the section', () => {
    // Section I from its heading to the last row of its table (the table and its part A start on one line: one fold).
    assert.deepEqual(
      foldingRegions(doc).filter((r) => r.kind === 'division').map((r) => [r.startLine, r.endLine]),
      [[2, 20], [14, 20], [22, 28], [30, 32]],
    );
    assert.equal(foldingRegions(doc).some((r) => r.kind === 'preamble' || r.kind === 'operative'), false, 'no preamble or operative part outside the sections');
    const spans = selectionSpans(doc, SECTIONED.indexOf('additional amount')).map((s) => SECTIONED.slice(s.start, s.end).split('\n')[0].slice(0, 20));
    assert.deepEqual(spans.slice(-4), ['2. *Appropriates* an', '1. *Takes note* of t', 'II Revised estimates', '*The General Assembl']);
  });
});

describe('divisions: a resolution in parts', () => {
  const doc = parseResolution(TWO_PARTS);

  it('reads each part with its own opening line, as a sentence of its own', () => {
    assert.deepEqual(divisionsOf(doc), ['part A - parent=- own=true', 'part B - parent=- own=true']);
    assert.ok(doc.opening && doc.divisions[0].opening && doc.divisions[1].opening);
    assert.deepEqual(doc.header.span, undefined, 'the letter above the first opening line is no masthead');
    assert.deepEqual(findings(TWO_PARTS, ...STRUCTURAL_RULES), []);
  });

  it('still asks for a full stop at the end of each part, and numbers each part from 1', () => {
    assert.deepEqual(findings(TWO_PARTS.replace('under review.', 'under review;'), 'UNR008'), [
      'UNR008 Paragraph 2, the last, ends with a semicolon: the last operative paragraph ends with a full stop.',
    ]);
    assert.deepEqual(findings(TWO_PARTS.replace('2. *Endorses*', '3. *Endorses*'), 'UNR001'), ['UNR001 Paragraph 3 follows paragraph 1: paragraph 2 is missing.']);
  });
});

describe('divisions: declarations adopted in the body or annexed', () => {
  it('reads a declaration adopted after a colon as a text of its own, whose paragraphs the resolution rules do not judge', () => {
    const doc = parseResolution(ADOPTS_DECLARATION);
    assert.equal(doc.operative.length, 1);
    assert.deepEqual(divisionsOf(doc), ['introduced - Declaration on rivers for all parent=- own=false', 'section I Data and science parent=0 own=false']);
    assert.deepEqual(doc.annexed.map((p) => p.number?.text ?? doc.text.slice(p.content.start, p.content.start + 10)), ['We, the He', '*Recalling', '1', '2', 'Action 1. ', '3', '4']);
    assert.ok(doc.closing, 'the closing lines end the adopted text');
    assert.deepEqual(findings(ADOPTS_DECLARATION, ...STRUCTURAL_RULES, 'UNR004', 'UNR006'), []);
  });

  it('still checks the numbering of the adopted text', () => {
    assert.deepEqual(findings(ADOPTS_DECLARATION.replace('4. We will meet', '5. We will meet'), 'UNR001'), [
      'UNR001 Paragraph 5 of the annexed text follows paragraph 3: paragraph 4 is missing.',
    ]);
  });

  it('reads an annex after the closing lines with its lettered headings, and its numbering running through them', () => {
    const doc = parseResolution(ANNEXED);
    assert.deepEqual(divisionsOf(doc), [
      'annex - Ministerial declaration on coastal cities parent=- own=false',
      'part A Commitments parent=0 own=false',
      'part B Follow-up parent=0 own=false',
    ]);
    assert.deepEqual(doc.annexed.map((p) => [p.number?.text, p.division]), [['1', 1], ['2', 1], ['3', 2]]);
    assert.deepEqual(doc.problems, []);
    assert.deepEqual(findings(ANNEXED, ...STRUCTURAL_RULES), []);
    assert.deepEqual(findings(ANNEXED.replace('3. We will review', '4. We will review'), 'UNR001'), [
      'UNR001 Paragraph 4 of the annexed text follows paragraph 2: paragraph 3 is missing.',
    ]);
    assert.deepEqual(tree(outline(doc)).slice(-7), [
      'Closing — 70th plenary meeting',
      'Annex — Ministerial declaration on coastal cities',
      '  Part A — Commitments',
      '    1. We — , the ministers, commit to protecting coastal cities.',
      '    2. Strengthen — early warning systems.',
      '  Part B — Follow-up',
      '    3. We — will review progress every five years.',
    ]);
  });

  it('still finds a preambular paragraph among the operative paragraphs of a resolution without divisions', () => {
    const stray = ANNEXED.replace('2. *Decides*', '*Recalling also* its resolution 78/1,\n\n2. *Decides*');
    assert.deepEqual(findings(stray, 'UNR003'), ['UNR003 A preambular paragraph ("Recalling also …,") stands in the operative part: the preamble ends where operative paragraph 1 begins.']);
  });
});
