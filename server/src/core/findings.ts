import type { Span } from './model';

/** Severities as LSP and the `unres lint` output name them. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** One replacement of source text: the text in `span` becomes `newText`. */
export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

/** A fix offered for a finding: what it does, and the edits that do it. */
export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /**
   * A suggestion that changes the drafter's wording (the "Also" UNR007 proposes): the editor
   * offers it as a quick fix, but fix-all, fix on save and `unres lint --fix` never apply it.
   * `lint` sets it on every fix of a finding reported as a hint that changes words.
   */
  readonly quickFixOnly?: true;
}

/** Something unres reports about a document. */
export interface Finding {
  /** The id of the rule that reported it ("UNR000"). */
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  readonly fixes: readonly Fix[];
}
