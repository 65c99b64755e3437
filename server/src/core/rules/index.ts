import type { Rule } from './rule';
import { parseProblem } from './UNR000-parse-problem';
import { operativeNumbering } from './UNR001-operative-numbering';
import { operativeVerb } from './UNR002-operative-verb';
import { structure } from './UNR003-structure';
import { operativeItalics } from './UNR004-operative-italics';
import { preambularPhrase } from './UNR005-preambular-phrase';
import { preambularItalics } from './UNR006-preambular-italics';
import { repetition } from './UNR007-repetition';
import { punctuation } from './UNR008-punctuation';
import { paragraphReferencesRule } from './UNR009-paragraph-references';
import { footnoteDefinition } from './UNR020-footnote-definition';
import { footnoteUnreferenced } from './UNR021-footnote-unreferenced';
import { footnoteDuplicates } from './UNR022-footnote-duplicates';
import { footnoteOrder } from './UNR023-footnote-order';
import { footnoteText } from './UNR024-footnote-text';
import { ibid } from './UNR025-ibid';
import { ibidSuggested } from './UNR026-ibid-suggested';
import { treatyCitation } from './UNR030-treaty-citation';
import { resolutionDateSession } from './UNR040-resolution-date-session';
import { resolutionDateConflict } from './UNR041-resolution-date-conflict';
import { sessionSymbol } from './UNR042-session-symbol';
import { pastSession } from './UNR043-past-session';

/** Every rule, in the order their findings are reported. */
export const RULES: readonly Rule[] = [
  parseProblem,
  operativeNumbering,
  operativeVerb,
  structure,
  operativeItalics,
  preambularPhrase,
  preambularItalics,
  repetition,
  punctuation,
  paragraphReferencesRule,
  footnoteDefinition,
  footnoteUnreferenced,
  footnoteDuplicates,
  footnoteOrder,
  footnoteText,
  ibid,
  ibidSuggested,
  treatyCitation,
  resolutionDateSession,
  resolutionDateConflict,
  sessionSymbol,
  pastSession,
];

export type { Rule, RuleOption, RuleOptions, RuleReport } from './rule';
