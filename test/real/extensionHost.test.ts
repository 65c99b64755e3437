import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromiumExecutable, codeServerExecutable, REPO_ROOT, requireRealClient } from './support/realClients';

const SUITE_RUNNER = path.join(__dirname, 'support', 'extensionHostSuite.js');

/** Runs the extension-host suite (test/real/extensionHost) in its own process, with test-electron's runTests and the code-server launcher. */
function runSuite(extensionPath: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SUITE_RUNNER, extensionPath], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** The extension as built, except that its language server exits at once, as a server that cannot start does. */
function extensionWithBrokenServer(root: string): string {
  const extension = path.join(root, 'extension');
  for (const part of ['package.json', 'language-configuration.json', 'dist/client', 'syntaxes', 'snippets']) {
    fs.cpSync(path.join(REPO_ROOT, part), path.join(extension, part), { recursive: true });
  }
  const server = path.join(extension, 'dist', 'server', 'node', 'main.js');
  fs.mkdirSync(path.dirname(server), { recursive: true });
  fs.writeFileSync(server, "console.error('this language server does not start');\nprocess.exit(1);\n");
  return extension;
}

describe('real editors: the extension-host suite in code-server', function () {
  this.timeout(240_000);
  let brokenRoot: string | undefined;
  /** The run with the broken server, started with the suite: it mostly waits for its first test to time out, so it runs beside the other. */
  let brokenRun: Promise<{ status: number | null; output: string }> | undefined;

  before(function () {
    requireRealClient(this, 'code-server', codeServerExecutable());
    requireRealClient(this, 'chromium', chromiumExecutable());
    brokenRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-broken-extension-'));
    brokenRun = runSuite(extensionWithBrokenServer(brokenRoot));
    brokenRun.catch(() => undefined); // its test reports a failure to start
  });

  after(async () => {
    await brokenRun?.catch(() => undefined);
    if (brokenRoot) fs.rmSync(brokenRoot, { recursive: true, force: true });
  });

  it('passes with the extension as built', async () => {
    const run = await runSuite(REPO_ROOT);
    console.log(run.output.replace(/^/gm, '      | '));
    assert.equal(run.status, 0);
    assert.match(run.output, /\b19 passing\b/);
  });

  it('fails when the language server does not start', async () => {
    const run = await brokenRun!;
    assert.notEqual(run.status, 0, run.output);
    // The suite bails out at its first test: the language server never answers.
    assert.match(run.output, /\b0 passing\b/, run.output);
    assert.match(run.output, /\b1 failing\b/, run.output);
  });
});
