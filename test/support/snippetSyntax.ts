import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';

// The VS Code snippet files of unres (snippets/*.json), read and expanded as VS Code inserts them,
// for the tests of the English snippets and of the French and Spanish ones.

// ---------------------------------------------------------------------------------------------
// A small expander of VS Code snippet syntax
// (https://code.visualstudio.com/docs/editing/userdefinedsnippets#_grammar)
// ---------------------------------------------------------------------------------------------

type SnippetNode =
  | { kind: 'text'; value: string }
  | { kind: 'tabstop'; index: number }
  | { kind: 'placeholder'; index: number; children: SnippetNode[] }
  | { kind: 'choice'; index: number; options: string[] }
  | { kind: 'variable'; name: string; children?: SnippetNode[] };

/** Values for the VS Code variables a snippet may use; any other variable is a mistake. */
const VARIABLES: Record<string, string> = {
  CURRENT_YEAR: '2026',
  CURRENT_MONTH_NAME: 'November',
  CURRENT_DATE: '03',
  TM_SELECTED_TEXT: '',
  TM_FILENAME: 'draft.unres',
  CLIPBOARD: '',
};

export class SnippetSyntaxError extends Error {}

function parseSnippet(body: string): SnippetNode[] {
  let i = 0;
  const fail = (message: string): never => {
    throw new SnippetSyntaxError(`${message} at offset ${i} of ${JSON.stringify(body)}`);
  };
  const readInt = (): number => {
    const start = i;
    while (i < body.length && body[i] >= '0' && body[i] <= '9') i++;
    return Number(body.slice(start, i));
  };
  const readName = (): string => {
    const start = i;
    while (i < body.length && /[A-Za-z0-9_]/.test(body[i])) i++;
    return body.slice(start, i);
  };

  /** Reads nodes until the end of the body, or until the "}" that closes a placeholder. */
  const readNodes = (nested: boolean): SnippetNode[] => {
    const nodes: SnippetNode[] = [];
    let text = '';
    const flush = (): void => {
      if (text !== '') nodes.push({ kind: 'text', value: text });
      text = '';
    };
    while (i < body.length) {
      const c = body[i];
      if (c === '\\') {
        const next = body[i + 1];
        if (next !== '$' && next !== '}' && next !== '\\') fail(`"\\" escapes only "$", "}" and "\\"`);
        text += next;
        i += 2;
      } else if (c === '}' && nested) {
        flush();
        return nodes;
      } else if (c === '$') {
        flush();
        nodes.push(readDollar());
      } else {
        text += c;
        i++;
      }
    }
    if (nested) fail('a placeholder is never closed');
    flush();
    return nodes;
  };

  const readChoice = (index: number): SnippetNode => {
    const options: string[] = [];
    let option = '';
    for (;;) {
      if (i >= body.length) fail('a choice is never closed');
      const c = body[i];
      if (c === '\\') {
        const next = body[i + 1];
        if (next !== ',' && next !== '|' && next !== '\\' && next !== '$' && next !== '}') fail('a choice escapes only ",", "|", "\\", "$" and "}"');
        option += next;
        i += 2;
      } else if (c === ',') {
        options.push(option);
        option = '';
        i++;
      } else if (c === '|') {
        if (body[i + 1] !== '}') fail('a choice ends with "|}"');
        options.push(option);
        i += 2;
        if (options.some((o) => o === '')) fail('a choice has an empty option');
        return { kind: 'choice', index, options };
      } else {
        option += c;
        i++;
      }
    }
  };

  const readDollar = (): SnippetNode => {
    i++; // "$"
    const c = body[i];
    if (c !== undefined && c >= '0' && c <= '9') return { kind: 'tabstop', index: readInt() };
    if (c !== undefined && /[A-Za-z_]/.test(c)) return { kind: 'variable', name: readName() };
    if (c !== '{') return fail('a "$" that starts nothing (write "\\$" for a dollar sign)');
    i++; // "{"
    const d = body[i];
    if (d !== undefined && d >= '0' && d <= '9') {
      const index = readInt();
      const after = body[i];
      if (after === '}') {
        i++;
        return { kind: 'tabstop', index };
      }
      if (after === ':') {
        i++;
        const children = readNodes(true);
        i++; // "}"
        return { kind: 'placeholder', index, children };
      }
      if (after === '|') {
        i++;
        return readChoice(index);
      }
      return fail(after === '/' ? 'transforms are not used in unres snippets' : `unexpected ${JSON.stringify(after ?? 'end')} in a tab stop`);
    }
    if (d !== undefined && /[A-Za-z_]/.test(d)) {
      const name = readName();
      if (body[i] === '}') {
        i++;
        return { kind: 'variable', name };
      }
      if (body[i] === ':') {
        i++;
        const children = readNodes(true);
        i++;
        return { kind: 'variable', name, children };
      }
      return fail(`unexpected ${JSON.stringify(body[i] ?? 'end')} in a variable`);
    }
    return fail('"${" must be followed by a tab stop number or a variable name');
  };

  return readNodes(false);
}

