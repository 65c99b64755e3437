#!/usr/bin/env node
// Builds the treaty table bundled with unres (server/src/core/data/treaties.json) and its build
// report (data/treaties/build-report.md) from their inputs. Run `npm run build` first: the texts
// are read with unres's own parser (out/server/src/core).
//
//   npm run build:treaties                  writes both files
//   node scripts/build-treaties.mjs --out D writes treaties.json and build-report.md into D
//                                           (the tests compare them with the committed files)
//
// Inputs:
//   ../shared/untc/mtdsg-listing-2026-09-08.json   the UN Treaty Collection's listing of the
//       multilateral treaties deposited with the Secretary-General: one entry each, with its title,
//       reference, place and date as the Collection gives them, and its status page
//   ../shared/{samples,corpus,official}/           the footnotes of the official texts: the
//       *Treaty Series* volume and number, or the resolution whose annex holds the treaty, of the
//       treaty named where each footnote's mark stands; and the short names the texts use
//   data/treaties/facts.json (when present)        facts read in official sources, by hand
//   data/treaties/carried-over.json                facts kept from the earlier hand-written table
//   data/treaties/ids.json                         the ids entries had before this build (kept)
//
// Every fact keeps its sources; two sources that disagree are reported, never resolved.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

export const LISTING_FILE = 'untc/mtdsg-listing-2026-09-08.json';
export const TEXT_FOLDERS = ['samples', 'corpus', 'official'];
export const OUTPUT = { data: 'server/src/core/data/treaties.json', report: 'data/treaties/build-report.md' };

const LISTING_SOURCE = 'untc-mtdsg-2026-09-08';
/** The official languages other than English, in which the hand-kept facts may give a treaty's title. */
const OTHER_LANGUAGES = ['fr', 'es', 'ru', 'ar', 'zh'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The samples carry no leading comment: their symbols as ../shared/samples/README.md gives them.
 * The revised draft has no symbol there, so it is named by what it is.
 */
const SAMPLE_SOURCES = {
  '000_c722eb807ecbd0fb.txt': { symbol: 'A/RES/78/228' },
  '001_a325fd547149db90.txt': {
    id: 'third-committee-79-trafficking-in-women-and-girls-rev',
    title: 'Third Committee, seventy-ninth session, agenda item 27: revised draft resolution "Trafficking in women and girls" (13 November 2024)',
  },
};

/** "New York, 16 December 1966" → place and ISO date; "15 October 1946" → date alone; two dates → neither. */
function parsePlaceDate(text) {
  const m = /^(?:(.*), )?(\d{1,2}) ([A-Z][a-z]+) (\d{4})$/.exec(text.trim());
  if (!m || / and /.test(text)) return {};
  const month = MONTHS.indexOf(m[3]);
  if (month < 0) return {};
  const date = `${m[4]}-${String(month + 1).padStart(2, '0')}-${m[2].padStart(2, '0')}`;
  return m[1] ? { place: m[1], date } : { date };
}

/** A Collection reference's parent, read from its form: "IV-3-a" → "IV-3", "XI-B-16-13H" → "XI-B-16". */
function parentRef(ref, refs) {
  const parts = ref.split('-');
  for (let n = parts.length - 1; n >= 2; n--) {
    const candidate = parts.slice(0, n).join('-');
    if (candidate !== ref && refs.has(candidate)) return candidate;
  }
  return undefined;
}

/** Ids of Collection entries that had none before: stable, from the reference. */
const collectionId = (ref) => `untc-${ref.toLowerCase()}`;

/** The names a Collection title is matched by in texts: without the Collection's notes and marks. */
function matchNames(title) {
  const clean = title.replace(/\s*\(deposited in the archives of [^)]*\)/g, '').replace(/\*+$/, '').replace(/\s+/g, ' ').trim();
  const names = [clean];
  const trailing = /\s*\([^()]*\)$/.exec(clean);
  if (trailing && trailing.index > 0) names.push(clean.slice(0, trailing.index));
  return names;
}

/** Words of a name folded for comparing: case and punctuation do not count. */
const fold = (name) => (name.match(/[\p{L}\p{Nd}]+/gu) ?? []).map((w) => w.toLowerCase()).join(' ');

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** The texts of ../shared: each with its source id and source entry, and its parsed document. */
function readTexts(core, shared) {
  const texts = [];
  for (const folder of TEXT_FOLDERS) {
    const dir = path.join(shared, folder);
    if (!fs.existsSync(dir)) continue;
    for (const file of fs.readdirSync(dir).sort()) {
      if (!/\.(md|txt)$/.test(file) || file === 'README.md') continue;
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const comment = /^\s*<!--([\s\S]*?)-->/.exec(text);
      const symbol = comment ? /^symbol:\s*(\S+)/m.exec(comment[1])?.[1] : SAMPLE_SOURCES[file]?.symbol;
      let source;
      if (symbol) {
        const body = comment ? /^body:\s*(.+)$/m.exec(comment[1])?.[1].trim() : undefined;
        source = { id: symbol, entry: { title: body ? `${symbol}: ${body}` : symbol, url: `https://undocs.org/${symbol}`, publisher: 'United Nations', official: true } };
      } else if (SAMPLE_SOURCES[file]?.id) {
        source = { id: SAMPLE_SOURCES[file].id, entry: { title: SAMPLE_SOURCES[file].title, publisher: 'United Nations', official: true } };
      } else {
        throw new Error(`build-treaties: ${folder}/${file} has no symbol`);
      }
      texts.push({ file: `${folder}/${file}`, source, text, doc: core.parseResolution(text) });
    }
  }
  return texts;
}

/** A fact as the data file keeps it: its value and its sources, sorted. */
const fact = (value, sources) => ({ value, sources: [...new Set(sources)] });

