import type { Fix } from '../findings';
import type { Paragraph, Punctuation, ResolutionDocument, Span, Subparagraph } from '../model';
import { introducedDivision, isStrayPreambular, sentenceEnds } from '../divisions';
import { markIn } from '../language/languages';
import { meaningfulEnd } from '../parse/inline';
import type { Rule, RuleReport } from './rule';

const NAMES: Record<string, string> = { ',': 'a comma', ';': 'a semicolon', '.': 'a full stop', ':': 'a colon' };
const CLOSING_QUOTES = '”’"\'';
/** French and Spanish texts also close a quotation with "»" (« Transformer notre monde », A/HRC/RES/36/21). */
const closingQuotes = (language: string): string => (language === 'fr' || language === 'es' ? `${CLOSING_QUOTES}»` : CLOSING_QUOTES);

/**
 * A resolution is one sentence (conventions STR-02, PUN-03, OP-04, PRE-03, SP-02): preambular
 * paragraphs end with a comma, operative paragraphs with a semicolon and the last with a full
 * stop; a paragraph that introduces sub-paragraphs ends its opening words with a colon, each item
 * ends with a semicolon and the last item with the paragraph's own mark. A footnote mark goes after
 * the punctuation that follows the cited name (FN-03), and punctuation after a quoted title goes
 * outside the closing quotation mark (REF-02). A part that opens again with "The General Assembly,"
 * is a sentence of its own, ending with a full stop; a section is not. A paragraph that introduces
 * a text with a colon (a declaration it adopts, a table, a schedule) ends with that colon: what it
 * introduces is not the resolution's own and is not judged. Documentation: docs/rules/UNR008.md.
 */
export const punctuation: Rule = {
  id: 'UNR008',
  alias: 'punctuation',
  description: 'Paragraph, chapeau and sub-paragraph punctuation; footnote marks after punctuation',
  tags: ['punctuation'],
  defaultSeverity: 'warning',
  options: [],
  fixable: true,
  check(doc, _options, report) {
    for (const p of doc.preamble) checkParagraph(doc, p, ',', `The preambular paragraph`, 'preambular paragraphs end with a comma', report);
    if (doc.documentKind === 'amendment') {
      // A quoted operative paragraph's place in the amended draft (the last or not) is not known here.
      for (const p of doc.operative) checkParagraph(doc, p, ';', p.number ? `Paragraph ${p.number.text}` : 'The operative paragraph', 'operative paragraphs end with a semicolon, the last with a full stop', report, ';.');
      checkFootnoteMarks(doc, report);
      return;
    }
    const ends = sentenceEnds(doc);
    for (const p of doc.operative) {
      // A preambular paragraph out of place ends with its own comma: UNR003 reports where it stands.
      if (isStrayPreambular(p)) continue;
      const last = ends.has(p);
      const name = p.number ? `Paragraph ${p.number.text}` : 'The operative paragraph';
      if (p.subparagraphs.length === 0 && p.punctuation?.char === ':' && introducedDivision(doc, p)) continue;
      const rule = last ? 'the last operative paragraph ends with a full stop' : 'operative paragraphs end with a semicolon, the last with a full stop';
      checkParagraph(doc, p, last ? '.' : ';', last && doc.operative.length > 1 ? `${name}, the last,` : name, rule, report);
    }
    checkFootnoteMarks(doc, report);
  },
};

function checkParagraph(doc: ResolutionDocument, p: Paragraph, endMark: string, name: string, rule: string, report: (r: RuleReport) => void, endMarks = endMark): void {
  // Preambular items end with a comma in official texts (sample 000) or a semicolon (SP-02).
  const itemMarks = p.kind === 'preambular' ? ';,' : ';';
  const lastPiece = p.contentPieces[p.contentPieces.length - 1];
  if (p.subparagraphs.length === 0) {
    checkMark(doc, p.punctuation, lastPiece, endMark, name, rule, report, endMarks);
    return;
  }
  checkMark(doc, p.punctuation, lastPiece, ':', `${name}`, 'a paragraph that introduces sub-paragraphs ends its opening words with a colon', report);
  checkItems(doc, p.subparagraphs, endMark, itemMarks, report);
}

