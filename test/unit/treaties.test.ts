import * as assert from 'node:assert/strict';
import { TREATIES, TREATY_SOURCES, treatiesByUnts, treatyById, untsCitation, type Treaty, type TreatyFact } from '../../server/src/core/data/treaties';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The facts an entry has filled, by the names its `sources` use. */
function filledFacts(treaty: Treaty): TreatyFact[] {
  const facts: TreatyFact[] = ['title'];
  for (const language of Object.keys(treaty.titles ?? {})) if (language !== 'en') facts.push(`title.${language}` as TreatyFact);
  if (treaty.shortNames.length > 0) facts.push('shortNames');
  if (treaty.ilo) facts.push('ilo');
  if (treaty.collectionPlaceDate) facts.push('collectionPlaceDate');
  if (treaty.adoptedBy) facts.push('adoptedBy');
  if (treaty.adopted) facts.push('adopted.date');
  if (treaty.adopted?.place !== undefined) facts.push('adopted.place');
  if (treaty.openedForSignature) facts.push('openedForSignature');
  if (treaty.concluded) facts.push('concluded');
  if (treaty.entryIntoForce !== undefined) facts.push('entryIntoForce');
  if (treaty.unts && treaty.unts.volumes.length > 0) facts.push('unts.volumes');
  if (treaty.unts?.registrationNumber !== undefined) facts.push('unts.registrationNumber');
  if (treaty.resolutionAnnex) facts.push('resolutionAnnex');
  if (treaty.decision) facts.push('decision');
  if (treaty.lnts) facts.push('lnts');
  if (treaty.depositary !== undefined) facts.push('depositary');
  if (treaty.parent !== undefined) facts.push('parent');
  if (treaty.untcChapter !== undefined) facts.push('untcChapter');
  return facts;
}

function isRealDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The root of a treaty's family (itself when it has no parent). */
function root(treaty: Treaty): string {
  let current = treaty;
  for (let guard = 0; current.parent !== undefined && guard < 10; guard++) {
    const parent = treatyById(current.parent);
    if (!parent) break;
    current = parent;
  }
  return current.id;
}

