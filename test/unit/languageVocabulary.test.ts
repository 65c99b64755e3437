import * as assert from 'node:assert/strict';
import { parseUnSymbol } from '../../server/src/core';
import type { IssuingBody } from '../../server/src/core/model';
import { FRENCH_VOCABULARY } from '../../server/src/core/data/languages/french';
import type { LanguagePhraseEntry, LanguageSource, LanguageVocabulary } from '../../server/src/core/data/languages/languageVocabulary';
import { SPANISH_VOCABULARY } from '../../server/src/core/data/languages/spanish';
import { deniedHost } from '../support/deniedHosts';

/**
 * data/languages/french.ts and spanish.ts: what unres knows of how resolutions are worded in
 * French and Spanish, every entry with the official texts it was read in (see
 * data/languages/README.md). These tests check the files themselves: that every entry names a
 * real UN document and an address that may be used, that no phrase is listed twice, which
 * organs still lack an opening line, and the shape of the document words.
 */


/** The organs whose resolutions unres reads, as the model names them. */
const ISSUING_BODIES: readonly IssuingBody[] = ['General Assembly', 'Security Council', 'Human Rights Council', 'Economic and Social Council'];

/**
 * The organs for which no official text in the language has yet been read that opens with the
 * organ's line. A line added to a data file must be taken off here, and a line taken off a file
 * must be added here: the test fails either way until both agree.
 */
const OPENING_LINES_NOT_YET_READ: Readonly<Record<string, readonly IssuingBody[]>> = {
  fr: [],
  es: ['Security Council', 'Economic and Social Council'],
};

const VOCABULARIES: readonly LanguageVocabulary[] = [FRENCH_VOCABULARY, SPANISH_VOCABULARY];

const PHRASE_LISTS = [
  'operativePhrases',
  'preambularPhrases',
  'repetitionModifiers',
  'operativeAdverbs',
  'preambularAdverbs',
  'attitudeNouns',
  'intensityAdjectives',
] as const;

/** Why a source may not be used, or undefined when it may. */
function sourceProblem(source: LanguageSource): string | undefined {
  const parsed = parseUnSymbol(source.symbol);
  if (!parsed) return `"${source.symbol}" is not a UN document symbol`;
  if (parsed.symbol !== source.symbol) return `"${source.symbol}" is not written in its official form "${parsed.symbol}"`;
  let url: URL;
  try {
    url = new URL(source.url);
  } catch {
    return `"${source.url}" is not an address`;
  }
  if (url.protocol !== 'https:') return `"${source.url}" is not an https address`;
  const denied = deniedHost(url.hostname);
  if (denied) return `"${source.url}" is on ${denied}, which may not be a source`;
  if (source.adoptedAs !== undefined) {
    const adopted = parseUnSymbol(source.adoptedAs);
    if (!adopted || adopted.symbol !== source.adoptedAs || adopted.documentType !== 'resolution') return `"${source.adoptedAs}" is not a resolution symbol in its official form`;
    if (adopted.organ !== parsed.organ) return `${source.symbol} is not a draft of the organ of ${source.adoptedAs}`;
  }
  return undefined;
}

/** Whether a source is a resolution, a draft in the L. series, or a draft given with the resolution it became. */
function isResolutionOrDraft(source: LanguageSource): boolean {
  const type = parseUnSymbol(source.symbol)?.documentType ?? '';
  return type === 'resolution' || type.startsWith('limited distribution') || source.adoptedAs !== undefined;
}

/** The entries of every phrase list, with the list each is in. */
function phraseEntries(vocabulary: LanguageVocabulary): { list: string; entry: LanguagePhraseEntry }[] {
  return PHRASE_LISTS.flatMap((list) => vocabulary[list].map((entry) => ({ list, entry })));
}

/** A pattern as a reader compares two: case, apostrophe form and spacing set aside. */
function comparable(pattern: string): string {
  return pattern.normalize('NFC').toLocaleLowerCase('fr').replace(/’/g, "'").replace(/\s+/g, ' ').trim();
}