function sortSources(ids, sources) {
  const rank = (id) => (id === LISTING_SOURCE ? 0 : sources[id]?.kind === 'text' ? 2 : 1);
  return [...new Set(ids)].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

const sameJson = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Builds the table and the report. `shared` is the folder of the texts and the listing;
 * `inputs` the folder of facts.json, carried-over.json and ids.json.
 */
export function buildTreaties({ shared = path.resolve(root, '..', 'shared'), inputs = path.join(root, 'data', 'treaties') } = {}) {
  const core = require(path.join(root, 'out/server/src/core/index.js'));
  const listing = readJson(path.join(shared, LISTING_FILE));
  const fetched = listing.fetched_utc.slice(0, 10);
  const sources = {
    [LISTING_SOURCE]: {
      title: `UN Treaty Collection, Multilateral Treaties Deposited with the Secretary-General: listing of chapters I to XXIX (fetched ${fetched})`,
      url: listing.source,
      publisher: 'United Nations',
      official: true,
      kind: 'listing',
      fetched: listing.fetched_utc,
    },
  };
  const disagreements = [];
  const notes = [];
  const unmatchedDates = [];
  const ids = fs.existsSync(path.join(inputs, 'ids.json')) ? readJson(path.join(inputs, 'ids.json')) : {};
  delete ids.$comment;

  // ---------------------------------------------------------------- the Collection's entries
  const refs = new Set(listing.treaties.map((t) => t.ref));
  const entries = new Map();
  for (const t of listing.treaties) {
    const id = ids[t.ref] ?? collectionId(t.ref);
    const placeDate = parsePlaceDate(t.place_date);
    entries.set(t.ref, {
      id,
      key: t.ref,
      titles: { en: fact(t.title, [LISTING_SOURCE]) },
      shortNames: new Map(),
      collection: fact({ ref: t.ref, chapter: t.chapter_int, url: core.untcLink(t.ref) }, [LISTING_SOURCE]),
      collectionPlaceDate: fact({ text: t.place_date, ...placeDate }, [LISTING_SOURCE]),
      names: matchNames(t.title),
      parentKey: parentRef(t.ref, refs),
      parentSources: [LISTING_SOURCE],
      facts: {},
      unts: [],
      lnts: [],
      resolutionAnnex: [],
      decision: [],
    });
  }

  // ---------------------------------------------------------------- the texts (read first: the hand-kept facts may cite them by symbol)
  const texts = readTexts(core, shared);
  for (const t of texts) sources[t.source.id] ??= { ...t.source.entry, kind: 'text' };

  // ---------------------------------------------------------------- the hand-kept facts
  const handFiles = ['facts.json', 'carried-over.json'].filter((f) => fs.existsSync(path.join(inputs, f)));
  for (const file of handFiles) {
    const data = readJson(path.join(inputs, file));
    for (const [id, source] of Object.entries(data.sources ?? {})) {
      // A text of ../shared and the listing keep the entries the build gives them.
      if (sources[id]?.kind === 'text' || id === LISTING_SOURCE) continue;
      const entry = { title: source.title, ...(source.url ? { url: source.url } : {}), publisher: source.publisher, official: source.official === true, kind: 'page' };
      if (sources[id] && !sameJson(sources[id], entry)) notes.push(`${file}: the source "${id}" is defined differently in another input; the first definition is kept`);
      else sources[id] = entry;
    }
    for (const [key, given] of Object.entries(data.treaties ?? {})) {
      let entry = entries.get(key);
      if (!entry) {
        if (refs.has(key)) throw new Error('unreachable');
        if (!given.title) {
          notes.push(`${file}: "${key}" is neither a Collection reference nor has a title: left out`);
          continue;
        }
        entry = { id: ids[key] ?? key, key, titles: {}, shortNames: new Map(), names: [], parentSources: [], facts: {}, unts: [], lnts: [], resolutionAnnex: [], decision: [] };
        entries.set(key, entry);
      }
      for (const [name, value] of Object.entries(given)) {
        if (name === 'note') {
          entry.note = value;
          continue;
        }
        if (name === 'titles') {
          // Titles in the other official languages, each with its own sources; the English one is `title`.
          for (const [language, title] of Object.entries(value)) {
            if (!OTHER_LANGUAGES.includes(language)) {
              notes.push(`${file}: ${key}.titles names "${language}", not one of ${OTHER_LANGUAGES.join(', ')}: left out`);
              continue;
            }
            for (const s of title.sources ?? []) if (!sources[s]) notes.push(`${file}: ${key}.titles.${language} cites the unknown source "${s}"`);
            const titleCited = (title.sources ?? []).filter((s) => sources[s]);
            if (titleCited.length === 0) {
              notes.push(`${file}: ${key}.titles.${language} has no known source: left out`);
              continue;
            }
            const current = entry.titles[language];
            if (current && current.value !== title.value) disagreements.push({ subject: key, what: `${language} title in ${file} "${title.value}" differs from "${current.value}" (${current.sources.join(', ')})` });
            else entry.titles[language] = fact(title.value, [...(current?.sources ?? []), ...titleCited]);
          }
          continue;
        }
        for (const s of value.sources ?? []) if (!sources[s]) notes.push(`${file}: ${key}.${name} cites the unknown source "${s}"`);
        const cited = (value.sources ?? []).filter((s) => sources[s]);
        if (cited.length === 0) {
          notes.push(`${file}: ${key}.${name} has no known source: left out`);
          continue;
        }
        if (name === 'title') {
          const current = entry.titles.en;
          if (current && current.value !== value.value) {
            // A title the Collection gives stays; one from the hand-kept files is another name of it.
            disagreements.push({ subject: key, what: `title in ${file} "${value.value}" differs from "${current.value}" (${current.sources.join(', ')})` });
            addShortName(entry, value.value, cited);
          } else {
            entry.titles.en = fact(value.value, [...(current?.sources ?? []), ...cited]);
            entry.names.push(...matchNames(value.value));
          }
        } else if (name === 'shortNames') {
          for (const short of value.value) addShortName(entry, short, cited);
        } else if (name === 'unts') {
          entry.unts.push({ value: { volumes: [...value.value.volumes].sort((a, b) => a - b), registrationNumber: value.value.registrationNumber }, sources: cited, from: file });
        } else if (name === 'lnts') {
          entry.lnts.push({ value: value.value, sources: cited, from: file });
        } else if (name === 'parent') {
          if (entry.parentKey !== undefined && entry.parentKey !== value.value) disagreements.push({ subject: key, what: `parent in ${file} "${value.value}" differs from "${entry.parentKey}" (${entry.parentSources.join(', ')})` });
          else {
            entry.parentKey = value.value;
            entry.parentSources = [...entry.parentSources, ...cited];
          }
        } else {
          const current = entry.facts[name];
          if (current && !sameJson(current.value, value.value)) disagreements.push({ subject: key, what: `${name} in ${file} ${JSON.stringify(value.value)} differs from ${JSON.stringify(current.value)} (${current.sources.join(', ')})` });
          else entry.facts[name] = fact(value.value, [...(current?.sources ?? []), ...cited]);
        }
      }
    }
  }
  for (const entry of entries.values()) {
    if (entry.parentKey !== undefined && !entries.has(entry.parentKey)) {
      notes.push(`${entry.key}: parent "${entry.parentKey}" is no entry: left out`);
      entry.parentKey = undefined;
    }
  }


  // Names two entries share say neither: they are reported, and not matched.
  const byName = new Map();
  for (const entry of entries.values()) {
    for (const name of new Set([...entry.names, ...entry.shortNames.keys()])) {
      const key = fold(name);
      if (!byName.has(key)) byName.set(key, { name, entries: new Set() });
      byName.get(key).entries.add(entry);
    }
  }
  const ambiguous = [...byName.values()].filter((n) => n.entries.size > 1);
  const ambiguousKeys = new Set(ambiguous.map((n) => fold(n.name)));

  /** The table the texts are read with: each entry by its unambiguous names (and its parent, for "the Optional Protocol thereto"). */
  function matchingTable(extraShortNames) {
    const treaties = [];
    for (const entry of entries.values()) {
      const names = [...new Set([...entry.names, ...entry.shortNames.keys(), ...(extraShortNames.get(entry) ?? [])])].filter((n) => !ambiguousKeys.has(fold(n)));
      if (names.length === 0) continue;
      const date = entry.collectionPlaceDate?.value.date ?? entry.facts.adopted?.value.date;
      treaties.push({
        id: entry.key,
        title: names[0],
        shortNames: names.slice(1),
        ...(entry.facts.ilo ? { ilo: { number: entry.facts.ilo.value.number, form: `${names[0]} (No. ${entry.facts.ilo.value.number})` } } : {}),
        ...(date ? { adopted: { date } } : {}),
        ...(entry.parentKey !== undefined ? { parent: entry.parentKey } : {}),
        sources: {},
      });
    }
    return core.createTreatyTable(treaties, {});
  }

  // First reading: the short names the texts give a treaty right after its title.
  const mined = mineShortNames(core, texts, matchingTable(new Map()), entries);
  const shortNameClashes = [];
  for (const [folded, uses] of mined) {
    const owners = new Set(uses.map((u) => u.entry));
    const taken = byName.get(folded);
    if (owners.size > 1 || (taken && ![...owners].every((o) => taken.entries.has(o)))) {
      shortNameClashes.push({ name: uses[0].name, entries: [...new Set([...owners, ...(taken?.entries ?? [])])].map((e) => e.key), texts: [...new Set(uses.map((u) => u.source))].sort() });
      continue;
    }
    const entry = uses[0].entry;
    if (taken) continue;
    const names = new Map();
    for (const use of uses) names.set(use.name, [...(names.get(use.name) ?? []), use.source]);
    // One spelling per short name: the one most texts use.
    const [name, users] = [...names.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))[0];
    addShortName(entry, name, [...new Set(users)]);
  }

  // Treaties only the texts name: a whole title at the mark of a *Treaty Series* footnote, which no entry has.
  const citedOnly = discoverCitedTreaties(core, texts, matchingTable(new Map()), entries);
  const citedNotAdded = [];
  for (const candidate of citedOnly) {
    const names = [candidate.title, ...candidate.shortNames.keys()];
    const taken = names.map((n) => byName.get(fold(n))).find(Boolean);
    const like = candidate.heldBy || taken ? undefined : collectionTitleLike(candidate.title, entries);
    if (like?.how === 'tail') {
      // The Collection's title with its first word written out: another name of that entry.
      addShortName(like.entry, candidate.title, candidate.sources);
      byName.set(fold(candidate.title), { name: candidate.title, entries: new Set([like.entry]) });
      citedNotAdded.push({ ...candidate, why: `added as another name of ${like.entry.key} ("${like.entry.titles.en.value}"), whose title it ends with` });
      continue;
    }
    if (candidate.heldBy || taken || like) {
      const why = candidate.heldBy
        ? `its *Treaty Series* number is that of ${candidate.heldBy.key}: another name of it, or an instrument registered under its number`
        : taken
          ? `the name is that of ${[...taken.entries].map((e) => e.key).join(', ')}`
          : `most of its words are in the title of ${like.entry.key} ("${like.entry.titles.en.value}"): it may be that treaty, written another way`;
      citedNotAdded.push({ ...candidate, why });
      continue;
    }
    const entry = { id: ids[candidate.key] ?? citedOnlyId(candidate.title, entries), key: candidate.key, titles: { en: fact(candidate.title, candidate.sources) }, shortNames: new Map(), names: [candidate.title], parentSources: [], facts: {}, unts: [], lnts: [], resolutionAnnex: [], decision: [] };
    for (const [short, users] of candidate.shortNames) addShortName(entry, short, users);
    entries.set(candidate.key, entry);
    for (const name of names) byName.set(fold(name), { name, entries: new Set([entry]) });
  }

  // "Protocol to the Treaty on …": the parent of a protocol only the texts name is the treaty its title names.
  for (const entry of entries.values()) {
    if (!entry.key.startsWith('texts:')) continue;
    const to = /^(?:\p{Lu}\p{L}*\s+)?(?:Protocol|Amendment)\s+(?:to|of)\s+the\s+(.+)$/u.exec(entry.titles.en.value);
    const parent = to ? byName.get(fold(to[1])) : undefined;
    if (parent && parent.entries.size === 1) {
      entry.parentKey = [...parent.entries][0].key;
      entry.parentSources = entry.titles.en.sources;
    }
  }

  // Second reading: the treaty footnotes, with the short names.
  const table = matchingTable(new Map());
  const footnotes = [];
  for (const t of texts) {
    for (const f of core.treatyFootnotes(t.doc, table)) {
      const entry = f.mention ? entries.get(f.mention.treaty.id) : undefined;
      const record = { text: t, footnote: f, entry };
      if (entry && instrumentOfNamed(core.unitTextBefore(t.doc, f.mention.span.start, 240))) {
        record.entry = undefined;
        record.reason = `the mark ends the name of an instrument of the ${entry.titles.en.value.replace(/\s*\(deposited[^)]*\)/, '')}`;
      } else if (entry && f.resolution && !adoptedInTreatyYear(f.resolution, entry)) {
        record.entry = undefined;
        record.reason = `the ${f.resolution.resolution !== undefined ? `resolution ${f.resolution.resolution}` : `decision ${f.resolution.decision}`} is of ${actYear(f.resolution)}, the ${entry.titles.en.value.replace(/\s*\(deposited[^)]*\)/, '')} of ${treatyYear(entry)}: not the act that adopted it`;
      } else if (!entry) {
        record.reason = f.reason;
        const ambiguousAt = ambiguous.find((n) => fold(f.before ?? '').endsWith(fold(n.name)));
        if (ambiguousAt) record.reason = `the name "${ambiguousAt.name}" is shared by ${[...ambiguousAt.entries].map((e) => e.key).join(', ')}`;
      }
      footnotes.push(record);
      if (!record.entry) continue;
      if (f.treatySeries) {
        const target = f.treatySeries.series === 'League of Nations' ? record.entry.lnts : record.entry.unts;
        target.push({ value: { volumes: [...f.treatySeries.volumes].sort((a, b) => a - b), ...(f.treatySeries.registrationNumber !== undefined ? { registrationNumber: f.treatySeries.registrationNumber } : {}) }, sources: [t.source.id], from: 'texts', footnote: record });
      } else if (f.resolution) {
        if (f.resolution.resolution !== undefined) record.entry.resolutionAnnex.push({ value: f.resolution, sources: [t.source.id], from: 'texts', footnote: record });
        else record.entry.decision.push({ value: { document: f.resolution.document, decision: f.resolution.decision }, sources: [t.source.id], from: 'texts', footnote: record });
      }
    }
  }

  // ---------------------------------------------------------------- facts from several sources
  for (const entry of entries.values()) {
    entry.untsFact = combineCitations(entry, entry.unts.filter((c) => c.value.registrationNumber !== undefined), 'United Nations Treaty Series', disagreements, sources);
    entry.resolutionFact = combineCitations(entry, entry.resolutionAnnex, 'resolution and annex', disagreements, sources);
    entry.decisionFact = combineCitations(entry, entry.decision, 'decision', disagreements, sources);
    const adoptedBy = entry.facts.adoptedBy;
    if (adoptedBy && entry.resolutionFact && fold(adoptedBy.value.resolution) !== fold(entry.resolutionFact.value.resolution)) {
      disagreements.push({ subject: entry.key, what: `adopted by resolution ${adoptedBy.value.resolution} (${adoptedBy.sources.join(', ')}), but the texts cite the annex of resolution ${entry.resolutionFact.value.resolution} (${entry.resolutionFact.sources.join(', ')})` });
    }
    // The Collection's date is that of adoption or of conclusion: a hand-kept date of either kind should be it.
    const listed = entry.collectionPlaceDate?.value.date;
    if (listed) {
      for (const name of ['concluded']) {
        const given = entry.facts[name];
        if (given && given.value.date !== listed) disagreements.push({ subject: entry.key, what: `${name} ${given.value.date} (${given.sources.join(', ')}) differs from the Collection's date ${listed} ("${entry.collectionPlaceDate.value.text}")` });
      }
      const dated = ['adopted', 'openedForSignature', 'concluded'].filter((n) => entry.facts[n]);
      if (dated.length > 0 && !dated.some((n) => entry.facts[n].value.date === listed)) {
        unmatchedDates.push(`${entry.key}: ${dated.map((n) => `${n} ${entry.facts[n].value.date}`).join(', ')}; the Collection gives "${entry.collectionPlaceDate.value.text}"`);
      }
    }
  }

  // ---------------------------------------------------------------- output
  const idOf = (key) => entries.get(key)?.id;
  const seenIds = new Map();
  for (const entry of entries.values()) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(entry.id)) throw new Error(`build-treaties: the id "${entry.id}" of ${entry.key} is not kebab-case`);
    if (seenIds.has(entry.id)) throw new Error(`build-treaties: the id "${entry.id}" is given to ${seenIds.get(entry.id)} and ${entry.key}`);
    seenIds.set(entry.id, entry.key);
  }
  const order = [...entries.values()].filter((e) => e.collection).concat([...entries.values()].filter((e) => !e.collection).sort((a, b) => (a.id < b.id ? -1 : 1)));
  const usedSources = new Set();
  const out = (f) => {
    const sorted = sortSources(f.sources, sources);
    for (const s of sorted) usedSources.add(s);
    return { value: f.value, sources: sorted };
  };
  const treaties = order.map((entry) => {
    const record = { id: entry.id };
    record.titles = { en: out(entry.titles.en) };
    for (const language of OTHER_LANGUAGES) if (entry.titles[language]) record.titles[language] = out(entry.titles[language]);
    if (entry.shortNames.size > 0) record.shortNames = [...entry.shortNames.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([value, s]) => out({ value, sources: s }));
    if (entry.collection) record.collection = out(entry.collection);
    if (entry.collectionPlaceDate) record.collectionPlaceDate = out(entry.collectionPlaceDate);
    if (entry.parentKey !== undefined) record.parent = out({ value: idOf(entry.parentKey), sources: entry.parentSources });
    if (entry.untsFact) record.unts = out(entry.untsFact);
    const lnts = entry.lnts.filter((c) => c.from !== 'texts');
    if (lnts.length > 0) record.lnts = out({ value: lnts[0].value, sources: lnts.flatMap((c) => c.sources) });
    if (entry.resolutionFact) record.resolutionAnnex = out(entry.resolutionFact);
    if (entry.decisionFact) record.decision = out(entry.decisionFact);
    for (const name of ['adoptedBy', 'adopted', 'openedForSignature', 'concluded', 'entryIntoForce', 'depositary', 'ilo']) {
      if (entry.facts[name]) record[name] = out(entry.facts[name]);
    }
    if (entry.note !== undefined) record.note = entry.note;
    return record;
  });
  const data = {
    $comment: 'Generated by scripts/build-treaties.mjs from the UN Treaty Collection listing, the footnotes of the official texts in ../shared and data/treaties/*.json: do not edit by hand, rebuild with npm run build:treaties.',
    sources: Object.fromEntries(Object.keys(sources).filter((id) => usedSources.has(id)).sort((a, b) => (a === LISTING_SOURCE ? -1 : b === LISTING_SOURCE ? 1 : a < b ? -1 : 1)).map((id) => [id, sources[id]])),
    treaties,
  };
  const report = buildReport({ texts, footnotes, disagreements, notes, unmatchedDates, ambiguous, shortNameClashes, citedOnly, citedNotAdded, treaties, handFiles, entries });
  return { data: `${JSON.stringify(data, null, 1)}\n`, report, footnotes, treaties, disagreements };
}

