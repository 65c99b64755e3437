import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  applyEdits,
  BUNDLED_TREATY_TABLE,
  checkRuleSettings,
  createTreatyTable,
  firstFixEdits,
  fixText,
  lint,
  parseResolution,
  readProjectConfig,
  RULES,
  resolveRule,
  type Finding,
  type Span,
} from '../../server/src/core';
import { DocumentAnalyses } from '../../server/src/lsp/documentAnalyses';
import { findingDiagnostics } from '../../server/src/lsp/features';
import { realTexts, type RealText } from '../support/longDrafts';

/**
 * Property-based robustness of the core: on any text, parsing and every rule finish without
 * throwing, every range lies inside the document, every fix applies whole, and fixing twice
 * changes nothing more. fast-check picks a new random seed on every run and prints it (with the
 * shrunk counterexample) when a property fails; `fc.assert(..., { seed, path })` replays it.
 * The run counts keep the whole file under a minute on a busy two-core machine.
 */

const REAL = realTexts();

/** Pieces a resolution is made of, and pieces that break things: markup, marks, line ends, surrogates. */
const TOKENS = [
  'The General Assembly,', 'The Security Council,', 'General Assembly', 'Distr.: Limited', '13 November 2024', 'Original: English',
  'Agenda item 27', 'Chile and Norway: draft resolution', '*Recalling*', 'Recalling', '*Urges*', 'Urges', 'Also urges', 'Decides',
  '*Ibid.*', 'Ibid.', 'United Nations, *Treaty Series*, vol. 2225, No. 39574', 'resolution 70/1 of 25 September 2015', '[64/293](#)',
  'A/C.3/79/L.16/Rev.1', 'Convention on the Rights of the Child', 'the Optional Protocol thereto', 'treaties of Tlatelolco and Pelindaba',
  'paragraph 3 above', '1.', '2.', '5 bis.', '(a)', '(b)', '(i)', '- (a)', '¹', '²³', '⁴⁵⁶', '[^1]', '[^1]:', '\\*', '*', '**', ',', ';', '.', ':',
  '“', '”', '’', ' ', '  ', '\t', '\n', '\n\n', '\n\n\n\n', '\r\n', '\r', '<!--', '-->', '<!-- unres-disable UNR001 -->',
  '<!-- unres-disable-next -->', '*50th plenary meeting*', '*19 December 2023*', 'Annex', '😀', '𝒜', '\ud800', '\udfff', '\u0000', '\ufeff', '\u00a0',
];

const resolutionish = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...TOKENS) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) }), { maxLength: 120 }).map((parts) => parts.join(''));
/** Any UTF-16 text, lone surrogates and control characters included. */
const anyText = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 400 });

function insideText(span: Span, length: number): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= length;
}

/** Lints a text and checks what must hold of every finding; returns the findings. */
function checkedFindings(text: string): Finding[] {
  const findings = lint(parseResolution(text));
  for (const finding of findings) {
    assert.ok(insideText(finding.span, text.length), `${finding.ruleId} reports ${JSON.stringify(finding.span)} in a text of ${text.length}`);
    for (const fix of finding.fixes) {
      for (const edit of fix.edits) assert.ok(insideText(edit.span, text.length), `${finding.ruleId}'s fix "${fix.title}" edits ${JSON.stringify(edit.span)} in a text of ${text.length}`);
      // A fix applies whole: none of its edits overlaps another or falls outside the text.
      assert.equal(applyEdits(text, fix.edits).applied.length, fix.edits.length, `${finding.ruleId}'s fix "${fix.title}" does not apply cleanly`);
    }
  }
  return findings;
}

/** Applies one pass of first fixes and checks that the text outside the edits is unchanged. */
function checkOnePass(text: string, findings: readonly Finding[]): void {
  const edits = firstFixEdits(findings);
  const { text: fixed, applied } = applyEdits(text, edits);
  assert.equal(applied.length, edits.length, 'every edit of the fixes taken in one pass applies');
  const sorted = [...applied].sort((a, b) => a.span.start - b.span.start);
  let inOld = 0;
  let inNew = 0;
  for (const edit of sorted) {
    const kept = text.slice(inOld, edit.span.start);
    assert.equal(fixed.slice(inNew, inNew + kept.length), kept, 'text between fixes is unchanged');
    inNew += kept.length + edit.newText.length;
    inOld = edit.span.end;
  }
  assert.equal(fixed.slice(inNew), text.slice(inOld), 'text after the last fix is unchanged');
}

function checkFixAll(text: string): void {
  const once = fixText(text).text;
  assert.equal(fixText(once).text, once, 'fixing a fixed text changes nothing');
}

/** One way a drafter (or a conversion) damages a real text. */
type Mutation =
  | { kind: 'moveLine'; from: number; to: number }
  | { kind: 'deleteLines'; at: number; count: number }
  | { kind: 'duplicateBlock'; at: number }
  | { kind: 'crlf' }
  | { kind: 'insert'; at: number; text: string };

const STRAY = ['¹', '⁷⁸', '😀', '👩🏽‍⚖️', '\ud83d', '\ude00', '*', '\\*', '(a) ', '\n\n', '1. ', '\u0000', '\r'];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('moveLine' as const), from: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('deleteLines' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ kind: fc.constant('duplicateBlock' as const), at: fc.nat() }),
  fc.constant({ kind: 'crlf' as const }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...STRAY), fc.string({ unit: 'binary', maxLength: 4 })) }),
);

