import type { TextEdit } from '../findings';
import type { Span } from '../model';

/** What a completion offers: the kinds of text unres writes for a drafter. */
export type CompletionKind =
  | 'openingLine'
  | 'paragraphNumber'
  | 'subparagraphLabel'
  | 'operativePhrase'
  | 'preambularPhrase'
  | 'session'
  | 'footnoteNumber'
  | 'memberState'
  | 'treatyTitle';

/** One completion, in the core's terms: the text it writes and where. */
export interface CompletionItem {
  readonly kind: CompletionKind;
  /** What the list shows: "Also urges", "eighty-first session", "Sweden". */
  readonly label: string;
  /** A short note beside the label: "with *Treaty Series* footnote". */
  readonly description?: string;
  /** One line on what the item writes or why it is offered. */
  readonly detail?: string;
  /** The text that replaces `replace` (what the drafter typed of it). */
  readonly newText: string;
  readonly replace: Span;
  /** Other edits made with it: a footnote's definition, the footnotes renumbered after it. */
  readonly additionalEdits?: readonly TextEdit[];
  /** The item the editor selects first. */
  readonly preselect?: boolean;
}
