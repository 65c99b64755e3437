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
