import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT, draftCopyForEachTest, emacsExecutable, readmeBlock, realDraftSession, requireRealClient, sessionResults, unresOnPath } from './support/realClients';

const SESSION_SCRIPT = path.join(REPO_ROOT, 'test', 'real', 'emacs', 'eglotSession.el');
const UNRES_BIN = path.join(REPO_ROOT, 'bin', 'unres.js');

interface Position {
  line: number;
  character: number;
}

/** A flymake diagnostic as the session prints it. */
interface FlymakeDiagnostic {
  start: Position;
  end: Position;
  type: string;
  text: string;
}

interface EmacsRun {
  status: number | null;
  stdout: string;
  /** What the session printed, by key (test/real/emacs/eglotSession.el). */
  results: Record<string, unknown>;
}

/** The README's eglot configuration: the elisp block of its Emacs setup, as a user copies it into init.el. */
function readmeEglotConfiguration(): string {
  return readmeBlock(/Emacs .*eglot.*`init\.el`:/, 'elisp');
}

/**
 * Runs the session in batch Emacs: package activation as at a normal start (Debian's elpa-eglot),
 * the README's configuration as init.el, then the session. `unres` on the PATH runs `command`.
 */
function runSession(emacs: string, root: string, command: string[], session: object): EmacsRun {
  const bin = unresOnPath(root, command);
  const init = path.join(root, 'init.el');
  fs.writeFileSync(init, readmeEglotConfiguration());
  const run = spawnSync(emacs, ['--batch', '--eval', '(package-activate-all)', '-l', init, '-l', SESSION_SCRIPT], {
    encoding: 'utf8',
    timeout: 90_000,
    env: { ...process.env, HOME: root, XDG_CONFIG_HOME: root, XDG_CACHE_HOME: root, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`, UNRES_EMACS_SESSION: JSON.stringify(session) },
  });
  return { status: run.status, stdout: run.stdout + run.stderr, results: sessionResults(run.stdout) };
}

const FLYMAKE_TYPES: Record<string, string> = { error: 'eglot-error', warning: 'eglot-warning', information: 'eglot-note', hint: 'eglot-note' };

/** What `unres lint --format json --config CONFIG` finds in a file, as eglot shows it in flymake. */
function lintFindings(file: string, config: string): FlymakeDiagnostic[] {
  const lint = spawnSync(process.execPath, [UNRES_BIN, 'lint', '--format', 'json', '--config', config, file], { encoding: 'utf8' });
  const [report] = JSON.parse(lint.stdout) as { diagnostics: { rule: string; severity: string; message: string; range: { start: Position; end: Position } }[] }[];
  return report.diagnostics.map((finding) => ({
    start: finding.range.start,
    end: finding.range.end,
    type: FLYMAKE_TYPES[finding.severity],
    text: `unres [${finding.rule}]: ${finding.message}`,
  }));
}

describe('real editors: unres server --stdio in Emacs (eglot)', function () {
  this.timeout(120_000);
  let emacs: string;
  const copy = draftCopyForEachTest('unres-emacs-');

  before(function () {
    emacs = requireRealClient(this, 'emacs (with elpa-eglot)', emacsExecutable());
  });

  it("gets, with the README's configuration, the diagnostics, a footnote hover, completion and a quick fix on a real draft", () => {
    const run = runSession(emacs, copy.root, [process.execPath, UNRES_BIN], realDraftSession(copy.draft));
    assert.equal(run.status, 0, run.stdout);
    assert.match(run.stdout, /^DONE$/m);

    // The README's configuration turns UNR007 off through eglot-workspace-configuration: flymake
    // shows exactly what the command line finds with that rule off.
    const config = path.join(copy.root, 'unr007-off.json');
    fs.writeFileSync(config, JSON.stringify({ rules: { UNR007: 'off' } }));
    const expected = lintFindings(copy.draft, config);
    const byPosition = (a: FlymakeDiagnostic, b: FlymakeDiagnostic) => a.start.line - b.start.line || a.start.character - b.start.character || a.text.localeCompare(b.text);
    const diagnostics = run.results.diagnostics as FlymakeDiagnostic[];
    assert.deepEqual([...diagnostics].sort(byPosition), expected.sort(byPosition));
    const defaults = path.join(copy.root, 'defaults.json');
    fs.writeFileSync(defaults, '{}');
    assert.ok(lintFindings(copy.draft, defaults).some((finding) => finding.text.startsWith('unres [UNR007]')), 'without the setting, UNR007 would report');
    assert.deepEqual(
      diagnostics.find((diagnostic) => diagnostic.text.startsWith('unres [UNR025]') && diagnostic.start.line === 58),
      {
        start: { line: 58, character: 2 },
        end: { line: 58, character: 7 },
        type: 'eglot-warning',
        text: 'unres [UNR025]: Footnote 8 writes "Ibid.": write it in italics as the document\'s other footnotes do ("*Ibid.*").',
      },
    );

    assert.equal(run.results.hover, '*Ibid.*, vol. 2237, No. 39574.\n\n*Ibid.* repeats footnote 1: United Nations, *Treaty Series*, vol. 2225, No. 39574.');

    // The draft is of the seventy-ninth session (A/RES/79/…): a report goes to the next session first.
    assert.deepEqual([...(run.results.completion as string[])].sort(), ['eightieth session', 'eighty-first session', 'eighty-second session', 'seventy-ninth session']);

    // The fix first, then the two that turn the rule off.
    assert.deepEqual(run.results.codeActions, ['Write "*Ibid.*"', 'Disable UNR025 for this paragraph', 'Disable UNR025 for this file']);
    assert.equal(run.results.fixedLine, '⁸ *Ibid.*, vol. 96, No. 1342.');
    assert.equal(run.results.fixedFindingGone, true);
  });

  it('fails when the language server does not start', () => {
    const run = runSession(emacs, copy.root, [process.execPath, path.join(copy.root, 'no-such-server.js')], realDraftSession(copy.draft));
    // In batch mode eglot's error from its process sentinel ends Emacs (status 255) before the session can say FAIL.
    assert.notEqual(run.status, 0, run.stdout);
    assert.match(run.stdout, /\[eglot\] -1: Server died|^FAIL /m);
    assert.doesNotMatch(run.stdout, /^DONE$/m);
  });
});
