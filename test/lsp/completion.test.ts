import * as assert from 'node:assert/strict';
import { CompletionItemKind, CompletionRequest, DidOpenTextDocumentNotification, type CompletionItem, type CompletionList, type TextEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspTestClient, VSCODE_LIKE_CAPABILITIES } from './lspTestClient';

const CURSOR = '‸';
const lines = (...parts: string[]): string => parts.join('\n') + '\n';

/** A Second Committee draft of the eightieth session on mountain development, written for this test. */
const mountains = (sponsors: string, ...body: string[]): string =>
  lines(
    'A/C.2/80/L.31',
    '',
    'General Assembly',
    'Distr.: Limited',
    '5 November 2025',
    'Original: English',
    'Eightieth session',
    'Second Committee',
    'Agenda item 19',
    'Sustainable development',
    `${sponsors}: draft resolution`,
    'Sustainable mountain development',
    '',
    'The General Assembly,',
    '',
    ...body,
  );

const PREAMBLE = [
  '*Recalling* its resolution 78/170 of 19 December 2023 on sustainable mountain development,¹',
  '',
  '¹ See also resolution 76/129.',
  '',
];
const OPERATIVE = ['1. *Encourages* States to protect mountain ecosystems;', '', '2. *Invites* donors to support mountain communities;', ''];

