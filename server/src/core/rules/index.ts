import type { Rule } from './rule';
import { parseProblem } from './UNR000-parse-problem';
import { operativeNumbering } from './UNR001-operative-numbering';
import { structure } from './UNR003-structure';

/** Every rule, in the order their findings are reported. */
export const RULES: readonly Rule[] = [parseProblem, operativeNumbering, structure];

export type { Rule, RuleOption, RuleOptions, RuleReport } from './rule';