describe('treaty table', () => {
  it('has the 670 treaties of the Collection and more, with unique kebab-case ids', () => {
    assert.ok(TREATIES.length >= 670, `only ${TREATIES.length} treaties`);
    assert.equal(TREATIES.filter((t) => t.untcChapter !== undefined).length, 670);
    const seen = new Set<string>();
    for (const treaty of TREATIES) {
      assert.match(treaty.id, /^[a-z0-9]+(-[a-z0-9]+)*$/, treaty.id);
      assert.ok(!seen.has(treaty.id), `duplicate id ${treaty.id}`);
      seen.add(treaty.id);
      assert.equal(treatyById(treaty.id), treaty);
    }
  });

  it('sources every filled fact, and only filled facts, from sources that exist', () => {
    for (const treaty of TREATIES) {
      const facts = filledFacts(treaty);
      assert.ok(Object.keys(treaty.sources).length > 0, `${treaty.id} has no source`);
      for (const fact of facts) {
        const ids = treaty.sources[fact] ?? [];
        assert.ok(ids.length > 0, `${treaty.id}: ${fact} has no source`);
        for (const id of ids) assert.ok(TREATY_SOURCES[id], `${treaty.id}: ${fact} cites unknown source "${id}"`);
      }
      for (const fact of Object.keys(treaty.sources) as TreatyFact[]) {
        assert.ok(facts.includes(fact), `${treaty.id}: sources name ${fact}, which the entry does not fill`);
      }
    }
  });

  it('lists official sources with a reference, no copy of an encyclopedia and no local path', () => {
    for (const [id, source] of Object.entries(TREATY_SOURCES)) {
      assert.equal(source.id, id);
      assert.ok(source.reference.length > 0 && source.title.length > 0, id);
      assert.equal(source.official, true, id);
      if (source.kind === 'page') assert.match(source.reference, /^https?:\/\//, id);
      assert.doesNotMatch(source.reference, /wiki|infogalactic|123dok|\.\.\/shared|\.md$|\.txt$/i, id);
    }
  });

  it('writes real ISO dates, and no entry into force before adoption', () => {
    for (const treaty of TREATIES) {
      for (const dated of [treaty.adopted, treaty.openedForSignature, treaty.concluded, treaty.collectionPlaceDate]) if (dated?.date !== undefined) assert.ok(isRealDate(dated.date), `${treaty.id}: ${dated.date}`);
      if (treaty.adopted) assert.ok(isRealDate(treaty.adopted.date), `${treaty.id}: adopted ${treaty.adopted.date}`);
      if (treaty.entryIntoForce !== undefined) assert.ok(isRealDate(treaty.entryIntoForce), `${treaty.id}: entry into force ${treaty.entryIntoForce}`);
      if (treaty.adopted && treaty.entryIntoForce !== undefined) {
        assert.ok(treaty.entryIntoForce >= treaty.adopted.date, `${treaty.id}: in force ${treaty.entryIntoForce} before adoption ${treaty.adopted.date}`);
      }
    }
  });

  it('gives no two treaties the same volume and number, unless a protocol shares its parent’s registration', () => {
    const withNumber = TREATIES.filter((t) => t.unts?.registrationNumber !== undefined);
    for (const [i, a] of withNumber.entries()) {
      for (const b of withNumber.slice(i + 1)) {
        if (a.unts?.registrationNumber !== b.unts?.registrationNumber) continue;
        const shared = a.unts?.volumes.filter((v) => b.unts?.volumes.includes(v)) ?? [];
        if (shared.length === 0) continue;
        const family = (a.parent !== undefined || b.parent !== undefined) && root(a) === root(b);
        assert.ok(family, `${a.id} and ${b.id} share vol. ${shared.join(', ')}, No. ${a.unts?.registrationNumber}`);
      }
    }
  });

  it('names parents that exist, and protocols share their family’s registration number where both have one', () => {
    for (const treaty of TREATIES) {
      if (treaty.parent === undefined) continue;
      const parent = treatyById(treaty.parent);
      assert.ok(parent, `${treaty.id}: unknown parent ${treaty.parent}`);
      assert.notEqual(parent.id, treaty.id);
      assert.equal(root(treaty) === treaty.id, false, `${treaty.id}: parent cycle`);
    }
  });

  it('keeps ILO numbers unique and the ILO form of the title consistent', () => {
    const numbers = new Set<number>();
    for (const treaty of TREATIES) {
      if (!treaty.ilo) continue;
      assert.ok(!numbers.has(treaty.ilo.number), `ILO No. ${treaty.ilo.number} twice`);
      numbers.add(treaty.ilo.number);
      assert.equal(treaty.ilo.form, `${treaty.title} (No. ${treaty.ilo.number})`);
      assert.match(treaty.title, /, (19|20)\d\d$/, treaty.id);
    }
    for (const n of [29, 87, 138, 169, 182, 189]) assert.ok(numbers.has(n), `ILO No. ${n} missing`);
  });

  it('keeps short names unique across treaties (case-insensitive), and distinct from other titles', () => {
    const titles = new Map(TREATIES.map((t) => [t.title.toLowerCase(), t.id]));
    const owner = new Map<string, string>();
    for (const treaty of TREATIES) {
      for (const name of treaty.shortNames) {
        const key = name.toLowerCase();
        const other = owner.get(key);
        assert.ok(other === undefined || other === treaty.id, `short name "${name}" of ${treaty.id} also belongs to ${other}`);
        const titled = titles.get(key);
        assert.ok(titled === undefined || titled === treaty.id, `${treaty.id}: short name "${name}" is the title of ${titled}`);
        owner.set(key, treaty.id);
      }
    }
  });

  it('has the instruments the issue asks for', () => {
    const required = [
      'un-charter', 'icj-statute', 'icerd', 'iccpr', 'iccpr-op1', 'iccpr-op2', 'icescr', 'icescr-op', 'cedaw', 'cedaw-op', 'cat', 'opcat',
      'crc', 'crc-opac', 'crc-opsc', 'crc-opic', 'icrmw', 'crpd', 'crpd-op', 'cped', 'untoc', 'trafficking-protocol', 'smuggling-protocol',
      'firearms-protocol', 'uncac', 'refugee-convention', 'refugee-protocol', 'stateless-persons-convention', 'statelessness-reduction-convention',
      'slavery-convention', 'slavery-protocol-1953', 'supplementary-slavery-convention', 'traffic-in-persons-convention', 'geneva-convention-i',
      'geneva-convention-iii', 'geneva-convention-iv', 'additional-protocol-ii',
      'additional-protocol-iii', 'genocide-convention', 'rome-statute', 'vclt', 'vcdr', 'vccr', 'unclos', 'unfccc', 'kyoto-protocol',
      'paris-agreement', 'cbd', 'ilo-p029',
    ];
    for (const id of required) assert.ok(treatyById(id), `missing ${id}`);
  });

  it('writes the UN citation form and finds treaties by volume and number', () => {
    const trafficking = treatyById('trafficking-protocol');
    assert.ok(trafficking);
    assert.equal(untsCitation(trafficking), 'United Nations, *Treaty Series*, vol. 2237, No. 39574');
    assert.equal(untsCitation(treatyById('ccw') as Treaty), 'United Nations, *Treaty Series*, vol. 1342, No. 22495');
    assert.equal(untsCitation(treatyById('un-charter') as Treaty), undefined);
    assert.deepEqual(treatiesByUnts(2237, 39574).map((t) => t.id), ['trafficking-protocol']);
    assert.deepEqual(treatiesByUnts(39, 612).map((t) => t.id), ['ilo-c029']);
    assert.deepEqual(treatiesByUnts(1, 1), []);
    for (const treaty of TREATIES) {
      const chapter = treaty.untcChapter;
      if (chapter !== undefined) assert.match(chapter, /^[IVXL]+(-[A-Za-z0-9]+)+$/, treaty.id);
    }
  });
});