function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  switch (m.kind) {
    case 'moveLine': {
      const [line] = lines.splice(m.from % lines.length, 1);
      lines.splice(m.to % (lines.length + 1), 0, line);
      return lines.join('\n');
    }
    case 'deleteLines':
      lines.splice(m.at % lines.length, m.count);
      return lines.join('\n');
    case 'duplicateBlock': {
      const blocks = text.split('\n\n');
      const at = m.at % blocks.length;
      blocks.splice(at, 0, blocks[at]);
      return blocks.join('\n\n');
    }
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n');
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
  }
}

/** A single-range edit as an editor sends it: a span of the current text replaced by new text. */
interface RangeEdit {
  readonly at: number;
  readonly remove: number;
  readonly insert: string;
}

const rangeEdit: fc.Arbitrary<RangeEdit> = fc.record({
  at: fc.nat(),
  remove: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 400 })),
  insert: fc.oneof(fc.constantFrom('', 'e', ' ', '\n', '\n\n', '¹', ';', '*', '1. ', '(a) ', 'Urges ', '\r\n', '😀'), fc.string({ unit: 'binary', maxLength: 8 })),
});

const realText = fc.constantFrom(...REAL);
const describeText = (t: RealText): string => t.file;

describe('robustness (property-based, fast-check)', function () {
  this.timeout(120_000);

  it('parses and lints any text without throwing, every range inside it and every fix applying whole', () => {
    fc.assert(
      fc.property(fc.oneof(resolutionish, anyText), (text) => {
        checkOnePass(text, checkedFindings(text));
      }),
      { numRuns: 300 },
    );
  });

  it('fixing all findings of a text twice changes nothing the second time', () => {
    fc.assert(
      fc.property(resolutionish, (text) => checkFixAll(text)),
      // Found by this property: the italics fix added asterisks beside a bold verb on every pass.
      { numRuns: 150, examples: [['************Decides**********5 bis.']] },
    );
  });

  it('lints real texts damaged by moved and deleted lines, repeated paragraphs, CRLF, stray marks, emoji and lone surrogates', () => {
    fc.assert(
      fc.property(realText, fc.array(mutation, { minLength: 1, maxLength: 6 }), (real, mutations) => {
        const text = mutations.reduce(mutate, real.text);
        checkOnePass(text, checkedFindings(text));
      }),
      { numRuns: 40, examples: [[REAL[0], [{ kind: 'crlf' }]]] },
    );
  });

  it('fixing all findings of a damaged real text twice changes nothing the second time', () => {
    fc.assert(
      fc.property(realText, fc.array(mutation, { minLength: 1, maxLength: 3 }), (real, mutations) => checkFixAll(mutations.reduce(mutate, real.text))),
      { numRuns: 8 },
    );
  });

  it('gives the same model and diagnostics after incremental edits through the server cache as a fresh parse of the final text', () => {
    fc.assert(
      fc.property(realText, fc.array(rangeEdit, { minLength: 1, maxLength: 25 }), (real, edits) => {
        const uri = `file:///robustness/${describeText(real)}`;
        const analyses = new DocumentAnalyses();
        // The diagnostics of the cached model of a version, as the server computes them.
        const diagnosticsThrough = (doc: TextDocument, cache: DocumentAnalyses) => findingDiagnostics(doc, lint(cache.model(doc)));
        const document = TextDocument.create(uri, 'unres', 1, real.text);
        diagnosticsThrough(document, analyses);
        let version = 1;
        for (const edit of edits) {
          const text = document.getText();
          const start = edit.at % (text.length + 1);
          const end = Math.min(text.length, start + edit.remove);
          const range = { start: document.positionAt(start), end: document.positionAt(end) };
          TextDocument.update(document, [{ range, text: edit.insert }], ++version);
          // Every version is linted, as an editor pulling diagnostics after each change does.
          diagnosticsThrough(document, analyses);
        }
        const finalText = document.getText();
        const fresh = parseResolution(finalText);
        assert.deepEqual(analyses.model(document), fresh);
        // Linted with a treaty table of its own, nothing remembered from the versions before counts.
        const freshFindings = lint(fresh, {}, { treaties: createTreatyTable(BUNDLED_TREATY_TABLE.treaties, BUNDLED_TREATY_TABLE.sources) });
        assert.deepEqual(lint(analyses.model(document)), freshFindings);
        const freshDocument = TextDocument.create(uri, 'unres', version, finalText);
        assert.deepEqual(diagnosticsThrough(document, analyses), diagnosticsThrough(freshDocument, new DocumentAnalyses()));
      }),
      { numRuns: 25 },
    );
  });

  it('reads any settings value and any .unres.json text without throwing, each problem one sentence', () => {
    const sentence = (problem: { message: string }) => assert.match(problem.message, /^\S[^\n]*$/, JSON.stringify(problem));
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.dictionary(fc.constantFrom('UNR001', 'operative-numbering', 'numbering', 'UNR999', ''), fc.jsonValue())), (value) => {
        checkRuleSettings(value, 'unres.rules', RULES).problems.forEach(sentence);
        readProjectConfig(JSON.stringify({ rules: value }), RULES).problems.forEach(sentence);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => readProjectConfig(text, RULES).problems.forEach(sentence)),
      { numRuns: 300 },
    );
  });

  it('runs every rule on its own, with its options at their defaults, on damaged real texts without throwing', () => {
    fc.assert(
      fc.property(realText, fc.array(mutation, { minLength: 1, maxLength: 4 }), (real, mutations) => {
        const doc = parseResolution(mutations.reduce(mutate, real.text));
        for (const rule of RULES) {
          const { options } = resolveRule(rule, {});
          rule.check(doc, options, (report) => assert.ok(insideText(report.span, doc.text.length), `${rule.id} reports outside the text`), { treaties: BUNDLED_TREATY_TABLE });
        }
      }),
      { numRuns: 20 },
    );
  });
});