/**
 * The year of the resolution or decision a footnote cites: a General Assembly resolution's from its
 * session ("2200 A (XXI)", "61/106": the session that opens in September of 1945 plus its number),
 * a decision's from its document's symbol ("FCCC/CP/2015/10/Add.1"); undefined when neither says
 * (a special session's "S-23/3").
 */
function actYear(citation) {
  if (citation.resolution !== undefined) {
    const numbered = /^(\d+)\/\d+$/.exec(citation.resolution);
    const roman = /\(([IVXLC]+)\)$/.exec(citation.resolution);
    const session = numbered ? Number(numbered[1]) : roman ? romanNumber(roman[1]) : undefined;
    return session !== undefined ? 1945 + session : undefined;
  }
  const year = /\/((?:19|20)\d\d)\//.exec(citation.document);
  return year ? Number(year[1]) : undefined;
}

function romanNumber(text) {
  const values = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let n = 0;
  for (let i = 0; i < text.length; i++) n += values[text[i]] < (values[text[i + 1]] ?? 0) ? -values[text[i]] : values[text[i]];
  return n;
}

/** The year of a treaty's date: the Collection's, or the hand-kept date of adoption. */
function treatyYear(entry) {
  const date = entry.collectionPlaceDate?.value.date ?? entry.facts.adopted?.value.date;
  return date ? Number(date.slice(0, 4)) : undefined;
}

