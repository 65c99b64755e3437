import * as assert from 'node:assert/strict';
import {
  CodeActionRequest,
  DefinitionRequest,
  DidOpenTextDocumentNotification,
  DocumentHighlightRequest,
  ExecuteCommandRequest,
  HoverRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  type CodeAction,
  type Hover,
  type Location,
  type MarkupContent,
  type Position,
  type TextDocumentEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyAsEditor } from './editorCopy';
import { LspTestClient, VSCODE_LIKE_CAPABILITIES } from './lspTestClient';

const lines = (...parts: string[]): string => parts.join('\n') + '\n';

/** A short General Assembly draft on migratory birds, with three footnotes in its preamble. */
const BIRDS = lines(
  'The General Assembly,', // 0
  '',
  '*Recalling* the Convention on the Conservation of Migratory Species of Wild Animals,¹ and the Agreement on the Conservation of African-Eurasian Migratory Waterbirds,²', // 2
  '',
  '*Reaffirming* the 2030 Agenda for Sustainable Development,³', // 4
  '',
  '¹ United Nations, *Treaty Series*, vol. 2225, No. 39574.', // 6
  '² *Ibid.*, vol. 2237, No. 39574.', // 7
  '³ Resolution 70/1.', // 8
  '',
  '1. *Calls upon* Member States to protect the flyways of migratory birds;', // 10
  '',
  '2. *Requests* the Secretary-General to report to the General Assembly at its eighty-second session on the implementation of the present resolution.', // 12
);

const at = (line: number, character: number): Position => ({ line, character });
/** The position of the first `search` on a line of the draft. */
const positionOf = (text: string, line: number, search: string): Position => at(line, text.split('\n')[line].indexOf(search));