describe('language vocabularies (data/languages)', () => {
  it('are one vocabulary per language, French and Spanish', () => {
    assert.deepEqual(
      VOCABULARIES.map((v) => v.language),
      ['fr', 'es'],
    );
  });

  for (const vocabulary of VOCABULARIES) {
    describe(`the ${vocabulary.language} vocabulary`, () => {
      it('gives every phrase entry at least one usable official source', () => {
        const problems: string[] = [];
        for (const { list, entry } of phraseEntries(vocabulary)) {
          if (entry.sources.length === 0) problems.push(`${list} "${entry.pattern}" has no source`);
          for (const source of entry.sources) {
            const problem = sourceProblem(source);
            if (problem) problems.push(`${list} "${entry.pattern}": ${problem}`);
          }
        }
        assert.deepEqual(problems, []);
      });

      it('sources its phrases in resolutions or drafts, the texts whose paragraphs open with them', () => {
        const others = phraseEntries(vocabulary).flatMap(({ list, entry }) =>
          entry.sources.filter((s) => !isResolutionOrDraft(s)).map((s) => `${list} "${entry.pattern}": ${s.symbol}`),
        );
        assert.deepEqual(others, []);
      });

      it('lists no phrase twice in the same list', () => {
        const duplicates: string[] = [];
        for (const list of PHRASE_LISTS) {
          const seen = new Set<string>();
          for (const entry of vocabulary[list]) {
            const key = comparable(entry.pattern);
            if (seen.has(key)) duplicates.push(`${list}: "${entry.pattern}"`);
            seen.add(key);
          }
        }
        assert.deepEqual(duplicates, []);
      });

      it('writes its patterns in the pattern language of data/vocabulary.ts', () => {
        const wellFormed = /^[\p{L}'’ -]+(?: (?:~|\{(?:ATTITUDE|INTENSITY[?*]|ADVERB\?|PARTICIPLE)\}|\[[\p{L}'’]+\]|\|)| [\p{L}'’-]+)*(?: \([\p{L}'’]+\))?$/u;
        const malformed = phraseEntries(vocabulary)
          .map(({ entry }) => entry.pattern)
          .filter((p) => !wellFormed.test(p));
        assert.deepEqual(malformed, []);
        const usesAttitude = phraseEntries(vocabulary).some(({ entry }) => entry.pattern.includes('{ATTITUDE}'));
        if (usesAttitude) assert.ok(vocabulary.attitudeNouns.length > 0, 'a pattern takes an attitude noun, but the list of them is empty');
      });

      it('gives each opening line its organ and official sources of that organ', () => {
        const problems: string[] = [];
        const bodies = vocabulary.openingLines.map((o) => o.body);
        assert.equal(new Set(bodies).size, bodies.length, 'an organ has two opening lines');
        for (const opening of vocabulary.openingLines) {
          assert.ok(ISSUING_BODIES.includes(opening.body), `unknown organ ${opening.body}`);
          assert.ok(!opening.line.endsWith(','), `"${opening.line}" is written with its comma`);
          if (opening.sources.length === 0) problems.push(`"${opening.line}" has no source`);
          for (const source of opening.sources) {
            const problem = sourceProblem(source);
            if (problem) problems.push(`"${opening.line}": ${problem}`);
            else if (parseUnSymbol(source.symbol)?.organ !== opening.body) problems.push(`"${opening.line}": ${source.symbol} is not a text of the ${opening.body}`);
          }
        }
        assert.deepEqual(problems, []);
      });

      it('has an opening line for every organ but those listed as not yet read', () => {
        const missing = ISSUING_BODIES.filter((body) => !vocabulary.openingLines.some((o) => o.body === body));
        assert.deepEqual(missing, OPENING_LINES_NOT_YET_READ[vocabulary.language]);
      });

      it('names the twelve months, each once, as dates write them', () => {
        const { months } = vocabulary.documentWords;
        assert.equal(months.length, 12);
        assert.equal(new Set(months).size, 12);
        for (const month of months) assert.match(month, /^\p{Ll}+$/u, `"${month}" is not a lower-case month name`);
      });

      it('keeps its document words non-empty where read, and their sources usable', () => {
        const words = vocabulary.documentWords;
        assert.ok(words.sources.length > 0, 'the document words have no source');
        assert.deepEqual(
          words.sources.map(sourceProblem).filter((p) => p !== undefined),
          [],
        );
        const strings = [...words.distribution, words.original.label, ...words.agendaItems.flatMap((item) => [item.before, item.after]), words.session, ...words.draftResolution, ...words.adoptedBy];
        if (words.plenaryMeeting !== null) strings.push(words.plenaryMeeting);
        assert.deepEqual(
          strings.filter((s) => s.trim() === '' || s !== s.trim()),
          [],
        );
        for (const name of Object.values(words.original.languageNames)) assert.ok(name && name.trim() === name && name !== '');
      });
    });
  }

  it('shows the agreement of French preambular adjectives with the organ: feminine for the Assembly, masculine for the councils', () => {
    const patterns = FRENCH_VOCABULARY.preambularPhrases.map((e) => e.pattern);
    const masculine = FRENCH_VOCABULARY.preambularPhrases.find((e) => e.pattern === 'Vivement préoccupé (par)');
    const feminine = FRENCH_VOCABULARY.preambularPhrases.find((e) => e.pattern === 'Vivement préoccupée (par)');
    assert.ok(masculine && feminine, `both forms are listed: ${patterns.join(', ')}`);
    assert.ok(masculine.sources.every((s) => parseUnSymbol(s.symbol)?.organ !== 'General Assembly'));
    assert.ok(feminine.sources.every((s) => parseUnSymbol(s.symbol)?.organ === 'General Assembly'));
  });

  it('sources every feminine French adjective ("préoccupée") in Assembly texts only', () => {
    const wrong = FRENCH_VOCABULARY.preambularPhrases
      .filter((e) => e.pattern.split(' ').some((word) => word.endsWith('ée')))
      .flatMap((e) => e.sources.filter((s) => parseUnSymbol(s.symbol)?.organ !== 'General Assembly').map((s) => `${e.pattern}: ${s.symbol}`));
    assert.deepEqual(wrong, []);
  });

  it('gives a source the resolution it became only when its own symbol is neither a resolution nor an L. draft', () => {
    const wrong = VOCABULARIES.flatMap((v) => [...phraseEntries(v).flatMap(({ entry }) => entry.sources), ...v.openingLines.flatMap((o) => o.sources), ...v.documentWords.sources])
      .filter((s) => s.adoptedAs !== undefined)
      .filter((s) => {
        const type = parseUnSymbol(s.symbol)?.documentType ?? '';
        return type === 'resolution' || type.startsWith('limited distribution');
      })
      .map((s) => s.symbol);
    assert.deepEqual(wrong, []);
  });
});
