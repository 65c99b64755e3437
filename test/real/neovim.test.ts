import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT, currentNvimExecutable, draftCopyForEachTest, nvimExecutable, readmeBlock, realDraftSession, requireRealClient, sessionResults, unresOnPath } from './support/realClients';

const SESSION_SCRIPT = path.join(REPO_ROOT, 'test', 'real', 'neovim', 'lspSession.lua');
const UNRES_BIN = path.join(REPO_ROOT, 'bin', 'unres.js');

interface LspDiagnostic {
  code: string;
  severity: number;
  message: string;
  source: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

interface NvimRun {
  status: number | null;
  stdout: string;
  /** What the session printed, by key (test/real/neovim/lspSession.lua). */
  results: Record<string, unknown>;
}

/** The README's Neovim configurations, as a user copies one into init.lua: for Neovim 0.7 and later, and for 0.11 and later. */
const README_CONFIGURATIONS = {
  'neovim-0.7': () => readmeBlock(/Neovim 0\.7 or later.*`init\.lua`:/, 'lua'),
  'neovim-0.11': () => readmeBlock(/On Neovim 0\.11 and later[\s\S]*?/, 'lua'),
} as const;
type ReadmeConfiguration = keyof typeof README_CONFIGURATIONS;

/**
 * Runs the Lua session in headless Neovim with the README's configuration as init.lua, its state
 * (shada, swap, lsp.log) kept in a temporary directory. `unres` on the PATH runs `command`.
 */
function runSession(nvim: string, configuration: ReadmeConfiguration, root: string, command: string[], session: object): NvimRun {
  const bin = unresOnPath(root, command);
  const init = path.join(root, 'init.lua');
  fs.writeFileSync(init, README_CONFIGURATIONS[configuration]());
  const run = spawnSync(nvim, ['--headless', '-u', init, '-i', 'NONE', '-n', '-c', `luafile ${SESSION_SCRIPT}`], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, HOME: root, XDG_CONFIG_HOME: root, XDG_DATA_HOME: root, XDG_STATE_HOME: root, XDG_CACHE_HOME: root, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`, UNRES_NVIM_SESSION: JSON.stringify(session) },
  });
  return { status: run.status, stdout: run.stdout + run.stderr, results: sessionResults(run.stdout) };
}

/** What `unres lint --format json` finds in a file, as LSP diagnostics carry it. */
function lintFindings(file: string, config: string): { code: string; severity: number; message: string; range: LspDiagnostic['range'] }[] {
  const lint = spawnSync(process.execPath, [UNRES_BIN, 'lint', '--format', 'json', '--config', config, file], { encoding: 'utf8' });
  const severities: Record<string, number> = { error: 1, warning: 2, information: 3, hint: 4 };
  const [report] = JSON.parse(lint.stdout) as { diagnostics: { rule: string; severity: string; message: string; range: LspDiagnostic['range'] }[] }[];
  return report.diagnostics.map((finding) => ({ code: finding.rule, severity: severities[finding.severity], message: finding.message, range: finding.range }));
}

/**
 * Debian's Neovim (0.7.2) with the README's first configuration, and a current Neovim (Debian
 * unstable's, set up by scripts/setup-real-clients.sh) with the one for 0.11 and later.
 */
const NEOVIMS: ReadonlyArray<{ label: string; name: string; executable: () => string | undefined; configuration: ReadmeConfiguration }> = [
  { label: "Debian's Neovim", name: 'nvim', executable: nvimExecutable, configuration: 'neovim-0.7' },
  { label: 'current Neovim', name: 'current nvim', executable: currentNvimExecutable, configuration: 'neovim-0.11' },
];

for (const neovim of NEOVIMS) describe(`real editors: unres server --stdio in ${neovim.label}`, function () {
  this.timeout(90_000);
  let nvim: string;
  const copy = draftCopyForEachTest('unres-nvim-');

  before(function () {
    nvim = requireRealClient(this, neovim.name, neovim.executable());
  });

  it("gets, with the README's configuration, the diagnostics, a footnote hover, completion and a quick fix on a real draft", () => {
    const run = runSession(nvim, neovim.configuration, copy.root, [process.execPath, UNRES_BIN], realDraftSession(copy.draft));
    assert.equal(run.status, 0, run.stdout);
    assert.match(run.stdout, /^DONE$/m);

    const diagnostics = run.results.diagnostics as LspDiagnostic[];
    const ibid = diagnostics.find((diagnostic) => diagnostic.code === 'UNR025' && diagnostic.range.start.line === 58);
    assert.deepEqual(ibid && { ...ibid, codeDescription: undefined, data: undefined }, {
      code: 'UNR025',
      severity: 2,
      source: 'unres',
      message: 'Footnote 8 writes "Ibid.": write it in italics as the document\'s other footnotes do ("*Ibid.*").',
      range: { start: { line: 58, character: 2 }, end: { line: 58, character: 7 } },
      codeDescription: undefined,
      data: undefined,
    });
    // Every finding of the command line with the README's setting (UNR007 off) reaches Neovim, with its rule, range and severity.
    const config = path.join(copy.root, 'unr007-off.json');
    fs.writeFileSync(config, JSON.stringify({ rules: { UNR007: 'off' } }));
    const defaults = path.join(copy.root, 'defaults.json');
    fs.writeFileSync(defaults, '{}');
    assert.ok(lintFindings(copy.draft, defaults).some((finding) => finding.code === 'UNR007'), 'without the setting, UNR007 would report');
    const byPosition = (a: { range: LspDiagnostic['range']; code: string }, b: { range: LspDiagnostic['range']; code: string }) =>
      a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.code.localeCompare(b.code);
    assert.deepEqual(
      diagnostics.map(({ code, severity, message, range }) => ({ code, severity, message, range })).sort(byPosition),
      lintFindings(copy.draft, config).sort(byPosition),
    );
    assert.equal(run.results.shownDiagnostics, diagnostics.length, 'vim.diagnostic shows them all');

    assert.deepEqual(run.results.hover, {
      kind: 'markdown',
      value: '*Ibid.*, vol. 2237, No. 39574.\n\n*Ibid.* repeats footnote 1: United Nations, *Treaty Series*, vol. 2225, No. 39574.',
    });

    // The draft is of the seventy-ninth session (A/RES/79/…): a report goes to the next session first.
    assert.deepEqual(run.results.completion, ['eightieth session', 'eighty-first session', 'eighty-second session', 'seventy-ninth session']);

    // The fix first, then the two that turn the rule off.
    assert.deepEqual(run.results.codeActions, ['Write "*Ibid.*"', 'Disable UNR025 for this paragraph', 'Disable UNR025 for this file']);
    assert.equal(run.results.fixedLine, '⁸ *Ibid.*, vol. 96, No. 1342.');
    assert.equal(run.results.fixedFindingGone, true);
  });

  it("gives drafts ending in .unres and .res.md the unres filetype with the README's configuration", () => {
    fs.writeFileSync(path.join(copy.root, 'init.lua'), README_CONFIGURATIONS[neovim.configuration]());
    for (const name of ['draft.unres', 'draft.res.md']) {
      const file = path.join(copy.root, name);
      fs.copyFileSync(copy.draft, file);
      const run = spawnSync(nvim, ['--headless', '-u', path.join(copy.root, 'init.lua'), '-i', 'NONE', '-n', '-c', `edit ${file}`, '-c', 'lua io.stdout:write("filetype=" .. vim.bo.filetype .. "\\n")', '-c', 'qall!'], {
        encoding: 'utf8',
        timeout: 30_000,
        // No `unres` on the PATH: only the filetype is looked at.
        env: { ...process.env, HOME: copy.root, XDG_CONFIG_HOME: copy.root, XDG_DATA_HOME: copy.root, XDG_STATE_HOME: copy.root, XDG_CACHE_HOME: copy.root },
      });
      assert.match(run.stdout, /^filetype=unres$/m, `${name}: ${run.stdout}${run.stderr}`);
    }
  });

  it('fails when the language server does not start', () => {
    const missingServer = path.join(copy.root, 'no-such-server.js');
    const run = runSession(nvim, neovim.configuration, copy.root, [process.execPath, missingServer], realDraftSession(copy.draft));
    assert.equal(run.status, 1, run.stdout);
    assert.match(run.stdout, /^FAIL .*(?:the language server stopped|no unres client attached to the draft)$/m);
  });
});