function checkItems(doc: ResolutionDocument, items: readonly Subparagraph[], endMark: string, itemMarks: string, report: (r: RuleReport) => void): void {
  items.forEach((item, i) => {
    const last = i === items.length - 1;
    const wanted = last ? endMark : itemMarks[0];
    const accepted = last ? endMark : itemMarks;
    const rule = last
      ? `the last sub-paragraph ends with the paragraph's own mark, ${NAMES[endMark]}`
      : 'each sub-paragraph but the last ends with a semicolon';
    const ownEnd = item.children.length > 0 ? item.children[0].span.start : item.span.end;
    const own = ownPiece(item, ownEnd);
    if (item.children.length > 0) {
      checkMark(doc, item.punctuation, own, ':', `Sub-paragraph ${item.label.text}`, 'an item that introduces sub-items ends its opening words with a colon', report);
      checkItems(doc, item.children, wanted, itemMarks, report);
    } else {
      checkMark(doc, item.punctuation, own, wanted, `Sub-paragraph ${item.label.text}`, rule, report, accepted);
    }
  });
}

/** The last source piece of a sub-paragraph's own text, before any sub-items. */
function ownPiece(item: Subparagraph, ownEnd: number): Span {
  const pieces = item.pieces.filter((piece) => piece.start < ownEnd);
  const last = pieces[pieces.length - 1] ?? item.span;
  return { start: last.start, end: Math.min(last.end, ownEnd) };
}

function checkMark(doc: ResolutionDocument, mark: Punctuation | undefined, piece: Span, wantedMark: string, name: string, rule: string, report: (r: RuleReport) => void, accepted = wantedMark): void {
  const text = doc.text;
  // Compared as Latin marks; written as the draft's language writes them ("；" in Chinese).
  const wanted = wantedMark;
  const written = (m: string): string => markIn(doc.language.code, m);
  if (mark) {
    const before = text[mark.span.start - 1];
    if (before !== undefined && ',;:'.includes(before)) {
      const doubled = { start: mark.span.start - 1, end: mark.span.end };
      const keep = written(mark.char === wanted || before !== wanted ? wanted : before);
      const both = text.slice(doubled.start, doubled.end);
      report({
        message: `${name} ends with "${both}": one mark closes it; ${rule}.`,
        span: doubled,
        fixes: [{ title: `Replace "${both}" with "${keep}"`, edits: [{ span: doubled, newText: keep }] }],
      });
      return;
    }
    if (accepted.includes(mark.char)) return;
    report({
      message: `${name} ends with ${NAMES[mark.char]}: ${rule}.`,
      span: mark.span,
      fixes: [{ title: `Replace "${text.slice(mark.span.start, mark.span.end)}" with "${written(wanted)}"`, edits: [{ span: mark.span, newText: written(wanted) }] }],
    });
    return;
  }
  const end = meaningfulEnd(text, piece.start, piece.end);
  if (end <= piece.start) return;
  const lastChar = text[end - 1];
  // French sets "»" off with a space: « sans tarder. »
  let quoteAt = end - 1;
  if (lastChar === '»') while (quoteAt > piece.start && SPACES_BEFORE_MARK.includes(text[quoteAt - 1])) quoteAt--;
  const beforeQuote = text[quoteAt - 1];
  if (closingQuotes(doc.language.code).includes(lastChar) && beforeQuote !== undefined && ',;:.'.includes(beforeQuote)) {
    const span = { start: quoteAt - 1, end };
    const fixes: Fix[] = [{ title: `Put "${written(wanted)}" outside the quotation mark`, edits: [{ span, newText: `${text.slice(quoteAt, end)}${written(wanted)}` }] }];
    report({ message: `${name} ends with "${beforeQuote}" inside the closing quotation mark: the punctuation goes outside it, and ${rule}.`, span, fixes });
    return;
  }
  const at = { start: end, end };
  report({
    message: `${name} ends without punctuation: ${rule}.`,
    span: { start: end - 1, end },
    fixes: [{ title: `Add "${written(wanted)}"`, edits: [{ span: at, newText: written(wanted) }] }],
  });
}

