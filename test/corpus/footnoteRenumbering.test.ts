import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits, footnoteIndex, insertFootnote, lint, parseResolution, renumberFootnotes, type Paragraph, type ResolutionDocument } from '../../server/src/core';

/**
 * Editing real texts the way a drafter does — moving a paragraph, deleting one, inserting a new
 * one with its own note — and then "Renumber footnotes": the marks come out numbered 1, 2, 3 …
 * in reading order, every mark still leads to the note it led to before, and the document keeps
 * exactly the same set of footnote texts.
 */
const SHARED = path.resolve(__dirname, '../../../../shared');
const NUMBERING_RULES = new Set(['UNR020', 'UNR022', 'UNR023']);

function realTexts(): string[] {
  if (!fs.existsSync(SHARED)) return [];
  const samples = fs.readdirSync(path.join(SHARED, 'samples')).filter((f) => f.endsWith('.txt')).map((f) => `samples/${f}`);
  const corpus = fs.readdirSync(path.join(SHARED, 'corpus')).filter((f) => /^\d\d-.*\.md$/.test(f)).map((f) => `corpus/${f}`);
  return [...samples, ...corpus].sort();
}

/** The text of every numbered footnote's definition, by label. */
function noteTexts(doc: ResolutionDocument): Map<string, string> {
  return new Map(footnoteIndex(doc).numberedDefinitions.map((def) => [def.label, doc.text.slice(def.content.start, def.content.end).trim()]));
}

/** Each numbered mark in reading order, with the text of the note it leads to. */
function marksWithTheirNotes(doc: ResolutionDocument): Array<{ number: number | undefined; note: string | undefined }> {
  const notes = noteTexts(doc);
  return doc.footnoteReferences.filter((ref) => ref.number !== undefined).map((ref) => ({ number: ref.number, note: notes.get(ref.label) }));
}

/** The multiset of footnote texts, sorted, so a dropped or doubled note shows. */
function allNoteTexts(doc: ResolutionDocument): string[] {
  return footnoteIndex(doc).numberedDefinitions.map((def) => doc.text.slice(def.content.start, def.content.end).trim()).sort();
}

function renumbered(text: string): ResolutionDocument {
  return parseResolution(applyEdits(text, renumberFootnotes(parseResolution(text))).text);
}

function numberingFindings(doc: ResolutionDocument): string[] {
  return lint(doc)
    .filter((f) => NUMBERING_RULES.has(f.ruleId))
    .map((f) => `${f.ruleId} ${f.message}`);
}

/** Every paragraph of the preamble and the operative part that carries a numbered footnote mark. */
function paragraphsWithMarks(doc: ResolutionDocument): Paragraph[] {
  return [...doc.preamble, ...doc.operative].filter((p) => doc.footnoteReferences.some((r) => r.number !== undefined && r.span.start >= p.span.start && r.span.end <= p.span.end));
}

/** The text with a paragraph (and the blank line after it) taken out. */
function withoutParagraph(text: string, p: Paragraph): string {
  const end = text.startsWith('\n\n', p.span.end) ? p.span.end + 2 : p.span.end;
  return text.slice(0, p.span.start) + text.slice(end);
}

/** Numbers 1 … n in reading order: what clean numbering looks like. */
function assertNumberedInReadingOrder(doc: ResolutionDocument, file: string): void {
  const seen: number[] = [];
  for (const ref of doc.footnoteReferences) if (ref.number !== undefined && !seen.includes(ref.number)) seen.push(ref.number);
  assert.deepEqual(seen, seen.map((_, i) => i + 1), `${file}: marks in reading order`);
}