/**
 * Expands a snippet body as VS Code inserts it when the user accepts every default: a
 * placeholder gives its default text, a choice its first option, a mirrored tab stop the value of
 * the tab stop it mirrors, an empty tab stop nothing. Throws on malformed syntax, on a tab stop
 * defined twice with different defaults, and on unknown variables.
 */
export function expandSnippet(body: string): string {
  const nodes = parseSnippet(body);
  const definitions = new Map<number, SnippetNode>();
  const collect = (list: readonly SnippetNode[]): void => {
    for (const node of list) {
      if (node.kind === 'placeholder' || node.kind === 'choice') {
        const earlier = definitions.get(node.index);
        if (earlier && JSON.stringify(earlier) !== JSON.stringify(node)) {
          throw new SnippetSyntaxError(`tab stop ${node.index} is given two different defaults in ${JSON.stringify(body)}`);
        }
        if (node.index === 0) throw new SnippetSyntaxError(`the final tab stop $0 takes no default in ${JSON.stringify(body)}`);
        definitions.set(node.index, node);
      }
      if (node.kind === 'placeholder') collect(node.children);
      if (node.kind === 'variable' && node.children) collect(node.children);
    }
  };
  collect(nodes);
  const render = (list: readonly SnippetNode[], seen: ReadonlySet<number>): string =>
    list
      .map((node): string => {
        switch (node.kind) {
          case 'text':
            return node.value;
          case 'choice':
            return node.options[0];
          case 'placeholder':
            return render(node.children, new Set([...seen, node.index]));
          case 'tabstop': {
            if (seen.has(node.index)) throw new SnippetSyntaxError(`tab stop ${node.index} mirrors itself in ${JSON.stringify(body)}`);
            const definition = definitions.get(node.index);
            return definition ? render([definition], seen) : '';
          }
          case 'variable': {
            if (!(node.name in VARIABLES)) throw new SnippetSyntaxError(`unknown variable $${node.name} in ${JSON.stringify(body)}`);
            return VARIABLES[node.name] || (node.children ? render(node.children, seen) : '');
          }
        }
      })
      .join('');
  return render(nodes, new Set());
}

export interface Snippet {
  name: string;
  prefix: string;
  body: string;
  description: string;
}

/** The snippets of a VS Code snippet file, each body joined into one text. */
export function loadSnippets(file: string): Snippet[] {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, { prefix: unknown; body: unknown; description: unknown }>;
  return Object.entries(raw).map(([name, s]) => {
    assert.equal(typeof s.prefix, 'string', `${name}: prefix`);
    assert.ok(Array.isArray(s.body) && s.body.every((l) => typeof l === 'string'), `${name}: body is an array of lines`);
    assert.equal(typeof s.description, 'string', `${name}: description`);
    return { name, prefix: s.prefix as string, body: (s.body as string[]).join('\n'), description: s.description as string };
  });
}
