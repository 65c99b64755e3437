import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests, TestRunFailedError } from '@vscode/test-electron';
import { REAL_DRAFT, REAL_DRAFT_NAME, REAL_DRAFT_TXT_NAME, REPO_ROOT } from './realClients';

/** The launcher runTests starts in place of VS Code (test/real/launcher/code.ts, compiled). */
export const LAUNCHER = path.join(REPO_ROOT, 'out', 'test', 'real', 'launcher', 'code.js');

/** The mocha entry point the extension host loads (test/real/extensionHost/index.ts, compiled). */
export const EXTENSION_TESTS = path.join(REPO_ROOT, 'out', 'test', 'real', 'extensionHost', 'index.js');

/**
 * Runs the extension-host suite with @vscode/test-electron against the extension in
 * `extensionPath`, in a fresh workspace holding a copy of a real draft. Resolves with the exit
 * status of the run (0 when every test passed).
 */
export async function runExtensionHostSuite(extensionPath: string): Promise<number> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-extension-tests-'));
  try {
    const workspace = path.join(root, 'workspace');
    fs.mkdirSync(workspace);
    fs.copyFileSync(REAL_DRAFT, path.join(workspace, REAL_DRAFT_NAME));
    fs.copyFileSync(REAL_DRAFT, path.join(workspace, REAL_DRAFT_TXT_NAME));
    fs.chmodSync(LAUNCHER, 0o755);
    return await runTests({
      vscodeExecutablePath: LAUNCHER,
      extensionDevelopmentPath: extensionPath,
      extensionTestsPath: EXTENSION_TESTS,
      launchArgs: [workspace, `--user-data-dir=${path.join(root, 'user-data')}`, `--extensions-dir=${path.join(root, 'extensions')}`],
    });
  } catch (error) {
    // A run that fails rejects with its exit status ("Test run failed with code 1").
    if (error instanceof TestRunFailedError) return error.code ?? 1;
    throw error;
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

// `node extensionHostSuite.js EXTENSION_PATH`: the run as its own process, so that a test can read its output.
if (require.main === module) {
  void runExtensionHostSuite(path.resolve(process.argv[2] ?? REPO_ROOT)).then((code) => process.exit(code));
}
