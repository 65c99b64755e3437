import * as assert from 'node:assert/strict';
import { DidOpenTextDocumentNotification, ExecuteCommandRequest, type Position } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyAsEditor } from './editorCopy';
import { LspTestClient, VSCODE_LIKE_CAPABILITIES } from './lspTestClient';

const lines = (...parts: string[]): string => parts.join('\n') + '\n';

/** A draft on child labour whose Convention on the Rights of the Child already has its footnote. */
const DRAFT = lines(
  'The General Assembly,', // 0
  '',
  '*Recalling* the Convention on the Rights of the Child¹ and the Worst Forms of Child Labour Convention, 1999 (No. 182), and the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children,', // 2
  '',
  '*Noting* the Forced Labour Convention, 1930 (No. 29), and the Indigenous and Tribal Peoples Convention, 1989 (No. 169),²', // 4
  '',
  '¹ United Nations, *Treaty Series*, vol. 1577, No. 27531.', // 6
  '² *Ibid.*, vol. 1650, No. 28383.', // 7
  '',
  '1. *Calls upon* States to end child labour in supply chains.', // 9
);

const at = (line: number, search: string, delta = 0): Position => ({ line, character: DRAFT.split('\n')[line].indexOf(search) + delta });

describe('language server: Insert treaty citation', function () {
  this.timeout(20000);
  let client: LspTestClient;
  const documents = new Map<string, TextDocument>();
  const uri = 'file:///drafts/child-labour.unres';

  beforeEach(async () => {
    client = LspTestClient.inProcess();
    documents.clear();
    await client.initialize(VSCODE_LIKE_CAPABILITIES);
    documents.set(uri, TextDocument.create(uri, 'unres', 1, DRAFT));
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'unres', version: 1, text: DRAFT } });
  });
  afterEach(() => client?.kill());

  const run = (...args: unknown[]) => client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'unres.server.insertTreatyCitation', arguments: [uri, ...args] });

  it('puts the citation of the treaty at the cursor in a new footnote after its name, and renumbers the notes after it', async () => {
    const result = await run(at(2, 'Child Labour Convention', 3));
    assert.deepEqual(result, { applied: true, number: 2, treaty: 'ilo-c182' });
    const text = await applyAsEditor(client, documents, client.appliedEdits[0].edit);
    assert.equal(
      text,
      lines(
        'The General Assembly,',
        '',
        '*Recalling* the Convention on the Rights of the Child¹ and the Worst Forms of Child Labour Convention, 1999 (No. 182),² and the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children,',
        '',
        '*Noting* the Forced Labour Convention, 1930 (No. 29), and the Indigenous and Tribal Peoples Convention, 1989 (No. 169),³',
        '',
        '¹ United Nations, *Treaty Series*, vol. 1577, No. 27531.',
        '² United Nations, *Treaty Series*, vol. 2133, No. 37245.',
        '³ *Ibid.*, vol. 1650, No. 28383.',
        '',
        '1. *Calls upon* States to end child labour in supply chains.',
      ),
    );
    assert.equal(client.appliedEdits[0].label, 'Insert treaty citation');
    await client.shutdown();
  });

  it('cites the treaty named last before the cursor in the paragraph, or the treaty given by id at the cursor', async () => {
    // The cursor at the end of the paragraph, after "… Women and Children,".
    assert.deepEqual(await run(at(2, 'Children,', 'Children,'.length)), { applied: true, number: 2, treaty: 'trafficking-protocol' });
    const text = await applyAsEditor(client, documents, client.appliedEdits[0].edit);
    assert.ok(text.includes('and the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children,²\n'));
    assert.ok(text.includes('¹ United Nations, *Treaty Series*, vol. 1577, No. 27531.\n² United Nations, *Treaty Series*, vol. 2237, No. 39574.\n³ *Ibid.*, vol. 1650, No. 28383.\n'));

    // A treaty chosen from the list, at a place where it is not named: the mark goes at the cursor.
    const end = { line: 10, character: '1. *Calls upon* States to end child labour in supply chains'.length };
    assert.deepEqual(await run(end, 'crc-opsc'), { applied: true, number: 4, treaty: 'crc-opsc' });
    const after = await applyAsEditor(client, documents, client.appliedEdits[1].edit);
    assert.ok(after.endsWith('1. *Calls upon* States to end child labour in supply chains⁴.\n'), after);
    assert.ok(after.includes('³ *Ibid.*, vol. 1650, No. 28383.\n⁴ United Nations, *Treaty Series*, vol. 2171, No. 27531.\n'), after);
    await client.shutdown();
  });

  it('inserts nothing for a treaty without a known citation, and asks for a treaty where none is named', async () => {
    assert.deepEqual(await run(at(4, 'Forced Labour', 2)), { applied: true, number: 2, treaty: 'ilo-c029' });
    assert.deepEqual(await run(at(0, 'General')), { applied: false, message: 'No treaty is named at or before the cursor in this paragraph.', needsTreaty: true });
    assert.deepEqual(await run(at(0, 'General'), 'ilo-c087'), {
      applied: false,
      message: 'The treaty table has no Treaty Series volume and number for the Freedom of Association and Protection of the Right to Organise Convention, 1948 (unknown), so no citation was inserted.',
    });
    assert.deepEqual(await run(at(0, 'General'), 'no-such-treaty'), { applied: false, message: 'No treaty in the table has the id "no-such-treaty".' });
    assert.deepEqual(await run(at(2, 'Rights of the Child', 3)), { applied: false, message: 'A footnote mark already stands after the Convention on the Rights of the Child: no second mark was put beside it.' });
    assert.equal(client.appliedEdits.length, 1);
    const treaties = (await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'unres.server.citableTreaties', arguments: [uri] })) as Array<{ id: string; title: string; citation: string }>;
    assert.deepEqual(treaties.find((t) => t.id === 'trafficking-protocol'), {
      id: 'trafficking-protocol',
      title: 'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime',
      citation: 'United Nations, Treaty Series, vol. 2237, No. 39574',
    });
    assert.equal(treaties.some((t) => t.id === 'ilo-c087'), false);
    await client.shutdown();
  });
});
