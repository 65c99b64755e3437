#!/usr/bin/env node
// Mines the opening phrases of the official texts in ../shared (official, corpus, samples) and
// compares them with unres's vocabulary (server/src/core/data/vocabulary.ts, read from out/: run
// `npm run build` first). An opening phrase is what the parser reads at the start of a preambular
// or operative paragraph; in a published text the editors' italics mark where it ends.
//
//   node scripts/mine-openers.mjs            the openers the vocabulary does not know, by part,
//                                            most used first, each with a text that uses it
//   node scripts/mine-openers.mjs --check    also checks each entry that names a symbol: that
//                                            text uses the entry; exit status 1 when one does not
//                                            or when an entry of source OFFICIAL names no symbol
//   node scripts/mine-openers.mjs --symbols  the entries that name no symbol and that a text uses,
//                                            with the symbol to record (an adopted resolution first)
//   node scripts/mine-openers.mjs --write    records those symbols in vocabulary.ts (adds OFFICIAL
//                                            to the entry's sources)
//
// To refresh the vocabulary: run it, read each unknown opener in its text (a misspelling, a
// structural line or a heading is not a phrase), add the phrases to vocabulary.ts (a word class
// where one fits: an adverb, an attitude noun), then `--write`, rebuild and `--check`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const core = require(path.join(root, 'out/server/src/core/index.js'));
const phrases = require(path.join(root, 'out/server/src/core/parse/phrases.js'));
const vocabulary = require(path.join(root, 'out/server/src/core/data/vocabulary.js'));
const DATA_FILE = path.join(root, 'server/src/core/data/vocabulary.ts');

const args = process.argv.slice(2);
const mode = args.includes('--write') ? 'write' : args.includes('--symbols') ? 'symbols' : args.includes('--check') ? 'check' : 'report';
const shared = path.resolve(root, '..', 'shared');
const folders = ['official', 'corpus', 'samples'].map((name) => path.join(shared, name)).filter((folder) => fs.existsSync(folder));
if (folders.length === 0) {
  console.error(`mine-openers: no texts: ${shared} has none of official/, corpus/, samples/`);
  process.exit(2);
}

/** The texts: their symbol (from the leading comment, else the file name), and their paragraphs' opening words. */
const texts = [];
for (const folder of folders) {
  for (const file of fs.readdirSync(folder).sort()) {
    if (!/\.(md|txt)$/.test(file) || file === 'README.md') continue;
    const text = fs.readFileSync(path.join(folder, file), 'utf8');
    const symbol = /^symbol: (\S+)/m.exec(text.slice(0, 2000))?.[1] ?? `${path.basename(folder)}/${file}`;
    const doc = core.parseResolution(text);
    const paragraphs = [];
    // The paragraphs of annexed texts (a declaration's "We …", its imperatives) are read for the
    // symbols only: their openers are no resolution's.
    const annexed = new Set(doc.annexed ?? []);
    for (const p of [...doc.preamble, ...doc.operative, ...annexed]) {
      if (!p.opener) continue;
      const content = p.contentPieces[0];
      const words = phrases.leadingWords(text, content.start, content.end);
      // An unnumbered paragraph that ends with a comma is preambular wherever the parser put it
      // (the preamble of a declaration annexed to a resolution).
      const preambular = p.kind === 'preambular' || (!p.number && p.punctuation?.char === ',');
      paragraphs.push({ kind: p.kind, preambular, annexed: annexed.has(p), known: p.opener.vocabulary === p.kind, vocabulary: p.opener.vocabulary, words, display: displayOf(text, p) });
    }
    texts.push({ symbol, file, adopted: symbol.startsWith('A/RES/'), paragraphs });
  }
}
// Adopted resolutions first: an entry's symbol is an edited, published text where one uses it.
const bySymbolPreference = [...texts.filter((t) => t.adopted), ...texts.filter((t) => !t.adopted)];

/** How an opener reads: its italics when they mark a phrase at the start, else its first words. */
function displayOf(text, p) {
  const run = p.opener.italicSpan;
  const start = p.opener.span.start;
  if (run && run.start <= start + 1 && run.end > start) {
    const italic = text.slice(run.start, run.end).replace(/\s+/g, ' ').trim();
    if (italic.split(' ').length <= 8) return italic;
  }
  const content = p.contentPieces[0];
  return text.slice(content.start, content.end).replace(/\s+/g, ' ').split(' ').slice(0, 3).join(' ') + ' …';
}

/** The lists of vocabulary.ts, by the name of their constant. */
const lists = {
  OPERATIVE_PHRASES: { name: 'operative', kind: 'operative', phrase: true },
  PREAMBULAR_PHRASES: { name: 'preambular', kind: 'preambular', phrase: true },
  OPERATIVE_ADVERBS: { name: 'operative adverb', kind: 'operative' },
  PREAMBULAR_ADVERBS: { name: 'preambular adverb', kind: 'preambular' },
  REPETITION_MODIFIERS: { name: 'repetition modifier' },
  ATTITUDE_NOUNS: { name: 'attitude noun' },
  INTENSITY_ADJECTIVES: { name: 'intensity adjective' },
  IRREGULAR_PARTICIPLES: { name: 'irregular participle', kind: 'preambular' },
};
for (const [constant, list] of Object.entries(lists)) list.entries = vocabulary[constant];

