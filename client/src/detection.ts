// Whether a plain text or Markdown document is a resolution, and what `unres.detect` says to do.
// Pure: tested without VS Code; the core's parser decides.
import { isDraftText } from '../../server/src/core';

/** The values of `unres.detect`. */
export type DetectMode = 'off' | 'prompt' | 'auto';
export const DETECT_MODES: readonly DetectMode[] = ['off', 'prompt', 'auto'];
/** What `unres.detect` is when it is not set, or set to something it cannot be. */
export const DEFAULT_DETECT_MODE: DetectMode = 'prompt';

/** The languages VS Code gives the files detection looks at: `.txt` and `.md`. */
export const DETECTED_LANGUAGES: readonly string[] = ['plaintext', 'markdown'];

/** Texts longer than this are not parsed to find out: a resolution is far shorter. */
export const MAX_DETECTED_LENGTH = 2_000_000;

/** The mode `unres.detect` sets, and the message for a value that is none (then the default applies). */
export function readDetectMode(value: unknown): { mode: DetectMode; problem?: string } {
  if (value === undefined || value === null) return { mode: DEFAULT_DETECT_MODE };
  if (typeof value === 'string' && (DETECT_MODES as readonly string[]).includes(value)) return { mode: value as DetectMode };
  return { mode: DEFAULT_DETECT_MODE, problem: `unres: the unres.detect setting is ${JSON.stringify(value)}: use "off", "prompt" or "auto"; "${DEFAULT_DETECT_MODE}" applies until then.` };
}

/** What to do with a document just opened: nothing, offer the unres language, or switch to it. */
export type DetectionAction = 'none' | 'offer' | 'switch';

/**
 * The action for a document of a language, with a text, under a mode: a `.txt` or `.md`
 * document that is a draft by the core's `isDraftText` (the test `unres lint` makes of the files
 * it finds in a folder) is offered the unres language, or switched to it with `auto`.
 */
export function detectionAction(mode: DetectMode, languageId: string, text: string): DetectionAction {
  if (mode === 'off' || !DETECTED_LANGUAGES.includes(languageId) || text.length > MAX_DETECTED_LENGTH) return 'none';
  // A Markdown page that shows a draft in a code block (a README, a rule page, notes) is no draft.
  if (!isDraftText(text, languageId === 'markdown' ? 'markdown' : 'plain')) return 'none';
  return mode === 'auto' ? 'switch' : 'offer';
}

/** Whether a document is one of the rule pages the extension ships (docs/rules/*.md under its own folder). */
export function isShippedRulePage(documentUri: string, extensionUri: string): boolean {
  const folder = `${extensionUri.replace(/\/+$/, '')}/docs/rules/`;
  return documentUri.startsWith(folder) && documentUri.endsWith('.md');
}
