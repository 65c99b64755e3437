/**
 * Drafts of any length in shapes a drafter can produce by accident (a row of dashes pasted from
 * Word, a paragraph repeated a thousand times by a stuck key, a whole draft on one line) and that
 * once made a pass over the text grow faster than the text. The scaling tests and the convergence
 * property build them at several sizes.
 */
import { MASTHEAD_LINES } from './drafts';

const HEAD = [
  ...MASTHEAD_LINES,
  '',
  'The General Assembly,',
  '',
  '*Recalling* its resolution 64/292 of 28 July 2010 on the human right to water and sanitation,',
  '',
].join('\n');

const LAST = '\n\n2. *Decides* to remain seized of the matter.\n';

/** One operative paragraph whose body is `filler` repeated to about `bytes` characters. */
function oneParagraph(filler: string, bytes: number): string {
  const count = Math.max(1, Math.ceil(bytes / filler.length));
  return `${HEAD}1. *Requests* the Secretary-General to report ${filler.repeat(count)};${LAST}`;
}

/** Paragraphs made by `paragraph(i)` (1-based), separated by blank lines, until about `bytes`. */
function manyParagraphs(bytes: number, paragraph: (i: number) => string, separator = '\n\n'): string {
  const parts: string[] = [];
  let length = HEAD.length;
  for (let i = 1; length < bytes; i++) {
    const text = paragraph(i);
    parts.push(text);
    length += text.length + separator.length;
  }
  return HEAD + parts.join(separator) + '\n';
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscript = (n: number): string => String(n).replace(/\d/g, (d) => SUPERSCRIPT[Number(d)]);

export interface PathologicalShape {
  readonly name: string;
  /** A draft of about `bytes` UTF-16 code units. */
  readonly build: (bytes: number) => string;
}

export const PATHOLOGICAL_SHAPES: readonly PathologicalShape[] = [
  { name: 'a row of dashes', build: (n) => oneParagraph('-', n) },
  { name: 'a row of dots', build: (n) => oneParagraph('.', n) },
  { name: 'a row of underscores', build: (n) => oneParagraph('_', n) },
  { name: 'a row of asterisks', build: (n) => oneParagraph('*', n) },
  { name: 'opening brackets', build: (n) => oneParagraph('[', n) },
  { name: 'opening parentheses', build: (n) => oneParagraph('(', n) },
  { name: 'comment openers', build: (n) => oneParagraph('<!--', n) },
  { name: 'slashes and digits', build: (n) => oneParagraph('1/', n) },
  { name: 'quotation marks', build: (n) => oneParagraph('“', n) },
  { name: 'superscript digits', build: (n) => oneParagraph('¹', n) },
  { name: 'one long word', build: (n) => oneParagraph('water', n) },
  { name: 'emoji', build: (n) => oneParagraph('💧', n) },
  { name: '"resolution " repeated', build: (n) => oneParagraph('resolution ', n) },
  { name: 'resolution citations in one paragraph', build: (n) => oneParagraph('resolution 70/1 of 25 September 2015, ', n) },
  { name: 'treaty names in one paragraph', build: (n) => oneParagraph('the Convention on the Rights of the Child and ', n) },
  { name: 'italic phrases in one paragraph', build: (n) => oneParagraph('*urges* ', n) },
  {
    name: 'footnoted paragraphs',
    build: (n) =>
      manyParagraphs(n, (i) => `${i}. *Requests* the Secretary-General to report on water${superscript(i)};\n\n${superscript(i)} See resolution 64/292, para. ${i}.`),
  },
  {
    name: 'footnoted paragraphs with fixable slips',
    // Each paragraph has a number out of sequence, a verb not in italics and a footnote numbered out of order.
    build: (n) =>
      manyParagraphs(n, (i) => `${i + 1}. Requests the Secretary-General to report on water${superscript(i + 2)};\n\n${superscript(i + 2)} See resolution 64/292.`),
  },
  {
    name: 'many footnote marks in one paragraph',
    build: (n) => {
      const marks: string[] = [];
      const notes: string[] = [];
      for (let i = 1, length = HEAD.length; length < n; i++) {
        marks.push(`water${superscript(i)} `);
        notes.push(`${superscript(i)} See resolution 64/292.`);
        length += 40;
      }
      return `${HEAD}1. *Requests* ${marks.join('')};\n\n${notes.join('\n\n')}${LAST}`;
    },
  },
  {
    name: 'Treaty Series citations',
    build: (n) => manyParagraphs(n, (i) => `*Recalling* the Convention on the Rights of the Child${superscript(i)},\n\n${superscript(i)} United Nations, *Treaty Series*, vol. 1577, No. 27531.`),
  },
  { name: 'Ibid. chains', build: (n) => manyParagraphs(n, (i) => `${i}. *Notes* the report${superscript(i)};\n\n${superscript(i)} ${i === 1 ? 'A/81/100.' : 'Ibid.'}`) },
  {
    name: 'deeply nested sub-paragraphs',
    build: (n) => manyParagraphs(n, (i) => `${i}. *Calls upon* States:\n\n(a) To act;\n\n(i) To plan;\n\n(ii) To fund;\n\n(b) To report;`),
  },
  { name: 'sections and parts', build: (n) => manyParagraphs(n, (i) => `${['I', 'II', 'III'][i % 3]}\nPart ${i}\n\n${i}. *Decides* to act;`) },
  { name: 'the whole draft on one line', build: (n) => manyParagraphs(n, (i) => `${i}. *Requests* the Secretary-General to report;`, ' ') },
  { name: 'blank lines', build: (n) => oneParagraph('\n', n) },
  { name: 'CRLF paragraphs', build: (n) => manyParagraphs(n, (i) => `${i}. *Urges* States to act;`, '\r\n\r\n') },
  { name: 'suppression comments', build: (n) => manyParagraphs(n, (i) => `<!-- unres-disable-next-line UNR002 -->\n${i}. *Welcomes* the report;`) },
  { name: 'prose without structure', build: (n) => ('The rains came late this year and the wells ran dry. ').repeat(Math.ceil(n / 52)) },
];