/** Completion through the language server (in this process), as an editor asks for it and applies it. */
describe('language server: completion', () => {
  let client: LspTestClient;
  let count = 0;

  beforeEach(() => {
    client = LspTestClient.inProcess();
  });
  afterEach(() => client?.kill());

  /** Opens the draft, asks for completions at the cursor, and returns the text with the cursor removed. */
  async function complete(withCursor: string): Promise<{ document: TextDocument; items: CompletionItem[] }> {
    const offset = withCursor.indexOf(CURSOR);
    const text = withCursor.slice(0, offset) + withCursor.slice(offset + CURSOR.length);
    const uri = `file:///drafts/mountains-${++count}.unres`;
    const document = TextDocument.create(uri, 'unres', 1, text);
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'unres', version: 1, text } });
    const list = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: document.positionAt(offset) })) as CompletionList;
    assert.equal(list.isIncomplete, true);
    return { document, items: list.items };
  }

  /** The text once the editor applies an item: its text edit and its additional edits. */
  function accept(document: TextDocument, item: CompletionItem): string {
    const edits: TextEdit[] = [item.textEdit as TextEdit, ...(item.additionalTextEdits ?? [])];
    return TextDocument.applyEdits(document, edits);
  }

  const find = (items: CompletionItem[], label: string, description?: string): CompletionItem => {
    const found = items.find((i) => i.label === label && i.labelDetails?.description === description);
    assert.ok(found, `"${label}" among ${items.map((i) => i.label).slice(0, 10).join(', ')}`);
    return found;
  };

  it('announces completion with space, "*" and "^" as trigger characters', async () => {
    const { capabilities } = await client.initialize(VSCODE_LIKE_CAPABILITIES);
    assert.deepEqual(capabilities.completionProvider, { triggerCharacters: [' ', '*', '^'], resolveProvider: false });
    await client.shutdown();
  });

  it('completes an operative paragraph, a preambular phrase and a session', async () => {
    await client.initialize(VSCODE_LIKE_CAPABILITIES);
    const operative = await complete(mountains('Andorra, Nepal and Peru', ...PREAMBLE, ...OPERATIVE, CURSOR));
    const also = find(operative.items, 'Also invites');
    assert.equal(also.preselect, true);
    assert.equal(also.kind, CompletionItemKind.Keyword);
    assert.equal(also.filterText, '3. *Also invites*');
    assert.equal(accept(operative.document, also), mountains('Andorra, Nepal and Peru', ...PREAMBLE, ...OPERATIVE, '3. *Also invites* '));

    const preamble = await complete(mountains('Andorra, Nepal and Peru', ...PREAMBLE, `*Reaf${CURSOR}`, '', ...OPERATIVE));
    assert.equal(accept(preamble.document, find(preamble.items, 'Reaffirming')), mountains('Andorra, Nepal and Peru', ...PREAMBLE, '*Reaffirming* ', '', ...OPERATIVE));

    const report = '3. *Requests* the Secretary-General to submit to the General Assembly at its ';
    const session = await complete(mountains('Andorra, Nepal and Peru', ...PREAMBLE, ...OPERATIVE, `${report}${CURSOR}`));
    assert.deepEqual(session.items.map((i) => i.label), ['eighty-first session', 'eighty-second session', 'eighty-third session', 'eightieth session']);
    assert.equal(accept(session.document, session.items[0]), mountains('Andorra, Nepal and Peru', ...PREAMBLE, ...OPERATIVE, `${report}eighty-first session`));
    await client.shutdown();
  });

  it('completes a sponsor, a footnote number and a treaty title with its footnote', async () => {
    await client.initialize(VSCODE_LIKE_CAPABILITIES);
    const sponsor = await complete(mountains(`Andorra, Nepal and Ky${CURSOR}`, ...PREAMBLE, ...OPERATIVE));
    assert.deepEqual(sponsor.items.filter((i) => i.label.startsWith('Ky')).map((i) => i.label), ['Kyrgyzstan']);
    assert.equal(accept(sponsor.document, find(sponsor.items, 'Kyrgyzstan')), mountains('Andorra, Nepal and Kyrgyzstan', ...PREAMBLE, ...OPERATIVE));

    const withMark = ['*Recalling* its resolution 78/170 of 19 December 2023 on sustainable mountain development,¹ and the International Year of Mountains,²', '', '¹ See also resolution 76/129.', ''];
    const definition = await complete(mountains('Andorra, Nepal and Peru', ...withMark.slice(0, 3), CURSOR, '', ...OPERATIVE));
    assert.equal(accept(definition.document, find(definition.items, '² footnote 2')), mountains('Andorra, Nepal and Peru', ...withMark.slice(0, 3), '² ', '', ...OPERATIVE));

    // After "^" in running text: the mark of the next footnote, its definition, the later ones renumbered.
    const caret = await complete(mountains('Andorra, Nepal and Peru', `*Noting* the International Year of Mountains^${CURSOR},`, '', ...PREAMBLE, ...OPERATIVE));
    const mark = find(caret.items, '¹ footnote 1');
    assert.equal(
      accept(caret.document, mark),
      mountains(
        'Andorra, Nepal and Peru',
        '*Noting* the International Year of Mountains¹,',
        '',
        '*Recalling* its resolution 78/170 of 19 December 2023 on sustainable mountain development,²',
        '',
        '¹ ',
        '² See also resolution 76/129.',
        '',
        ...OPERATIVE,
      ),
    );

    const treatyLine = '*Noting* the entry into force of the United Nations Framework Convention on Climate';
    const treaty = await complete(mountains('Andorra, Nepal and Peru', ...PREAMBLE.slice(0, 2), `${treatyLine}${CURSOR},`, '', PREAMBLE[2], '', ...OPERATIVE));
    const footnoted = find(treaty.items, 'United Nations Framework Convention on Climate Change', 'with Treaty Series footnote');
    assert.equal(
      accept(treaty.document, footnoted),
      mountains(
        'Andorra, Nepal and Peru',
        ...PREAMBLE.slice(0, 2),
        '*Noting* the entry into force of the United Nations Framework Convention on Climate Change²,',
        '',
        PREAMBLE[2],
        '² United Nations, *Treaty Series*, vol. 1771, No. 30822.',
        '',
        ...OPERATIVE,
      ),
    );
    const plain = find(treaty.items, 'United Nations Framework Convention on Climate Change');
    assert.equal(plain.additionalTextEdits, undefined);
    await client.shutdown();
  });
});