/**
 * Whether the resolution or decision a footnote cites at a treaty's name can be the act that
 * adopted it: of the treaty's year, or of a session that began the year before. A decision of a
 * later year ("1/CMA.5", made under the treaty) or a resolution of another time (a declaration's
 * whose title ends with the treaty's name) is another text's.
 */
function adoptedInTreatyYear(citation, entry) {
  const act = actYear(citation);
  const treaty = treatyYear(entry);
  return act === undefined || treaty === undefined || (treaty - act >= 0 && treaty - act <= 1);
}

function addShortName(entry, name, sources) {
  entry.shortNames.set(name, [...new Set([...(entry.shortNames.get(name) ?? []), ...sources])]);
}

/**
 * "the Doha Amendment to the Kyoto Protocol …⁴": the mark ends the name of an instrument made
 * under the treaty named, and its footnote may cite that instrument, so it is not the treaty's.
 * `before` is the paragraph's text before the name, without the footnotes a page break prints
 * inside it ("the Paris Agreement [footnotes] adopted under the United Nations Framework Convention …").
 */
function instrumentOfNamed(before) {
  const m = /\b(?:Amendments?|Protocols?|Agreement|Annex(?:es)?|Regulations?|Rules)\b([^.;:\u2070-\u2079\u00b9\u00b2\u00b3]{0,200})\b(?:to|of|supplementing|additional\s+to|under|relating\s+to)\s+the\s+$/.exec(before);
  // "the Paris Agreement, and Parties to the United Nations Framework Convention …": the parties', not an instrument's.
  return m !== null && !/\band\s+(?:the|[Pp]arties|States)\b|\b[Pp]art(?:y|ies)\b|\bStates\b/.test(m[1]);
}

