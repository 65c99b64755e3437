import { phraseBook } from '../parse/phrases';
import { mastheadReader } from '../parse/mastheadWords';
import { OPENING_LINES } from './detectLanguage';
import type { Language } from './languages';

/**
 * What unres can read of a language beyond the structure every language shares (numbers,
 * sub-paragraph labels, footnote marks, symbols): a rule that needs one of these stays quiet on a
 * draft in a language that lacks it, rather than telling the drafter that every verb is wrong.
 */
export type LanguageKnowledge =
  /** The opening phrases of paragraphs, their modifiers and adverbs (a sourced vocabulary). */
  | 'phrases'
  /** The opening lines of the organs ("L'Assemblée générale,"). */
  | 'openingLines'
  /** The opening line of every organ unres reads (English): a line it does not know is then no opening line. */
  | 'everyOpeningLine'
  /** The words of the masthead ("Distr.: General", "Original: English", "Agenda item"). */
  | 'mastheadWords';

/** Whether unres reads this part of a language. */
export function languageKnows(language: Language, knowledge: LanguageKnowledge): boolean {
  switch (knowledge) {
    case 'phrases':
      return phraseBook(language).hasPhrases;
    case 'openingLines':
      return OPENING_LINES.some((line) => line.language === language);
    case 'everyOpeningLine': {
      const bodies = new Set(OPENING_LINES.filter((line) => line.language === language).map((line) => line.body));
      return OPENING_LINES.every((line) => line.language !== 'en' || bodies.has(line.body));
    }
    case 'mastheadWords':
      // French and Spanish mastheads are read with their vocabulary's words; another language's lines are left unread, not reported.
      return language === 'en' || mastheadReader(language) !== undefined;
  }
}
