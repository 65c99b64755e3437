import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { lookup } from '../../server/src/core';
import { runUnres } from './runUnres';

describe('lookup (core)', () => {
  const ids = (text: string) => lookup(text).map((r) => `${r.kind}:${r.treaty.id}:${r.match}`);

  it('finds a treaty by short name, abbreviation, title, ILO form and id', () => {
    assert.deepEqual(ids('the Palermo Protocol'), ['treaty:trafficking-protocol:name']);
    assert.deepEqual(ids('Cedaw'), ['treaty:cedaw:name']);
    assert.deepEqual(ids('Convention on the Rights of the Child'), ['treaty:crc:name']);
    assert.deepEqual(ids('Forced Labour Convention, 1930 (No. 29)'), ['treaty:ilo-c029:name']);
    assert.deepEqual(ids('ILO Convention No. 182'), ['treaty:ilo-c182:name']);
    assert.deepEqual(ids('untoc'), ['treaty:untoc:id']);
  });

  it('finds treaties by Treaty Series citation in the UN form and the short form', () => {
    assert.deepEqual(ids('United Nations, Treaty Series, vol. 2237, No. 39574'), ['treaty:trafficking-protocol:citation']);
    assert.deepEqual(ids('2237 UNTS 39574'), ['treaty:trafficking-protocol:citation']);
    assert.deepEqual(ids('2241 U.N.T.S. 39574'), ['treaty:smuggling-protocol:citation']);
    assert.deepEqual(ids('vol. 999, No. 14668'), ['treaty:iccpr:citation', 'treaty:iccpr-op1:citation']);
    assert.deepEqual(ids('vol. 1, No. 2'), []);
  });

  it('reads a name inside a longer text, and falls back to names that contain the words', () => {
    assert.deepEqual(ids('recalling the Trafficking Protocol thereto'), ['treaty:trafficking-protocol:mention']);
    assert.deepEqual(ids('smuggling of migrants'), ['treaty:smuggling-protocol:partial']);
    assert.deepEqual(ids('no such instrument'), []);
  });
});

describe('unres lookup', function () {
  this.timeout(30000);
  let folder: string;
  before(() => {
    // An empty folder: no .unres/treaties.json above it to change the answers.
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-lookup-'));
  });
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('prints every fact of the treaty, "unknown" where the table has none, and its sources; exit 0', () => {
    const run = runUnres(['lookup', 'smuggling', 'of', 'migrants'], folder);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(
      run.stdout,
      [
        'No treaty is called "smuggling of migrants"; one has it in a name:',
        '',
        'Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the United Nations Convention against Transnational Organized Crime',
        '  Id: smuggling-protocol (found by part of one of its names)',
        '  Short names: unknown',
        '  Adopted: unknown',
        '  Entry into force: unknown',
        '  Treaty Series: United Nations, Treaty Series, vol. 2241, No. 39574',
        '  Depositary: unknown',
        '  Parent treaty: United Nations Convention against Transnational Organized Crime',
        '  UN Treaty Collection: unknown',
        '  Sources:',
        '    - Third Committee revised draft "Trafficking in women and girls" (seventy-ninth session): ../shared/samples/001_a325fd547149db90.txt, footnote 3',
        '    - A/80/L.22: A/80/L.22, footnote 79 (text layer of the official PDF, github.com/wannli/mandate-pipeline, data/extracted/A_80_L.22.json)',
        '',
      ].join('\n'),
    );
  });

  it('writes the table’s fields and the sources in JSON', () => {
    const run = runUnres(['lookup', '--format', 'json', 'vol. 78, No. 1021'], folder);
    assert.equal(run.status, 0, run.stderr);
    const json = JSON.parse(run.stdout) as { query: string; results: Array<Record<string, unknown>> };
    assert.equal(json.query, 'vol. 78, No. 1021');
    assert.equal(json.results.length, 1);
    const [genocide] = json.results;
    assert.equal(genocide.kind, 'treaty');
    assert.equal(genocide.match, 'citation');
    assert.equal(genocide.id, 'genocide-convention');
    assert.equal(genocide.title, 'Convention on the Prevention and Punishment of the Crime of Genocide');
    assert.deepEqual(genocide.adopted, { date: '1948-12-09', place: 'Paris' });
    assert.deepEqual(genocide.unts, { volumes: [78], registrationNumber: 1021 });
    assert.equal(genocide.untsCitation, 'United Nations, Treaty Series, vol. 78, No. 1021');
    assert.equal(genocide.untcChapter, 'IV-1');
    assert.equal(genocide.untcLink, 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=IV-1&chapter=4&clang=_en');
    assert.equal(genocide.fromWorkspace, false);
    assert.deepEqual((genocide.sources as Record<string, string[]>).depositary, ['untc-IV-1']);
    assert.deepEqual(genocide.sourceDetails, [
      {
        id: 'untc-IV-1',
        kind: 'page',
        reference: 'http://treaties.un.org/pages/ShowMTDSGDetails.aspx?src=UNTSONLINE&tabid=2&mtdsg_no=IV-1&chapter=4&lang=en',
        title: 'UN Treaty Collection, status page, chapter IV.1 (Genocide Convention)',
        confidence: 'A',
      },
    ]);
  });

  it('says clearly that nothing matched, and exits 1', () => {
    const run = runUnres(['lookup', 'Treaty of Westphalia'], folder);
    assert.equal(run.status, 1);
    assert.equal(run.stdout, 'Nothing in the treaty table matches "Treaty of Westphalia".\n');
    const cited = runUnres(['lookup', 'vol. 12, No. 345'], folder);
    assert.equal(cited.status, 1);
    assert.equal(cited.stdout, 'No treaty in the table has Treaty Series vol. 12, No. 345.\n');
    const json = runUnres(['lookup', '--format=json', 'Treaty of Westphalia'], folder);
    assert.equal(json.status, 1);
    assert.deepEqual(JSON.parse(json.stdout), { query: 'Treaty of Westphalia', results: [] });
  });

  it('explains itself with --help, and exits 2 on a usage error', () => {
    const help = runUnres(['lookup', '--help'], folder);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: unres lookup \[--format text\|json\] \[--treaties FILE\] TEXT\.\.\./);
    assert.match(runUnres(['--help'], folder).stdout, /\n {2}lookup \[--format text\|json\] \[--treaties FILE\] TEXT\.\.\.\n/);
    const empty = runUnres(['lookup'], folder);
    assert.equal(empty.status, 2);
    assert.match(empty.stderr, /^unres: 'unres lookup' needs the text to look up/);
    const format = runUnres(['lookup', '--format', 'sarif', 'CEDAW'], folder);
    assert.equal(format.status, 2);
    assert.match(format.stderr, /unknown format 'sarif' for 'unres lookup'/);
  });
});

