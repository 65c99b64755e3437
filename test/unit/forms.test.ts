import * as assert from 'node:assert/strict';
import { isResolution, isUnitedNationsText, lint, outline, parseResolution, type Finding, type ResolutionDocument } from '../../server/src/core';
import { AMENDMENT, DECISION, MASTHEAD, SECRETARIAT_NOTE } from '../support/formDrafts';

const blocks = (...parts: string[]): string => parts.join('\n\n') + '\n';
const slice = (doc: ResolutionDocument, span: { start: number; end: number } | undefined): string | undefined => span && doc.text.slice(span.start, span.end);
const warnings = (findings: readonly Finding[]): Finding[] => findings.filter((f) => f.severity === 'warning' || f.severity === 'error');

describe('forms: amendments to draft resolutions', () => {
  const doc = parseResolution(AMENDMENT);

  it('reads the sponsor line of an amendment: sponsors, kind and the draft amended', () => {
    assert.equal(doc.documentKind, 'amendment');
    const line = doc.header.sponsorLine!;
    assert.deepEqual(line.sponsors.map((s) => s.text), ['Chile', 'Norway']);
    assert.equal(line.documentKind.text, 'amendment');
    assert.equal(line.amends?.text, 'draft resolution A/C.2/81/L.14');
    assert.equal(doc.amendment?.amendedSymbol?.text, 'A/C.2/81/L.14');
    assert.equal(doc.header.title?.text, 'Mountain ecosystems and the communities that depend on them');
    assert.equal(isResolution(doc), true);
    assert.equal(isUnitedNationsText(doc), true);
  });

  it('models each instruction: number, action, position, targets with their numbers, quotations', () => {
    const read = doc.amendment!.instructions.map((i) => ({
      number: i.number?.text,
      action: i.action,
      position: i.position,
      targets: i.targets.map((t) => `${t.part} ${t.number ?? ''}`.trim()),
      quotations: i.quotations.map((q) => q.text),
    }));
    assert.deepEqual(read, [
      { number: '1', action: 'insert', position: 'after', targets: ['operative 7'], quotations: [] },
      { number: '2', action: 'replace', position: 'in', targets: ['preambular 3'], quotations: ['welcoming', 'taking note of'] },
      { number: '3', action: 'delete', position: undefined, targets: ['operative 9', 'operative 12'], quotations: [] },
      { number: '4', action: 'replace', position: undefined, targets: ['operative 15'], quotations: [] },
      { number: '5', action: 'insert', position: 'after', targets: ['preambular 2'], quotations: [] },
    ]);
    const target = doc.amendment!.instructions[2].targets[1];
    assert.equal(slice(doc, target.span), '12');
    assert.equal(slice(doc, doc.amendment!.instructions[1].targets[0].span), 'third');
  });

  it('reads the quoted paragraphs as paragraphs of the part the instruction names, and the instructions as none', () => {
    const quoted = doc.amendment!.instructions.map((i) => i.paragraphs.map((p) => `${p.kind}: ${p.opener?.text}`));
    assert.deepEqual(quoted, [['operative: Encourages'], [], [], ['operative: Requests'], ['preambular: Recognizing']]);
    assert.equal(doc.operative.length, 2);
    assert.equal(doc.preamble.length, 1);
  });

  it('reports the quoted operative paragraph whose verb is not in italics, and judges nothing of the amendment as a resolution', () => {
    const found = warnings(lint(doc)).map((f) => `${f.ruleId} ${slice(doc, f.span)}`);
    assert.deepEqual(found, ['UNR004 Encourages']);
    const all = lint(doc);
    assert.ok(!all.some((f) => f.ruleId === 'UNR003'), 'no missing opening line');
    assert.ok(!all.some((f) => f.ruleId === 'UNR000'), 'the sponsor line and the instructions are placed');
  });

  it('still reports an operative verb opening a quoted preambular paragraph', () => {
    const text = AMENDMENT.replace('*Recognizing* the part played', '*Recognizes* the part played');
    const found = warnings(lint(parseResolution(text))).filter((f) => f.ruleId === 'UNR002');
    assert.equal(found.length, 1);
  });

  it('joins an amendment line broken before the symbol of the draft, which is not the symbol of the amendment', () => {
    const text = blocks(...MASTHEAD, 'A/C.3/81/L.70', 'Ghana and Peru: amendment to revised draft resolution\nA/C.3/81/L.22/Rev.1', 'Rights of older persons', 'Delete the fifth preambular paragraph.');
    const broken = parseResolution(text);
    assert.equal(broken.header.symbol?.text, 'A/C.3/81/L.70');
    assert.equal(broken.amendment?.amendedSymbol?.text, 'A/C.3/81/L.22/Rev.1');
    assert.deepEqual(broken.amendment?.instructions.map((i) => [i.action, i.targets.map((t) => t.number)]), [['delete', [5]]]);
    assert.deepEqual(lint(broken), []);
  });

  it('reads a masthead whose session, committee and agenda item run on one line', () => {
    const text = blocks('General Assembly', 'Distr.: Limited\n9 November 2026', 'Original: English', 'Eighty-first session Second Committee Agenda item 19 (d) Sustainable development: protection of mountain ecosystems', 'Ghana: amendment to draft resolution A/C.2/81/L.3', 'Water', 'Delete operative paragraph 4.');
    const joined = parseResolution(text);
    assert.equal(joined.header.session?.text, 'Eighty-first session');
    assert.equal(joined.header.committee?.text, 'Second Committee');
    assert.deepEqual(joined.header.agendaItems.map((a) => [a.number.text, a.title?.text]), [['19 (d)', 'Sustainable development: protection of mountain ecosystems']]);
    assert.deepEqual(lint(joined), []);
  });

  it('takes no target from the words an instruction quotes, or from the new paragraph it inserts', () => {
    const text = blocks(...MASTHEAD, 'Ghana: amendment to draft resolution A/C.2/81/L.3', 'Water', 'In operative paragraph 4, delete “as referred to in paragraph 9 below”.');
    const [instruction] = parseResolution(text).amendment!.instructions;
    assert.deepEqual(instruction.targets.map((t) => t.number), [4]);
    assert.deepEqual(instruction.quotations.map((q) => q.text), ['as referred to in paragraph 9 below']);
  });

  it('lists the instructions and their targets in the outline', () => {
    const item = outline(doc).find((i) => i.kind === 'amendment');
    assert.ok(item, 'an amendment item');
    assert.deepEqual(item.children.map((c) => c.name), [
      '1. Insert after operative paragraph 7',
      '2. Replace in preambular paragraph 3',
      '3. Delete operative paragraphs 9, 12',
      '4. Replace operative paragraph 15',
      '5. Insert after preambular paragraph 2',
    ]);
    assert.deepEqual(item.children[0].children.map((c) => c.name), ['Encourages']);
  });
});