/**
 * The values several sources give one fact: one value when they agree (with all their sources),
 * none when they disagree (the disagreement is reported).
 */
function combineCitations(entry, citations, what, disagreements, sources) {
  if (citations.length === 0) return undefined;
  const groups = new Map();
  for (const c of citations) {
    const key = JSON.stringify(c.value);
    if (!groups.has(key)) groups.set(key, { value: c.value, sources: [] });
    groups.get(key).sources.push(...c.sources);
  }
  if (groups.size === 1) {
    const [only] = groups.values();
    return { value: only.value, sources: only.sources };
  }
  const described = [...groups.values()].map((g) => `${describe(g.value)} (${sortSources(g.sources, sources).join(', ')})`);
  // A value the hand-kept (official) sources give is kept; else one that at least three texts give
  // and more than twice as many as all the others together. Either way the others are reported.
  const ranked = [...groups.values()].map((g) => ({ ...g, hand: citations.some((c) => c.from !== 'texts' && JSON.stringify(c.value) === JSON.stringify(g.value)), texts: new Set(citations.filter((c) => c.from === 'texts' && JSON.stringify(c.value) === JSON.stringify(g.value)).flatMap((c) => c.sources)).size }));
  const hand = ranked.filter((g) => g.hand);
  let kept;
  if (hand.length === 1) kept = hand[0];
  else if (hand.length === 0) {
    const [first, ...others] = [...ranked].sort((a, b) => b.texts - a.texts);
    const rest = others.reduce((n, g) => n + g.texts, 0);
    if (first.texts >= 3 && first.texts > 2 * rest) kept = first;
  }
  disagreements.push({ subject: entry.key, what: `${what}: ${described.join('; ')}; ${kept ? `kept ${describe(kept.value)}, which ${kept.hand ? 'the hand-kept facts give' : 'most texts give'}` : 'none kept'}` });
  return kept ? { value: kept.value, sources: kept.sources } : undefined;
}

