/**
 * Short draft resolutions written for the command line and language server tests, as arrays of
 * lines so a test can join them with "\n" or "\r\n".
 */

/** The masthead and title block of a Third Committee draft. */
export const MASTHEAD_LINES: readonly string[] = [
  'General Assembly',
  'Distr.: Limited',
  '3 November 2026',
  'Original: English',
  'Eighty-first session',
  'Third Committee',
  'Agenda item 28',
  'Advancement of women',
  'Chile, Ghana and Norway: draft resolution',
  'Access to safe drinking water for rural women and girls',
];

/** The opening line of a General Assembly resolution. */
export const OPENING_LINE = 'The General Assembly,';

/** Preambular paragraphs, each ending with a comma. */
export const PREAMBLE_LINES: readonly string[] = [
  '*Recalling* its previous resolutions on the human rights to safe drinking water and sanitation,',
  '*Concerned* that women and girls in rural areas spend many hours each day collecting water,',
];

/** Numbered operative paragraphs, the last ending with a full stop. */
export const OPERATIVE_LINES: readonly string[] = [
  '1. *Urges* Member States to involve rural women in the planning of water infrastructure;',
  '2. *Invites* the United Nations Children’s Fund to share good practices in hygiene education;',
  '3. *Requests* the Secretary-General to report on the implementation of the present resolution at its eighty-third session.',
];

/** Blocks separated by blank lines, as drafts are written in Markdown. */
function blocks(...groups: (readonly string[])[]): string[] {
  const lines: string[] = [];
  for (const group of groups) {
    for (const line of group) {
      if (lines.length > 0) lines.push('');
      lines.push(line);
    }
  }
  return lines;
}

/** A complete draft with no parse problems. */
export function cleanDraftLines(): string[] {
  return [...MASTHEAD_LINES, '', ...blocks([OPENING_LINE], PREAMBLE_LINES, OPERATIVE_LINES)];
}

/** The same draft without "The General Assembly,": the parser reports `no-opening-line` (a warning). */
export function draftWithoutOpeningLines(): string[] {
  return [...MASTHEAD_LINES, '', ...blocks(PREAMBLE_LINES, OPERATIVE_LINES)];
}

/** An adopted text with a note left after its closing lines: the parser reports `text-after-closing`. */
export function adoptedWithTrailingNoteLines(): string[] {
  return [
    'Resolution adopted by the General Assembly on 18 December 2026',
    '',
    ...blocks([OPENING_LINE], PREAMBLE_LINES, OPERATIVE_LINES),
    '',
    '*52nd plenary meeting*',
    '18 December 2026',
    '',
    'Note to the delegation: confirm the meeting number with the Secretariat.',
  ];
}

/** Plain text that is not a resolution. */
export const MEETING_NOTES = 'Notes from the informal consultations\n\nThe facilitator will circulate a revised text on Friday.\n';

/**
 * A draft whose committee opens paragraphs with phrases outside the standard vocabulary
 * ("Heartened by", "Takes cognizance of"), for the `vocabulary` settings.
 */
export const COMMITTEE_VOCABULARY_DRAFT = [
  'The General Assembly,',
  '',
  '*Heartened by* the progress made in restoring mangrove forests,',
  '',
  '1. *Takes cognizance of* the report of the Secretary-General on coastal ecosystems;',
  '',
  '2. *Requests* the Secretary-General to report on the implementation of the present resolution at its eighty-third session.',
  '',
].join('\n');
