#!/usr/bin/env node
/**
 * A `code` executable for @vscode/test-electron where VS Code desktop cannot be downloaded. It
 * takes the command line runTests gives VS Code (`--extensionDevelopmentPath=…`,
 * `--extensionTestsPath=…`, `--user-data-dir=…`, `--extensions-dir=…`, a folder, and Electron
 * flags it has no use for), serves the workbench with code-server and opens it in headless chromium
 * with the development extension and the tests in the `?payload=` the web workbench reads. The
 * tests then run in code-server's node extension host; when they finish, the workbench calls
 * `codeAutomationExit(code)`, which becomes this process's exit status.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import { EditorSandbox, type RunningCodeServer } from '../support/codeServer';
import { chromiumExecutable, codeServerExecutable } from '../support/realClients';

/** How long the tests may run before the launcher gives up (exit status 124, as `timeout` has). */
const TESTS_TIMEOUT_MS = Number(process.env.UNRES_EXTENSION_TESTS_TIMEOUT_MS ?? 180_000);

interface LaunchOptions {
  developmentPaths: string[];
  testsPath?: string;
  userDataDir?: string;
  extensionsDir?: string;
  folder?: string;
}

export function parseCommandLine(argv: readonly string[]): LaunchOptions {
  const options: LaunchOptions = { developmentPaths: [] };
  for (const arg of argv) {
    const flag = /^--([^=]+)(?:=(.*))?$/.exec(arg);
    if (!flag) {
      options.folder ??= path.resolve(arg);
      continue;
    }
    const [, name, value] = flag;
    if (value === undefined) continue; // --no-sandbox, --disable-updates, --skip-welcome …: for Electron
    if (name === 'extensionDevelopmentPath') options.developmentPaths.push(path.resolve(value));
    else if (name === 'extensionTestsPath') options.testsPath = path.resolve(value);
    else if (name === 'user-data-dir') options.userDataDir = path.resolve(value);
    else if (name === 'extensions-dir') options.extensionsDir = path.resolve(value);
  }
  return options;
}

/** The workbench address: the folder to open and, in `payload`, the extension and tests to load. */
function workbenchUrl(server: RunningCodeServer, options: LaunchOptions): string {
  const payload: [string, string][] = options.developmentPaths.map((dir) => ['extensionDevelopmentPath', server.remoteUri(dir)]);
  if (options.testsPath) payload.push(['extensionTestsPath', server.remoteUri(options.testsPath)]);
  payload.push(['skipWelcome', 'true']);
  const query = new URLSearchParams({ payload: JSON.stringify(payload) });
  if (options.folder && fs.statSync(options.folder).isDirectory()) query.set('folder', options.folder);
  else query.set('ew', 'true');
  return `${server.url!.origin}/?${query.toString()}`;
}

/** Workbench chatter that says nothing about the tests. */
const NOISE = /^(Creation of workbench contribution|Resolv|Creating a socket|Updating additional|ChatSession|Ignoring fetching|\[Service Worker\])/;

async function main(): Promise<number> {
  const codeServer = codeServerExecutable();
  const browserExecutable = chromiumExecutable();
  if (!codeServer || !browserExecutable) {
    console.error('code-server or chromium is not installed: run scripts/setup-real-clients.sh');
    return 1;
  }
  const options = parseCommandLine(process.argv.slice(2));
  const started = Date.now();
  const trace = (what: string) => console.log(`[launcher] ${what} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const sandbox = new EditorSandbox({ userDataDir: options.userDataDir, extensionsDir: options.extensionsDir });
  let server: RunningCodeServer | undefined;
  try {
    server = await sandbox.startCodeServer(codeServer);
    trace(`code-server ${server.url} listening`);
    const browser = await sandbox.launchBrowser(browserExecutable);
    trace('chromium started');
    try {
      const page = await browser.newPage();
      const exitCode = new Promise<number>((resolve) => void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code)));
      // The extension host's console reaches the page as ['%c INFO', css, format, ...args].
      page.on('console', (message) => {
        void Promise.all(message.args().map((arg) => arg.jsonValue().catch(() => '?'))).then((args: unknown[]) => {
          if (args.length > 2 && /^%c (INFO|WARN|ERR)/.test(String(args[0])) && !NOISE.test(String(args[2]))) console.log(format(...args.slice(2)));
        });
      });
      await page.goto(workbenchUrl(server, options));
      trace('workbench loaded');
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<number>((resolve) => (timer = setTimeout(() => resolve(124), TESTS_TIMEOUT_MS)));
      const code = await Promise.race([exitCode, timeout]);
      clearTimeout(timer);
      trace(`tests finished with exit status ${code}`);
      if (code === 124) console.error(`The extension tests did not finish within ${TESTS_TIMEOUT_MS} ms.`);
      return code;
    } finally {
      await browser.close();
    }
  } catch (error) {
    console.error(error);
    if (server) console.error(server.output);
    return 1;
  } finally {
    await server?.stop();
    sandbox.remove();
    trace('stopped');
  }
}

if (require.main === module) {
  void main().then((code) => process.exit(code));
}
