// The addresses of the read-only documents that show a Word draft (.docx) as the text unres checks.
// The extension opens them ("unres: Open as resolution text"); the language server lints them,
// reads their Word file again when one closes, and names them in "Lint workspace". Pure string
// work, so the client, the node server and the web worker build and read them alike.

/** The scheme of a Word draft shown as resolution text. */
export const WORD_TEXT_SCHEME = 'unres-word';

/** Which text of a Word file with tracked changes is shown: the changes accepted, or the text before them. */
export type WordTextView = 'accepted' | 'original';

/** The end of the document's name for each view: `.unres` gives the document the unres language. */
const NAME_ENDINGS: Readonly<Record<WordTextView, string>> = {
  accepted: '.unres',
  original: ' (original).unres',
};

/**
 * A URI component written as VS Code writes it (`Uri.toString()`): every character but the
 * unreserved ones (and `/` in a path) percent-encoded, upper-case. The server and the extension
 * then spell the address of one text alike, so the problems "Lint workspace" reports and the
 * document the editor opens are one.
 */
function encodeComponent(decoded: string, isPath: boolean): string {
  return encodeURIComponent(decoded)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%2F/g, isPath ? '/' : '%2F');
}

function decoded(component: string): string {
  try {
    return decodeURIComponent(component);
  } catch {
    return component;
  }
}

/** A URI as VS Code writes it: scheme, authority (lower case), path and query re-encoded. */
function canonicalUri(uri: string): { readonly text: string; readonly path: string } {
  const match = /^([a-z][a-z0-9+.-]*):(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?/i.exec(uri);
  if (!match) return { text: uri, path: '/' };
  const [, scheme, authority, path, query] = match;
  const lowerScheme = scheme.toLowerCase();
  // A Windows drive letter is written in lower case, as VS Code writes it.
  const encodedPath = encodeComponent(decoded(path).replace(/^\/[A-Z]:/, (drive) => drive.toLowerCase()), true);
  const encodedAuthority = encodeComponent(decoded(authority ?? '').toLowerCase(), false).replace(/%(3A|5B|5D)/g, (escape) => decodeURIComponent(escape));
  const text =
    `${lowerScheme}:${authority !== undefined || lowerScheme === 'file' ? `//${encodedAuthority}` : ''}` +
    `${encodedPath}${query === undefined ? '' : `?${encodeComponent(decoded(query), false)}`}`;
  return { text, path: encodedPath.startsWith('/') ? encodedPath : `/${encodedPath}` };
}

/**
 * The address of the text of the Word file at `source` (any URI: `file:`, `vscode-remote:` …):
 * its path is the file's own path with `.unres` added, so the editor tab reads `draft.docx.unres`
 * (`draft.docx (original).unres` for the text before the tracked changes); the Word file's URI is
 * the query.
 */
export function wordTextUri(source: string, view: WordTextView = 'accepted'): string {
  const { text, path } = canonicalUri(source);
  return `${WORD_TEXT_SCHEME}:${path}${encodeComponent(NAME_ENDINGS[view], false)}?${encodeComponent(text, false)}`;
}

/** The Word file and the view of an address of {@link wordTextUri}; undefined for any other URI. */
export function parseWordTextUri(uri: string): { readonly source: string; readonly view: WordTextView } | undefined {
  const match = /^unres-word:([^?#]*)\?([^#]*)/i.exec(uri);
  if (!match) return undefined;
  let path: string;
  let source: string;
  try {
    path = decodeURIComponent(match[1]);
    source = decodeURIComponent(match[2]);
  } catch {
    return undefined;
  }
  if (!/^[a-z][a-z0-9+.-]*:/i.test(source) || source.toLowerCase().startsWith(`${WORD_TEXT_SCHEME}:`)) return undefined;
  return { source, view: path.endsWith(NAME_ENDINGS.original) ? 'original' : 'accepted' };
}
