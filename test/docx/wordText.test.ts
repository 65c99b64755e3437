import * as assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { readWordText, wordTextNote, type WordTextResult } from '../../client/src/wordText';
import { parseResolution } from '../../server/src/core';
import { readDocx } from '../../server/src/docx';
import { parseWordTextUri, wordTextUri } from '../../shared/wordText';
import { earlyWarningDraft } from '../support/wordDrafts';
import { italic, paragraph, run, wordFile } from '../support/wordFiles';

function readOk(result: WordTextResult): Extract<WordTextResult, { ok: true }> {
  if (!result.ok) assert.fail(result.message);
  return result;
}

/** A short clean draft: no tracked change, no comment. */
const CLEAN_DRAFT = wordFile({
  body: [
    paragraph(italic('The General Assembly') + run(',')),
    paragraph(italic('Recalling') + run(' its resolution on coastal fisheries,')),
    paragraph(run('1. ') + italic('Calls upon') + run(' coastal States to share data on fish stocks.')),
  ].join(''),
});

describe('VS Code: a Word draft opened as resolution text', () => {
  it('reads the tracked changes accepted by default, and says so with the comments', () => {
    const result = readOk(readWordText('early-warning.docx', earlyWarningDraft(), 'accepted'));
    assert.match(result.text, /^\(b\) To support the training of local volunteers and first responders;$/m);
    assert.doesNotMatch(result.text, /every year/);
    assert.equal(result.note, 'early-warning.docx is a Word file: 2 tracked changes, shown accepted; 1 comment, not part of the text checked.');
    // The text shown is the text the command line lints.
    const cli = readDocx(earlyWarningDraft());
    assert.ok(cli.ok);
    assert.equal(result.text, cli.reading.text);
    assert.equal(parseResolution(result.text).operative.length, 3);
  });

  it('reads the text before the tracked changes when asked, and says which text it shows', () => {
    const result = readOk(readWordText('early-warning.docx', earlyWarningDraft(), 'original'));
    assert.match(result.text, /^\(b\) To support the training of local volunteers$/m);
    assert.match(result.text, /report on the implementation of the present resolution every year\.$/m);
    assert.equal(result.note, 'early-warning.docx is a Word file: 2 tracked changes, shown as before them (the original text); 1 comment, not part of the text checked.');
  });

  it('says nothing more of a draft with no tracked change, comment or left-out part', () => {
    const result = readOk(readWordText('fisheries.docx', CLEAN_DRAFT, 'accepted'));
    assert.equal(result.note, undefined);
    assert.equal(result.text.split('\n\n')[0], '*The General Assembly*,');
  });

  it('names what the text leaves out, with its Word paragraph, and counts past the third', () => {
    const hidden = (text: string) => `<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
    const body = [
      paragraph(italic('The General Assembly') + run(',')),
      ...['Noting the report', 'Taking note of the survey', 'Welcoming the plan', 'Recalling the framework'].map((words, index) =>
        paragraph(italic(words.split(' ')[0]) + run(` ${words.split(' ').slice(1).join(' ')} of the regional commission,`) + hidden(`draft note ${index + 1} for the facilitator`)),
      ),
    ].join('');
    const result = readOk(readWordText('notes.docx', wordFile({ body }), 'accepted'));
    assert.equal(
      result.note,
      'notes.docx is a Word file: Word paragraph 2 (“Noting the report of the regional commission,”): hidden text is left out: “draft note 1 for the facilitator”; ' +
        'Word paragraph 3 (“Taking note of the survey of the regional …”): hidden text is left out: “draft note 2 for the facilitator”; ' +
        'Word paragraph 4 (“Welcoming the plan of the regional commission,”): hidden text is left out: “draft note 3 for the facilitator”; 1 other thing not read as text.',
    );
    assert.doesNotMatch(result.text, /facilitator/);
  });

  it('refuses a file that is no Word draft in one line naming it and the reason, never throwing', () => {
    const plainText = new TextEncoder().encode('The General Assembly,\n\n1. Decides to remain seized of the matter.\n');
    assert.deepEqual(readWordText('minutes.docx', plainText, 'accepted'), { ok: false, message: 'unres: minutes.docx cannot be opened as resolution text: not a zip archive (a .docx file is one).' });
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const encrypted = readWordText('protected.docx', ole, 'accepted');
    assert.equal(encrypted.ok, false);
    assert.match(!encrypted.ok ? encrypted.message : '', /^unres: protected\.docx cannot be opened as resolution text: encrypted or legacy Word file .*\.$/);
    const cut = readWordText('cut.docx', earlyWarningDraft().slice(0, 2000), 'accepted');
    assert.equal(cut.ok, false);
    assert.doesNotMatch(!cut.ok ? cut.message : '', /\n/);
  });

  it('gives the count of each kind in the singular or plural', () => {
    const result = readDocx(earlyWarningDraft());
    assert.ok(result.ok);
    const one = { ...result.reading, trackedChanges: 1, comments: [] };
    assert.equal(wordTextNote('a.docx', one), 'a.docx is a Word file: 1 tracked change, shown accepted.');
  });
});

describe('VS Code: the address of a Word draft shown as resolution text', () => {
  it('names the document after the Word file with .unres added, one for each view, and reads the file and view back', () => {
    const source = 'file:///home/delegate/drafts/early-warning.docx';
    assert.equal(wordTextUri(source), 'unres-word:/home/delegate/drafts/early-warning.docx.unres?file%3A%2F%2F%2Fhome%2Fdelegate%2Fdrafts%2Fearly-warning.docx');
    assert.equal(wordTextUri(source, 'original'), 'unres-word:/home/delegate/drafts/early-warning.docx%20%28original%29.unres?file%3A%2F%2F%2Fhome%2Fdelegate%2Fdrafts%2Fearly-warning.docx');
    assert.deepEqual(parseWordTextUri(wordTextUri(source)), { source, view: 'accepted' });
    assert.deepEqual(parseWordTextUri(wordTextUri(source, 'original')), { source, view: 'original' });
  });

  it('spells one file alike however its URI was written (node on the server, VS Code in the extension)', () => {
    const fromNode = pathToFileURL('/home/delegate/My drafts/draft (rev. 2)!.docx').href;
    const fromVsCode = 'file:///home/delegate/My%20drafts/draft%20%28rev.%202%29%21.docx';
    assert.notEqual(fromNode, fromVsCode);
    assert.equal(wordTextUri(fromNode), wordTextUri(fromVsCode));
    assert.equal(parseWordTextUri(wordTextUri(fromNode))?.source, fromVsCode);
    // Written again from its own source, the address does not change.
    assert.equal(wordTextUri(parseWordTextUri(wordTextUri(fromNode))!.source), wordTextUri(fromNode));
  });

  it('reads no other URI as the address of a Word text', () => {
    for (const uri of ['file:///home/delegate/drafts/early-warning.docx', 'unres-word:/drafts/a.docx.unres', 'unres-word:/a.docx.unres?not%20a%20uri', 'unres-word:/a.docx.unres?%E0%A4%A', `unres-word:/a.unres?${encodeURIComponent('unres-word:/b.unres')}`]) {
      assert.equal(parseWordTextUri(uri), undefined, uri);
    }
  });
});
