/**
 * The shapes of the params the server's requests take, as checks: each says in a few words what is
 * wrong with a value ("textDocument.uri is not a string"), or nothing when the value has the shape.
 * Only what the handlers read is checked; other fields may be anything.
 */
export type ParamsCheck = (value: unknown, path: string) => string | undefined;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const described = (path: string) => (path === '' ? 'the params' : path);

/** An object with these fields; `optional` ones may be missing, undefined or null. */
export function object(fields: Readonly<Record<string, ParamsCheck>>, optional: Readonly<Record<string, ParamsCheck>> = {}): ParamsCheck {
  return (value, path) => {
    if (!isObject(value)) return `${described(path)} ${value === null || value === undefined ? 'is missing' : 'is not an object'}`;
    const prefix = path === '' ? '' : `${path}.`;
    for (const [name, check] of Object.entries(fields)) {
      const problem = check(value[name], `${prefix}${name}`);
      if (problem) return problem;
    }
    for (const [name, check] of Object.entries(optional)) {
      if (value[name] === undefined || value[name] === null) continue;
      const problem = check(value[name], `${prefix}${name}`);
      if (problem) return problem;
    }
    return undefined;
  };
}

export const string: ParamsCheck = (value, path) => (typeof value === 'string' ? undefined : `${described(path)} is not a string`);
export const boolean: ParamsCheck = (value, path) => (typeof value === 'boolean' ? undefined : `${described(path)} is not true or false`);
/** A number LSP calls a `uinteger`: a whole number from 0 to 2^31 - 1. */
export const uinteger: ParamsCheck = (value, path) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 2 ** 31 - 1 ? undefined : `${described(path)} is not a whole number from 0 to 2147483647`;
export const anything: ParamsCheck = () => undefined;

/** An array whose every element passes `element`. */
export function array(element: ParamsCheck): ParamsCheck {
  return (value, path) => {
    if (!Array.isArray(value)) return `${described(path)} is not an array`;
    for (let i = 0; i < value.length; i++) {
      const problem = element(value[i], `${path}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  };
}

/** An array of arguments: the first `required.length` must be there, the `optional` ones after them may be missing or null. */
export function argumentList(required: readonly ParamsCheck[], optional: readonly ParamsCheck[] = []): ParamsCheck {
  return (value, path) => {
    const args = value === undefined || value === null ? [] : value;
    if (!Array.isArray(args)) return `${described(path)} is not an array`;
    if (args.length < required.length) return `${described(path)} has ${args.length} of the ${required.length} it needs`;
    const checks = [...required, ...optional];
    for (let i = 0; i < checks.length && i < args.length; i++) {
      if (i >= required.length && (args[i] === undefined || args[i] === null)) continue;
      const problem = checks[i](args[i], `${path}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  };
}

export const position = object({ line: uinteger, character: uinteger });
export const range = object({ start: position, end: position });
const textDocument = object({ uri: string });
/** What codeActions reads of a diagnostic of the request's context. */
const diagnostic = object({ range, message: string });

/** The params of each kind of request the server answers. */
export const PARAMS = {
  textDocument: object({ textDocument }),
  textDocumentPosition: object({ textDocument, position }),
  references: object({ textDocument, position, context: object({ includeDeclaration: boolean }) }),
  rename: object({ textDocument, position, newName: string }),
  codeAction: object({ textDocument, range, context: object({ diagnostics: array(diagnostic) }, { only: array(string) }) }),
  selectionRange: object({ textDocument, positions: array(position) }),
  willSave: object({ textDocument, reason: uinteger }),
  executeCommand: object({ command: string }, { arguments: array(anything) }),
  initialize: object({ capabilities: object({}) }),
} as const;
