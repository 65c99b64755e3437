import * as assert from 'node:assert/strict';
import { strToU8, zipSync } from 'fflate';
import { DOCX_LIMITS, readDocx } from '../../server/src/docx';
import { italic, listInstance, listItem, OPERATIVE_LIST, paragraph, run, wordFile } from '../support/wordFiles';

/** Reads a file that must be refused, and returns the reason and how long the refusal took. */
function refusal(bytes: Uint8Array): { reason: string; milliseconds: number } {
  const started = performance.now();
  const result = readDocx(bytes);
  const milliseconds = performance.now() - started;
  if (result.ok) assert.fail('the file was read');
  assert.ok(!result.reason.includes('\n'), `one line: ${result.reason}`);
  return { reason: result.reason, milliseconds };
}

/** Far above what any refusal here costs (a few milliseconds to a few hundred); a bound, not a benchmark. */
const QUICKLY = 5000;

const DOCUMENT = 'word/document.xml';

/** A draft with the usual parts, to damage. */
const DRAFT = wordFile({
  numbering: OPERATIVE_LIST + listInstance(1, 0),
  body: [paragraph(run('The General Assembly,')), paragraph(italic('Requests') + run(' the Secretary-General to report.'), listItem(1))].join(''),
});

function entryOffsets(zip: Uint8Array, name: string): { local: number; central: number } {
  const bytes = strToU8(name);
  const offsets: number[] = [];
  for (let at = 0; at + bytes.length <= zip.length; at++) {
    if (bytes.every((byte, i) => zip[at + i] === byte)) offsets.push(at);
  }
  // The name follows a local header (30 bytes) and, later, a central directory entry (46 bytes).
  return { local: offsets[0] - 30, central: offsets[offsets.length - 1] - 46 };
}

describe('hostile Word files', () => {
  it('refuses a file that is not a zip', () => {
    const { reason, milliseconds } = refusal(strToU8('The General Assembly,\n\n1. Requests the Secretary-General to report.\n'));
    assert.equal(reason, 'not a zip archive (a .docx file is one)');
    assert.ok(milliseconds < QUICKLY);
  });

  it('refuses an encrypted or legacy Word file by its OLE signature', () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    assert.match(refusal(ole).reason, /^encrypted or legacy Word file/);
  });

  it('refuses a macro-enabled file (.docm): by its VBA project, and by its content type alone', () => {
    const body = paragraph(run('The General Assembly,'));
    const withProject = wordFile({ body, extraEntries: { 'word/vbaProject.bin': new Uint8Array([1, 2, 3]) } });
    assert.match(refusal(withProject).reason, /^macro-enabled Word file/);
    const byType = wordFile({ body, documentContentType: 'application/vnd.ms-word.document.macroEnabled.main+xml' });
    assert.match(refusal(byType).reason, /^macro-enabled Word file/);
  });

  it('refuses a package without word/document.xml', () => {
    assert.equal(refusal(wordFile({ body: '', withoutDocument: true })).reason, 'not a Word document: no word/document.xml');
  });

  it('refuses a part whose directory declares more than the bound, before inflating it', () => {
    const zeros = new Uint8Array(DOCX_LIMITS.entryBytes + 1);
    const bomb = zipSync({ [DOCUMENT]: zeros }, { level: 9 });
    assert.ok(bomb.length < 100_000, `a real bomb: ${bomb.length} bytes`);
    const { reason, milliseconds } = refusal(bomb);
    assert.match(reason, /^zip bomb or oversized part: word\/document\.xml expands to 32 MiB/);
    assert.ok(milliseconds < QUICKLY);
  });

  it('stops inflating a part that expands past the size its directory declares', () => {
    const zeros = new Uint8Array(DOCX_LIMITS.entryBytes + 1);
    const bomb = zipSync({ [DOCUMENT]: zeros }, { level: 9 });
    const { local, central } = entryOffsets(bomb, DOCUMENT);
    // Both headers lie: 1,000 bytes.
    new DataView(bomb.buffer, bomb.byteOffset).setUint32(local + 22, 1000, true);
    new DataView(bomb.buffer, bomb.byteOffset).setUint32(central + 24, 1000, true);
    const { reason, milliseconds } = refusal(bomb);
    assert.equal(reason, 'zip bomb: word/document.xml expands past the 1000 bytes its directory declares');
    assert.ok(milliseconds < QUICKLY);
  });

  it('refuses parts that together expand past the total bound', () => {
    const padded = (root: string): Uint8Array => {
      const part = new Uint8Array(DOCX_LIMITS.entryBytes - 1024).fill(0x20);
      part.set(strToU8(`<w:${root} xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>`));
      return part;
    };
    const files = { 'word/document.xml': padded('document'), 'word/styles.xml': padded('styles'), 'word/numbering.xml': padded('numbering') };
    const reason = refusal(zipSync(files, { level: 1 })).reason;
    assert.match(reason, /^zip bomb or oversized file: its parts expand past 64 MiB/);
  });

  it('refuses XML nested deeper than the bound', () => {
    const depth = 100_000;
    const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${'<w:sdt><w:sdtContent>'.repeat(depth / 2)}`;
    const { reason, milliseconds } = refusal(zipSync({ [DOCUMENT]: strToU8(xml) }));
    assert.equal(reason, `XML too deep: word/document.xml nests elements more than ${DOCX_LIMITS.xmlDepth} deep`);
    assert.ok(milliseconds < QUICKLY);
  });

  it('refuses a part with more elements than the bound', () => {
    const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${'<w:p/>'.repeat(DOCX_LIMITS.xmlElements)}</w:body></w:document>`;
    const { reason, milliseconds } = refusal(zipSync({ [DOCUMENT]: strToU8(xml) }));
    assert.equal(reason, `XML too big: word/document.xml has more than ${DOCX_LIMITS.xmlElements} elements`);
    assert.ok(milliseconds < QUICKLY);
  });

  it('refuses malformed XML and a document type (the entity expansion of a "billion laughs")', () => {
    const cut = zipSync({ [DOCUMENT]: strToU8('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>') });
    assert.match(refusal(cut).reason, /^malformed XML in word\/document\.xml: /);
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>`;
    assert.equal(refusal(zipSync({ [DOCUMENT]: strToU8(laughs) })).reason, 'word/document.xml declares a document type, which Word never writes');
  });

  it('refuses an entry encrypted with the zip format’s own password', () => {
    const file = wordFile({ body: paragraph(run('Text')) });
    const { central } = entryOffsets(file, DOCUMENT);
    file[central + 8] |= 1;
    assert.equal(refusal(file).reason, 'encrypted zip entry word/document.xml');
  });

  it('never throws on a cut or damaged file: it reads it or refuses it with a reason', () => {
    for (let cut = 0; cut < DRAFT.length; cut += Math.max(1, Math.floor(DRAFT.length / 60))) {
      const result = readDocx(DRAFT.subarray(0, cut));
      assert.ok(!result.ok);
    }
    let seed = 7;
    for (let trial = 0; trial < 200; trial++) {
      const damaged = DRAFT.slice();
      for (let flips = 0; flips < 4; flips++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        damaged[seed % damaged.length] ^= 1 << (seed % 8);
      }
      const result = readDocx(damaged);
      assert.ok(result.ok || (result.reason.length > 0 && !result.reason.includes('\n')));
    }
  });

  it('reads the undamaged draft', () => {
    const result = readDocx(DRAFT);
    assert.ok(result.ok);
    assert.equal(result.reading.text, 'The General Assembly,\n\n1. *Requests* the Secretary-General to report.\n');
  });
});