const lower = (words) => words.map((w) => w.text.toLowerCase());

/**
 * Whether a text uses an entry: a paragraph of its part opens with the phrase (after the adverbs
 * the part takes), or, for a word of a class, a known opener of the part has the word among its
 * first words.
 */
function usesEntry(text, list, entry) {
  if (list.phrase) {
    const match = list.kind === 'operative' ? phrases.operativeMatcher([entry]) : phrases.preambularMatcher([entry]);
    // At the start, or joined to the phrase before it by "and" ("Reaffirming and committing").
    const starts = (words) => [0, ...words.slice(0, 8).flatMap((w, i) => (w.text === 'and' ? [i + 1] : []))];
    const inPart = (p) => (list.kind === 'preambular' ? p.preambular : p.kind === 'operative');
    return text.paragraphs.some((p) => inPart(p) && starts(p.words).some((at) => match(p.words.slice(at)) !== undefined));
  }
  const target = entry.pattern.toLowerCase().split(' ');
  return text.paragraphs.some((p) => {
    if (!p.known || (list.kind && p.kind !== list.kind)) return false;
    const words = lower(p.words).slice(0, 8);
    return words.some((_, i) => target.every((t, j) => words[i + j] === t));
  });
}

function report() {
  for (const kind of ['preambular', 'operative']) {
    const unknown = new Map();
    for (const text of texts) {
      for (const p of text.paragraphs) {
        if (p.kind !== kind || p.known || p.annexed) continue;
        const key = p.display;
        const seen = unknown.get(key) ?? { count: 0, symbol: text.symbol, read: p.vocabulary };
        seen.count++;
        unknown.set(key, seen);
      }
    }
    console.log(`${kind} paragraphs: ${unknown.size} openers the ${kind} vocabulary does not know`);
    for (const [display, { count, symbol, read }] of [...unknown].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))) {
      console.log(`  ${String(count).padStart(4)}  ${display}  (${symbol}${read === 'unknown' ? '' : `; read as ${read}`})`);
    }
  }
}

function missingSymbols() {
  const found = [];
  for (const [constant, list] of Object.entries(lists)) {
    for (const entry of list.entries) {
      if (entry.symbol) continue;
      // The samples carry no symbol: an entry they alone use keeps its source SAMPLES.
      const text = bySymbolPreference.find((t) => !t.symbol.startsWith('samples/') && usesEntry(t, list, entry));
      if (text) found.push({ constant, name: list.name, entry, symbol: text.symbol });
    }
  }
  return found;
}

function check() {
  const problems = [];
  const outside = [];
  const bySymbol = new Map(texts.map((t) => [t.symbol, t]));
  for (const list of Object.values(lists)) {
    const { name } = list;
    for (const entry of list.entries) {
      if (!entry.symbol) {
        if (entry.sources.includes('OFFICIAL')) problems.push(`${name} "${entry.pattern}": source OFFICIAL but no symbol`);
        continue;
      }
      const text = bySymbol.get(entry.symbol);
      if (!text && entry.outsideShared) {
        outside.push(`${name} "${entry.pattern}": ${entry.symbol}`);
        continue;
      }
      if (!text) problems.push(`${name} "${entry.pattern}": ${entry.symbol} is not among the texts`);
      else if (!usesEntry(text, list, entry)) problems.push(`${name} "${entry.pattern}": ${entry.symbol} does not use it`);
    }
  }
  for (const problem of problems) console.log(problem);
  if (outside.length > 0) console.log(`${outside.length} entr${outside.length === 1 ? 'y' : 'ies'} from official texts outside ../shared, not read here: ${outside.join('; ')}`);
  console.log(`${problems.length} problem(s) in the symbols of the vocabulary`);
  return problems.length === 0;
}

function write(found) {
  let source = fs.readFileSync(DATA_FILE, 'utf8');
  let written = 0;
  for (const { constant, entry, symbol } of found) {
    const quoted = entry.pattern.replace(/'/g, "\\'");
    const line = new RegExp(`\\{ pattern: '${quoted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}', sources: \\[([^\\]]*)\\] \\}`, 'g');
    // The entry in its own list: a word may be in two lists ("gravely").
    line.lastIndex = source.indexOf(`export const ${constant}:`);
    const m = line.lastIndex >= 0 ? line.exec(source) : null;
    if (!m) {
      console.log(`not written (entry not on one line): "${entry.pattern}" ${symbol}`);
      continue;
    }
    const sources = m[1].includes("'OFFICIAL'") ? m[1] : `${m[1]}, 'OFFICIAL'`;
    source = source.slice(0, m.index) + `{ pattern: '${quoted}', sources: [${sources}], symbol: '${symbol}' }` + source.slice(m.index + m[0].length);
    written++;
  }
  fs.writeFileSync(DATA_FILE, source);
  console.log(`${written} symbol(s) written to ${path.relative(root, DATA_FILE)}`);
}

if (mode === 'report' || mode === 'check') report();
if (mode === 'symbols' || mode === 'write') {
  const found = missingSymbols();
  for (const { name, entry, symbol } of found) console.log(`${name.padEnd(20)} ${entry.pattern.padEnd(50)} ${symbol}`);
  if (mode === 'write') write(found);
}
if (mode === 'check' && !check()) process.exitCode = 1;
