/**
 * A Second Committee draft whose operative paragraphs skip number 3, written for the tests of
 * configuration, code actions and the renumber command. Lines, so a test can join them as it needs.
 */
export const REEF_DRAFT_LINES: readonly string[] = [
  'General Assembly',
  'Distr.: Limited',
  '12 October 2026',
  'Original: English',
  'Eighty-first session',
  'Second Committee',
  'Agenda item 19',
  'Sustainable development',
  'Fiji, Iceland and Senegal: draft resolution',
  'Protection of coral reefs for sustainable livelihoods',
  '',
  'The General Assembly,',
  '',
  '*Recalling* its resolutions on the protection of coral reefs, the most recent of which was adopted at its seventy-ninth session,',
  '',
  '*Alarmed* by the loss of living coral cover in tropical seas during the past decade,',
  '',
  '1. *Calls upon* Member States to strengthen the management of marine protected areas that include coral reefs;',
  '',
  '2. *Encourages* regional fisheries bodies to limit destructive fishing practices near reefs;',
  '',
  '4. *Invites* small island developing States to share their experience of reef restoration;',
  '',
  '5. *Requests* the Secretary-General to report on the measures set out in paragraph 4 above at its eighty-third session.',
];

/** The same draft numbered 1 to 4, the reference "paragraph 4 above" now "paragraph 3 above". */
export const REEF_DRAFT_RENUMBERED_LINES: readonly string[] = REEF_DRAFT_LINES.map((line) =>
  line.replace(/^4\. \*Invites\*/, '3. *Invites*').replace(/^5\. \*Requests\*/, '4. *Requests*').replace('paragraph 4 above', 'paragraph 3 above'),
);

/** The text of the draft with "\n" line ends and a final line end. */
export function reefDraft(lines: readonly string[] = REEF_DRAFT_LINES): string {
  return `${lines.join('\n')}\n`;
}
