import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../support/paths';
import { deniedHost } from '../support/deniedHosts';

/**
 * data/treaties/facts.json: the hand-kept facts from official sources that neither the Treaty
 * Collection's listing nor the footnotes of the texts give (see data/treaties/README.md). These
 * tests check the file itself: its shape, that every fact names a source that exists and may be
 * used, and that its dates are real and in order.
 */

const FACTS_FILE = path.join(REPO_ROOT, 'data', 'treaties', 'facts.json');
const LISTING_FILE = path.resolve(REPO_ROOT, '..', 'shared', 'untc', 'mtdsg-listing-2026-09-08.json');


const FACT_KINDS = [
  'title',
  'shortNames',
  'adoptedBy',
  'adopted',
  'openedForSignature',
  'concluded',
  'entryIntoForce',
  'depositary',
  'unts',
  'lnts',
  'parent',
  'ilo',
] as const;
type FactKind = (typeof FACT_KINDS)[number];

interface Source {
  title: string;
  url: string;
  publisher: string;
  official: boolean;
}

interface Fact {
  value: unknown;
  sources: string[];
}

/** Titles in the official languages other than English, each read in a text in that language. */
const OTHER_LANGUAGES: Readonly<Record<string, string>> = { fr: 'French', es: 'Spanish', ru: 'Russian', ar: 'Arabic', zh: 'Chinese' };

type Entry = Partial<Record<FactKind, Fact>> & { note?: string; titles?: Record<string, Fact> };

