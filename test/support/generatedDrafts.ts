import fc from 'fast-check';

/**
 * Draft resolutions generated for property tests: each is built the way a delegation writes one
 * (masthead, title, opening line, preambular then operative paragraphs, footnotes printed after
 * the paragraph that cites them, a closing line), with the slips drafters make mixed in at random:
 * numbers skipped, repeated, missing or very large, italics missing or misplaced, wrong end
 * punctuation, sub-paragraphs mislabelled, footnote marks and definitions out of order, missing
 * or repeated, "Ibid." chains, suppression comments, sections and parts, CRLF and trailing spaces.
 * The wording is ours; the shapes follow ../shared/guides/conventions.md.
 */

const MASTHEAD_LINES = [
  'General Assembly',
  'Distr.: Limited',
  '4 November 2026',
  'Original: English',
  'Eighty-first session',
  'Second Committee',
  'Agenda item 19 (c)',
  'Sustainable development',
  'Fiji, Kenya and Uruguay: draft resolution',
  'Draft resolution submitted by the Vice-Chair of the Committee',
];

const TITLES = ['Coastal resilience and small fishing communities', 'Clean cooking in rural households', 'Road safety for children walking to school'];

const OPENING_LINES = ['*The General Assembly*,', 'The General Assembly,', '*The General Assembly,*', '*The General Assembly*', 'The Economic and Social Council,', ''];

const PREAMBULAR_OPENERS = [
  'Recalling', 'Recalling also', 'Reaffirming', 'Reaffirming further', 'Noting with concern', 'Deeply concerned', 'Welcoming',
  'Bearing in mind', 'Acknowledging', 'Emphasizing', 'Recognizing also', 'Having considered', 'Aware', 'Mindful',
  // Slips: an operative verb in the preamble, a lower-case participle.
  'Recalls', 'recalling',
];

const OPERATIVE_VERBS = [
  'Urges', 'Decides', 'Requests', 'Calls upon', 'Encourages', 'Invites', 'Welcomes', 'Takes note', 'Also decides', 'Further requests',
  'Requests also', 'Stresses', 'Recognizes', 'Decides also',
  // Slips: lower case, the bare form, a participle.
  'urges', 'Urge', 'Recalling',
];

const BODIES = [
  'its resolution 77/162 of 14 December 2022 on the protection of coastal wetlands',
  'Member States to share data on the exposure of coastal settlements to storm surges',
  'that fishing communities depend on mangroves for food and shelter, as noted in paragraph 2 above',
  'the Secretary-General to report to the General Assembly at its eighty-third session on the implementation of paragraphs 1 and 3 of the present resolution',
  'the work of the regional commissions in this regard',
  'the Convention on Biological Diversity',
  'the importance of clean energy for health, in particular for women and children',
  'to include in the provisional agenda of its eighty-second session the item entitled “Sustainable development”',
  'the United Nations Framework Convention on Climate Change',
  'with appreciation the report of the Secretary-General (A/81/215)',
];

const END_MARKS = [',', ';', '.', '', ':', ',,', ' ,', ';.', '”,'];

const FOOTNOTE_TEXTS = [
  'United Nations, *Treaty Series*, vol. 1760, No. 30619.',
  'United Nations, Treaty Series, vol. 1771, No. 30822.',
  'Ibid., vol. 2303, No. 30822.',
  '*Ibid.*',
  'Ibid.',
  'See resolution 70/1.',
  'see A/81/215, para. 12.',
  'Resolution 77/162',
  'Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 25 (A/79/25).',
];

const SUPPRESSIONS = ['<!-- unres-disable UNR008 -->', '<!-- unres-disable-next UNR001 -->', '<!-- unres-disable-next punctuation -->', '<!-- unres-disable UNR099 -->', '<!-- unres-disable-next -->'];

const SECTION_HEADINGS = ['I', 'II Coastal wetlands', 'III. Follow-up', 'A', 'B. Clean cooking', 'Part one'];

const SUB_LABELS = ['(a)', '(b)', '(c)', '(d)', '(i)', '(ii)', '(iii)', '(iv)', '(aa)', '- (a)', 'a)', '(a'];

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

function superscript(n: number): string {
  return String(n).split('').map((d) => SUPERSCRIPT[Number(d)]).join('');
}

/** How an opening word is set: in italics alone (right), plain, or with the italics around too much or too little. */
type Italics = 'alone' | 'plain' | 'withNextWord' | 'firstWordOnly' | 'unclosed' | 'bold' | 'wholeParagraph';

