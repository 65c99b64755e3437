/**
 * A draft resolution as a delegation circulates it in Word, written for the tests: the masthead
 * in paragraphs, "The General Assembly," in italics, preambular paragraphs with their italic
 * phrases (one split across runs), a footnote, operative paragraphs numbered by Word with a
 * "(a)" sub-list, a facilitator's tracked changes and comments. Two slips are left in on purpose:
 * the third preambular paragraph opens with an operative verb, and the verb of operative
 * paragraph 3 is not in italics.
 */
import {
  comment,
  commented,
  deleted,
  footnote,
  footnoteReference,
  inserted,
  italic,
  listInstance,
  listItem,
  OPERATIVE_LIST,
  paragraph,
  run,
  wordFile,
  type WordParts,
} from './wordFiles';

const MASTHEAD = [
  'General Assembly',
  'Distr.: Limited',
  '2 November 2026',
  'Original: English',
  'Eighty-first session',
  'Second Committee',
  'Agenda item 19 (c)',
  'Sustainable development: disaster risk reduction',
  'Fiji, Norway and Peru: draft resolution',
  'Early warning systems for coastal communities',
];

/** The parts of the draft. */
export function earlyWarningDraftParts(): WordParts {
  const body = [
    ...MASTHEAD.map((line) => paragraph(run(line))),
    paragraph(italic('The General Assembly') + run(',')),
    paragraph(italic('Recall') + italic('ing') + run(' the Sendai Framework for Disaster Risk Reduction 2015–2030,') + footnoteReference(1)),
    paragraph(italic('Noting with concern') + run(' that coastal communities in small island developing States face rising sea levels and stronger storms,')),
    paragraph(italic('Recalls') + run(' its previous resolutions on disaster risk reduction,')),
    paragraph(
      italic('Encourages') +
        run(' Member States to ') +
        commented(0, run('extend early warning coverage')) +
        run(' to every coastal community by 2030;'),
      listItem(1),
    ),
    paragraph(italic('Invites') + run(' the relevant entities of the United Nations system:'), listItem(1)),
    paragraph(run('To share meteorological data with national disaster management agencies;'), listItem(1, 1)),
    paragraph(run('To support the training of local volunteers') + inserted(run(' and first responders;'), 11), listItem(1, 1)),
    paragraph(run('Requests the Secretary-General to submit to the General Assembly at its eighty-third session a report on the implementation of the present resolution') + deleted(' every year', 12) + run('.'), listItem(1)),
  ].join('');
  return {
    body,
    numbering: OPERATIVE_LIST + listInstance(1, 0),
    footnotes: footnote(1, run('Resolution 69/283, annex II.')),
    comments: comment(0, 'Facilitator', 'Some delegations prefer “progressively extend”.'),
  };
}

/** The draft as a .docx. */
export function earlyWarningDraft(): Uint8Array {
  return wordFile(earlyWarningDraftParts());
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const MARKS = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;
const DEFINITION = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+) (.*)$/s;
const OPERATIVE = /^(\d+)\. (.*)$/s;
const SUB_PARAGRAPH = /^\(([a-z])\) (.*)$/s;
/** Words per run: Word splits runs where an editing session (rsid) changed, every few words in a worked-over draft. */
const WORDS_PER_RUN = 7;

function markValue(mark: string): number {
  return Number([...mark].map((c) => SUPERSCRIPT.indexOf(c)).join(''));
}

/** Runs for text in the text form: `*…*` as italic runs, superscript marks as footnote references, plain text in runs of a few words. */
function runsOf(text: string): string {
  let runs = '';
  const plainRuns = (plain: string, asItalic: boolean): void => {
    const words = plain.split(/(?<= )/);
    for (let at = 0; at < words.length; at += WORDS_PER_RUN) {
      const chunk = words.slice(at, at + WORDS_PER_RUN).join('').replace(/\\\*/g, '*');
      if (chunk !== '') runs += run(chunk, { italic: asItalic });
    }
  };
  const pieces = text.split(/(?<!\\)\*/);
  pieces.forEach((piece, index) => {
    let last = 0;
    for (const match of piece.matchAll(MARKS)) {
      plainRuns(piece.slice(last, match.index), index % 2 === 1);
      runs += footnoteReference(markValue(match[0]) + 1);
      last = match.index + match[0].length;
    }
    plainRuns(piece.slice(last), index % 2 === 1);
  });
  return runs;
}

/**
 * A Word file of a text in the text form, as a drafter would have typed it in Word: operative
 * paragraphs and "(a)" sub-paragraphs numbered by Word's lists, italics as italic runs, footnote
 * marks as Word footnotes holding the notes the text prints. For the benchmark and for reading
 * real texts back.
 */
export function wordFileOfText(text: string): Uint8Array {
  const notes = new Map<number, string>();
  const body: string[] = [];
  for (const block of text.split(/\n{2,}/).map((b) => b.trim()).filter((b) => b !== '' && !b.startsWith('<!--'))) {
    const definition = DEFINITION.exec(block);
    if (definition) {
      for (const line of block.split('\n')) {
        const note = DEFINITION.exec(line);
        if (note) notes.set(markValue(note[1]), note[2]);
      }
      continue;
    }
    const operative = OPERATIVE.exec(block);
    const sub = SUB_PARAGRAPH.exec(block);
    if (operative) body.push(paragraph(runsOf(operative[2]), listItem(1)));
    else if (sub) body.push(paragraph(runsOf(sub[2]), listItem(1, 1)));
    else body.push(paragraph(block.split('\n').map(runsOf).join('<w:r><w:br/></w:r>')));
  }
  const footnotes = [...notes].map(([value, note]) => footnote(value + 1, runsOf(note))).join('');
  return wordFile({ body: body.join(''), numbering: OPERATIVE_LIST + listInstance(1, 0), footnotes });
}
