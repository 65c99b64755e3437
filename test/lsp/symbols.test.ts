import * as assert from 'node:assert/strict';
import { DidOpenTextDocumentNotification, DocumentLinkRequest, HoverRequest, type Hover, type MarkupContent, type Position } from 'vscode-languageserver/node';
import { LspTestClient, PUSH_DIAGNOSTICS_CAPABILITIES, VSCODE_LIKE_CAPABILITIES } from './lspTestClient';

const lines = (...parts: string[]): string => parts.join('\n') + '\n';

/** A Third Committee draft of the eightieth session on rural women, in our own words. */
const DRAFT = lines(
  'The General Assembly,', // 0
  '',
  '*Recalling* its resolution 64/293 of 30 July 2010 and Security Council resolution 2712 (2023),¹', // 2
  '',
  '*Taking note* of the report of the Secretary-General (A/C.3/79/L.5/Rev.1 and', // 4
  'E/2002/68/Add.1),', // 5
  '',
  '¹ See S/RES/2712 (2023).', // 7
  '',
  '1. *Requests* the Secretary-General to submit to the General Assembly at its eighty-first session a report on the implementation of the present resolution.', // 9
);

const at = (line: number, character: number): Position => ({ line, character });
const positionOf = (line: number, search: string): Position => at(line, DRAFT.split('\n')[line].indexOf(search));

/** Hovers and document links for resolutions and United Nations documents, from the language server (in this process). */
describe('language server: resolutions and document symbols', () => {
  let client: LspTestClient;

  beforeEach(() => {
    client = LspTestClient.inProcess();
  });

  afterEach(() => client?.kill());

  async function open(text = DRAFT): Promise<string> {
    const uri = 'file:///drafts/rural-women.unres';
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'unres', version: 1, text } });
    return uri;
  }

  it('announces document links', async () => {
    const { capabilities } = await client.initialize(VSCODE_LIKE_CAPABILITIES);
    assert.deepEqual(capabilities.documentLinkProvider, { resolveProvider: false });
    assert.equal(capabilities.hoverProvider, true);
    await client.shutdown();
  });

  it('hovers a resolution, a draft symbol and a footnote mark beside a symbol, each with its own hover', async () => {
    await client.initialize(PUSH_DIAGNOSTICS_CAPABILITIES);
    const uri = await open();
    const hover = (position: Position) => client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }) as Promise<Hover | null>;

    const resolution = (await hover(at(2, positionOf(2, '64/293').character + 3)))!;
    assert.equal((resolution.contents as MarkupContent).kind, 'markdown');
    assert.equal(
      (resolution.contents as MarkupContent).value,
      '**General Assembly resolution 64/293**\n\n- Symbol: A/RES/64/293\n- Organ: General Assembly\n- Session: sixty-fourth session (September 2009 to September 2010)\n- Type: resolution\n- Adopted: 30 July 2010 (as cited here)\n- Official document: [undocs.org/A/RES/64/293](https://undocs.org/A/RES/64/293)',
    );
    assert.deepEqual(resolution.range, { start: positionOf(2, '64/293'), end: at(2, positionOf(2, '64/293').character + 6) });

    const council = (await hover(positionOf(2, '2712 (2023)')))!;
    assert.equal(
      (council.contents as MarkupContent).value,
      '**Security Council resolution 2712 (2023)**\n\n- Symbol: S/RES/2712 (2023)\n- Organ: Security Council\n- Year: 2023\n- Type: resolution\n- Official document: [undocs.org/S/RES/2712(2023)](https://undocs.org/S/RES/2712(2023))',
    );

    const draft = (await hover(positionOf(4, 'L.5')))!;
    assert.equal(
      (draft.contents as MarkupContent).value,
      '**A/C.3/79/L.5/Rev.1**\n\n- Organ: Third Committee of the General Assembly\n- Session: seventy-ninth session (September 2024 to September 2025)\n- Type: limited distribution (L.): a draft resolution, decision or amendment; revision 1\n- Official document: [undocs.org/A/C.3/79/L.5/Rev.1](https://undocs.org/A/C.3/79/L.5/Rev.1)',
    );

    // The footnote mark right after "(2023)," is the footnote's, not the resolution's.
    const mark = (await hover(positionOf(2, '¹')))!;
    assert.equal((mark.contents as MarkupContent).value, 'See S/RES/2712 (2023).');
    assert.equal(await hover(at(0, 5)), null);
    await client.shutdown();
  });

  it('links each resolution and symbol to its official document at undocs.org', async () => {
    await client.initialize(PUSH_DIAGNOSTICS_CAPABILITIES);
    const uri = await open();
    const links = await client.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri } });
    assert.deepEqual(
      links?.map((l) => [l.range.start.line, l.range.start.character, l.range.end.line, l.range.end.character, l.target, l.tooltip]),
      [
        [2, 27, 2, 33, 'https://undocs.org/A/RES/64/293', 'Open A/RES/64/293 at undocs.org'],
        [2, 82, 2, 93, 'https://undocs.org/S/RES/2712(2023)', 'Open S/RES/2712 (2023) at undocs.org'],
        [4, 54, 4, 72, 'https://undocs.org/A/C.3/79/L.5/Rev.1', 'Open A/C.3/79/L.5/Rev.1 at undocs.org'],
        [5, 0, 5, 15, 'https://undocs.org/E/2002/68/Add.1', 'Open E/2002/68/Add.1 at undocs.org'],
        [7, 6, 7, 23, 'https://undocs.org/S/RES/2712(2023)', 'Open S/RES/2712 (2023) at undocs.org'],
      ],
    );
    await client.shutdown();
  });
});
