import * as assert from 'node:assert/strict';
import { isDraftText, parseResolution, standsAsDraft, withoutFencedCode } from '../../server/src/core';
import { cleanDraftLines, MEETING_NOTES, OPERATIVE_LINES, OPENING_LINE, PREAMBLE_LINES } from '../support/drafts';
import { AMENDMENT, DECISION } from '../support/formDrafts';

describe('core: whether a text found among other files is a draft', () => {
  const draft = cleanDraftLines().join('\n');

  it('blanks Markdown code blocks out, keeping every offset and line break', () => {
    const notes = ['# Notes', '', '```text', ...cleanDraftLines(), '```', '', 'Discuss paragraph 2.', ''].join('\r\n');
    const blanked = withoutFencedCode(notes);
    assert.equal(blanked.length, notes.length);
    assert.deepEqual(blanked.split('\r\n').map((line) => line.trim()), ['# Notes', '', '', ...cleanDraftLines().map(() => ''), '', '', 'Discuss paragraph 2.', '']);
    // A fence left open runs to the end of the page, as Markdown renders it.
    const open = ['Draft below:', '~~~~', OPENING_LINE, OPERATIVE_LINES[0]].join('\n');
    assert.equal(withoutFencedCode(open).trim(), 'Draft below:');
  });

  it('takes drafts under a masthead, drafts that open like a resolution, amendments and decisions', () => {
    assert.equal(isDraftText(draft, 'plain'), true);
    assert.equal(isDraftText(draft, 'markdown'), true);
    assert.equal(isDraftText([OPENING_LINE, '', ...PREAMBLE_LINES, '', ...OPERATIVE_LINES].join('\n'), 'plain'), true);
    assert.equal(isDraftText(AMENDMENT, 'markdown'), true);
    assert.equal(isDraftText(DECISION, 'markdown'), true);
  });

  it('leaves notes, lists and pages that only quote a draft in a code block', () => {
    assert.equal(isDraftText(MEETING_NOTES, 'plain'), false);
    assert.equal(isDraftText('# Shopping list\n\n1. Bread\n2. Milk\n', 'markdown'), false);
    // Numbered paragraphs with operative verbs but neither masthead nor opening line: a list in someone's notes.
    assert.equal(standsAsDraft(parseResolution(OPERATIVE_LINES.join('\n\n'))), false);
    const page = ['# UNR001: operative numbering', '', 'Right:', '', '```', ...cleanDraftLines(), '```', ''].join('\n');
    assert.equal(isDraftText(page, 'markdown'), false);
    // The same page read as plain text shows the draft.
    assert.equal(isDraftText(page, 'plain'), true);
  });
});