describe('corpus: renumbering footnotes after moving, deleting and inserting paragraphs', function () {
  if (!fs.existsSync(SHARED)) {
    it(`cannot run: ${SHARED} does not exist (the real documents live in ../shared beside the project)`, function () {
      if (process.env.CI) assert.fail(`${SHARED} is missing`);
      this.skip();
    });
    return;
  }

  const texts = new Map(realTexts().map((file) => [file, fs.readFileSync(path.join(SHARED, file), 'utf8')]));
  const withNotes = [...texts].filter(([, text]) => paragraphsWithMarks(parseResolution(text)).length >= 2);

  it('has real texts with footnotes to edit', () => {
    assert.ok(withNotes.length >= 15, `${withNotes.length} texts have marks in two paragraphs or more`);
  });

  for (const [file, text] of withNotes) {
    describe(file, () => {
      const doc = parseResolution(text);
      const marked = paragraphsWithMarks(doc);

      it('moving the last paragraph with a note to the front: numbering found out of order, renumbered cleanly with every note kept', () => {
        const last = marked[marked.length - 1];
        const first = marked[0];
        const moved = text.slice(last.span.start, last.span.end);
        const rest = withoutParagraph(text, last);
        const broken = rest.slice(0, first.span.start) + moved + '\n\n' + rest.slice(first.span.start);
        const brokenDoc = parseResolution(broken);
        assert.ok(
          lint(brokenDoc).some((f) => f.ruleId === 'UNR023'),
          `${file}: the moved paragraph's notes now come first and UNR023 says so`,
        );
        const fixed = renumbered(broken);
        assertNumberedInReadingOrder(fixed, file);
        assert.deepEqual(numberingFindings(fixed), [], `${file}: clean after renumbering`);
        assert.deepEqual(
          marksWithTheirNotes(fixed).map((m) => m.note),
          marksWithTheirNotes(brokenDoc).map((m) => m.note),
          `${file}: every mark leads to the note it led to before`,
        );
        assert.deepEqual(allNoteTexts(fixed), allNoteTexts(doc), `${file}: the same set of notes`);
        assert.deepEqual(renumberFootnotes(fixed), [], `${file}: renumbering again changes nothing`);
      });

      it('deleting a paragraph with a note: the orphaned note is kept, numbered after the others', () => {
        // A paragraph a page break split holds notes of other paragraphs: delete one that holds none.
        const holdsNoNotes = marked.filter((p) => !doc.footnoteDefinitions.some((def) => def.span.start >= p.span.start && def.span.end <= p.span.end));
        const deleted = holdsNoNotes[Math.floor(holdsNoNotes.length / 2)];
        const orphanLabels = new Set(doc.footnoteReferences.filter((r) => r.number !== undefined && r.span.start >= deleted.span.start && r.span.end <= deleted.span.end).map((r) => r.label));
        const broken = withoutParagraph(text, deleted);
        const brokenDoc = parseResolution(broken);
        const orphans = footnoteIndex(brokenDoc).numberedDefinitions.filter((def) => orphanLabels.has(def.label)).map((def) => broken.slice(def.content.start, def.content.end).trim());
        const fixed = renumbered(broken);
        assertNumberedInReadingOrder(fixed, file);
        assert.deepEqual(numberingFindings(fixed), [], `${file}: clean after renumbering`);
        assert.deepEqual(allNoteTexts(fixed), allNoteTexts(brokenDoc), `${file}: no note dropped or doubled`);
        const referenced = footnoteIndex(fixed).firstReferenceOrder.length;
        const unreferenced = footnoteIndex(fixed)
          .numberedDefinitions.filter((def) => def.number! > referenced)
          .map((def) => fixed.text.slice(def.content.start, def.content.end).trim());
        assert.deepEqual(unreferenced.sort(), orphans.sort(), `${file}: the orphaned notes follow the referenced ones`);
        const unreferencedFindings = lint(fixed).filter((f) => f.ruleId === 'UNR021');
        assert.equal(unreferencedFindings.length, orphans.length, `${file}: each orphaned note is reported as unreferenced`);
      });

      it('inserting a paragraph and its note at the top of the preamble: the new note is 1 and the others follow', () => {
        const top = doc.preamble[0] ?? doc.operative[0];
        const paragraph = '*Recalling also* its resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”,';
        const withParagraph = text.slice(0, top.span.start) + paragraph + '\n\n' + text.slice(top.span.start);
        const cursor = top.span.start + paragraph.indexOf(' entitled');
        const insertion = insertFootnote(parseResolution(withParagraph), cursor);
        assert.ok(insertion, `${file}: a footnote can go after "2015"`);
        assert.equal(insertion.number, 1);
        const inserted = applyEdits(withParagraph, insertion.edits).text;
        const written = inserted.slice(0, insertion.definitionOffset) + 'Resolution 70/1.' + inserted.slice(insertion.definitionOffset);
        const fixed = parseResolution(written);
        assertNumberedInReadingOrder(fixed, file);
        assert.deepEqual(numberingFindings(fixed), [], `${file}: clean after the insertion`);
        assert.deepEqual(
          marksWithTheirNotes(fixed).map((m) => m.note),
          ['Resolution 70/1.', ...marksWithTheirNotes(doc).map((m) => m.note)],
          `${file}: the new note first, then every old mark with its own note`,
        );
        assert.deepEqual(allNoteTexts(fixed), [...allNoteTexts(doc), 'Resolution 70/1.'].sort(), `${file}: the old notes and the new one`);
      });
    });
  }
});
