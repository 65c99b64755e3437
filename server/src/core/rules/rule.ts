import type { Fix, Severity } from '../findings';
import type { LanguageKnowledge } from '../language/languageSupport';
import type { ResolutionDocument, Span } from '../model';
import { BUNDLED_TREATY_TABLE, type TreatyTable } from '../treaties/treatyTable';

/** What a rule reports: the rule, its severity and its id are added by `lint`. */
export interface RuleReport {
  readonly message: string;
  readonly span: Span;
  readonly fixes?: readonly Fix[];
}

/** What a rule may consult beyond the document: the data the host gives, such as a workspace's treaty table. */
export interface RuleContext {
  readonly treaties: TreatyTable;
}

/** The context of a run with the bundled data only. */
export const DEFAULT_RULE_CONTEXT: RuleContext = { treaties: BUNDLED_TREATY_TABLE };

/** The option values a rule runs with, after the defaults it declares. */
export type RuleOptions = Readonly<Record<string, unknown>>;

/** One option a rule declares beside itself, with its default. */
export interface RuleOption {
  readonly name: string;
  readonly description: string;
  /** A list of strings (such as `extraPhrases`) adds up over the layers of configuration instead of replacing. */
  readonly default: boolean | number | string | readonly string[];
}

/**
 * A drafting-convention check. One rule a file: metadata first, then `check`, a pure function of
 * the parsed document that reports findings, with their fixes as data.
 */
export interface Rule {
  /** "UNR001". */
  readonly id: string;
  /** "operative-numbering": a readable name, accepted wherever the id is. */
  readonly alias: string;
  readonly description: string;
  /** Groups a configuration can name at once: "numbering", "punctuation", "structure" ... */
  readonly tags: readonly string[];
  readonly defaultSeverity: Severity;
  /** The highest severity a configuration may give it, for conventions real texts do not always follow. */
  readonly maxSeverity?: Severity;
  readonly options: readonly RuleOption[];
  /** Whether some of its findings come with a fix. */
  readonly fixable: boolean;
  /**
   * What of the draft's language the rule reads: on a draft in a language unres does not know so
   * far (Russian, Arabic and Chinese have no sourced vocabulary yet), the rule is not run.
   */
  readonly reads?: readonly LanguageKnowledge[];
  check(doc: ResolutionDocument, options: RuleOptions, report: (finding: RuleReport) => void, context: RuleContext): void;
}