interface FactsFile {
  sources: Record<string, Source>;
  treaties: Record<string, Entry>;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const KEBAB_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
/** "54/4", "2200 A (XXI)", "260 A (III)", "ES-10/15", "S-26/2". */
const RESOLUTION = /^((ES|S)-)?\d+\/\d+( [A-Z])?$|^\d+( [A-Z](-[A-Z])?)? \([IVXL]+\)$/;

function isRealDate(text: unknown): text is string {
  if (typeof text !== 'string') return false;
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0 && value === value.trim();
}

/** What is wrong with the value of one fact, or undefined. */
function valueProblem(kind: FactKind, value: unknown): string | undefined {
  const datePlace = (v: unknown): string | undefined => {
    if (!isObject(v)) return 'not an object';
    if (!isRealDate(v.date)) return `date ${JSON.stringify(v.date)} is not a real ISO date`;
    if (v.place !== undefined && !nonEmptyString(v.place)) return 'place is not a non-empty string';
    const extra = Object.keys(v).filter((k) => k !== 'date' && k !== 'place');
    return extra.length > 0 ? `unknown fields ${extra.join(', ')}` : undefined;
  };
  switch (kind) {
    case 'title':
    case 'depositary':
    case 'parent':
      return nonEmptyString(value) ? undefined : 'not a non-empty string';
    case 'shortNames':
      return Array.isArray(value) && value.length > 0 && value.every(nonEmptyString) && new Set(value).size === value.length
        ? undefined
        : 'not a list of distinct non-empty strings';
    case 'adoptedBy': {
      if (!isObject(value)) return 'not an object';
      if (typeof value.resolution !== 'string' || !RESOLUTION.test(value.resolution)) return `resolution ${JSON.stringify(value.resolution)} is not a resolution number`;
      if (value.annex !== undefined && !(typeof value.annex === 'string' && /^annex( [IVX]+)?$/.test(value.annex))) return `annex ${JSON.stringify(value.annex)}`;
      const extra = Object.keys(value).filter((k) => k !== 'resolution' && k !== 'annex');
      return extra.length > 0 ? `unknown fields ${extra.join(', ')}` : undefined;
    }
    case 'adopted':
    case 'openedForSignature':
    case 'concluded':
      return datePlace(value);
    case 'entryIntoForce':
      return isRealDate(value) ? undefined : 'not a real ISO date';
    case 'unts': {
      if (!isObject(value)) return 'not an object';
      const volumes = value.volumes;
      if (!Array.isArray(volumes) || volumes.length === 0 || !volumes.every((n) => Number.isInteger(n) && n > 0)) return 'volumes is not a list of positive integers';
      if (value.registrationNumber !== undefined && !(Number.isInteger(value.registrationNumber) && (value.registrationNumber as number) > 0)) return 'registrationNumber is not a positive integer';
      const extra = Object.keys(value).filter((k) => k !== 'volumes' && k !== 'registrationNumber');
      return extra.length > 0 ? `unknown fields ${extra.join(', ')}` : undefined;
    }
    case 'lnts':
      return isObject(value) && typeof value.volume === 'string' && /^[CLXVI]+$/.test(value.volume) && Number.isInteger(value.number) ? undefined : 'not {volume: roman numeral, number}';
    case 'ilo':
      return isObject(value) && Number.isInteger(value.number) && (value.number as number) > 0 ? undefined : 'not {number: positive integer}';
  }
}

function readFacts(): { text: string; facts: FactsFile } {
  const text = fs.readFileSync(FACTS_FILE, 'utf8');
  return { text, facts: JSON.parse(text) as FactsFile };
}

function collectionRefs(): Set<string> {
  const listing = JSON.parse(fs.readFileSync(LISTING_FILE, 'utf8')) as { treaties: Array<{ ref: string }> };
  return new Set(listing.treaties.map((t) => t.ref));
}

/** Every fact of the file, with the treaty key and the kind it sits under. */
function allFacts(facts: FactsFile): Array<{ key: string; kind: FactKind; fact: Fact }> {
  const out: Array<{ key: string; kind: FactKind; fact: Fact }> = [];
  for (const [key, entry] of Object.entries(facts.treaties)) {
    for (const kind of FACT_KINDS) {
      const fact = entry[kind];
      if (fact !== undefined) out.push({ key, kind, fact });
    }
    for (const [language, fact] of Object.entries(entry.titles ?? {})) out.push({ key: `${key} (${language})`, kind: 'title', fact });
  }
  return out;
}

describe('data/treaties/facts.json', () => {
  const { text, facts } = readFacts();

  it('is JSON indented by two spaces, with sources and treaties only', () => {
    assert.equal(text, `${JSON.stringify(facts, null, 2)}\n`, 'the file is not as JSON.stringify(…, null, 2) writes it');
    assert.deepEqual(Object.keys(facts).sort(), ['sources', 'treaties']);
    assert.ok(Object.keys(facts.treaties).length >= 60, `only ${Object.keys(facts.treaties).length} treaties`);
  });

  it('describes every source with a title, an absolute address, a publisher and whether it is official', () => {
    const problems: string[] = [];
    for (const [id, source] of Object.entries(facts.sources)) {
      if (!isObject(source)) {
        problems.push(`${id}: not an object`);
        continue;
      }
      const extra = Object.keys(source).filter((k) => !['title', 'url', 'publisher', 'official'].includes(k));
      if (extra.length > 0) problems.push(`${id}: unknown fields ${extra.join(', ')}`);
      if (!nonEmptyString(source.title)) problems.push(`${id}: no title`);
      if (!nonEmptyString(source.publisher)) problems.push(`${id}: no publisher`);
      if (typeof source.official !== 'boolean') problems.push(`${id}: official is not true or false`);
      let url: URL | undefined;
      try {
        url = new URL(source.url);
      } catch {
        problems.push(`${id}: ${JSON.stringify(source.url)} is not an absolute address`);
      }
      if (url && url.protocol !== 'https:' && url.protocol !== 'http:') problems.push(`${id}: ${source.url} is not http(s)`);
      if (url) {
        const denied = deniedHost(url.hostname);
        if (denied) problems.push(`${id}: ${url.hostname.toLowerCase()} is a copy of an encyclopedia or a document mill (${denied})`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('gives each treaty only known facts, each a value of its kind with at least one existing source', () => {
    const problems: string[] = [];
    for (const [key, entry] of Object.entries(facts.treaties)) {
      const unknown = Object.keys(entry).filter((k) => k !== 'note' && k !== 'titles' && !(FACT_KINDS as readonly string[]).includes(k));
      if (unknown.length > 0) problems.push(`${key}: unknown facts ${unknown.join(', ')}`);
      if (entry.note !== undefined && !nonEmptyString(entry.note)) problems.push(`${key}: empty note`);
      if (FACT_KINDS.every((kind) => entry[kind] === undefined) && entry.titles === undefined) problems.push(`${key}: no fact at all`);
    }
    for (const { key, kind, fact } of allFacts(facts)) {
      if (!isObject(fact) || !('value' in fact) || !Array.isArray(fact.sources)) {
        problems.push(`${key}.${kind}: not {value, sources}`);
        continue;
      }
      const extra = Object.keys(fact).filter((k) => k !== 'value' && k !== 'sources');
      if (extra.length > 0) problems.push(`${key}.${kind}: unknown fields ${extra.join(', ')}`);
      const problem = valueProblem(kind, fact.value);
      if (problem) problems.push(`${key}.${kind}: ${problem}`);
      if (fact.sources.length === 0) problems.push(`${key}.${kind}: no source`);
      if (new Set(fact.sources).size !== fact.sources.length) problems.push(`${key}.${kind}: a source named twice`);
      for (const id of fact.sources) {
        if (!Object.prototype.hasOwnProperty.call(facts.sources, id)) problems.push(`${key}.${kind}: no source "${id}"`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('gives a title in another language only in an official language, each with an official source: a text in that language', () => {
    const problems: string[] = [];
    let titles = 0;
    for (const [key, entry] of Object.entries(facts.treaties)) {
      if (entry.titles === undefined) continue;
      if (!isObject(entry.titles) || Object.keys(entry.titles).length === 0) {
        problems.push(`${key}.titles: not an object of titles by language`);
        continue;
      }
      for (const [language, fact] of Object.entries(entry.titles)) {
        titles++;
        const name = OTHER_LANGUAGES[language];
        if (name === undefined) {
          problems.push(`${key}.titles.${language}: not an official language other than English`);
          continue;
        }
        if (!isObject(fact) || !nonEmptyString(fact.value) || !Array.isArray(fact.sources) || fact.sources.length === 0) {
          problems.push(`${key}.titles.${language}: not {value, sources} with a title and a source`);
          continue;
        }
        for (const id of fact.sources) {
          const source = facts.sources[id];
          if (!source) problems.push(`${key}.titles.${language}: no source "${id}"`);
          else if (source.official !== true) problems.push(`${key}.titles.${language}: "${id}" is not official`);
          else if (!source.title.includes(`${name} text`)) problems.push(`${key}.titles.${language}: "${id}" is not said to be the ${name} text`);
        }
      }
    }
    assert.deepEqual(problems, []);
    assert.ok(titles > 0, 'no title in another language');
  });

  it('uses every source it lists', () => {
    const used = new Set(allFacts(facts).flatMap(({ fact }) => fact.sources));
    assert.deepEqual(Object.keys(facts.sources).filter((id) => !used.has(id)), []);
  });

  it('keys treaties by a reference of the Collection listing, or by a kebab id with a title for a treaty outside it', () => {
    const refs = collectionRefs();
    const problems: string[] = [];
    const keys = new Set(Object.keys(facts.treaties));
    for (const [key, entry] of Object.entries(facts.treaties)) {
      const inCollection = refs.has(key);
      if (!inCollection) {
        if (/^[IVXL]+-/.test(key)) problems.push(`${key}: not a reference of the listing`);
        else if (!KEBAB_ID.test(key)) problems.push(`${key}: neither a reference of the listing nor a kebab id`);
        else if (entry.title === undefined) problems.push(`${key}: outside the Collection, so it needs its title`);
      }
      if (key.startsWith('ilo-c')) {
        const number = Number(key.slice('ilo-c'.length));
        const ilo = entry.ilo?.value as { number?: number } | undefined;
        if (ilo?.number !== number) problems.push(`${key}: ilo number ${ilo?.number} does not match the key`);
      }
      const parent = entry.parent?.value;
      if (typeof parent === 'string' && !refs.has(parent) && !keys.has(parent)) problems.push(`${key}: parent ${parent} is neither in the listing nor in this file`);
      if (parent === key) problems.push(`${key}: its own parent`);
    }
    assert.deepEqual(problems, []);
  });

  it('puts entry into force on or after adoption, opening for signature and conclusion', () => {
    const problems: string[] = [];
    for (const [key, entry] of Object.entries(facts.treaties)) {
      const inForce = entry.entryIntoForce?.value;
      if (typeof inForce !== 'string') continue;
      for (const kind of ['adopted', 'openedForSignature', 'concluded'] as const) {
        const date = (entry[kind]?.value as { date?: string } | undefined)?.date;
        if (date !== undefined && inForce < date) problems.push(`${key}: in force ${inForce} before ${kind} ${date}`);
      }
      const adopted = (entry.adopted?.value as { date?: string } | undefined)?.date;
      const opened = (entry.openedForSignature?.value as { date?: string } | undefined)?.date;
      if (adopted !== undefined && opened !== undefined && opened < adopted) problems.push(`${key}: opened for signature ${opened} before adoption ${adopted}`);
    }
    assert.deepEqual(problems, []);
  });

  it('takes no fact from an unofficial source where an official one gives it', () => {
    const problems: string[] = [];
    for (const { key, kind, fact } of allFacts(facts)) {
      const official = fact.sources.filter((id) => facts.sources[id]?.official === true);
      const unofficial = fact.sources.filter((id) => facts.sources[id]?.official === false);
      if (official.length > 0 && unofficial.length > 0) problems.push(`${key}.${kind}: ${unofficial.join(', ')} beside official ${official.join(', ')}`);
    }
    assert.deepEqual(problems, []);
  });

  it('spells the depositary of the Secretary-General one way', () => {
    const problems: string[] = [];
    for (const [key, entry] of Object.entries(facts.treaties)) {
      const depositary = entry.depositary?.value;
      if (typeof depositary === 'string' && /Secretary-General/.test(depositary) && depositary !== 'Secretary-General of the United Nations') {
        problems.push(`${key}: depositary spelled "${depositary}"`);
      }
    }
    assert.deepEqual(problems, []);
  });
});
