import type { Treaty, TreatyFact, TreatySource } from '../data/treaties';
import { jsonValueOffset, readJson, type JsonPath } from '../jsonText';
import { LineIndex } from '../lineIndex';
import { createTreatyTable, type TreatyTable } from './treatyTable';

/** Where a workspace keeps its own treaty data, relative to a folder at or above its drafts. */
export const WORKSPACE_TREATIES_FILE = '.unres/treaties.json';

/** The facts each field of an entry fills, for the sources it must carry. */
const FIELD_FACTS: Readonly<Record<string, readonly TreatyFact[]>> = {
  title: ['title'],
  shortNames: ['shortNames'],
  ilo: ['ilo'],
  adopted: ['adopted.date', 'adopted.place'],
  adoptedBy: ['adoptedBy'],
  openedForSignature: ['openedForSignature'],
  concluded: ['concluded'],
  entryIntoForce: ['entryIntoForce'],
  unts: ['unts.volumes', 'unts.registrationNumber'],
  lnts: ['lnts'],
  depositary: ['depositary'],
  parent: ['parent'],
  untcChapter: ['untcChapter'],
};
const ENTRY_KEYS = new Set(['id', 'sources', ...Object.keys(FIELD_FACTS)]);
const FACTS = new Set(Object.values(FIELD_FACTS).flat());
const TOP_KEYS = new Set(['$schema', 'sources', 'treaties']);
const SOURCE_KEYS = new Set(['id', 'reference', 'title', 'kind', 'confidence']);

/** What is wrong with a treaty data file: the first mistake, where it is, and how many there are. */
export interface TreatyDataProblem {
  /** 1-based line and column of the value that is wrong. */
  readonly line: number;
  readonly column: number;
  readonly reason: string;
  /** How many mistakes the file has in all (the message names the first). */
  readonly count: number;
}

/** A treaty data file after checking: its entries and sources, or what is wrong with it. */
export type TreatyDataResult =
  | { readonly ok: true; readonly treaties: readonly Treaty[]; readonly sources: Readonly<Record<string, TreatySource>> }
  | { readonly ok: false; readonly problem: TreatyDataProblem };

/** The one message a bad treaty data file gets, naming the file and the line. */
export function treatyDataMessage(file: string, problem: TreatyDataProblem): string {
  const more = problem.count > 1 ? ` (and ${problem.count - 1} more mistake${problem.count > 2 ? 's' : ''})` : '';
  return `${file}:${problem.line}:${problem.column}: ${problem.reason}${more}; the file is not used until it is fixed, and the bundled treaty table is used meanwhile`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0;

function isRealDate(v: unknown): v is string {
  if (typeof v !== 'string') return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCFullYear() === Number(m[1]) && date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]);
}

interface Mistake {
  readonly path: JsonPath;
  readonly reason: string;
}

/**
 * Reads the text of a treaty data file (`.unres/treaties.json`, the `unres.treaties.file`
 * setting, `unres lookup --treaties`):
 *
 *     { "sources": [{ "id", "reference", "title" }],
 *       "treaties": [{ "id", "title", ..., "sources": { "title": ["source-id"], ... } }] }
 *
 * An entry has the fields of the bundled table; one whose id is a bundled treaty's changes the
 * fields it gives and keeps the others. Like the bundled entries, every fact an entry gives
 * names its sources (the file's own, or the bundled table's by id). Any mistake makes the whole
 * file unusable: half a file of treaty facts would be worse than none. Never throws.
 */
export function readTreatyData(text: string, base: TreatyTable): TreatyDataResult {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lines = new LineIndex(body);
  const fail = (offset: number, reason: string, count = 1): TreatyDataResult => {
    const { line, character } = lines.positionAt(offset);
    return { ok: false, problem: { line: line + 1, column: character + 1, reason, count } };
  };
  if (body.trim() === '') return fail(0, 'the file is empty: write { "treaties": [ ... ] }');
  const read = readJson(body);
  if (!read.ok) return fail(read.offset, `not JSON: ${read.reason}`);
  const mistakes: Mistake[] = [];
  const result = check(read.value, base, mistakes);
  if (mistakes.length > 0 || !result) {
    const first = mistakes[0] ?? { path: [], reason: 'unusable' };
    return fail(jsonValueOffset(body, first.path), first.reason, mistakes.length);
  }
  return { ok: true, ...result };
}

