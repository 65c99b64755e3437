import type { Fix, Severity } from '../findings';
import type { ResolutionDocument, Span } from '../model';

/** What a rule reports: the rule, its severity and its id are added by `lint`. */
export interface RuleReport {
  readonly message: string;
  readonly span: Span;
  readonly fixes?: readonly Fix[];
}

/** The option values a rule runs with, after the defaults it declares. */
export type RuleOptions = Readonly<Record<string, unknown>>;

/** One option a rule declares beside itself, with its default. */
export interface RuleOption {
  readonly name: string;
  readonly description: string;
  readonly default: boolean | number | string;
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
  check(doc: ResolutionDocument, options: RuleOptions, report: (finding: RuleReport) => void): void;
}
