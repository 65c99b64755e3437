import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken, type Connection, type RequestType } from 'vscode-languageserver';
import type { ParamsCheck } from './params';

/** What a guarded handler computes: its result, or an error it chose to answer with. */
type Answer<R> = R | ResponseError<unknown>;

/** An error as a log line tells it: its stack when it has one. */
export function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/**
 * The one gate every request of the server passes, so that no request is answered with an internal
 * error or an exception trace:
 * - after `shutdown`, every request is refused with InvalidRequest (a second `shutdown` too);
 * - params that do not have the shape the request takes (missing, null, of a wrong type, a negative
 *   position) are answered with InvalidParams naming what is wrong;
 * - a request cancelled before it starts or while it waits is answered with RequestCancelled;
 * - an exception in a handler (a bug) is logged and the request answered with its empty result.
 *
 * `exit` is left to vscode-languageserver, which ends the process with 0 after `shutdown` and 1
 * without.
 */
export class RequestGuard {
  #shutDown = false;

  constructor(
    readonly connection: Connection,
    readonly log: (message: string) => void,
  ) {}

  /** Whether `shutdown` came: the server then answers no request but with InvalidRequest. */
  get shutDown(): boolean {
    return this.#shutDown;
  }

  /**
   * Handles `shutdown` through `onShutdown` (vscode-languageserver answers it and lets `exit` end
   * the process); a second one is refused as any other request after the first.
   */
  onShutdown(handle: () => void): void {
    this.connection.onShutdown(() => {
      if (this.#shutDown) return this.#refusal('shutdown') as unknown as void;
      this.#shutDown = true;
      try {
        handle();
      } catch (error) {
        this.log(`unres: shutdown failed: ${describeError(error)}`);
      }
    });
    // Methods the server does not know: MethodNotFound as jsonrpc answers it, InvalidRequest after shutdown.
    this.connection.onRequest((method: string) => (this.#shutDown ? this.#refusal(method) : new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${method}`)));
  }

  /** Registers the handler of a request, behind the gate. `empty` answers a document the server does not have, and a failure. */
  onRequest<P, R>(type: RequestType<P, R, unknown>, check: ParamsCheck, empty: R, handle: (params: P, token: CancellationToken) => Answer<R> | Promise<Answer<R>>): void {
    this.connection.onRequest(type, (params, token) => this.run(type.method, params, token, check, empty, handle));
  }

  /** Runs a request's handler behind the gate; for handlers another library registers. */
  async run<P, R>(method: string, params: unknown, token: CancellationToken, check: ParamsCheck, empty: R, handle: (params: P, token: CancellationToken) => Answer<R> | Promise<Answer<R>>): Promise<Answer<R>> {
    if (this.#shutDown) return this.#refusal(method);
    const problem = check(params, '');
    if (problem !== undefined) return new ResponseError(ErrorCodes.InvalidParams, `${method}: ${problem}`);
    if (token.isCancellationRequested) return cancelled(method);
    try {
      const answer = await handle(params as P, token);
      // Cancelled while it waited (for settings, for the lint of the version): the client drops any answer.
      return token.isCancellationRequested ? cancelled(method) : answer;
    } catch (error) {
      this.log(`unres: ${method} failed: ${describeError(error)}`);
      return empty;
    }
  }

  #refusal(method: string): ResponseError<unknown> {
    return new ResponseError(ErrorCodes.InvalidRequest, `${method}: the server is shutting down and takes no more requests`);
  }
}

function cancelled(method: string): ResponseError<unknown> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, `${method} cancelled`);
}
