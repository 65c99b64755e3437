import { IDLE_COLLECTION_DELAY_MS } from '../server/src/lsp/idleCollection';
import { LANGUAGE_SERVER_NODE_OPTIONS } from '../server/src/node/nodeOptions';
import type { Machine, Timings } from './measure';

/** One line of the table: what was measured, the figure, the issue's target and whether it is met. */
export interface Row {
  readonly measure: string;
  readonly value: string;
  readonly target: string;
  readonly verdict: string;
  /** Why the target is missed when it is: shown under the table. */
  readonly why?: string;
}

/** Lint timings of one text by unres (parse and every rule) and by markdownlint (default rules). */
export interface LintFigures {
  readonly name: string;
  readonly bytes: number;
  readonly findings: number;
  readonly unres: Timings;
  readonly markdownlint: Timings;
}

export interface ReportInput {
  readonly machine: Machine;
  /** The one-minute load average before and after the run. */
  readonly load: readonly [number, number];
  readonly rows: readonly Row[];
  readonly lints: readonly LintFigures[];
  readonly draftBytes: number;
}

const cell = (text: string): string => text.replace(/\|/g, '\\|');

/** The section on the targets this run missed: by how much (the table's verdict) and why. */
function missedTargets(rows: readonly Row[]): string {
  const missed = rows.filter((r) => r.verdict.startsWith('missed'));
  if (missed.length === 0) return '## Targets missed\n\nNone: this run met every target.';
  return `## Targets missed, and why\n\n${missed.map((r) => `- **${r.measure}**: ${r.verdict}. ${r.why ?? 'No explanation was recorded for this measure.'}`).join('\n')}`;
}

/** docs/performance.md: the machine, the table, and what each figure measures. */
export function performanceReport(input: ReportInput): string {
  const { machine, load, rows, lints, draftBytes } = input;
  const runs = lints.map((l) => `${l.name}: ${l.unres.runs} runs (markdownlint ${l.markdownlint.runs})`).join('; ');
  return `# Performance

Written by \`npm run bench\` (bench/run.ts); do not edit by hand, run the benchmark again. The
benchmark is not part of \`npm test\`: timings depend on the machine and on what else runs on it.

## Machine

| | |
| --- | --- |
| CPU | ${cell(machine.cpu)} |
| cores | ${machine.cores} |
| memory | ${machine.memory} |
| Node.js | ${machine.node} |
| system | ${cell(machine.os)} |
| run at | ${machine.date} |
| load average (1 min) before / after | ${load[0].toFixed(1)} / ${load[1].toFixed(1)} |

A load average above the number of cores means other processes (other builds and test runs on
a shared machine) took turns on the CPU with the benchmark: every wall-clock figure then includes
time the benchmark spent waiting. That is why lint times are judged on the minimum of several
runs, the run least disturbed, with the median beside it.

## Results

| measure | value | target | verdict |
| --- | --- | --- | --- |
${rows.map((r) => `| ${cell(r.measure)} | ${cell(r.value)} | ${cell(r.target)} | ${cell(r.verdict)} |`).join('\n')}

${missedTargets(rows)}

## What each figure measures

- **Texts.** The 50 KB resolution is the real revised Third Committee draft
  \`../shared/${'samples/001_a325fd547149db90.txt'}\` as it is. The 1 MB and 10 MB texts (and the
  300-paragraph draft, ${(draftBytes / 1000).toFixed(0)} kB) are built when the benchmark runs by
  \`longResolution\` (test/support/longDrafts.ts) from the 27 real texts of ../shared: one
  masthead and opening line, then the preambular paragraphs of every text, then their operative
  paragraphs, repeated until the size is reached, operative paragraphs renumbered 1, 2, 3 …
  and footnotes renumbered in order of first reference with each definition printed after the
  paragraph that first cites it. Nothing built is committed. Sizes are UTF-8 bytes; 1 MB is 10^6 bytes.
- **lint** is \`lint(parseResolution(text))\` in one process with the default configuration, which
  turns every rule on: one parse and every rule, suppression comments, sorting. Timed after
  warm-up runs (the JIT has compiled the code, as in a server that has been running);
  ${runs}. Throughput is bytes divided by the minimum time.
- **read a 100-page .docx** is \`readDocx(bytes)\` (server/src/docx): unzip, parse the XML parts,
  resolve the numbering and write the text, timed after warm-up (15 runs); *read and lint* adds
  \`lint(parseResolution(text))\` (10 runs). The file is built when the benchmark runs by
  \`wordFileOfText\` (test/support/wordDrafts.ts) from a text \`longResolution\` makes of the real
  texts, as long as 100 printed pages of the official texts in ../shared/official (their characters
  over their pages, counted when the benchmark runs): operative paragraphs and sub-paragraphs in
  Word's lists, italic runs, Word footnotes, plain text split into runs of seven words as an edited
  draft's runs are split. *write* is \`writeResolutionDocx(text)\` (server/src/export) on the text
  read from that file: parse, lay out and zip the Word document (10 runs after warm-up).
- **markdownlint** is \`markdownlint/sync\`'s \`lint\` with its default rules on the same string in
  the same process; the ratio compares the two minimum times.
- **The language server** is the bundle the extension starts (dist/server/node/main.js), run
  with the node options the extension gives it (\`${LANGUAGE_SERVER_NODE_OPTIONS.join(' ')}\`) and
  \`--stdio\`, and driven by a JSON-RPC client with VS Code's capabilities: pull diagnostics,
  \`workspace/configuration\`, incremental sync.
  - *start-up to initialized*: from spawning \`node\` to the answer to \`initialize\` (ten starts).
  - *didOpen to diagnostics*: \`textDocument/didOpen\` with the whole text, then
    \`textDocument/diagnostic\`, timed to the answer.
  - *didChange to diagnostics*: 200 edits, each inserting one letter in the middle of a paragraph
    (the paragraphs chosen evenly over the draft), each sent as an incremental
    \`textDocument/didChange\` followed at once by \`textDocument/diagnostic\`, as VS Code pulls
    after a change; timed from sending the change to the diagnostics' arrival. This is the work the
    server does per keystroke. (A client that takes pushed diagnostics gets them
    PUSH_DIAGNOSTICS_DELAY_MS = 200 ms after the last change: a deliberate pause, so that typing
    is not interrupted by diagnostics, not a cost.)
  - *hover*: 100 hovers on footnote marks (which answer with the footnote) and 100 at paragraph
    starts, on the draft after the edits. *completion* is measured the same way at 200 paragraph
    starts when the server announces \`completionProvider\`, else reported "not offered".
  - *10 MB text*: a fresh server with the 50 KB resolution open, hovered every 10 ms, is sent the
    10 MB text (didOpen, then its diagnostics are pulled). The longest any of those hovers waited
    is the longest the server was blocked; it includes reading the 10 MB message. Resident memory
    (VmRSS of the server process, and its peak VmHWM) is read 2 s after the diagnostics arrived;
    by then the server, idle for IDLE_COLLECTION_DELAY_MS = ${IDLE_COLLECTION_DELAY_MS} ms after the lint of a text
    this long, has collected the lint's garbage, as it does for any long text.
`;
}
