// What the client shows of a document's statistics: pure functions, tested without VS Code.

import { LANGUAGE_NAMES } from '../../server/src/core/language/languages';
import type { DocumentStatistics } from '../../shared/protocol';

export type { DocumentStatistics };

const plural = (count: number, word: string, words = `${word}s`): string => `${count.toLocaleString('en-US')} ${count === 1 ? word : words}`;

function problemTotal(stats: DocumentStatistics): number {
  return stats.problems.error + stats.problems.warning + stats.problems.information + stats.problems.hint;
}

/**
 * The status bar text: preambular (PP) and operative (OP) paragraphs as delegates count them, footnotes
 * and the problems by severity as the Problems panel shows them, with VS Code's icons:
 * "$(list-ordered) 12 PP · 33 OP · 21 FN $(error) 1 $(warning) 3". Hints, which the Problems panel
 * does not list, are counted in the tooltip only; no problem shown is "$(check)".
 */
export function statusBarText(stats: DocumentStatistics): string {
  const { error, warning, information } = stats.problems;
  const shown = [['$(error)', error], ['$(warning)', warning], ['$(info)', information]].filter(([, count]) => (count as number) > 0).map(([icon, count]) => `${icon} ${count}`);
  return `$(list-ordered) ${stats.preambular} PP · ${stats.operative} OP · ${stats.footnotes} FN · ${stats.language.toUpperCase()} ${shown.length > 0 ? shown.join(' ') : '$(check)'}`;
}

/** How the language was settled, as the tooltip says it. */
const LANGUAGE_BASES: Readonly<Record<DocumentStatistics['languageBasis'], string>> = {
  comment: 'set by the unres-language comment in the file',
  setting: 'set by the "language" of .unres.json',
  script: 'read from its script',
  'opening-line': 'read from its opening line',
  masthead: 'read from its masthead',
  words: 'read from its words',
  default: 'nothing in it says otherwise',
};

/** "French (read from its opening line)". */
export function languageLine(stats: DocumentStatistics): string {
  return `${LANGUAGE_NAMES[stats.language]} (${LANGUAGE_BASES[stats.languageBasis]})`;
}

/** The one line the status bar's tooltip and the statistics message start with. */
export function statisticsSummary(stats: DocumentStatistics): string {
  return `${plural(stats.preambular, 'preambular paragraph')}, ${plural(stats.operative, 'operative paragraph')}, ${plural(stats.footnotes, 'footnote')}, ${plural(problemTotal(stats), 'problem')}`;
}

/** The status bar's tooltip. */
export function statusBarTooltip(stats: DocumentStatistics): string {
  return `unres: ${statisticsSummary(stats)} (${problemsBySeverity(stats)}). Language: ${languageLine(stats)}. Click for the document statistics.`;
}

/** "2 errors, 1 warning, 0 information, 3 hints". */
export function problemsBySeverity(stats: DocumentStatistics): string {
  const { error, warning, information, hint } = stats.problems;
  return `${plural(error, 'error')}, ${plural(warning, 'warning')}, ${information.toLocaleString('en-US')} information, ${plural(hint, 'hint')}`;
}

/** The lines of "Show document statistics", one figure a line. */
export function statisticsLines(stats: DocumentStatistics): string[] {
  const number = (count: number) => count.toLocaleString('en-US');
  return [
    `Preambular paragraphs: ${number(stats.preambular)}`,
    `Operative paragraphs: ${number(stats.operative)}`,
    `Sub-paragraphs: ${number(stats.subparagraphs)}`,
    `Footnotes: ${number(stats.footnotes)}`,
    `Words (preamble and operative part): ${number(stats.words)}`,
    ...(stats.divisions ? [`Divisions (sections, parts, annexes, adopted texts): ${number(stats.divisions)}`] : []),
    ...(stats.annexedParagraphs ? [`Paragraphs of annexed and adopted texts: ${number(stats.annexedParagraphs)}`] : []),
    `Problems: ${problemsBySeverity(stats)}`,
    `Language: ${languageLine(stats)}`,
  ];
}

/** Whether a value is the answer of the statistics command, so nothing else is shown as one. */
export function isDocumentStatistics(value: unknown): value is DocumentStatistics {
  if (typeof value !== 'object' || value === null) return false;
  const stats = value as Record<string, unknown>;
  const counts = ['preambular', 'operative', 'subparagraphs', 'footnotes', 'words'].every((key) => typeof stats[key] === 'number');
  const problems = stats.problems as Record<string, unknown> | null | undefined;
  const language = typeof stats.language === 'string' && stats.language in LANGUAGE_NAMES && typeof stats.languageBasis === 'string' && stats.languageBasis in LANGUAGE_BASES;
  return counts && language && typeof problems === 'object' && problems !== null && ['error', 'warning', 'information', 'hint'].every((key) => typeof problems[key] === 'number');
}
