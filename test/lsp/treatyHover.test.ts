import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DidOpenTextDocumentNotification, HoverRequest, type Hover, type MarkupContent, type Position } from 'vscode-languageserver/node';
import { LspTestClient, VSCODE_LIKE_CAPABILITIES } from './lspTestClient';

const SHARED = path.resolve(__dirname, '../../../../shared');
const SAMPLE = 'samples/001_a325fd547149db90.txt';

/** The position of the `nth` character of the first `search` in a text, as LSP counts. */
function positionOf(text: string, search: string, nth = 0): Position {
  const offset = text.indexOf(search);
  assert.ok(offset >= 0, search);
  const before = text.slice(0, offset + nth).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

describe('language server: treaty hovers', function () {
  let client: LspTestClient;
  beforeEach(() => {
    client = LspTestClient.inProcess();
  });
  afterEach(() => client?.kill());

  async function hoverIn(text: string, position: Position): Promise<Hover | null> {
    const uri = 'file:///drafts/trafficking.md';
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'unres', version: 1, text } });
    return client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  }

  it('shows a treaty on its name, the treaty of a citation, and a footnote on its mark, in a real draft', async function () {
    if (!fs.existsSync(SHARED)) this.skip();
    await client.initialize(VSCODE_LIKE_CAPABILITIES);
    const text = fs.readFileSync(path.join(SHARED, SAMPLE), 'utf8');
    const uri = 'file:///drafts/trafficking.md';
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'unres', version: 1, text } });
    const hover = (position: Position) => client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }) as Promise<Hover | null>;
    const value = (h: Hover | null) => (h!.contents as MarkupContent).value;

    const title = 'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime';
    const name = await hover(positionOf(text, title, 3));
    assert.equal((name!.contents as MarkupContent).kind, 'markdown');
    assert.match(value(name), /^\*\*Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime\*\*\n/);
    assert.match(value(name), /\n- Treaty Series: United Nations, \*Treaty Series\*, vol\. 2237, No\. 39574\n/);
    assert.deepEqual(name!.range, { start: positionOf(text, title), end: positionOf(text, title, title.length) });

    const ilo = await hover(positionOf(text, 'Domestic Workers Convention, 2011', 4));
    assert.match(value(ilo), /^\*\*Domestic Workers Convention, 2011\*\*\n\n- Short names: [^\n]+\n- ILO number: No\. 189\n- Adopted: unknown\n/);

    const citation = await hover(positionOf(text, '⁵ *Ibid.*, vol. 2131', 12));
    assert.match(value(citation), /^United Nations, \*Treaty Series\*, vol\. 2131, No\. 20378 is the Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women\./);

    // The footnote mark right after a name: the footnote's hover, the more specific one.
    const mark = await hover(positionOf(text, 'Transnational Organized Crime¹', 'Transnational Organized Crime'.length));
    assert.equal(value(mark), 'United Nations, *Treaty Series*, vol. 2225, No. 39574.');
    await client.shutdown();
  });

  it('says when no treaty in the table has a cited volume and number', async () => {
    await client.initialize(VSCODE_LIKE_CAPABILITIES);
    const text = ['The General Assembly,', '', '*Recalling* the Convention on Migratory Birds,¹', '', '¹ United Nations, *Treaty Series*, vol. 1, No. 2.', '', '1. *Decides* to remain seized of the matter.', ''].join('\n');
    const hover = await hoverIn(text, positionOf(text, 'vol. 1,', 2));
    assert.equal((hover!.contents as MarkupContent).value, 'United Nations, *Treaty Series*, vol. 1, No. 2: no treaty in the table has this volume and number.');
    assert.deepEqual(hover!.range, { start: positionOf(text, 'United Nations, *Treaty'), end: positionOf(text, 'No. 2', 5) });
    await client.shutdown();
  });

  it('in a Spanish draft, heads the hover with the Spanish title a text gives, and says when only the English one is known', async () => {
    await client.initialize(VSCODE_LIKE_CAPABILITIES);
    const text = [
      'La Asamblea General,',
      '',
      '*Recordando* el Pacto Internacional de Derechos Civiles y Políticos y the Convention on the Elimination of All Forms of Discrimination against Women [título por traducir],',
      '',
      '1. *Decide* seguir ocupándose activamente de la cuestión.',
      '',
    ].join('\n');
    const covenant = await hoverIn(text, positionOf(text, 'Pacto Internacional', 3));
    assert.match((covenant!.contents as MarkupContent).value, /^\*\*Pacto Internacional de Derechos Civiles y Políticos\*\*\n\nEnglish title: International Covenant on Civil and Political Rights\n/);
    assert.match((covenant!.contents as MarkupContent).value, /\nSources: Spanish title: \[A\/RES\/56\/175 \(es\)\]\(https:\/\/undocs\.org\/es\/A\/RES\/56\/175\); /);
    const women = await hoverIn(text, positionOf(text, 'Convention on the Elimination', 3));
    assert.match((women!.contents as MarkupContent).value, /^\*\*Convention on the Elimination of All Forms of Discrimination against Women\*\*\n\nSpanish title not known to unres\.\n/);
    await client.shutdown();
  });
});