function describe(value) {
  if (value.resolution !== undefined) return `resolution ${value.resolution}, ${value.annex}`;
  if (value.decision !== undefined) return `${value.document}, decision ${value.decision}`;
  if (value.volumes) return `vol${value.volumes.length > 1 ? 's' : ''}. ${value.volumes.join(', ')}${value.registrationNumber !== undefined ? `, No. ${value.registrationNumber}` : ''}`;
  return JSON.stringify(value);
}

/** Capitalized words before a treaty noun: "Rome Statute", "Kyoto Protocol", "Basel Convention". */
const PREFIX_NAME = /^((?:\p{Lu}[\p{L}-]*\s+){1,2}(?:Convention|Protocol|Agreement|Statute|Treaty|Covenant|Accord))\b/u;
/** First words that make a prefix generic, not a name. */
const GENERIC_FIRST = new Set(['united', 'international', 'optional', 'additional', 'second', 'european', 'african', 'inter', 'american', 'general', 'framework', 'supplementary', 'customs', 'convention', 'protocol', 'agreement', 'treaty', 'amended', 'revised', 'single', 'regional', 'multilateral', 'final', 'new']);

/**
 * The short names texts give treaties: a name in parentheses right after a treaty's title
 * ("… Fishing Vessels on the High Seas (the Compliance Agreement)"), and a title's leading words
 * up to its treaty noun ("the Rome Statute", "the Kyoto Protocol") where a text uses them alone. Each with the texts that use it, by the folded name.
 */
function mineShortNames(core, texts, table, entries) {
  const found = new Map();
  const add = (name, entry, source) => {
    const key = fold(name);
    if (!found.has(key)) found.set(key, []);
    found.get(key).push({ name, entry, source });
  };
  const prefixes = new Map();
  for (const entry of entries.values()) {
    const title = entry.names[0];
    const m = title ? PREFIX_NAME.exec(title) : null;
    // An ILO title without its year ("Forced Labour Convention") is no short name: the texts add the number.
    if (!m || m[1] === title || /^,\s*(?:19|20)\d\d$/.test(title.slice(m[1].length)) || GENERIC_FIRST.has(m[1].split(/\s+/)[0].toLowerCase())) continue;
    // Used alone: the leading words right after "the" (not "the Fourth Geneva Convention"), where the name closes (a comma, a mark, "and"), not followed by more of a title ("on the Law of Treaties", "relative to the Treatment of Prisoners of War").
    const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    prefixes.set(entry, { name: m[1], alone: new RegExp(`(?<=\\bthe\\s+)${escape(m[1]).replace(/\s+/g, '\\s+')}(?=[,;:.)\\u2070-\\u2079\\u00b9\\u00b2\\u00b3]|\\s+(?:and|or|as|is|was|has|which|that|by|in\\s+(?:force|its|the))\\b|\\s*$)`, 'mu') });
  }
  for (const t of texts) {
    const mentions = core.treatyMentions(t.doc, table);
    for (const m of mentions) {
      const entry = entries.get(m.treaty.id);
      if (!entry) continue;
      const after = t.text.slice(m.span.end, m.span.end + 80);
      const paren = /^[\u2070-\u2079\u00b9\u00b2\u00b3]*\s*\((?:hereinafter\s+)?(?:the\s+)?[“"]?((?:\p{Lu}[\p{L}\p{Nd}-]*|of|the|on|and|for)(?:\s+(?:\p{Lu}[\p{L}\p{Nd}-]*|of|the|on|and|for|[IVX]+)){0,5})[”"]?\)/u.exec(after);
      if (paren && /\p{Lu}/u.test(paren[1]) && !/^(?:No|Protocol [IVX]+)$/.test(paren[1]) && paren[1].split(/\s+/).length <= 6) {
        const name = paren[1];
        const isAbbreviation = /^[A-Z][A-Z-]+$/.test(name);
        const nounName = /\b(?:Convention|Protocol|Agreement|Statute|Treaty|Covenant|Accord|Amendment)\b/.test(name) && /\s/.test(name);
        if (isAbbreviation || nounName) add(name, entry, t.source.id);
      }
    }
    for (const [entry, prefix] of prefixes) if (prefix.alone.test(t.text)) add(prefix.name, entry, t.source.id);
  }
  return found;
}

const ORDINAL_REFERENCE = /^(?:First|Second|Third|Fourth|Fifth)\s+\S+\s+(?:Convention|Protocol)$|^(?:Additional\s+)?Protocol\s+[IVX]+(?:\s+(?:of|to)\b.*)?$/;

/** A name in parentheses after a title that is a short name of it, not part of it: "(the Compliance Agreement)", "(Treaty of Semipalatinsk)"; "(Protocol I)", "(No. 185)" and "(Revised)" are the title's. */
const SHORT_NAME_AFTER = /\s*\((?:the\s+)?((?![IVX]+\))(?!Protocol\s+[IVX]+\))[^()]*\b(?:Convention|Protocol|Agreement|Treaty|Statute|Covenant|Charter|Accord)\b[^()]*)\)$/;

/**
 * The treaties the texts name at the mark of a *Treaty Series* footnote that the table lacks: each
 * title as the texts write it (the short name in parentheses after it apart), with the texts that
 * write it. A title whose registration number an entry already holds is returned with `heldBy`:
 * it may be another name of that entry, or an instrument registered under its number.
 */
