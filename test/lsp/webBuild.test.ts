import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { lint, parseResolution } from '../../server/src/core';
import { reefDraft } from '../support/numberingDrafts';
import { REPO_ROOT } from '../support/paths';

const WORKER_BUNDLE = path.join(REPO_ROOT, 'dist', 'server', 'browser', 'main.js');
const WEB_CLIENT_BUNDLE = path.join(REPO_ROOT, 'dist', 'client', 'browser', 'extension.js');

interface Message {
  readonly id?: number;
  readonly method?: string;
  readonly params?: unknown;
  readonly result?: unknown;
  readonly error?: unknown;
}

/**
 * The worker bundle in a context that has what a web worker has and nothing of Node (no require,
 * process, Buffer or module): `self` is the worker's side of its message port, driven by the test.
 */
class WorkerUnderTest {
  readonly received: Message[] = [];
  readonly #waiters: (() => void)[] = [];
  #onmessage: ((event: { data: unknown }) => void) | undefined;
  #nextId = 1;

  constructor(bundle: string) {
    const self = {
      postMessage: (data: Message) => {
        // A worker's messages are copied on the way, as structured clones.
        this.received.push(JSON.parse(JSON.stringify(data)) as Message);
        for (const wake of this.#waiters.splice(0)) wake();
      },
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      set onmessage(listener: (event: { data: unknown }) => void) {
        workerUnderTest.#onmessage = listener;
      },
    };
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const workerUnderTest = this;
    const context = vm.createContext({ self, console, setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask, TextEncoder, TextDecoder, URL, Promise });
    vm.runInContext(fs.readFileSync(bundle, 'utf8'), context, { filename: bundle });
  }

  send(message: object): void {
    assert.ok(this.#onmessage, 'the worker listens to its port');
    this.#onmessage({ data: { jsonrpc: '2.0', ...message } });
  }

  async request(method: string, params: unknown): Promise<Message> {
    const id = this.#nextId++;
    this.send({ id, method, params });
    return this.waitFor(`the answer to ${method}`, (message) => message.id === id && message.method === undefined);
  }

  async waitFor(description: string, matches: (message: Message) => boolean): Promise<Message> {
    const deadline = Date.now() + 5000;
    for (;;) {
      const found = this.received.find(matches);
      if (found) return found;
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`timed out waiting for ${description}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }
}

/** The module specifiers a bundle still requires at run time. */
function requiredModules(bundle: string): string[] {
  return [...fs.readFileSync(bundle, 'utf8').matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]);
}

describe('web build', () => {
  it('declares the web client as the browser entry point, bundled next to the node one', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    assert.equal(manifest.browser, './dist/client/browser/extension.js');
    assert.equal(manifest.main, './dist/client/extension.js');
    assert.ok(fs.existsSync(WEB_CLIENT_BUNDLE) && fs.existsSync(WORKER_BUNDLE));
  });

  it('requires no Node built-in from the browser bundles: the worker requires nothing, the web client only vscode', () => {
    const builtins = new Set(builtinModules);
    assert.deepEqual(requiredModules(WORKER_BUNDLE), []);
    assert.deepEqual([...new Set(requiredModules(WEB_CLIENT_BUNDLE))], ['vscode']);
    for (const bundle of [WORKER_BUNDLE, WEB_CLIENT_BUNDLE]) {
      const text = fs.readFileSync(bundle, 'utf8');
      assert.ok(!/["']node:[a-z_/]+["']/.test(text), `${path.basename(bundle)} names no node: module`);
      for (const name of requiredModules(bundle)) assert.ok(!builtins.has(name), `${path.basename(bundle)} requires ${name}`);
    }
  });

  it('starts in a worker without Node, answers initialize and lints a draft with the bundled rules', async () => {
    const worker = new WorkerUnderTest(WORKER_BUNDLE);
    const initialized = await worker.request('initialize', { processId: null, rootUri: null, capabilities: {}, workspaceFolders: [{ uri: 'vscode-vfs://github/unres/drafts', name: 'drafts' }] });
    const result = initialized.result as { capabilities: { hoverProvider?: boolean; executeCommandProvider?: { commands: string[] } }; serverInfo: { name: string } };
    assert.equal(result.serverInfo.name, 'unres');
    assert.equal(result.capabilities.hoverProvider, true);
    worker.send({ method: 'initialized', params: {} });

    const uri = 'vscode-vfs://github/unres/drafts/reefs.unres';
    worker.send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'unres', version: 1, text: reefDraft() } } });
    const published = await worker.waitFor('diagnostics', (message) => message.method === 'textDocument/publishDiagnostics');
    const diagnostics = (published.params as { uri: string; diagnostics: { code: string; codeDescription?: unknown }[] }).diagnostics;
    assert.deepEqual(
      diagnostics.map((diagnostic) => diagnostic.code),
      lint(parseResolution(reefDraft())).map((finding) => finding.ruleId),
    );
    assert.ok(diagnostics.every((diagnostic) => diagnostic.codeDescription === undefined), 'no links to rule pages on a disk the worker does not have');

    const stats = await worker.request('workspace/executeCommand', { command: 'unres.server.documentStatistics', arguments: [uri] });
    assert.deepEqual((stats.result as { operative: number; preambular: number }).operative, 4);
    const lintWorkspace = await worker.request('workspace/executeCommand', { command: 'unres.server.lintWorkspace', arguments: [] });
    assert.match((lintWorkspace.result as { message: string }).message, /cannot do here \(in the browser\): open the drafts to lint them/);
  });
});
