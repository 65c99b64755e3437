import * as assert from 'node:assert/strict';
import { BUNDLED_TREATY_TABLE, lint, lookup, parseResolution, readTreatyData, treatyHover, treatyTableWith, untsCitation } from '../../server/src/core';

/** A workspace file: a regional treaty of its own, and the Paris Agreement's opening for signature given again from the workspace's own source. */
const DATA = JSON.stringify(
  {
    sources: [
      { id: 'escazu-text', reference: 'https://example.org/escazu-agreement-text', title: 'Text of the Escazú Agreement as opened for signature', confidence: 'A' },
      { id: 'paris-status', reference: 'https://example.org/paris-agreement-status', title: 'Status page of the Paris Agreement' },
    ],
    treaties: [
      {
        id: 'escazu-agreement',
        title: 'Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean',
        shortNames: ['Escazú Agreement'],
        adopted: { date: '2018-03-04', place: 'Escazú' },
        sources: { title: ['escazu-text'], shortNames: ['escazu-text'], 'adopted.date': ['escazu-text'], 'adopted.place': ['escazu-text'] },
      },
      { id: 'paris-agreement', openedForSignature: { date: '2016-04-22', place: 'New York' }, sources: { openedForSignature: ['paris-status'] } },
    ],
  },
  null,
  2,
);

const FILE = '/work/drafts/.unres/treaties.json';