function discoverCitedTreaties(core, texts, table, entries) {
  const heldBy = new Map();
  for (const entry of entries.values()) for (const c of entry.unts) if (c.value.registrationNumber !== undefined) heldBy.set(c.value.registrationNumber, entry);
  const uses = [];
  for (const t of texts) {
    for (const f of core.treatyFootnotes(t.doc, table)) {
      const number = f.treatySeries?.registrationNumber;
      if (number === undefined) continue;
      const entry = f.mention ? entries.get(f.mention.treaty.id) : undefined;
      if (entry) {
        if (!heldBy.has(number)) heldBy.set(number, entry);
      } else if (f.namedAtMark) {
        uses.push({ name: f.namedAtMark, number, source: t.source.id });
      }
    }
  }
  const byTitle = new Map();
  for (const use of uses) {
    // "the Convention on Biological Diversity and the Convention on …": the mark is on the last.
    const last = use.name.split(/\s+and\s+the\s+(?=\p{Lu})/u).pop();
    const short = SHORT_NAME_AFTER.exec(last);
    const title = short ? last.slice(0, short.index) : last;
    if (!/\b(?:Convention|Covenant|Protocol|Agreement|Treaty|Statute|Charter|Constitution|Accord)\b/.test(title) || !/\s/.test(title)) continue;
    // "Fourth Geneva Convention", "Additional Protocol I": a treaty called by its place in a series is a reference, not a title.
    if (ORDINAL_REFERENCE.test(title)) continue;
    const key = `texts:${fold(title)}`;
    if (!byTitle.has(key)) byTitle.set(key, { key, spellings: new Map(), numbers: new Set(), shortNames: new Map(), sources: [] });
    const c = byTitle.get(key);
    c.spellings.set(title, [...(c.spellings.get(title) ?? []), use.source]);
    c.numbers.add(use.number);
    c.sources.push(use.source);
    if (short) c.shortNames.set(short[1], [...(c.shortNames.get(short[1]) ?? []), use.source]);
  }
  return [...byTitle.values()].map((c) => {
    // One spelling: the one most texts write.
    const [title] = [...c.spellings.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))[0];
    const held = [...c.numbers].map((n) => heldBy.get(n)).find(Boolean);
    return { key: c.key, title, shortNames: c.shortNames, sources: [...new Set(c.sources)], ...(held ? { heldBy: held } : {}) };
  }).sort((a, b) => (a.key < b.key ? -1 : 1));
}

/** Words of a title that do not tell one treaty from another. */
const GENERIC_TITLE_WORDS = new Set(['convention', 'agreement', 'treaty', 'protocol', 'charter', 'statute', 'constitution', 'covenant', 'accord', 'international', 'united', 'nations', 'of', 'the', 'on', 'and', 'for', 'to', 'in', 'at', 'by', 'with', 'a', 'an', 'against', 'relating', 'concerning', 's']);

/**
 * The Collection entry a title may be another writing of, if one is: its title holds three
 * quarters of the title's telling words ("Agreement on the Privileges and Immunities of the
 * Tribunal" in XXI-8's), or all but the first of its words end the title ("World Health
 * Organization Framework Convention on Tobacco Control" for IX-4's "WHO Framework Convention on
 * Tobacco Control").
 */
function collectionTitleLike(title, entries) {
  const folded = fold(title);
  const telling = [...new Set(folded.split(' ').filter((w) => !GENERIC_TITLE_WORDS.has(w)))];
  let best;
  for (const entry of entries.values()) {
    if (!entry.collection) continue;
    const theirs = fold(entry.names[0] ?? entry.titles.en.value).split(' ');
    const tail = theirs.slice(1).join(' ');
    if (theirs.length >= 5 && !GENERIC_TITLE_WORDS.has(theirs[1]) && folded.endsWith(` ${tail}`)) return { entry, how: 'tail' };
    const words = new Set(theirs);
    const shared = telling.filter((w) => words.has(w)).length;
    if (telling.length > 0 && shared * 4 >= telling.length * 3 && (!best || shared > best.shared)) best = { entry, shared };
  }
  return best ? { entry: best.entry, how: 'words' } : undefined;
}

/** A stable id for a treaty only the texts name: the first words of its title that say something, kebab-case, unique. */
function citedOnlyId(title, entries) {
  const words = fold(title).split(' ').filter((w) => !ID_SKIPS.has(w));
  const taken = new Set([...entries.values()].map((e) => e.id));
  for (let n = Math.min(5, words.length); n <= words.length; n++) {
    const id = words.slice(0, n).join('-');
    if (!taken.has(id)) return id;
  }
  throw new Error(`build-treaties: no free id for "${title}"`);
}
const ID_SKIPS = new Set(['of', 'the', 'on', 'and', 'for', 'to', 'in', 'at', 'by', 'with', 'a', 'an', 's']);

