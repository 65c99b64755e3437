import { isUnitedNationsText, lint, parseResolution, type Finding, type ParseOptions, type ResolutionDocument, type RuleConfig, type RuleContext } from '../core';

/**
 * The analysis the command line runs on every file. The command line uses the core's functions;
 * tests substitute findings (errors, fixes) the core does not produce yet.
 */
export interface LintEngine {
  parse(text: string, options?: ParseOptions): ResolutionDocument;
  /** Whether the text is one unres reads: a resolution, decision, amendment or other document under a United Nations masthead. */
  isUnitedNationsText(doc: ResolutionDocument): boolean;
  lint(doc: ResolutionDocument, config: RuleConfig, context?: RuleContext): readonly Finding[];
}

/** The core's parser and rules. */
export const CORE_ENGINE: LintEngine = { parse: parseResolution, isUnitedNationsText, lint };
