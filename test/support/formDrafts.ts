/**
 * Texts of the other forms the General Assembly uses, written for the tests: an amendment to a
 * draft resolution, a draft decision written as one sentence, and a note by the Secretariat under
 * the masthead of a United Nations document.
 */

const blocks = (...parts: string[]): string => parts.join('\n\n') + '\n';

/** The masthead of a Second Committee document of the eighty-first session. */
export const MASTHEAD = ['General Assembly', 'Distr.: Limited\n9 November 2026', 'Original: English', 'Eighty-first session\nSecond Committee\nAgenda item 19 (d)\nSustainable development: protection of mountain ecosystems'];

/** An amendment: five instructions, two of which quote paragraphs, the first without the italics of its verb. */
export const AMENDMENT = blocks(
  ...MASTHEAD,
  'Chile and Norway:\\* amendment to draft resolution A/C.2/81/L.14',
  'Mountain ecosystems and the communities that depend on them',
  '1. After operative paragraph 7, insert the following operative paragraph:',
  'Encourages Member States to share data on glacier retreat through the existing regional networks;',
  '2. In the third preambular paragraph, replace “welcoming” with “taking note of”.',
  '3. Delete operative paragraphs 9 and 12.',
  '4. Replace operative paragraph 15 with the following text:',
  '*Requests* the Secretary-General to include the information referred to in paragraph 3 above in his next report.',
  '5. After the second preambular paragraph, insert a new preambular paragraph reading:',
  '*Recognizing* the part played by mountain women in the stewardship of watersheds,',
  '\\* Any changes to the list of sponsors will be reflected in the official record of the meeting.',
);

/** A draft decision in one sentence. */
export const DECISION = blocks(
  ...MASTHEAD,
  'Chile, Ghana and Norway: draft decision',
  'Mountain ecosystems',
  'The General Assembly, recalling its resolution 79/210 of 19 December 2024, decides to include in the provisional agenda of its eighty-second session, under the item entitled “Sustainable development”, the sub-item entitled “Protection of mountain ecosystems”.',
);

/** A note by the Secretariat: numbered paragraphs that are not a resolution's. */
export const SECRETARIAT_NOTE = blocks(
  ...MASTHEAD.slice(0, 3),
  'Eighty-first session\nSecond Committee',
  'Organization of work',
  'Note by the Secretariat',
  '1. The Committee will hold its general debate from 6 to 8 October 2026.',
  '2. Delegations are invited to inscribe on the list of speakers by 2 October.',
  'Documentation',
  '3. The documents before the Committee are listed in the annex.',
);
