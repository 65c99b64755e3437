import {
  CompletionRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  HoverRequest,
  type Position,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseResolution } from '../server/src/core';
import { LspTestClient, VSCODE_LIKE_CAPABILITIES } from '../test/lsp/lspTestClient';
import { processMemory, summarize, type Timings } from './measure';

/** What the benchmark measures of the language server, driven over stdio as VS Code drives it. */
export interface ServerFigures {
  readonly startup: Timings;
  readonly openToDiagnostics: ReadonlyArray<{ readonly name: string; readonly ms: number }>;
  readonly editToDiagnostics: Timings;
  readonly hover: Timings;
  readonly completion: Timings | 'not offered';
  readonly memoryWithLargeText: { readonly rss: number; readonly peak: number } | undefined;
  readonly largeText: {
    readonly openToDiagnostics: number;
    /** The longest a hover on another document waited while the large text was linted. */
    readonly longestBlock: number;
    readonly hoversAnswered: number;
  };
}

const elapsed = (start: number): number => performance.now() - start;

async function started(): Promise<{ client: LspTestClient; ms: number; completion: boolean }> {
  const start = performance.now();
  const client = LspTestClient.startExtensionServer();
  const { capabilities } = await client.initialize(VSCODE_LIKE_CAPABILITIES);
  return { client, ms: elapsed(start), completion: capabilities.completionProvider !== undefined };
}

async function open(client: LspTestClient, uri: string, text: string): Promise<number> {
  const start = performance.now();
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'unres', version: 1, text } });
  await pullDiagnostics(client, uri);
  return elapsed(start);
}

function pullDiagnostics(client: LspTestClient, uri: string) {
  return client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
}

async function timeRequests(positions: readonly Position[], request: (position: Position) => Promise<unknown>): Promise<Timings> {
  const samples: number[] = [];
  for (const position of positions) {
    const start = performance.now();
    await request(position);
    samples.push(elapsed(start));
  }
  return summarize(samples);
}

/** Offsets spread evenly over a list: `count` of them, first and last included. */
function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length === 0) return [];
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)]);
}

/**
 * Offsets of `count` single-character edits spread over the paragraphs of a draft: one inside a
 * word in the middle of each chosen paragraph's first line, in text order.
 */
function editOffsets(text: string, count: number): number[] {
  const doc = parseResolution(text);
  const paragraphs = [...doc.preamble, ...doc.operative];
  return spread(paragraphs, count).map((p) => {
    const content = p.contentPieces[0];
    let at = Math.floor((content.start + content.end) / 2);
    while (at < content.end && !/[a-z]/.test(text[at])) at++;
    return at;
  });
}

/**
 * Runs the language server bundle the extension ships (dist/server/node/main.js) over stdio with
 * VS Code's client capabilities (pull diagnostics, workspace configuration) and measures it.
 */
export async function measureServer(texts: { sample: string; draft: string; oneMegabyte: string; tenMegabytes: string }, startupRuns = 10): Promise<ServerFigures> {
  const startups: number[] = [];
  for (let i = 0; i < startupRuns; i++) {
    const { client, ms } = await started();
    startups.push(ms);
    await client.shutdown();
  }

  const { client, completion: offersCompletion } = await started();
  const openToDiagnostics: Array<{ name: string; ms: number }> = [];
  try {
    openToDiagnostics.push({ name: '50 KB resolution', ms: await open(client, 'file:///bench/sample.unres', texts.sample) });
    openToDiagnostics.push({ name: '300-paragraph draft', ms: await open(client, 'file:///bench/draft.unres', texts.draft) });
    openToDiagnostics.push({ name: '1 MB text', ms: await open(client, 'file:///bench/one-megabyte.unres', texts.oneMegabyte) });

    // 200 one-character edits spread over the draft, each sent as VS Code sends it (an
    // incremental didChange), then its diagnostics pulled; timed from the change to the answer.
    const uri = 'file:///bench/draft.unres';
    const document = TextDocument.create(uri, 'unres', 1, texts.draft);
    const edits: number[] = [];
    let version = 1;
    for (const [i, offset] of editOffsets(texts.draft, 200).entries()) {
      const position = document.positionAt(offset + i);
      const range = { start: position, end: position };
      const start = performance.now();
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: ++version }, contentChanges: [{ range, text: 'e' }] });
      await pullDiagnostics(client, uri);
      edits.push(elapsed(start));
      TextDocument.update(document, [{ range, text: 'e' }], version);
    }

    const draftModel = parseResolution(document.getText());
    const markPositions = draftModel.footnoteReferences.map((r) => document.positionAt(r.span.start));
    const paragraphStarts = [...draftModel.preamble, ...draftModel.operative].map((p) => document.positionAt(p.content.start));
    const hoverPositions = [...spread(markPositions, 100), ...spread(paragraphStarts, 100)];
    const hover = await timeRequests(hoverPositions, (position) => client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }));
    const completion = offersCompletion
      ? await timeRequests(spread(paragraphStarts, 200), (position) => client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position }))
      : 'not offered';
    await client.shutdown();

    const large = await measureLargeText(texts.sample, texts.tenMegabytes);
    return { startup: summarize(startups), openToDiagnostics, editToDiagnostics: summarize(edits), hover, completion, ...large };
  } finally {
    client.kill();
  }
}

/**
 * Opens the 10 MB text in a fresh server while another document is open and hovered every 10 ms:
 * how long the text takes to lint, the longest any hover waited meanwhile (the longest the server
 * was blocked), and the server's resident memory once the diagnostics are in.
 */
async function measureLargeText(sample: string, tenMegabytes: string): Promise<Pick<ServerFigures, 'largeText' | 'memoryWithLargeText'>> {
  const { client } = await started();
  try {
    const smallUri = 'file:///bench/sample.unres';
    await open(client, smallUri, sample);
    const smallModel = parseResolution(sample);
    const smallDocument = TextDocument.create(smallUri, 'unres', 1, sample);
    const hoverAt = smallDocument.positionAt(smallModel.footnoteReferences[0]?.span.start ?? 0);

    let linting = true;
    let longestBlock = 0;
    let hoversAnswered = 0;
    const probes = (async () => {
      while (linting) {
        const start = performance.now();
        await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: smallUri }, position: hoverAt });
        // A hover sent while the text was linted counts, even if it was answered after.
        longestBlock = Math.max(longestBlock, elapsed(start));
        hoversAnswered++;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();
    const openToDiagnostics = await open(client, 'file:///bench/ten-megabytes.unres', tenMegabytes);
    linting = false;
    await probes;
    // Let the server settle (collect the garbage of the lint) before reading its memory.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const memoryWithLargeText = processMemory(client.child.pid!);
    await client.shutdown();
    return { largeText: { openToDiagnostics, longestBlock, hoversAnswered }, memoryWithLargeText };
  } finally {
    client.kill();
  }
}
