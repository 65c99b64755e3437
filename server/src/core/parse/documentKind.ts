/**
 * What a parsed text is (see `DocumentKind`): read from its sponsor line ("draft decision",
 * "amendment to draft resolution …"), its adoption line ("Decision adopted by the General
 * Assembly …"), its form (an opening line, a decision's sentence, numbered operative paragraphs)
 * and its masthead.
 */
import type { DocumentKind, Header, OpeningLine, Paragraph } from '../model';

/** The signs of a text's form, gathered by the parser. */
export interface FormSigns {
  readonly header: Header;
  readonly opening?: OpeningLine;
  readonly amendment: boolean;
  /** A decision written as one sentence ("The General Assembly, recalling …, decides …"). */
  readonly decisionSentence: boolean;
  readonly operative: readonly Paragraph[];
  /** The adoption line as written ("Decision adopted by the General Assembly on …"). */
  readonly adoptionLine?: string;
}

/**
 * A United Nations masthead: the organ's name on a line of its own with the distribution or
 * original-language line that every official document carries ("Distr.: Limited", "Original: English").
 */
export function hasUnitedNationsMasthead(header: Header): boolean {
  return header.body !== undefined && (header.distribution !== undefined || header.originalLanguage !== undefined);
}

export function documentKindOf(signs: FormSigns): DocumentKind {
  const { header } = signs;
  if (signs.amendment) return 'amendment';
  const sponsorKind = header.sponsorLine?.documentKind.text.toLowerCase();
  if (signs.decisionSentence || sponsorKind?.endsWith('decision') || /^\W*Decision\b/.test(signs.adoptionLine ?? '')) return 'decision';
  const formSign = signs.opening !== undefined || header.sponsorLine !== undefined || header.adoption !== undefined || header.resolutionNumber !== undefined;
  if (formSign) return 'resolution';
  const numbered = signs.operative.filter((p) => p.number);
  const operativeOpeners = numbered.filter((p) => p.opener?.vocabulary === 'operative').length;
  const masthead = hasUnitedNationsMasthead(header);
  // Under a masthead without a sponsor or adoption line, numbered paragraphs that mostly do not
  // open with operative verbs are a note's or a report's, not a resolution's.
  if (operativeOpeners >= 2 && (!masthead || operativeOpeners * 2 >= numbered.length)) return 'resolution';
  if (masthead) return 'other';
  return 'none';
}
