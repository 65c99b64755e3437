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
];

export type { Rule, RuleOption, RuleOptions, RuleReport } from './rule';