function setOpener(opener: string, italics: Italics, rest: string): string {
  const [firstOfRest, ...others] = rest.split(' ');
  switch (italics) {
    case 'alone':
      return `*${opener}* ${rest}`;
    case 'plain':
      return `${opener} ${rest}`;
    case 'withNextWord':
      return `*${opener} ${firstOfRest}* ${others.join(' ')}`;
    case 'firstWordOnly': {
      const [first, ...more] = opener.split(' ');
      return `*${first}* ${[...more, rest].join(' ')}`;
    }
    case 'unclosed':
      return `*${opener} ${rest}`;
    case 'bold':
      return `**${opener}** ${rest}`;
    case 'wholeParagraph':
      return `*${opener} ${rest}*`;
  }
}

const italics: fc.Arbitrary<Italics> = fc.oneof(
  { weight: 6, arbitrary: fc.constant('alone' as const) },
  { weight: 2, arbitrary: fc.constantFrom<Italics>('plain', 'withNextWord', 'firstWordOnly', 'unclosed', 'bold', 'wholeParagraph') },
);

/** Usually nothing, sometimes one of the slips. */
function mostly<T>(right: T, slips: fc.Arbitrary<T>, odds = 6): fc.Arbitrary<T> {
  return fc.oneof({ weight: odds, arbitrary: fc.constant(right) }, { weight: 1, arbitrary: slips });
}

/**
 * One footnote a paragraph cites. Its mark takes the next number unless shifted; its definition
 * is printed after the paragraph under the mark's number unless shifted, dropped or printed twice.
 */
const footnote = fc.record({
  markShift: mostly(0, fc.integer({ min: -2, max: 3 })),
  markDropped: mostly(false, fc.constant(true), 12),
  definition: mostly<'once' | 'missing' | 'twice' | 'shifted'>('once', fc.constantFrom('missing', 'twice', 'shifted'), 8),
  text: fc.constantFrom(...FOOTNOTE_TEXTS),
  markdownForm: mostly(false, fc.constant(true), 8),
});
type FootnotePlan = typeof footnote extends fc.Arbitrary<infer T> ? T : never;

/** What ends a paragraph: the right mark for its place, or a slip. */
const endMark = mostly<string | undefined>(undefined, fc.constantFrom(...END_MARKS), 3);

/** Sub-paragraph labels: the next in sequence ("next"), or a slip. */
const subparagraphs = mostly<string[]>([], fc.array(mostly('next', fc.constantFrom(...SUB_LABELS), 3), { minLength: 1, maxLength: 4 }), 3);

const paragraphParts = {
  body: fc.constantFrom(...BODIES),
  end: endMark,
  footnotes: mostly<FootnotePlan[]>([], fc.array(footnote, { minLength: 1, maxLength: 3 }), 2),
  subparagraphs,
  suppression: mostly<string | undefined>(undefined, fc.constantFrom(...SUPPRESSIONS), 14),
  trailingSpaces: mostly(false, fc.constant(true), 8),
};

const preambularParagraph = fc.record({ ...paragraphParts, opener: fc.constantFrom(...PREAMBULAR_OPENERS), italics });
type PreambularPlan = typeof preambularParagraph extends fc.Arbitrary<infer T> ? T : never;

/** The number an operative paragraph carries, against its place: right, shifted, missing, very large, "bis". */
type NumberPlan = { kind: 'right' } | { kind: 'shifted'; by: number } | { kind: 'missing' } | { kind: 'huge'; value: number } | { kind: 'bis' };

const paragraphNumber: fc.Arbitrary<NumberPlan> = mostly<NumberPlan>(
  { kind: 'right' },
  fc.oneof(
    fc.integer({ min: -2, max: 3 }).map((by) => ({ kind: 'shifted' as const, by })),
    fc.constant({ kind: 'missing' as const }),
    fc.oneof(fc.integer({ min: 9_990, max: 100_010 }), fc.constant(123_456_789_012)).map((value) => ({ kind: 'huge' as const, value })),
    fc.constant({ kind: 'bis' as const }),
  ),
  4,
);

const operativeParagraph = fc.record({
  ...paragraphParts,
  verb: fc.constantFrom(...OPERATIVE_VERBS),
  italics,
  number: paragraphNumber,
  sectionBefore: mostly<string | undefined>(undefined, fc.constantFrom(...SECTION_HEADINGS), 10),
});
type OperativePlan = typeof operativeParagraph extends fc.Arbitrary<infer T> ? T : never;

