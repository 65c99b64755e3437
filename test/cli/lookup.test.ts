import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { lookup } from '../../server/src/core';
import { GLOSSARY_TABLE } from '../support/treatyGlossary';
import { ESCAZU_TREATY_DATA_FILE } from '../support/workspaceTreatyData';
import { runUnres } from './runUnres';

describe('lookup (core)', () => {
  const ids = (text: string) => lookup(text).map((r) => `${r.kind}:${r.kind === 'treaty' ? r.treaty.id : r.written}:${r.match}`);

  it('finds a treaty by short name, abbreviation, title, ILO form and id', () => {
    // Short names and abbreviations a workspace glossary adds.
    const glossary = (text: string) => lookup(text, { treaties: GLOSSARY_TABLE }).map((r) => `${r.kind}:${r.kind === 'treaty' ? r.treaty.id : r.written}:${r.match}`);
    assert.deepEqual(glossary('the Palermo Protocol'), ['treaty:trafficking-protocol:name']);
    assert.deepEqual(glossary('Cedaw'), ['treaty:cedaw:name']);
    assert.deepEqual(glossary('CRPD'), ['treaty:crpd:name']);
    // Short names the official texts use.
    assert.deepEqual(ids('the Rome Statute'), ['treaty:rome-statute:name']);
    assert.deepEqual(ids('Kyoto Protocol'), ['treaty:kyoto-protocol:name']);
    assert.deepEqual(ids('Convention on the Rights of the Child'), ['treaty:crc:name']);
    assert.deepEqual(ids('Forced Labour Convention, 1930 (No. 29)'), ['treaty:ilo-c029:name']);
    assert.deepEqual(ids('ILO Convention No. 182'), ['treaty:ilo-c182:name']);
    assert.deepEqual(ids('untoc'), ['treaty:untoc:id']);
  });

  it('finds a treaty by the initials of its title, and says so, where no source gives the abbreviation', () => {
    assert.deepEqual(ids('CRPD'), ['treaty:crpd:initials']);
    assert.deepEqual(ids('UNCLOS'), ['treaty:unclos:initials']);
    assert.deepEqual(ids('ICESCR'), ['treaty:icescr:initials']);
    assert.deepEqual(ids('CEDAW'), ['treaty:cedaw:initials']);
    assert.deepEqual(ids('CITES'), ['treaty:convention-international-trade-endangered-species:initials']);
    // Letters several titles spell give them all, the Convention against Torture among them.
    assert.ok(ids('CAT').includes('treaty:cat:initials'));
    // Lower case is a word to search for, not initials; an abbreviation a source gives comes first.
    assert.deepEqual(ids('Crpd'), []);
    assert.deepEqual(lookup('CRPD', { treaties: GLOSSARY_TABLE }).map((r) => r.kind === 'treaty' && r.match), ['name']);
  });

  it('finds treaties by Treaty Series citation in the UN form and the short form', () => {
    assert.deepEqual(ids('United Nations, Treaty Series, vol. 2237, No. 39574'), ['treaty:trafficking-protocol:citation']);
    assert.deepEqual(ids('2237 UNTS 39574'), ['treaty:trafficking-protocol:citation']);
    assert.deepEqual(ids('2241 U.N.T.S. 39574'), ['treaty:smuggling-protocol:citation']);
    assert.deepEqual(ids('vol. 999, No. 14668'), ['treaty:iccpr:citation']);
    assert.deepEqual(ids('vol. 660, No. 9464'), ['treaty:icerd:citation']);
    assert.deepEqual(ids('vol. 1, No. 2'), []);
  });

  it('describes resolutions and document symbols before it looks for treaties', () => {
    assert.deepEqual(ids('A/RES/78/228'), ['symbol:A/RES/78/228:symbol']);
    assert.deepEqual(ids('resolution 64/293'), ['symbol:64/293:resolution']);
    assert.deepEqual(ids('resolutions 70/1 and 71/313'), ['symbol:70/1:resolution', 'symbol:71/313:resolution']);
    assert.deepEqual(ids('Security Council resolution 2712 (2023)'), ['symbol:2712 (2023):resolution']);
    const [ga] = lookup('resolution 64/293 of 30 July 2010');
    assert.ok(ga.kind === 'symbol');
    assert.deepEqual(ga.description, {
      title: 'General Assembly resolution 64/293',
      symbol: 'A/RES/64/293',
      organ: 'General Assembly',
      session: 'sixty-fourth session (September 2009 to September 2010)',
      year: undefined,
      documentType: 'resolution',
      adopted: '30 July 2010',
      url: 'https://undocs.org/A/RES/64/293',
    });
    // A Treaty Series citation is not a document symbol.
    assert.deepEqual(ids('vol. 2237, No. 39574'), ['treaty:trafficking-protocol:citation']);
  });

  it('reads a name inside a longer text, and falls back to names that contain the words', () => {
    assert.deepEqual(ids('recalling the Rome Statute of the International Criminal Court'), ['treaty:rome-statute:mention']);
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
    const [facts, sources] = run.stdout.split('  Sources:\n');
    assert.equal(
      facts,
      [
        'No treaty is called "smuggling of migrants"; one has it in a name:',
        '',
        'Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the United Nations Convention against Transnational Organized Crime',
        '  Id: smuggling-protocol (found by part of one of its names)',
        '  Short names: unknown',
        '  Place and date (UN Treaty Collection): New York, 15 November 2000',
        '  Adopted: 15 November 2000, by General Assembly resolution 55/25',
        '  Entry into force: 28 January 2004',
        '  Treaty Series: United Nations, Treaty Series, vol. 2241, No. 39574',
        '  Depositary: Secretary-General of the United Nations',
        '  Parent treaty: United Nations Convention against Transnational Organized Crime',
        '  UN Treaty Collection: XVIII-12-b, https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-12-b&chapter=18&clang=_en',
        '',
      ].join('\n'),
    );
    // Every source in full: the Collection's listing, the Audiovisual Library, each official text by symbol with its address.
    const lines = sources.trimEnd().split('\n');
    assert.ok(lines.every((line) => line.startsWith('    - ')), sources);
    assert.ok(lines.includes('    - UN Treaty Collection, Multilateral Treaties Deposited with the Secretary-General: listing of chapters I to XXIX (fetched 2026-09-08): https://treaties.un.org/Pages/Treaties.aspx'));
    assert.ok(lines.some((line) => line.startsWith('    - A/RES/79/154: General Assembly, adopted resolution') && line.endsWith(': https://undocs.org/A/RES/79/154')));
    assert.doesNotMatch(sources, /\.\.\/shared|\.md\b|\.txt\b/);
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
    assert.deepEqual(genocide.adopted, { date: '1948-12-09' });
    assert.deepEqual(genocide.collectionPlaceDate, { text: 'Paris, 9 December 1948', place: 'Paris', date: '1948-12-09' });
    assert.deepEqual(genocide.resolutionAnnex, { resolution: '260 A (III)', annex: 'annex' });
    assert.deepEqual(genocide.unts, { volumes: [78], registrationNumber: 1021 });
    assert.equal(genocide.untsCitation, 'United Nations, Treaty Series, vol. 78, No. 1021');
    assert.equal(genocide.untcChapter, 'IV-1');
    assert.equal(genocide.untcLink, 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=IV-1&chapter=4&clang=_en');
    assert.equal(genocide.fromWorkspace, false);
    const sources = genocide.sources as Record<string, string[]>;
    const details = genocide.sourceDetails as Array<{ id: string; kind: string; reference: string; title: string; official?: boolean }>;
    // Every fact names its sources, and every source is given in full: the Collection's listing first.
    assert.deepEqual(sources.title, ['untc-mtdsg-2026-09-08']);
    assert.deepEqual(details[0], {
      id: 'untc-mtdsg-2026-09-08',
      kind: 'page',
      reference: 'https://treaties.un.org/Pages/Treaties.aspx',
      title: 'UN Treaty Collection, Multilateral Treaties Deposited with the Secretary-General: listing of chapters I to XXIX (fetched 2026-09-08)',
      confidence: 'A',
      publisher: 'United Nations',
      official: true,
    });
    for (const ids of Object.values(sources)) for (const id of ids) assert.ok(details.some((d) => d.id === id), id);
    assert.ok(details.every((d) => d.official === true));
    const resolutionTexts = sources.resolutionAnnex.map((id) => details.find((d) => d.id === id)!);
    assert.ok(resolutionTexts.every((d) => d.kind === 'un-text' && d.reference === `https://undocs.org/${d.id}`));
  });

  it('describes a document symbol and a resolution in text, with the undocs.org link; exit 0', () => {
    const symbol = runUnres(['lookup', 'A/RES/78/228'], folder);
    assert.equal(symbol.status, 0, symbol.stderr);
    assert.equal(
      symbol.stdout,
      [
        'A/RES/78/228',
        '  Organ: General Assembly',
        '  Session: seventy-eighth session (September 2023 to September 2024)',
        '  Type: resolution',
        '  Official document: https://undocs.org/A/RES/78/228',
        '',
      ].join('\n'),
    );
    const resolution = runUnres(['lookup', 'resolution 64/293'], folder);
    assert.equal(resolution.status, 0, resolution.stderr);
    assert.equal(
      resolution.stdout,
      [
        'General Assembly resolution 64/293',
        '  Symbol: A/RES/64/293',
        '  Organ: General Assembly',
        '  Session: sixty-fourth session (September 2009 to September 2010)',
        '  Type: resolution',
        '  Official document: https://undocs.org/A/RES/64/293',
        '  No organ is named: read as a resolution of the General Assembly.',
        '',
      ].join('\n'),
    );
    const draft = runUnres(['lookup', 'A/C.3/79/L.5/Rev.1'], folder);
    assert.equal(
      draft.stdout,
      [
        'A/C.3/79/L.5/Rev.1',
        '  Organ: Third Committee of the General Assembly',
        '  Session: seventy-ninth session (September 2024 to September 2025)',
        '  Type: limited distribution (L.): a draft resolution, decision or amendment; revision 1',
        '  Official document: https://undocs.org/A/C.3/79/L.5/Rev.1',
        '',
      ].join('\n'),
    );
  });

  it('writes a symbol in JSON with null for what the symbol does not say', () => {
    const run = runUnres(['lookup', '--format', 'json', 'Security', 'Council', 'resolution', '2712', '(2023)'], folder);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), {
      query: 'Security Council resolution 2712 (2023)',
      results: [
        {
          kind: 'symbol',
          match: 'resolution',
          written: '2712 (2023)',
          title: 'Security Council resolution 2712 (2023)',
          symbol: 'S/RES/2712 (2023)',
          organ: 'Security Council',
          session: null,
          year: 2023,
          documentType: 'resolution',
          adopted: null,
          url: 'https://undocs.org/S/RES/2712(2023)',
        },
      ],
    });
    const ecosoc = JSON.parse(runUnres(['lookup', '--format=json', 'E/2002/68/Add.1'], folder).stdout) as { results: Array<Record<string, unknown>> };
    assert.deepEqual(ecosoc.results.map((r) => [r.match, r.symbol, r.organ, r.session, r.year, r.documentType, r.url]), [
      ['symbol', 'E/2002/68/Add.1', 'Economic and Social Council', null, 2002, 'document; addendum 1', 'https://undocs.org/E/2002/68/Add.1'],
    ]);
  });

  it('prints how it found a treaty by its initials', () => {
    const run = runUnres(['lookup', 'CRPD'], folder);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^Convention on the Rights of Persons with Disabilities\n {2}Id: crpd \(found by the initials of its title: no source in the table gives this abbreviation\)\n/);
    assert.match(run.stdout, /Treaty Series: United Nations, Treaty Series, vol\. 2515, No\. 44910/);
  });

  it('gives the French or Spanish title first with --language, or says only the English one is known', () => {
    const child = runUnres(['lookup', '--language', 'fr', 'Convention on the Rights of the Child'], folder);
    assert.equal(child.status, 0, child.stderr);
    assert.match(child.stdout, /^Convention relative aux droits de l’enfant\n {2}English title: Convention on the Rights of the Child\n {2}Id: crc \(found by one of its names\)\n/);
    // Every source is listed, the texts that give the titles in French and Spanish among them.
    assert.match(child.stdout, /\n {4}- General Assembly resolution 55\/79 \(A\/RES\/55\/79\), French text: https:\/\/undocs\.org\/fr\/A\/RES\/55\/79\n/);
    assert.match(child.stdout, /\n {4}- General Assembly resolution 55\/79 \(A\/RES\/55\/79\), Spanish text: https:\/\/undocs\.org\/es\/A\/RES\/55\/79\n/);
    // The Treaty Collection's page in French for French; in English, said so, for Spanish.
    assert.match(child.stdout, /\n {2}UN Treaty Collection: IV-11, https:\/\/treaties\.un\.org\/Pages\/ViewDetails\.aspx\?src=TREATY&mtdsg_no=IV-11&chapter=4&clang=_fr\n/);
    const women = runUnres(['lookup', '--language=es', 'Convention on the Elimination of All Forms of Discrimination against Women'], folder);
    assert.match(women.stdout, /\n {2}UN Treaty Collection: IV-8, https:\/\/treaties\.un\.org\/Pages\/ViewDetails\.aspx\?src=TREATY&mtdsg_no=IV-8&chapter=4&clang=_en \(page in English\)\n/);
    assert.match(women.stdout, /^Convention on the Elimination of All Forms of Discrimination against Women\n {2}Spanish title not known to unres\n {2}Id: cedaw /);
    const covenant = runUnres(['lookup', '--language=es', 'ICCPR'], folder);
    assert.match(covenant.stdout, /^Pacto Internacional de Derechos Civiles y Políticos\n {2}English title: International Covenant on Civil and Political Rights\n {2}Id: iccpr /);
    // Without --language, the English title alone, as before.
    assert.match(runUnres(['lookup', 'Convention on the Rights of the Child'], folder).stdout, /^Convention on the Rights of the Child\n {2}Id: crc /);
    const wrong = runUnres(['lookup', '--language', 'de', 'CRC'], folder);
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /unknown language 'de' for 'unres lookup'/);
  });

  it('writes every title known in JSON, with its sources, and the title in the language asked for', () => {
    const run = runUnres(['lookup', '--format', 'json', '--language', 'es', 'Convention relating to the Status of Refugees'], folder);
    assert.equal(run.status, 0, run.stderr);
    const [result] = (JSON.parse(run.stdout) as { results: Array<Record<string, unknown>> }).results;
    assert.equal(result.id, 'refugee-convention');
    assert.deepEqual(result.titles, { en: 'Convention relating to the Status of Refugees', es: 'Convención sobre el Estatuto de los Refugiados' });
    assert.equal(result.language, 'es');
    assert.equal(result.titleInLanguage, 'Convención sobre el Estatuto de los Refugiados');
    assert.deepEqual((result.sources as Record<string, string[]>)['title.es'], ['A/RES/56/136 (es)']);
    assert.ok((result.sourceDetails as Array<{ id: string }>).some((s) => s.id === 'A/RES/56/136 (es)'));
    const french = JSON.parse(runUnres(['lookup', '--format=json', '--language=fr', 'Convention relating to the Status of Refugees'], folder).stdout) as { results: Array<Record<string, unknown>> };
    assert.equal(french.results[0].titleInLanguage, null);
    assert.match(String(french.results[0].untcLink), /&clang=_fr$/);
    assert.match(String(result.untcLink), /&clang=_en$/);
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
    assert.match(help.stdout, /^Usage: unres lookup \[--format text\|json\] \[--treaties FILE\] \[--language fr\|es\] TEXT\.\.\./);
    assert.match(runUnres(['--help'], folder).stdout, /\n {2}lookup \[--format text\|json\] \[--treaties FILE\] \[--language fr\|es\] TEXT\.\.\.\n/);
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
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-lookup-data-'));
  });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('uses the .unres/treaties.json nearest the current folder', () => {
    fs.mkdirSync(path.join(folder, '.unres'));
    fs.writeFileSync(path.join(folder, '.unres', 'treaties.json'), ESCAZU_TREATY_DATA_FILE);
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
    fs.writeFileSync(file, ESCAZU_TREATY_DATA_FILE);
    assert.equal(runUnres(['lookup', '--treaties', file, 'Escazú Agreement'], folder).status, 0);
    assert.equal(runUnres(['lookup', 'Escazú Agreement'], folder).status, 1);
    fs.writeFileSync(file, ESCAZU_TREATY_DATA_FILE.replace('"Escazú Agreement"', '7'));
    const bad = runUnres(['lookup', '--treaties', file, 'Escazú Agreement'], folder);
    assert.equal(bad.status, 2);
    assert.equal(bad.stdout, '');
    assert.equal(bad.stderr, `unres: ${file}:13:21: "shortNames" is a list of texts; the file is not used until it is fixed, and the bundled treaty table is used meanwhile\n`);
  });

  it('warns of a broken nearest file and answers from the bundled table', () => {
    fs.mkdirSync(path.join(folder, '.unres'));
    fs.writeFileSync(path.join(folder, '.unres', 'treaties.json'), '{ "treaties": [ }');
    const run = runUnres(['lookup', 'vol. 1249, No. 20378'], folder);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^Convention on the Elimination of All Forms of Discrimination against Women\n/);
    assert.match(run.stderr, /^unres: .*\.unres\/treaties\.json:1:17: not JSON: expected a value \(a string, number, object, array, true, false or null\), found '\}'; the file is not used until it is fixed/);
  });
});