describe('unres lookup with workspace treaty data', function () {
  this.timeout(30000);
  let folder: string;
  const data = {
    sources: [{ id: 'escazu-text', reference: 'https://example.org/escazu-agreement-text', title: 'Text of the Escazú Agreement' }],
    treaties: [
      {
        id: 'escazu-agreement',
        title: 'Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean',
        shortNames: ['Escazú Agreement'],
        sources: { title: ['escazu-text'], shortNames: ['escazu-text'] },
      },
    ],
  };
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-lookup-data-'));
  });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('uses the .unres/treaties.json nearest the current folder', () => {
    fs.mkdirSync(path.join(folder, '.unres'));
    fs.writeFileSync(path.join(folder, '.unres', 'treaties.json'), JSON.stringify(data, null, 2));
    const below = path.join(folder, 'drafts', 'second-committee');
    fs.mkdirSync(below, { recursive: true });
    const run = runUnres(['lookup', '--format', 'json', 'Escazú Agreement'], below);
    assert.equal(run.status, 0, run.stderr);
    const [result] = (JSON.parse(run.stdout) as { results: Array<Record<string, unknown>> }).results;
    assert.equal(result.id, 'escazu-agreement');
    assert.equal(result.fromWorkspace, true);
    assert.deepEqual(result.sourceDetails, [{ id: 'escazu-text', reference: 'https://example.org/escazu-agreement-text', title: 'Text of the Escazú Agreement', kind: 'page', confidence: 'S' }]);
    const text = runUnres(['lookup', 'Escazú Agreement'], below);
    assert.ok(text.stdout.includes(`\n  From: ${path.join(folder, '.unres', 'treaties.json')}\n`), text.stdout);
  });

  it('uses --treaties FILE instead, and exits 2 with the file and line when it cannot', () => {
    const file = path.join(folder, 'regional.json');
    fs.writeFileSync(file, JSON.stringify(data, null, 2));
    assert.equal(runUnres(['lookup', '--treaties', file, 'Escazú Agreement'], folder).status, 0);
    assert.equal(runUnres(['lookup', 'Escazú Agreement'], folder).status, 1);
    fs.writeFileSync(file, JSON.stringify(data, null, 2).replace('"Escazú Agreement"', '7'));
    const bad = runUnres(['lookup', '--treaties', file, 'Escazú Agreement'], folder);
    assert.equal(bad.status, 2);
    assert.equal(bad.stdout, '');
    assert.equal(bad.stderr, `unres: ${file}:13:21: "shortNames" is a list of texts; the file is not used until it is fixed, and the bundled treaty table is used meanwhile\n`);
  });

  it('warns of a broken nearest file and answers from the bundled table', () => {
    fs.mkdirSync(path.join(folder, '.unres'));
    fs.writeFileSync(path.join(folder, '.unres', 'treaties.json'), '{ "treaties": [ }');
    const run = runUnres(['lookup', 'CEDAW'], folder);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^Convention on the Elimination of All Forms of Discrimination against Women\n/);
    assert.match(run.stderr, /^unres: .*\.unres\/treaties\.json:1:17: not JSON: expected a value \(a string, number, object, array, true, false or null\), found '\}'; the file is not used until it is fixed/);
  });
});