function buildReport({ texts, footnotes, disagreements, notes, unmatchedDates, ambiguous, shortNameClashes, citedOnly, citedNotAdded, treaties, handFiles, entries }) {
  const matched = footnotes.filter((f) => f.entry);
  const unmatched = footnotes.filter((f) => !f.entry);
  const bySeries = footnotes.filter((f) => f.footnote.treatySeries);
  const byResolution = footnotes.filter((f) => f.footnote.resolution);
  const lines = [];
  const count = (name) => treaties.filter((t) => t[name]).length;
  lines.push('# Treaty table: build report', '');
  lines.push('Written by `scripts/build-treaties.mjs` (`npm run build:treaties`) with `server/src/core/data/treaties.json`: do not edit by hand.', '');
  lines.push('## Inputs', '');
  lines.push(`- the UN Treaty Collection's listing \`../shared/${LISTING_FILE}\`: ${[...entries.values()].filter((e) => e.collection).length} entries`);
  lines.push(`- ${texts.length} official texts of \`../shared\` (${TEXT_FOLDERS.map((f) => `${texts.filter((t) => t.file.startsWith(`${f}/`)).length} in ${f}/`).join(', ')})`);
  lines.push(`- hand-kept facts: ${handFiles.length > 0 ? handFiles.map((f) => `\`data/treaties/${f}\``).join(', ') : 'none'}${handFiles.includes('facts.json') ? '' : ' (`data/treaties/facts.json` is not there yet)'}`);
  lines.push('');
  lines.push('## Table', '');
  lines.push(`- ${treaties.length} entries (${treaties.filter((t) => t.collection).length} of the Collection, ${treaties.filter((t) => !t.collection).length} outside it)`);
  for (const [name, label] of [
    ['unts', 'a *Treaty Series* volume and number'],
    ['resolutionAnnex', 'the resolution whose annex the texts cite'],
    ['decision', 'the decision (of a conference of parties) the texts cite'],
    ['shortNames', 'short names'],
    ['adoptedBy', 'the resolution that adopted it'],
    ['adopted', 'a date of adoption'],
    ['openedForSignature', 'a date of opening for signature'],
    ['concluded', 'a date of conclusion'],
    ['entryIntoForce', 'a date of entry into force'],
    ['depositary', 'a depositary'],
    ['parent', 'a parent treaty'],
  ]) {
    lines.push(`- ${count(name)} with ${label}`);
  }
  lines.push('');
  lines.push('## Treaty footnotes of the texts', '');
  lines.push(`${footnotes.length} treaty footnotes: ${bySeries.length} *Treaty Series* citations (with the *Ibid.* that repeat one) and ${byResolution.length} citations of a resolution's annex or a decision whose mark stands on a treaty's name.`, '');
  lines.push(`- ${matched.length} matched to an entry of the table (${matched.filter((f) => f.footnote.treatySeries).length} *Treaty Series*, ${matched.filter((f) => !f.footnote.treatySeries).length} resolution or decision)`);
  lines.push(`- ${unmatched.length} not matched (${unmatched.filter((f) => f.footnote.treatySeries).length} *Treaty Series*, ${unmatched.filter((f) => !f.footnote.treatySeries).length} resolution or decision), listed below`);
  const reasons = new Map();
  for (const f of unmatched) {
    const reason = f.reason.startsWith('the name "') ? 'a name several entries share' : f.reason.startsWith('the mark ends the name of an instrument') ? 'the mark ends the name of an instrument of the treaty named' : f.reason;
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }
  for (const [reason, n] of [...reasons.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) lines.push(`  - ${n}: ${reason}`);
  lines.push('');
  lines.push('## Disagreements', '');
  if (disagreements.length === 0) lines.push('None.');
  for (const d of [...disagreements].sort((a, b) => (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : a.what < b.what ? -1 : 1))) lines.push(`- ${d.subject}: ${d.what}`);
  lines.push('');
  lines.push("## The Collection's date beside the hand-kept dates", '');
  lines.push("The Collection's place and date is that of adoption or of conclusion, for some treaties the day they were opened for signature: where none of the hand-kept dates is that day, the Collection's date is of another act (to check, not a contradiction).", '');
  if (unmatchedDates.length === 0) lines.push('None.');
  for (const d of [...unmatchedDates].sort()) lines.push(`- ${d}`);
  lines.push('');
  lines.push('## Names several entries share (not matched)', '');
  if (ambiguous.length === 0) lines.push('None.');
  for (const n of [...ambiguous].sort((a, b) => (a.name < b.name ? -1 : 1))) lines.push(`- "${n.name}": ${[...n.entries].map((e) => e.key).join(', ')}`);
  lines.push('');
  lines.push('## Treaties only the texts name', '');
  lines.push(`Titles the texts write at the mark of a *Treaty Series* footnote that neither the Collection nor the hand-kept facts have: ${citedOnly.length - citedNotAdded.length} added to the table as treaties of their own (title, short name and citation as the texts print them, every other fact unknown), ${citedNotAdded.length} not:`, '');
  for (const c of citedNotAdded) lines.push(`- "${c.title}" (${c.sources.join(', ')}): ${c.why}`);
  if (citedNotAdded.length > 0) lines.push('');
  lines.push('## Short names that clash (not used)', '');
  if (shortNameClashes.length === 0) lines.push('None.');
  for (const c of [...shortNameClashes].sort((a, b) => (a.name < b.name ? -1 : 1))) lines.push(`- "${c.name}": ${c.entries.join(', ')} (used in ${c.texts.join(', ')})`);
  lines.push('');
  if (notes.length > 0) {
    lines.push('## Notes on the hand-kept facts', '');
    for (const n of [...notes].sort()) lines.push(`- ${n}`);
    lines.push('');
  }
  lines.push('## Unmatched treaty footnotes', '');
  lines.push('| text | footnote | citation | reason | words before the mark |', '| --- | --- | --- | --- | --- |');
  for (const f of unmatched) {
    const ts = f.footnote.treatySeries;
    const citation = ts ? `${ts.series === 'League of Nations' ? 'LNTS ' : ''}${describe({ volumes: ts.volumes, ...(ts.registrationNumber !== undefined ? { registrationNumber: ts.registrationNumber } : {}) })}` : describe(f.footnote.resolution);
    const before = (f.footnote.before ?? '').replace(/\|/g, '\\|').replace(/[\u2070-\u2079\u00b9\u00b2\u00b3]+/g, '');
    lines.push(`| ${f.text.source.id} | ${f.footnote.definition.label} | ${citation} | ${f.reason} | ${before} |`);
  }
  lines.push('');
  return lines.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--out');
  const outDir = at > 0 ? process.argv[at + 1] : undefined;
  const built = buildTreaties();
  const dataFile = outDir ? path.join(outDir, 'treaties.json') : path.join(root, OUTPUT.data);
  const reportFile = outDir ? path.join(outDir, 'build-report.md') : path.join(root, OUTPUT.report);
  fs.mkdirSync(path.dirname(dataFile), { recursive: true });
  fs.mkdirSync(path.dirname(reportFile), { recursive: true });
  fs.writeFileSync(dataFile, built.data);
  fs.writeFileSync(reportFile, built.report);
  const matched = built.footnotes.filter((f) => f.entry).length;
  console.log(`build-treaties: ${built.treaties.length} entries; ${built.footnotes.length} treaty footnotes, ${matched} matched, ${built.footnotes.length - matched} not; ${built.disagreements.length} disagreements`);
}