const draftPlan = fc.record({
  masthead: fc.array(fc.boolean(), { minLength: MASTHEAD_LINES.length, maxLength: MASTHEAD_LINES.length }),
  title: fc.option(fc.constantFrom(...TITLES), { nil: undefined }),
  opening: mostly(OPENING_LINES[0], fc.constantFrom(...OPENING_LINES), 3),
  preamble: fc.array(preambularParagraph, { maxLength: 6 }),
  operative: fc.array(operativeParagraph, { maxLength: 8 }),
  closing: fc.boolean(),
  crlf: mostly(false, fc.constant(true), 4),
  /** Blank lines between paragraphs: one, or a slip (none, so two paragraphs join; several). */
  gaps: fc.array(mostly('\n\n', fc.constantFrom('\n', '\n\n\n\n', '\n \n')), { minLength: 20, maxLength: 20 }),
});
type DraftPlan = typeof draftPlan extends fc.Arbitrary<infer T> ? T : never;

/** The label a sub-paragraph takes at a place: (a), (b) … */
function nextLabel(ordinal: number): string {
  return `(${'abcdefghijklmnopqrstuvwxyz'[ordinal % 26]})`;
}

/** Writes a plan out as the text of a draft. */
export function draftText(plan: DraftPlan): string {
  const blocks: string[] = [];
  plan.masthead.forEach((keep, i) => keep && blocks.push(MASTHEAD_LINES[i]));
  if (plan.title) blocks.push(plan.title);
  if (plan.opening) blocks.push(plan.opening);

  let nextFootnote = 1;
  const paragraph = (label: string, opener: string, setting: Italics, parts: PreambularPlan | OperativePlan, rightEnd: string): void => {
    if (parts.suppression) blocks.push(parts.suppression);
    const definitions: string[] = [];
    let marks = '';
    for (const f of parts.footnotes) {
      const number = Math.max(1, nextFootnote + f.markShift);
      nextFootnote = number + 1;
      if (!f.markDropped) marks += f.markdownForm ? `[^${number}]` : superscript(number);
      if (f.definition === 'missing') continue;
      const defined = f.definition === 'shifted' ? number + 1 : number;
      const line = f.markdownForm ? `[^${defined}]: ${f.text}` : `${superscript(defined)} ${f.text}`;
      definitions.push(line);
      if (f.definition === 'twice') definitions.push(line);
    }
    const subs = parts.subparagraphs;
    const end = parts.end ?? (subs.length > 0 ? ':' : rightEnd);
    // A footnote mark stands after the punctuation, as the editors print it.
    const first = `${label}${setOpener(opener, setting, parts.body)}${end}${marks}${parts.trailingSpaces ? '  ' : ''}`;
    blocks.push(first);
    subs.forEach((label, i) => {
      const subEnd = i === subs.length - 1 ? rightEnd : ';';
      blocks.push(`${label === 'next' ? nextLabel(i) : label} ${BODIES[(i + 3) % BODIES.length]}${subEnd}`);
    });
    blocks.push(...definitions);
  };

  for (const p of plan.preamble) paragraph('', p.opener, p.italics, p, ',');
  let number = 0;
  plan.operative.forEach((p, i) => {
    if (p.sectionBefore) blocks.push(p.sectionBefore);
    number++;
    let label: string;
    switch (p.number.kind) {
      case 'right':
        label = `${number}. `;
        break;
      case 'shifted':
        label = `${Math.max(1, number + p.number.by)}. `;
        break;
      case 'missing':
        label = '';
        break;
      case 'huge':
        label = `${p.number.value}. `;
        break;
      case 'bis':
        label = `${Math.max(1, number - 1)} bis. `;
        break;
    }
    paragraph(label, p.verb, p.italics, p, i === plan.operative.length - 1 ? '.' : ';');
  });
  if (plan.closing) blocks.push('*51st plenary meeting*\n*9 December 2026*');

  let text = '';
  blocks.forEach((block, i) => {
    text += (i === 0 ? '' : plan.gaps[i % plan.gaps.length]) + block;
  });
  text += '\n';
  return plan.crlf ? text.replace(/\n/g, '\r\n') : text;
}

/** Generated drafts: arbitrary combinations of the parts of a resolution, with slips in each. */
export const generatedDraft: fc.Arbitrary<string> = draftPlan.map(draftText);
