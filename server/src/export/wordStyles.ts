import { AlignmentType, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import type { Language } from '../core';

/** The typeface of United Nations documents. */
export const FONT = 'Times New Roman';

/** Sizes in half-points, as Word counts them. */
const BODY_SIZE = 20;
const NOTE_SIZE = 17;

/** Indents in twentieths of a point: where paragraphs start, and how far a number or label hangs. */
const TEXT_INDENT = 1267;
const FIRST_LINE = 567;
const HANG = 567;

/** The paragraph styles of an exported draft, by what they hold: Word shows their names, and an editor can restyle each. */
export const STYLES = {
  symbol: { id: 'UNSymbol', name: 'UN Symbol' },
  body: { id: 'UNMastheadBody', name: 'UN Masthead body' },
  masthead: { id: 'UNMasthead', name: 'UN Masthead' },
  session: { id: 'UNSession', name: 'UN Session and agenda' },
  adoption: { id: 'UNAdoption', name: 'UN Adoption' },
  sponsors: { id: 'UNSponsors', name: 'UN Sponsors' },
  title: { id: 'UNTitle', name: 'UN Title' },
  opening: { id: 'UNOpening', name: 'UN Opening' },
  preambular: { id: 'UNPreambular', name: 'UN Preambular paragraph' },
  operative: { id: 'UNOperative', name: 'UN Operative paragraph' },
  subparagraph: { id: 'UNSubparagraph', name: 'UN Sub-paragraph' },
  subsubparagraph: { id: 'UNSubparagraph2', name: 'UN Sub-paragraph (i)' },
  heading: { id: 'UNHeading', name: 'UN Heading' },
  closing: { id: 'UNClosing', name: 'UN Closing' },
  footnote: { id: 'UNFootnoteText', name: 'UN Footnote text' },
  text: { id: 'UNText', name: 'UN Text' },
} as const;

export type StyleRole = keyof typeof STYLES;

const spacing = { after: 120 };

function style(role: StyleRole, options: Omit<IParagraphStyleOptions, 'id' | 'name'>): IParagraphStyleOptions {
  return { id: STYLES[role].id, name: STYLES[role].name, basedOn: 'Normal', next: STYLES[role].id, quickFormat: true, ...options };
}

/**
 * The language Word proofs a draft in, by the draft's language: English as the United Kingdom
 * writes it, since UN English follows the Concise Oxford Dictionary (conventions SPL-01); French
 * and Spanish of their own countries (Word's default variants); Chinese in simplified characters,
 * as the UN writes it; Arabic in Word's default variant, set as right-to-left text.
 */
const PROOFING: Readonly<Record<Language, { value?: string; eastAsia?: string; bidirectional?: string }>> = {
  en: { value: 'en-GB' },
  fr: { value: 'fr-FR' },
  es: { value: 'es-ES' },
  ru: { value: 'ru-RU' },
  ar: { value: 'ar-SA', bidirectional: 'ar-SA' },
  zh: { value: 'zh-CN', eastAsia: 'zh-CN' },
};

/**
 * The styles part: Times New Roman throughout, the draft's language for Word's proofing (its
 * paragraphs right to left in Arabic), and one paragraph style for each part of a draft.
 */
export function documentStyles(language: Language): IStylesOptions {
  return {
    default: {
      document: { run: { font: FONT, size: BODY_SIZE, language: PROOFING[language] }, paragraph: { spacing: { after: 0 }, ...(language === 'ar' ? { bidirectional: true } : {}) } },
      footnoteText: { run: { font: FONT, size: NOTE_SIZE } },
    },
    paragraphStyles: PARAGRAPH_STYLES,
  };
}

const PARAGRAPH_STYLES: IParagraphStyleOptions[] = [
    style('symbol', { run: { size: 24, bold: true }, paragraph: { alignment: AlignmentType.RIGHT, spacing } }),
    style('body', { run: { size: 34, bold: true }, paragraph: { spacing: { after: 240 } } }),
    style('masthead', { paragraph: { indent: { left: 6804 }, spacing } }),
    style('session', { paragraph: { spacing } }),
    style('adoption', { run: { bold: true }, paragraph: { spacing: { before: 240, after: 120 } } }),
    style('sponsors', { run: { bold: true }, paragraph: { spacing: { before: 240, after: 240 } } }),
    style('title', { run: { size: 26, bold: true }, paragraph: { spacing: { before: 120, after: 240 }, keepNext: true } }),
    style('opening', { paragraph: { indent: { left: TEXT_INDENT, firstLine: FIRST_LINE }, spacing } }),
    style('preambular', { paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { left: TEXT_INDENT, firstLine: FIRST_LINE }, spacing } }),
    style('operative', { paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { left: TEXT_INDENT + HANG, hanging: HANG }, spacing } }),
    style('subparagraph', { paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { left: TEXT_INDENT + 2 * HANG, hanging: HANG }, spacing } }),
    style('subsubparagraph', { paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { left: TEXT_INDENT + 3 * HANG, hanging: HANG }, spacing } }),
    style('heading', { run: { bold: true }, paragraph: { indent: { left: TEXT_INDENT }, spacing: { before: 240, after: 120 }, keepNext: true } }),
    style('closing', { paragraph: { alignment: AlignmentType.RIGHT, spacing: { before: 240, after: 120 } } }),
    style('footnote', { run: { size: NOTE_SIZE }, paragraph: { indent: { left: TEXT_INDENT, hanging: 283 }, spacing: { after: 60 } } }),
    style('text', { paragraph: { indent: { left: TEXT_INDENT }, spacing } }),
];