describe('forms: decisions', () => {
  it('reads a decision written as one sentence: its kind, its opening words, no paragraphs, and no finding', () => {
    const doc = parseResolution(DECISION);
    assert.equal(doc.documentKind, 'decision');
    assert.equal(slice(doc, doc.decision?.opening), 'The General Assembly');
    assert.ok(slice(doc, doc.decision?.span)?.endsWith('mountain ecosystems”.'));
    assert.equal(doc.preamble.length + doc.operative.length, 0);
    assert.equal(doc.header.title?.text, 'Mountain ecosystems');
    assert.deepEqual(lint(doc), []);
  });

  it('reads the lettered items of a decision and a list after it as the decision, not as paragraphs', () => {
    const text = blocks(
      ...MASTHEAD,
      'Draft decision submitted by the Chair',
      'Meetings of the preparatory committee',
      'The General Assembly, recalling its resolution 79/300 of 2 June 2025:',
      '(a) Decides that the preparatory committee shall meet for three days in March 2027;',
      '(b) Also decides to consider the following documents at its eighty-second session:',
      'Report of the Secretary-General on mountain tourism¹',
      '¹ A/81/77.',
    );
    const doc = parseResolution(text);
    assert.equal(doc.documentKind, 'decision');
    assert.equal(doc.header.sponsorLine?.submittedBy?.text, 'the Chair');
    assert.ok(slice(doc, doc.decision?.span)?.endsWith('mountain tourism¹'));
    assert.deepEqual(lint(doc), []);
  });

  it('reads "The General Assembly:" alone before lettered clauses as a decision, and the numbered list it sets out as the decision too', () => {
    const text = blocks(
      ...MASTHEAD,
      'Draft decision submitted by the Bureau',
      'Provisional programme of work of the Committee for the eighty-second session',
      'The General Assembly:',
      '(a) Approves the provisional programme of work of the Committee as set out below;',
      '(b) Invites the Bureau to take into account the resolutions adopted at the present session.',
      'Provisional programme of work',
      '1. Mountain ecosystems.',
      '2. Sustainable tourism:',
      '(a) Tourism in small island developing States;',
      '(b) Rural tourism.',
    );
    const doc = parseResolution(text);
    assert.equal(doc.documentKind, 'decision');
    assert.equal(slice(doc, doc.decision?.opening), 'The General Assembly');
    assert.ok(slice(doc, doc.decision?.span)?.endsWith('(b) Rural tourism.'));
    assert.equal(doc.operative.length, 0);
    assert.deepEqual(warnings(lint(doc)), []);
    // A resolution's opening line ends with a comma: it stays a resolution.
    const resolution = parseResolution(blocks(...MASTHEAD, 'Ghana: draft resolution', 'Mountain ecosystems', 'The General Assembly,', '*Recalling* its resolution 79/1,', '1. *Decides* to remain seized of the matter.'));
    assert.equal(resolution.documentKind, 'resolution');
    assert.equal(resolution.operative.length, 1);
  });

  it('reads "Decision adopted by" as a decision, and "draft decision" as one even with an opening line', () => {
    const adopted = parseResolution(blocks('Decision adopted by the General Assembly on 12 December 2026', 'The General Assembly decides to defer consideration of the item to its eighty-second session.'));
    assert.equal(adopted.documentKind, 'decision');
    const laidOut = parseResolution(blocks('Ghana: draft decision', 'The General Assembly,', '*Recalling* its resolution 79/1,', '1. *Decides* to remain seized of the matter.'));
    assert.equal(laidOut.documentKind, 'decision');
    assert.equal(laidOut.operative.length, 1);
  });
});