describe('unres lookup --treaties: only a regular JSON file under 4 MiB is read', function () {
  this.timeout(30000);
  let folder: string;
  before(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-lookup-files-'));
  });
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  const refused = (file: string, reason: string) => {
    const run = runUnres(['lookup', '--treaties', file, 'Paris Agreement'], folder);
    assert.equal(run.status, 2, run.stderr);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr, `unres: ${file}: ${reason}; the file is not used, and the bundled treaty table is used meanwhile\n`);
  };

  it('refuses /dev/zero with one line, exit 2', () => refused('/dev/zero', 'not a regular file'));

  it('refuses a FIFO without waiting for a writer', () => {
    const fifo = path.join(folder, 'treaties.fifo');
    execFileSync('mkfifo', [fifo]);
    refused(fifo, 'not a regular file');
  });

  it('refuses a folder and a 5 MiB file', () => {
    refused(folder, 'not a regular file (a folder)');
    const big = path.join(folder, 'big.json');
    fs.writeFileSync(big, `{"treaties": []}${' '.repeat(5 * 1024 * 1024)}`);
    refused(big, 'larger than 4 MiB');
  });

  it('says /etc/passwd is not JSON, at line 1, column 1, without echoing it', function () {
    if (!fs.existsSync('/etc/passwd')) this.skip();
    const run = runUnres(['lookup', '--treaties', '/etc/passwd', 'Paris Agreement'], folder);
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'unres: /etc/passwd:1:1: not JSON: the text does not begin with a JSON value; the file is not used until it is fixed, and the bundled treaty table is used meanwhile\n');
  });
});
