import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The repository root: this file runs from out/test/real/support/. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');

/** The real texts beside the project (../shared): read in place or copied to a temporary workspace, never into the repository. */
export const SHARED = path.resolve(REPO_ROOT, '..', 'shared');

/** The real draft the extension-host suite opens (../shared/samples/001_…, a revised Third Committee draft), and its name in the workspace. */
export const REAL_DRAFT = path.join(SHARED, 'samples', '001_a325fd547149db90.txt');
export const REAL_DRAFT_NAME = 'trafficking-in-women-and-girls.unres';
/** The same draft as a plain text file, for detection. */
export const REAL_DRAFT_TXT_NAME = 'trafficking-in-women-and-girls.txt';

/** The code-server release scripts/setup-real-clients.sh installs: the newest on the npm registry that runs on node 20 (VS Code 1.100.3). */
export const CODE_SERVER_VERSION = '4.100.3';

/** Where scripts/setup-real-clients.sh installs code-server (keep the two in step). */
export function realClientsCacheDir(): string {
  return process.env.UNRES_REAL_CLIENTS_DIR ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'unres-real-clients');
}

function findOnPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir === '') continue;
    const candidate = path.join(dir, command);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

/** The code-server executable, when the setup script finished installing it. */
export function codeServerExecutable(): string | undefined {
  const dir = path.join(realClientsCacheDir(), `code-server-${CODE_SERVER_VERSION}`);
  if (!fs.existsSync(path.join(dir, '.installed'))) return undefined;
  return path.join(dir, 'node_modules', '.bin', 'code-server');
}

/** Debian's chromium ($CHROMIUM overrides). */
export function chromiumExecutable(): string | undefined {
  return process.env.CHROMIUM ?? findOnPath('chromium');
}

/** Debian's neovim. */
export function nvimExecutable(): string | undefined {
  return findOnPath('nvim');
}

/**
 * A current Neovim: Debian unstable's, unpacked by scripts/setup-real-clients.sh into the cache
 * beside code-server with the C library it needs, and started through a wrapper script.
 */
export function currentNvimExecutable(): string | undefined {
  const wrapper = path.join(realClientsCacheDir(), 'neovim-current', 'nvim');
  return fs.existsSync(wrapper) ? wrapper : undefined;
}

/** Emacs with eglot (Debian's emacs-nox and elpa-eglot, or an Emacs 29 that has it built in). */
export function emacsExecutable(): string | undefined {
  const emacs = findOnPath('emacs');
  if (emacs === undefined) return undefined;
  const hasEglot = spawnSync(emacs, ['--batch', '--eval', '(progn (package-activate-all) (kill-emacs (if (locate-library "eglot") 0 1)))'], { stdio: 'ignore', timeout: 30_000 });
  return hasEglot.status === 0 ? emacs : undefined;
}

/**
 * The executable a real-editor test needs. Missing, it fails the test under CI (where the setup
 * script must have installed it) and skips it elsewhere, saying why.
 */
export function requireRealClient(context: Mocha.Context, name: string, executable: string | undefined): string {
  if (executable !== undefined) return executable;
  const message = `${name} is not installed: run scripts/setup-real-clients.sh`;
  if (process.env.CI) throw new Error(message);
  console.warn(`    skipped: ${message}`);
  context.skip();
}

/** A temporary directory and in it a writable copy of the real draft, made anew for each test of the suite that calls this. */
export function draftCopyForEachTest(prefix: string): { readonly root: string; readonly draft: string } {
  const copy = { root: '', draft: '' };
  beforeEach(() => {
    copy.root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    copy.draft = path.join(copy.root, REAL_DRAFT_NAME);
    fs.copyFileSync(REAL_DRAFT, copy.draft);
    // The shared texts are read-only; an editor would open the copy read-only too.
    fs.chmodSync(copy.draft, 0o644);
  });
  afterEach(() => fs.rmSync(copy.root, { recursive: true, force: true }));
  return copy;
}

/**
 * What the LSP client sessions do on the copy of the real draft: hover on the footnote mark ²
 * (line 25), complete the session after "at its " in paragraph 52 (line 287), fix "Ibid." in
 * footnote 8 (line 59).
 */
export function realDraftSession(draft: string): { file: string; hover: object; completion: object; codeAction: object } {
  const lines = fs.readFileSync(draft, 'utf8').split('\n');
  return {
    file: draft,
    hover: { line: 24, character: lines[24].indexOf('Organized Crime,²') + 'Organized Crime,'.length },
    completion: { line: 286, character: lines[286].indexOf('at its ') + 'at its '.length },
    codeAction: { line: 58, rule: 'UNR025', title: 'Write "*Ibid.*"' },
  };
}

/** A configuration block of the README, as a user copies it: the fenced block of `language` after the line `lead` matches. */
export function readmeBlock(lead: RegExp, language: string): string {
  const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const block = new RegExp(`^${lead.source}\\n\\n\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'm').exec(readme);
  if (!block) throw new Error(`the README has no ${language} block after a line like ${lead}`);
  return block[1];
}

/** A folder with an `unres` that runs `command`, to put first on the PATH as `npm link` would. */
export function unresOnPath(root: string, command: readonly string[]): string {
  const bin = path.join(root, 'bin');
  fs.mkdirSync(bin, { recursive: true });
  fs.writeFileSync(path.join(bin, 'unres'), `#!/bin/sh\nexec ${command.map((part) => `'${part}'`).join(' ')} "$@"\n`, { mode: 0o755 });
  return bin;
}

/** What a scripted editor session printed: one JSON object a line, merged by key. */
export function sessionResults(stdout: string): Record<string, unknown> {
  const results: Record<string, unknown> = {};
  for (const line of stdout.split('\n')) {
    if (line.startsWith('{')) Object.assign(results, JSON.parse(line));
  }
  return results;
}