function check(value: unknown, base: TreatyTable, mistakes: Mistake[]): { treaties: Treaty[]; sources: Record<string, TreatySource> } | undefined {
  const mistake = (path: JsonPath, reason: string): void => {
    mistakes.push({ path, reason });
  };
  if (!isObject(value)) {
    mistake([], 'expected an object such as { "treaties": [ ... ] }');
    return undefined;
  }
  for (const key of Object.keys(value)) if (!TOP_KEYS.has(key)) mistake([key], `unknown property "${key}" (the file has "sources" and "treaties")`);
  const sources: Record<string, TreatySource> = {};
  const rawSources = value.sources ?? [];
  if (!Array.isArray(rawSources)) mistake(['sources'], '"sources" must be a list of { "id", "reference", "title" }');
  else {
    rawSources.forEach((raw, i) => {
      const at: JsonPath = ['sources', i];
      if (!isObject(raw)) {
        mistake(at, 'a source is an object { "id", "reference", "title" }');
        return;
      }
      for (const key of Object.keys(raw)) if (!SOURCE_KEYS.has(key)) mistake([...at, key], `unknown property "${key}" of a source`);
      for (const key of ['id', 'reference', 'title'] as const) if (!isText(raw[key])) mistake(raw[key] === undefined ? at : [...at, key], `a source needs "${key}", a text that is not empty`);
      if (raw.kind !== undefined && raw.kind !== 'page' && raw.kind !== 'un-text' && raw.kind !== 'footnote') mistake([...at, 'kind'], '"kind" is "page", "un-text" or "footnote"');
      if (raw.confidence !== undefined && raw.confidence !== 'A' && raw.confidence !== 'O' && raw.confidence !== 'S') mistake([...at, 'confidence'], '"confidence" is "A" (an authority states it), "O" (observed in a UN text) or "S" (secondary source)');
      if (isText(raw.id) && (sources[raw.id] || base.sources[raw.id])) mistake([...at, 'id'], `the source id "${raw.id}" is taken`);
      if (isText(raw.id) && isText(raw.reference) && isText(raw.title)) {
        sources[raw.id] = {
          id: raw.id,
          reference: raw.reference,
          title: raw.title,
          kind: (raw.kind as TreatySource['kind'] | undefined) ?? 'page',
          // A workspace's source is taken as secondary unless the file says otherwise.
          confidence: (raw.confidence as TreatySource['confidence'] | undefined) ?? 'S',
        };
      }
    });
  }
  const treaties: Treaty[] = [];
  const rawTreaties = value.treaties;
  if (!Array.isArray(rawTreaties)) {
    mistake(rawTreaties === undefined ? [] : ['treaties'], '"treaties" must be a list of treaty entries');
    return undefined;
  }
  const ids = new Set<string>();
  rawTreaties.forEach((raw, i) => {
    const entry = checkEntry(raw, ['treaties', i], base, sources, ids, mistake);
    if (entry) treaties.push(entry);
  });
  // Parents may be entries of the file itself, in any order.
  rawTreaties.forEach((raw, i) => {
    if (isObject(raw) && isText(raw.parent) && !ids.has(raw.parent) && !base.byId(raw.parent)) mistake(['treaties', i, 'parent'], `no treaty has the id "${raw.parent}"`);
  });
  return { treaties, sources };
}

