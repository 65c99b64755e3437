import { spawn, type ChildProcess } from 'node:child_process';
import { UNRES_BIN } from '../support/paths';

/** A response as it came over the wire. */
export interface RawResponse {
  readonly id: number;
  readonly result?: unknown;
  readonly error?: { readonly code: number; readonly message: string };
}

/**
 * `unres server --stdio` spoken to byte by byte: what a client library would never send (null
 * params, params of the wrong type) goes out as written, and every response is kept by its id.
 */
export class RawSession {
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  readonly #responses = new Map<number, (response: RawResponse) => void>();
  /** The notifications the server sent, in order. */
  readonly notifications: Array<{ readonly method: string; readonly params: unknown }> = [];
  #notificationWaiters: Array<() => void> = [];
  #nextId = 1;
  #input = Buffer.alloc(0);
  stderr = '';

  constructor() {
    this.child = spawn(process.execPath, [UNRES_BIN, 'server', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.exited = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
    this.child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk));
    this.child.stdout!.on('data', (chunk: Buffer) => this.#read(chunk));
  }

  /** Sends a notification: `params` as given, left out when undefined. */
  notify(method: string, params?: unknown): void {
    this.#write({ jsonrpc: '2.0', method, ...(params === undefined ? {} : { params }) });
  }

  /** Sends a request and resolves to its response. */
  request(method: string, params?: unknown): Promise<RawResponse> {
    const id = this.#nextId++;
    const response = new Promise<RawResponse>((resolve) => this.#responses.set(id, resolve));
    this.#write({ jsonrpc: '2.0', id, method, ...(params === undefined ? {} : { params }) });
    return response;
  }

  /** The params of the first notification of `method` the server sends from now on, or undefined after `ms` milliseconds. */
  nextNotification(method: string, ms: number): Promise<unknown> {
    const from = this.notifications.length;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#notificationWaiters = this.#notificationWaiters.filter((w) => w !== check);
        resolve(undefined);
      }, ms);
      const check = (): void => {
        const found = this.notifications.slice(from).find((n) => n.method === method);
        if (!found) return;
        clearTimeout(timer);
        this.#notificationWaiters = this.#notificationWaiters.filter((w) => w !== check);
        resolve(found.params);
      };
      this.#notificationWaiters.push(check);
    });
  }

  kill(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill();
  }

  #write(message: unknown): void {
    const body = JSON.stringify(message);
    this.child.stdin!.write(`Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`);
  }

  #read(chunk: Buffer): void {
    this.#input = Buffer.concat([this.#input, chunk]);
    for (;;) {
      const headerEnd = this.#input.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.#input.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (this.#input.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.#input.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as { id?: unknown; method?: unknown; params?: unknown };
      this.#input = this.#input.subarray(headerEnd + 4 + length);
      if (typeof message.id === 'number' && message.method === undefined) this.#responses.get(message.id)?.(message as RawResponse);
      if (message.id === undefined && typeof message.method === 'string') {
        this.notifications.push({ method: message.method, params: message.params });
        for (const waiter of [...this.#notificationWaiters]) waiter();
      }
    }
  }
}
