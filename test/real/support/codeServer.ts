import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/**
 * A temporary home for one code-server and its browser: settings, extensions, logs, sockets and
 * the browser profile all stay in it, and nothing is written to the user's home or /tmp.
 */
export class EditorSandbox {
  readonly root: string;
  readonly userDataDir: string;
  readonly extensionsDir: string;
  readonly env: NodeJS.ProcessEnv;

  constructor(options: { userDataDir?: string; extensionsDir?: string; settings?: Record<string, unknown> } = {}) {
    this.root = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-editor-'));
    this.userDataDir = options.userDataDir ?? path.join(this.root, 'user-data');
    this.extensionsDir = options.extensionsDir ?? path.join(this.root, 'extensions');
    const tmp = path.join(this.root, 'tmp');
    fs.mkdirSync(tmp);
    fs.mkdirSync(path.join(this.userDataDir, 'User'), { recursive: true });
    const settings = path.join(this.userDataDir, 'User', 'settings.json');
    if (!fs.existsSync(settings)) {
      const quiet = {
        'telemetry.telemetryLevel': 'off',
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'security.workspace.trust.enabled': false,
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'update.mode': 'none',
        ...options.settings,
      };
      fs.writeFileSync(settings, JSON.stringify(quiet, null, 2));
    }
    this.env = {
      ...process.env,
      HOME: this.root,
      XDG_CONFIG_HOME: this.root,
      XDG_DATA_HOME: this.root,
      XDG_CACHE_HOME: this.root,
      XDG_STATE_HOME: this.root,
      TMPDIR: tmp,
      // No extension gallery: the workbench would otherwise query one over the network.
      EXTENSIONS_GALLERY: '{"serviceUrl":""}',
    };
  }

  /** The code-server options that keep its state in the sandbox. */
  private dirArgs(): string[] {
    return ['--config', path.join(this.root, 'config.yaml'), '--user-data-dir', this.userDataDir, '--extensions-dir', this.extensionsDir];
  }

  /** Installs a .vsix the way a user does (`code-server --install-extension`), offline. */
  installExtension(codeServer: string, vsix: string): void {
    execFileSync(codeServer, [...this.dirArgs(), '--install-extension', vsix], { env: this.env, stdio: 'pipe' });
  }

  /** Starts code-server on a free local port, without authentication. */
  async startCodeServer(codeServer: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<RunningCodeServer> {
    const args = [
      ...this.dirArgs(),
      '--auth', 'none',
      '--bind-addr', '127.0.0.1:0',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
    ];
    // Its own process group, so that stopping it also stops the extension host and the language server.
    const child = spawn(codeServer, args, { env: { ...this.env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const server = new RunningCodeServer(child);
    await server.listening();
    return server;
  }

  /** Launches headless chromium with its profile in the sandbox. */
  launchBrowser(executable: string): Promise<Browser> {
    return chromium.launch({
      executablePath: executable,
      headless: true,
      env: this.env,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }

  /** Removes the sandbox; stop the server first. */
  remove(): void {
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}

/** A code-server process and what it printed. */
export class RunningCodeServer {
  #output = '';
  readonly #exit: Promise<number | null>;
  url: URL | undefined;

  constructor(private readonly child: ChildProcess) {
    child.stdout?.on('data', (chunk: Buffer) => (this.#output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.#output += chunk.toString()));
    this.#exit = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  /** Everything code-server printed so far (its log, with the extension host's). */
  get output(): string {
    return this.#output;
  }

  /** Resolves with the server's address once it prints it ("HTTP server listening on http://127.0.0.1:N/"). */
  listening(timeoutMs = 60_000): Promise<URL> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => finish(new Error(`code-server did not start within ${timeoutMs} ms:\n${this.#output}`)), timeoutMs);
      const check = () => {
        const match = /HTTP server listening on (http:\/\/\S+)/.exec(this.#output);
        if (match) finish(undefined, new URL(match[1]));
      };
      const finish = (error?: Error, url?: URL) => {
        clearTimeout(timer);
        this.child.stdout?.off('data', check);
        this.child.stderr?.off('data', check);
        if (url) {
          this.url = url;
          resolve(url);
        } else reject(error);
      };
      this.child.stdout?.on('data', check);
      this.child.stderr?.on('data', check);
      void this.#exit.then((code) => finish(new Error(`code-server exited with ${code}:\n${this.#output}`)));
      check();
    });
  }

  /** The URI by which the workbench reaches a path on the server's machine. */
  remoteUri(absolutePath: string): string {
    if (!this.url) throw new Error('code-server is not listening');
    return `vscode-remote://${this.url.host}${absolutePath}`;
  }

  /** The command lines of the processes running in code-server's process group (its extension hosts, their language servers), read from /proc. */
  commandLines(): string[] {
    const group = this.child.pid;
    if (group === undefined) return [];
    const commands: string[] = [];
    for (const entry of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        // /proc/PID/stat: "pid (comm) state ppid pgrp …"; comm may hold spaces and parentheses.
        const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (Number(fields[2]) !== group) continue;
        commands.push(fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ').trim());
      } catch {
        // the process has exited meanwhile
      }
    }
    return commands;
  }

  /** Stops code-server and everything it started; resolves once they have exited. */
  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null && this.child.pid !== undefined) {
      try {
        process.kill(-this.child.pid, 'SIGTERM');
      } catch {
        // the group is gone already
      }
      await this.#exit;
      // Its children (the extension hosts, the TypeScript server of the built-in extension) may
      // still be writing to the sandbox: wait until the whole group has exited.
      await waitForProcessGroupExit(this.child.pid);
    }
  }
}

/** Resolves once no process of the group `pgid` is left (or after `timeoutMs`, when one ignores SIGTERM). */
async function waitForProcessGroupExit(pgid: number, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      process.kill(-pgid, 0);
    } catch {
      return; // ESRCH: the group is empty
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