function checkEntry(
  raw: unknown,
  at: JsonPath,
  base: TreatyTable,
  sources: Readonly<Record<string, TreatySource>>,
  ids: Set<string>,
  mistake: (path: JsonPath, reason: string) => void,
): Treaty | undefined {
  if (!isObject(raw)) {
    mistake(at, 'a treaty entry is an object with "id", "title" and "sources"');
    return undefined;
  }
  for (const key of Object.keys(raw)) if (!ENTRY_KEYS.has(key)) mistake([...at, key], `unknown property "${key}" of a treaty entry`);
  const id = raw.id;
  if (typeof id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
    mistake(id === undefined ? at : [...at, 'id'], 'a treaty entry needs an "id" in lower-case words joined by hyphens, such as "escazu-agreement"');
    return undefined;
  }
  if (ids.has(id)) mistake([...at, 'id'], `the id "${id}" is given twice in the file`);
  ids.add(id);
  const bundled = base.byId(id);
  const field = (key: string, ok: boolean, reason: string) => {
    if (raw[key] !== undefined && !ok) mistake([...at, key], reason);
  };
  if (!bundled && raw.title === undefined) mistake(at, `"${id}" is not a treaty of the bundled table, so it needs a "title"`);
  field('title', isText(raw.title), '"title" is the official title, a text');
  field('shortNames', Array.isArray(raw.shortNames) && raw.shortNames.every(isText), '"shortNames" is a list of texts');
  const adopted = raw.adopted;
  field('adopted', isObject(adopted) && isRealDate(adopted.date) && (adopted.place === undefined || isText(adopted.place)) && Object.keys(adopted).every((k) => k === 'date' || k === 'place'), '"adopted" is { "date": "YYYY-MM-DD" (a real date), "place": text }');
  for (const key of ['openedForSignature', 'concluded'] as const) {
    const value = raw[key];
    field(key, isObject(value) && isRealDate(value.date) && (value.place === undefined || isText(value.place)) && Object.keys(value).every((k) => k === 'date' || k === 'place'), `"${key}" is { "date": "YYYY-MM-DD" (a real date), "place": text }`);
  }
  const adoptedBy = raw.adoptedBy;
  field('adoptedBy', isObject(adoptedBy) && isText(adoptedBy.resolution) && (adoptedBy.annex === undefined || isText(adoptedBy.annex)) && Object.keys(adoptedBy).every((k) => k === 'resolution' || k === 'annex'), '"adoptedBy" is { "resolution": "54/4", "annex": "annex" } (the annex may be left out)');
  field('entryIntoForce', isRealDate(raw.entryIntoForce), '"entryIntoForce" is a real date written YYYY-MM-DD');
  const unts = raw.unts;
  field(
    'unts',
    isObject(unts) && Array.isArray(unts.volumes) && unts.volumes.length > 0 && unts.volumes.every(isCount) && (unts.registrationNumber === undefined || isCount(unts.registrationNumber)) && Object.keys(unts).every((k) => k === 'volumes' || k === 'registrationNumber'),
    '"unts" is { "volumes": [whole numbers], "registrationNumber": a whole number }',
  );
  const lnts = raw.lnts;
  field('lnts', isObject(lnts) && isText(lnts.volume) && isCount(lnts.number), '"lnts" is { "volume": "CXXXIV" (Roman, as cited), "number": a whole number }');
  field('depositary', isText(raw.depositary), '"depositary" is a text');
  field('parent', isText(raw.parent) && raw.parent !== id, '"parent" is the id of another treaty');
  field('untcChapter', typeof raw.untcChapter === 'string' && /^[IVXL]+(-[A-Za-z0-9]+)+$/.test(raw.untcChapter), '"untcChapter" is a reference of the UN Treaty Collection such as "XVIII-12-a"');
  const ilo = raw.ilo;
  field('ilo', isObject(ilo) && isCount(ilo.number) && isText(ilo.form), '"ilo" is { "number": a whole number, "form": the ILO form of the title }');
  const entrySources = raw.sources;
  if (!isObject(entrySources)) {
    mistake(entrySources === undefined ? at : [...at, 'sources'], `"${id}" needs "sources": for each fact it gives, the ids of the sources it was read in, such as { "title": ["my-source"] }`);
    return undefined;
  }
  for (const [fact, list] of Object.entries(entrySources)) {
    if (!FACTS.has(fact as TreatyFact)) {
      mistake([...at, 'sources', fact], `"${fact}" is not a fact of a treaty entry`);
      continue;
    }
    if (!Array.isArray(list) || list.length === 0 || !list.every(isText)) {
      mistake([...at, 'sources', fact], `the sources of "${fact}" are a list of source ids`);
      continue;
    }
    list.forEach((sourceId: string, k) => {
      if (!sources[sourceId] && !base.sources[sourceId]) mistake([...at, 'sources', fact, k], `no source has the id "${sourceId}" (define it in "sources" of the file)`);
    });
  }
  const given = Object.keys(FIELD_FACTS).filter((key) => raw[key] !== undefined);
  for (const key of given) {
    const facts = FIELD_FACTS[key].filter((fact) => fact !== 'adopted.place' || (isObject(adopted) && adopted.place !== undefined)).filter((fact) => fact !== 'unts.registrationNumber' || (isObject(unts) && unts.registrationNumber !== undefined));
    for (const fact of facts) if (entrySources[fact] === undefined) mistake([...at, key], `"${id}" gives ${fact} without its source: add "${fact}": ["source-id"] to its "sources"`);
  }
  return merge(bundled, id, raw, given);
}

/** A bundled entry with the fields a workspace entry gives (and their sources) in place of its own; or the new entry. */
function merge(bundled: Treaty | undefined, id: string, raw: Record<string, unknown>, given: readonly string[]): Treaty {
  const out: Record<string, unknown> = bundled ? { ...bundled } : { id, shortNames: [] };
  const sources: Record<string, unknown> = bundled ? { ...bundled.sources } : {};
  const rawSources = raw.sources as Record<string, readonly string[]>;
  for (const key of given) {
    out[key] = raw[key];
    for (const fact of FIELD_FACTS[key]) {
      delete sources[fact];
      if (rawSources[fact] !== undefined) sources[fact] = rawSources[fact];
    }
  }
  out.id = id;
  out.sources = sources;
  return out as unknown as Treaty;
}

/**
 * The table with a data file's entries: new entries and changed bundled ones first (so their
 * names win), then the rest of the base table.
 */
export function withTreatyData(base: TreatyTable, treaties: readonly Treaty[], sources: Readonly<Record<string, TreatySource>>, file: string): TreatyTable {
  if (treaties.length === 0 && Object.keys(sources).length === 0) return base;
  const ids = new Set(treaties.map((t) => t.id));
  const fromWorkspace = new Set([...base.fromWorkspace, ...ids]);
  return createTreatyTable([...treaties, ...base.treaties.filter((t) => !ids.has(t.id))], { ...base.sources, ...sources }, fromWorkspace, base.workspaceFile !== undefined ? `${base.workspaceFile}, ${file}` : file);
}

/**
 * The table for a data file's text over a base table, and the one message of a file that cannot
 * be used (then the base table, unchanged).
 */
export function treatyTableWith(base: TreatyTable, text: string, file: string): { table: TreatyTable; problem?: string } {
  const read = readTreatyData(text, base);
  if (!read.ok) return { table: base, problem: treatyDataMessage(file, read.problem) };
  return { table: withTreatyData(base, read.treaties, read.sources, file) };
}
