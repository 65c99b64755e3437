import { Message, type ConnectionOptions, type NotificationMessage, type RequestMessage } from 'vscode-languageserver';

/**
 * What vscode-languageserver reads of a message before any handler of ours runs, checked where it
 * arrives (the connection's message strategy):
 *
 * - `initialize` params: the library reads `processId`, `trace` and `capabilities` from them before
 *   it calls `onInitialize`, so params that are not an object made it answer an internal error
 *   ("Cannot read properties of null"). Such params are replaced by an empty object that names
 *   the problem (`initializeParamsProblem` reads it back) and `onInitialize` answers InvalidParams.
 * - after `shutdown`, every notification but `exit` is dropped, as the protocol asks: a document
 *   opened or changed then is not linted and published. Requests still reach the request guard,
 *   which refuses them.
 */

/** The key under which a replaced `initialize` params object names what was wrong with the original. */
const PROBLEM = 'unres.paramsProblem';

/** What is wrong with the params of `initialize` as the library would read them, if anything. */
function initializeProblem(params: unknown): string | undefined {
  if (params === undefined || params === null) return 'the params are missing';
  if (typeof params !== 'object' || Array.isArray(params)) return 'the params are not an object';
  const { capabilities, processId } = params as Record<string, unknown>;
  if (capabilities !== undefined && (typeof capabilities !== 'object' || capabilities === null || Array.isArray(capabilities))) return 'capabilities is not an object';
  if (processId !== undefined && processId !== null && !(typeof processId === 'number' && Number.isInteger(processId))) return 'processId is not a whole number or null';
  return undefined;
}

/** The problem the gate found with the params of an `initialize` request, as `onInitialize` receives them. */
export function initializeParamsProblem(params: unknown): string | undefined {
  const problem = typeof params === 'object' && params !== null ? (params as Record<string, unknown>)[PROBLEM] : undefined;
  return typeof problem === 'string' ? problem : undefined;
}

/** Connection options whose message strategy is the gate described above; one per connection. */
export function messageGate(): ConnectionOptions {
  let shutDown = false;
  return {
    messageStrategy: {
      handleMessage(message: Message, next: (message: Message) => void): void {
        if (Message.isRequest(message)) {
          if (message.method === 'shutdown') shutDown = true;
          const problem = message.method === 'initialize' ? initializeProblem(message.params) : undefined;
          next(problem === undefined ? message : ({ ...message, params: { processId: null, rootUri: null, capabilities: {}, [PROBLEM]: problem } } as RequestMessage));
          return;
        }
        if (shutDown && Message.isNotification(message) && (message as NotificationMessage).method !== 'exit') return;
        next(message);
      },
    },
  };
}