describe('workspace treaty data', () => {
  it('adds treaties and changes only the fields an entry gives, each with its sources', () => {
    const { table, problem } = treatyTableWith(BUNDLED_TREATY_TABLE, DATA, FILE);
    assert.equal(problem, undefined);
    assert.equal(table.treaties.length, BUNDLED_TREATY_TABLE.treaties.length + 1);
    const escazu = table.byId('escazu-agreement');
    assert.equal(escazu?.adopted?.place, 'Escazú');
    const paris = table.byId('paris-agreement')!;
    const bundledParis = BUNDLED_TREATY_TABLE.byId('paris-agreement')!;
    assert.deepEqual(paris.openedForSignature, { date: '2016-04-22', place: 'New York' });
    assert.equal(paris.title, bundledParis.title);
    assert.equal(untsCitation(paris), untsCitation(bundledParis));
    assert.deepEqual(paris.sources.openedForSignature, ['paris-status']);
    assert.deepEqual(paris.sources.depositary, bundledParis.sources.depositary);
    assert.deepEqual(paris.sources.title, bundledParis.sources.title);
    assert.deepEqual([...table.fromWorkspace].sort(), ['escazu-agreement', 'paris-agreement']);
    // The bundled table itself is unchanged.
    assert.equal(BUNDLED_TREATY_TABLE.byId('escazu-agreement'), undefined);
    assert.deepEqual(bundledParis.sources.openedForSignature, ['untc-XXVII-7-d']);
  });

  it('is read by hover, lookup and UNR030', () => {
    const { table } = treatyTableWith(BUNDLED_TREATY_TABLE, DATA, FILE);
    const text = 'The General Assembly,\n\n*Welcoming* the entry into force of the Escazú Agreement,\n\n1. *Decides* to remain seized of the matter.\n';
    const hover = treatyHover(parseResolution(text), text.indexOf('Escazú Agreement') + 2, table);
    assert.ok(hover);
    assert.match(hover.markdown, /^\*\*Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean\*\*\n/);
    assert.match(hover.markdown, /\n- Adopted: Escazú, 4 March 2018\n- Entry into force: unknown\n- Treaty Series: unknown\n/);
    assert.match(hover.markdown, /\nSources: \[example\.org\]\(https:\/\/example\.org\/escazu-agreement-text\)\n/);
    assert.match(hover.markdown, /\n\nFrom the workspace treaty data \(\/work\/drafts\/\.unres\/treaties\.json\)\.$/);
    assert.equal(treatyHover(parseResolution(text), text.indexOf('Escazú Agreement') + 2), undefined);
    assert.deepEqual(lookup('Escazú Agreement', { treaties: table }).map((r) => (r.kind === 'treaty' ? r.treaty.id : r.written)), ['escazu-agreement']);

    // A workspace that corrects a volume: UNR030 holds the footnotes to it.
    const corrected = treatyTableWith(
      BUNDLED_TREATY_TABLE,
      JSON.stringify({ sources: [{ id: 'unts-check', reference: 'https://example.org/unts', title: 'Checked copy' }], treaties: [{ id: 'vclt', unts: { volumes: [1156], registrationNumber: 18232 }, sources: { 'unts.volumes': ['unts-check'], 'unts.registrationNumber': ['unts-check'] } }] }),
      FILE,
    ).table;
    const draft = 'The General Assembly,\n\n*Recalling* the Vienna Convention on the Law of Treaties,¹\n\n¹ United Nations, *Treaty Series*, vol. 1155, No. 18232.\n\n1. *Decides* to remain seized of the matter.\n';
    assert.deepEqual(lint(parseResolution(draft)).filter((f) => f.ruleId === 'UNR030'), []);
    // The right number with a volume the corrected table does not list: reported, with the volume it knows.
    assert.deepEqual(lint(parseResolution(draft), {}, { treaties: corrected }).filter((f) => f.ruleId === 'UNR030').map((f) => f.message), [
      'Footnote 1 cites vol. 1155, No. 18232, but the Vienna Convention on the Law of Treaties is not printed in vol. 1155 as far as unres knows: it is vol. 1156, No. 18232.',
    ]);
    const wrongNumber = draft.replace('No. 18232', 'No. 18233');
    assert.deepEqual(lint(parseResolution(wrongNumber), {}, { treaties: corrected }).filter((f) => f.ruleId === 'UNR030').map((f) => f.message), [
      'Footnote 1 cites vol. 1155, No. 18233; the Vienna Convention on the Law of Treaties is vol. 1156, No. 18232.',
    ]);
  });

  const problemOf = (text: string) => {
    const read = readTreatyData(text, BUNDLED_TREATY_TABLE);
    assert.equal(read.ok, false);
    return read.ok ? undefined : read.problem;
  };

  it('names the line and column of the first mistake, and how many there are', () => {
    assert.deepEqual(problemOf('{\n  "treaties": [\n    { "id": "x", }\n  ]\n}\n'), { line: 3, column: 16, reason: "not JSON: a comma before '}' is not allowed in JSON", count: 1 });
    const badDate = DATA.replace('"2018-03-04"', '"2018-02-30"');
    const problem = problemOf(badDate)!;
    assert.equal(problem.reason, '"adopted" is { "date": "YYYY-MM-DD" (a real date), "place": text }');
    assert.equal(badDate.split('\n')[problem.line - 1].trim(), '"adopted": {');
    const twoMistakes = DATA.replace(/("openedForSignature": \[\s*)"paris-status"/, '$1"paris-page"').replace('"Escazú Agreement"', '42');
    assert.deepEqual(problemOf(twoMistakes), { ...problemOf(twoMistakes)!, reason: '"shortNames" is a list of texts', count: 2 });
  });

  it('asks every fact for its source, a title of a new treaty, and ids that exist', () => {
    const noSource = JSON.stringify({ treaties: [{ id: 'paris-agreement', depositary: 'Secretary-General of the United Nations', sources: {} }] });
    assert.equal(problemOf(noSource)!.reason, '"paris-agreement" gives depositary without its source: add "depositary": ["source-id"] to its "sources"');
    const noSources = JSON.stringify({ treaties: [{ id: 'paris-agreement', depositary: 'Secretary-General of the United Nations' }] });
    assert.match(problemOf(noSources)!.reason, /^"paris-agreement" needs "sources"/);
    const noTitle = JSON.stringify({ sources: [{ id: 's', reference: 'r', title: 't' }], treaties: [{ id: 'new-treaty', shortNames: ['New'], sources: { shortNames: ['s'] } }] });
    assert.equal(problemOf(noTitle)!.reason, '"new-treaty" is not a treaty of the bundled table, so it needs a "title"');
    const unknownSource = JSON.stringify({ treaties: [{ id: 'paris-agreement', depositary: 'Secretary-General of the United Nations', sources: { depositary: ['nowhere'] } }] });
    assert.equal(problemOf(unknownSource)!.reason, 'no source has the id "nowhere" (define it in "sources" of the file)');
    const bundledSource = JSON.stringify({ treaties: [{ id: 'genocide-convention', shortNames: ['Genocide Convention'], sources: { shortNames: ['untc-IV-1'] } }] });
    assert.equal(readTreatyData(bundledSource, BUNDLED_TREATY_TABLE).ok, true);
    const badParent = JSON.stringify({ sources: [{ id: 's', reference: 'r', title: 't' }], treaties: [{ id: 'new-protocol', title: 'Protocol to Something', parent: 'no-such-treaty', sources: { title: ['s'], parent: ['s'] } }] });
    assert.equal(problemOf(badParent)!.reason, 'no treaty has the id "no-such-treaty"');
    assert.equal(problemOf('[]')!.reason, 'expected an object such as { "treaties": [ ... ] }');
    assert.equal(problemOf('')!.reason, 'the file is empty: write { "treaties": [ ... ] }');
  });

  it('keeps the bundled table whole when a file has a mistake, with one message naming the file and the line', () => {
    const bad = DATA.replace('"2018-03-04"', '"4 March 2018"');
    const { table, problem } = treatyTableWith(BUNDLED_TREATY_TABLE, bad, FILE);
    assert.equal(table, BUNDLED_TREATY_TABLE);
    assert.equal(
      problem,
      `${FILE}:22:18: "adopted" is { "date": "YYYY-MM-DD" (a real date), "place": text }; the file is not used until it is fixed, and the bundled treaty table is used meanwhile`,
    );
  });
});