/**
 * "Crime¹," -> "Crime,¹": the footnote mark follows the punctuation (FN-03), in English texts.
 * French and Spanish texts put it before the punctuation (see `checkMarksBeforePunctuation`); what
 * the other languages' official texts do is not sourced yet, and they are not checked.
 */
function checkFootnoteMarks(doc: ResolutionDocument, report: (r: RuleReport) => void): void {
  if (doc.language.code === 'fr' || doc.language.code === 'es') {
    checkMarksBeforePunctuation(doc, report);
    return;
  }
  if (doc.language.code !== 'en') return;
  const text = doc.text;
  const inParagraph = paragraphWalk(doc);
  const markStarts = new Set(doc.footnoteReferences.map((ref) => ref.span.start));
  for (const ref of doc.footnoteReferences) {
    if (ref.form === 'asterisk') continue;
    // A run of marks ("¹²") is one place: look after the last mark of the run.
    const next = text[ref.span.end];
    if (next === undefined || !',;:.'.includes(next)) continue;
    // "conflict,¹⁰,¹¹": a comma between two marks at one place separates them.
    if (next === ',' && markStarts.has(ref.span.end + 1)) continue;
    if (!inParagraph(ref.span.start)) continue;
    const mark = text.slice(ref.span.start, ref.span.end);
    const span = { start: ref.span.start, end: ref.span.end + 1 };
    report({
      message: `The footnote mark ${mark} stands before the ${NAMES[next].slice(2)}: it goes after the punctuation ("${next}${mark}").`,
      span,
      fixes: [{ title: `Move the footnote mark after "${next}"`, edits: [{ span, newText: `${next}${mark}` }] }],
    });
  }
}

/**
 * Whether an offset is inside a preambular or operative paragraph, asked of offsets in text order:
 * marks and paragraphs are both in text order, and are walked together.
 */
function paragraphWalk(doc: ResolutionDocument): (offset: number) => boolean {
  const paragraphs = [...doc.preamble, ...doc.operative];
  let at = 0;
  return (offset) => {
    while (at < paragraphs.length && paragraphs[at].span.end <= offset) at++;
    return at < paragraphs.length && paragraphs[at].span.start <= offset;
  };
}

/** The spaces French writes before ";", ":", "?" and "!": a space, a no-break space, a narrow no-break space. */
const SPACES_BEFORE_MARK = ' \u00a0\u202f';

/**
 * "session,¹" -> "session¹,": in French and Spanish texts the footnote mark comes before the
 * punctuation, as A/RES/54/254 prints "«Assemblée du millénaire …»1," and A/RES/52/123 "du
 * Secrétaire général1/;" in French, and A/RES/61/266 "Pacto Internacional de Derechos Civiles y
 * Políticos 1, en particular" in Spanish (the marks flattened to figures in those copies). A French
 * space before the mark's ";" or ":" stays where it is: "général¹ ;".
 */
function checkMarksBeforePunctuation(doc: ResolutionDocument, report: (r: RuleReport) => void): void {
  const text = doc.text;
  const inParagraph = paragraphWalk(doc);
  const markEnds = new Set(doc.footnoteReferences.map((ref) => ref.span.end));
  for (const ref of doc.footnoteReferences) {
    if (ref.form === 'asterisk') continue;
    const punctuationAt = ref.span.start - 1;
    const mark = text[punctuationAt];
    if (mark === undefined || !',;:.'.includes(mark)) continue;
    // "¹,²": a comma between two marks at one place separates them.
    if (markEnds.has(punctuationAt)) continue;
    if (!inParagraph(ref.span.start)) continue;
    let start = punctuationAt;
    while (start > 0 && SPACES_BEFORE_MARK.includes(text[start - 1])) start--;
    const space = text.slice(start, punctuationAt);
    const written = text.slice(ref.span.start, ref.span.end);
    const span = { start, end: ref.span.end };
    report({
      message: `The footnote mark ${written} stands after the ${NAMES[mark].slice(2)}: French and Spanish texts put it before the punctuation ("${written}${space}${mark}").`,
      span,
      fixes: [{ title: `Move the footnote mark before "${mark}"`, edits: [{ span, newText: `${written}${space}${mark}` }] }],
    });
  }
}