describe('forms: drafts submitted by an officer of the Committee', () => {
  it('reads "Draft resolution submitted by the Vice-Chair …" as the sponsor line: kind, who submitted it and on what basis', () => {
    const text = blocks(
      ...MASTHEAD,
      'Draft resolution submitted by the Vice-Chair of the Committee, Ana Rojas (Chile), on the basis of informal consultations on draft resolution A/C.2/81/L.9',
      'Mountain ecosystems',
      '*The General Assembly*,',
      '*Recalling* its resolution 79/210 of 19 December 2024,',
      '1. *Decides* to remain seized of the matter.',
    );
    const doc = parseResolution(text);
    const line = doc.header.sponsorLine!;
    assert.equal(doc.documentKind, 'resolution');
    assert.equal(line.documentKind.text, 'Draft resolution');
    assert.deepEqual(line.sponsors, []);
    assert.equal(line.submittedBy?.text, 'the Vice-Chair of the Committee, Ana Rojas (Chile)');
    assert.equal(line.submissionBasis?.text, 'on the basis of informal consultations on draft resolution A/C.2/81/L.9');
    assert.equal(doc.header.title?.text, 'Mountain ecosystems');
    assert.deepEqual(lint(doc), []);
  });

  it('splits who submitted it from "following …" and "on the recommendation of …", and keeps a title with "of the" whole', () => {
    const read = (line: string) => parseResolution(blocks(line, 'Title', 'The General Assembly,', '1. *Decides* to act.')).header.sponsorLine;
    assert.deepEqual([read('Draft resolution submitted by the Chair of the Committee following informal consultations')?.submittedBy?.text, read('Draft resolution submitted by the Chair of the Committee following informal consultations')?.submissionBasis?.text], ['the Chair of the Committee', 'following informal consultations']);
    assert.equal(read('Draft resolution submitted by the Chair on the recommendation of the Economic and Social Council')?.submittedBy?.text, 'the Chair');
    assert.deepEqual([read('Draft resolution submitted by the President of the General Assembly')?.submittedBy?.text, read('Draft resolution submitted by the President of the General Assembly')?.submissionBasis], ['the President of the General Assembly', undefined]);
  });
});

describe('forms: other documents under a United Nations masthead', () => {
  it('reads a note as a document of another kind: one information that it has no resolution structure, and nothing on its paragraphs', () => {
    const doc = parseResolution(SECRETARIAT_NOTE);
    assert.equal(doc.documentKind, 'other');
    assert.equal(isResolution(doc), false);
    assert.equal(isUnitedNationsText(doc), true);
    assert.equal(doc.operative.length + doc.preamble.length + doc.headings.length, 0);
    const findings = lint(doc);
    assert.deepEqual(findings.map((f) => [f.ruleId, f.severity]), [['UNR000', 'information']]);
    assert.match(findings[0].message, /no resolution structure/);
  });

  it('still reads a text without a masthead or a resolution structure as nothing unres reads', () => {
    const doc = parseResolution(blocks('# Meeting notes', '1. Install the software.', '2. Restart the computer.'));
    assert.equal(doc.documentKind, 'none');
    assert.equal(isUnitedNationsText(doc), false);
    assert.equal(isResolution(doc), false);
  });

  it('reads a masthead over numbered paragraphs with operative verbs as a resolution, not a note', () => {
    const doc = parseResolution(blocks(...MASTHEAD.slice(0, 3), 'Mountain ecosystems', '1. *Welcomes* the report;', '2. *Decides* to remain seized of the matter.'));
    assert.equal(doc.documentKind, 'resolution');
  });
});