/** Navigation, hover, rename and the footnote commands of the language server (in this process). */
describe('language server: footnotes', () => {
  let client: LspTestClient;
  const documents = new Map<string, TextDocument>();

  beforeEach(() => {
    client = LspTestClient.inProcess();
    documents.clear();
  });

  afterEach(() => client?.kill());

  async function open(text = BIRDS, name = 'birds.unres'): Promise<string> {
    const uri = `file:///drafts/${name}`;
    documents.set(uri, TextDocument.create(uri, 'unres', 1, text));
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'unres', version: 1, text } });
    return uri;
  }

  /** Applies a workspace edit to the client's copy and sends the change, as an editor does. */
  const apply = (edit: WorkspaceEdit): Promise<string> => applyAsEditor(client, documents, edit);

  const spans = (locations: Location[] | null) => (locations ?? []).map((l) => [l.range.start.line, l.range.start.character, l.range.end.character]);

  it('announces definition, references, highlights, hover and rename with prepare', async () => {
    const { capabilities } = await client.initialize(VSCODE_LIKE_CAPABILITIES);
    assert.equal(capabilities.definitionProvider, true);
    assert.equal(capabilities.referencesProvider, true);
    assert.equal(capabilities.documentHighlightProvider, true);
    assert.equal(capabilities.hoverProvider, true);
    assert.deepEqual(capabilities.renameProvider, { prepareProvider: true });
    await client.shutdown();
  });

  it('goes from a reference to its definition, and finds the references of a definition', async () => {
    await client.initialize(VSCODE_LIKE_CAPABILITIES);
    const uri = await open();
    const second = positionOf(BIRDS, 2, '²');
    const definition = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: second })) as Location[];
    assert.deepEqual(spans(definition), [[7, 0, 1]]);
    assert.deepEqual(spans((await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: at(10, 5) })) as Location[]), [], 'no footnote there');

    const fromDefinition = { textDocument: { uri }, position: at(6, 0) };
    const references = await client.connection.sendRequest(ReferencesRequest.type, { ...fromDefinition, context: { includeDeclaration: false } });
    const first = positionOf(BIRDS, 2, '¹');
    assert.deepEqual(spans(references), [[2, first.character, first.character + 1]]);
    const withDeclaration = await client.connection.sendRequest(ReferencesRequest.type, { ...fromDefinition, context: { includeDeclaration: true } });
    assert.deepEqual(spans(withDeclaration), [
      [2, first.character, first.character + 1],
      [6, 0, 1],
    ]);
    const highlights = await client.connection.sendRequest(DocumentHighlightRequest.type, { textDocument: { uri }, position: positionOf(BIRDS, 4, '³') });
    assert.deepEqual(highlights?.map((h) => [h.range.start.line, h.kind]), [
      [4, 2],
      [8, 3],
    ]);
    await client.shutdown();
  });

  it('shows the text of a footnote on hover, with Ibid. resolved to the footnote it repeats', async () => {
    await client.initialize(VSCODE_LIKE_CAPABILITIES);
    const text = BIRDS.replace('³ Resolution 70/1.', '³ *Ibid.*, vol. 2238, No. 39574.');
    const uri = await open(text);
    const hover = (position: Position) => client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }) as Promise<Hover | null>;
    const value = async (position: Position) => ((await hover(position))!.contents as MarkupContent).value;
    assert.equal(await value(positionOf(text, 2, '¹')), 'United Nations, *Treaty Series*, vol. 2225, No. 39574.');
    assert.equal(await value(positionOf(text, 2, '²')), '*Ibid.*, vol. 2237, No. 39574.\n\n*Ibid.* repeats footnote 1: United Nations, *Treaty Series*, vol. 2225, No. 39574.');
    // Footnote 3 repeats footnote 2, which is itself an Ibid.: the chain leads back to footnote 1.
    const third = await hover(positionOf(text, 4, '³'));
    assert.equal((third!.contents as MarkupContent).kind, 'markdown');
    assert.equal((third!.contents as MarkupContent).value, '*Ibid.*, vol. 2238, No. 39574.\n\n*Ibid.* repeats footnote 1: United Nations, *Treaty Series*, vol. 2225, No. 39574.');
    assert.deepEqual(third!.range, { start: positionOf(text, 4, '³'), end: at(4, positionOf(text, 4, '³').character + 1) });
    assert.equal(await hover(at(0, 4)), null);
    await client.shutdown();
  });

  it('renames a footnote number by swapping it with the footnote that had the new number', async () => {
    await client.initialize(VSCODE_LIKE_CAPABILITIES);
    const uri = await open();
    const position = positionOf(BIRDS, 2, '¹');
    const prepared = await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position });
    assert.deepEqual(prepared, { range: { start: position, end: at(2, position.character + 1) }, placeholder: '1' });
    assert.equal(await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position: at(10, 5) }), null);

    const edit = (await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position, newName: '3' }))!;
    const [change] = edit.documentChanges as TextDocumentEdit[];
    assert.deepEqual(
      change.edits.map((e) => [e.range.start.line, e.newText]),
      [
        [2, '³'],
        [4, '¹'],
        [6, '³'],
        [8, '¹'],
      ],
    );
    const renamed = await apply(edit);
    assert.ok(renamed.includes('Wild Animals,³ and') && renamed.includes('Development,¹\n'));
    assert.ok(renamed.includes('³ United Nations, *Treaty Series*, vol. 2225, No. 39574.\n² *Ibid.*, vol. 2237, No. 39574.\n¹ Resolution 70/1.'));

    await assert.rejects(
      client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: at(6, 0), newName: 'three' }),
      /A footnote is renamed to a positive whole number, such as 3; "three" is not one/,
    );
    await assert.rejects(client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: at(6, 0), newName: '0' }), /positive whole number/);
    await client.shutdown();
  });

  it('renumbers the footnotes on command by sending workspace/applyEdit, and says when they already are', async () => {
    await client.initialize(VSCODE_LIKE_CAPABILITIES);
    // The paragraph citing the 2030 Agenda was moved to the top: its footnote 3 is now read first.
    // Three marks rewritten, and the three printed places each take their new footnote.
    const moved = lines(...BIRDS.split('\n').slice(0, 2), BIRDS.split('\n')[4], '', BIRDS.split('\n')[2], ...BIRDS.split('\n').slice(5, -1));
    const uri = await open(moved);
    const result = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'unres.server.renumberFootnotes', arguments: [uri] });
    assert.deepEqual(result, { edits: 6, applied: true });
    const [sent] = client.appliedEdits;
    assert.equal(sent.label, 'Renumber footnotes');
    const renumbered = await apply(sent.edit);
    assert.ok(renumbered.includes('Development,¹\n'));
    assert.ok(renumbered.includes('Wild Animals,² and') && renumbered.includes('Waterbirds,³\n'));
    assert.ok(renumbered.includes('¹ Resolution 70/1.\n² United Nations, *Treaty Series*, vol. 2225, No. 39574.\n³ *Ibid.*, vol. 2237, No. 39574.'));

    const again = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'unres.server.renumberFootnotes', arguments: [uri] });
    assert.deepEqual(again, { edits: 0, applied: false, message: 'Footnotes already numbered 1 to 3' });
    assert.equal(client.appliedEdits.length, 1, 'nothing more was sent');
    await client.shutdown();
  });

  it('inserts a footnote on command, renumbering the notes after it, and answers where its definition waits', async () => {
    await client.initialize(VSCODE_LIKE_CAPABILITIES);
    const text = BIRDS.replace('*Reaffirming* the 2030 Agenda', '*Reaffirming* the Convention on Biological Diversity, and the 2030 Agenda');
    const uri = await open(text);
    // After "Convention on Biological Diversity," in the second preambular paragraph: before footnote 3.
    const cursor = positionOf(text, 4, ', and the 2030');
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: cursor, end: cursor },
      context: { diagnostics: [] },
    })) as CodeAction[];
    const insert = actions.find((a) => a.title === 'Insert footnote');
    assert.deepEqual(insert, {
      title: 'Insert footnote',
      kind: 'refactor.rewrite',
      command: { title: 'Insert footnote', command: 'unres.server.insertFootnote', arguments: [uri, cursor] },
    });

    const result = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'unres.server.insertFootnote', arguments: [uri, cursor] });
    assert.deepEqual(result, { applied: true, number: 3, definitionPosition: at(8, 2) });
    const [sent] = client.appliedEdits;
    assert.equal(sent.label, 'Insert footnote');
    const inserted = await apply(sent.edit);
    assert.ok(inserted.includes('Biological Diversity³, and the 2030 Agenda for Sustainable Development,⁴\n'));
    assert.equal(
      inserted.split('\n').slice(6, 10).join('\n'),
      '¹ United Nations, *Treaty Series*, vol. 2225, No. 39574.\n² *Ibid.*, vol. 2237, No. 39574.\n³ \n⁴ Resolution 70/1.',
    );
    const after = TextDocument.create(uri, 'unres', 2, inserted);
    assert.equal(after.offsetAt(at(8, 2)), inserted.indexOf('³ \n') + 2, 'the cursor goes right after the new mark and its space');
    await client.waitFor('the cursor to move', () => client.shownDocuments.length === 1);
    assert.deepEqual(client.shownDocuments, [{ uri, selection: { start: at(8, 2), end: at(8, 2) }, takeFocus: true }], 'the editor puts the cursor in the empty definition');
    await client.shutdown();
  });

  it('refuses to insert a footnote right beside another mark, with a message and no code action', async () => {
    await client.initialize(VSCODE_LIKE_CAPABILITIES);
    const uri = await open();
    const beside = at(2, positionOf(BIRDS, 2, '¹').character + 1);
    const result = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'unres.server.insertFootnote', arguments: [uri, beside] });
    assert.deepEqual(result, { applied: false, message: 'A footnote mark cannot stand right beside another: ¹ and ² would read as ¹².' });
    assert.equal(client.appliedEdits.length, 0);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: beside, end: beside },
      context: { diagnostics: [] },
    })) as CodeAction[];
    assert.equal(actions.find((a) => a.title === 'Insert footnote'), undefined);
    await assert.rejects(client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'unres.server.insertFootnote', arguments: [uri] }), /takes the URI of a document and a position/);
    await client.shutdown();
  });
});
