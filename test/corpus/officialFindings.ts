/**
 * The warnings and errors unres raises on the official texts of ../shared/official, every one
 * written down: a real defect of the text (what an editor would change) or a known limit of unres
 * (why it is not read right yet). The test fails on any other finding and on any that is gone.
 */
export interface ExpectedOfficialFinding {
  /** The file in ../shared/official. */
  readonly file: string;
  readonly rule: string;
  /** 1-based line of the finding's start. */
  readonly line: number;
  /** Words on that line, as printed, that the finding is about. */
  readonly quote: string;
  readonly kind: 'defect' | 'limit';
  readonly why: string;
}

export const OFFICIAL_FINDINGS: readonly ExpectedOfficialFinding[] = [];
