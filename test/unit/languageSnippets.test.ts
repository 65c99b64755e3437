import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint, parseResolution, type IssuingBody } from '../../server/src/core';
import { LANGUAGE_VOCABULARIES } from '../../server/src/core/data/languages';
import type { LanguagePhraseEntry, LanguageSource, LanguageVocabulary } from '../../server/src/core/data/languages/languageVocabulary';
import { REPO_ROOT } from '../support/paths';
import { expandSnippet, loadSnippets, type Snippet } from '../support/snippetSyntax';

/**
 * The French and Spanish snippets (snippets/unres-fr.json, snippets/unres-es.json): every
 * opening line, phrase and masthead line they write is one unres's vocabulary of that language
 * lists, each description names an official text in which that vocabulary read it, and every
 * snippet, placed in a draft of its language, is read in that language and passes unres's own
 * diagnostics.
 */

const FILES = { fr: 'unres-fr.json', es: 'unres-es.json' } as const;
type SnippetLanguage = keyof typeof FILES;

const vocabularyOf = (language: SnippetLanguage): LanguageVocabulary => LANGUAGE_VOCABULARIES[language]!;

/**
 * A pattern of the vocabulary as the words a text writes, with and without its optional particle:
 * "Guidé (par)" gives "Guidé par" and "Guidé"; "Prend acte avec {ATTITUDE} (de)" gives "Prend acte avec".
 */
const patternWords = (pattern: string): string[] => {
  const words = (p: string): string => p.replace(/\{[A-Z]+\}.*$/, '').replace(/~/g, '').replace(/\s+/g, ' ').trim();
  return [...new Set([words(pattern.replace(/\(([^)]*)\)/g, '$1')), words(pattern.replace(/\([^)]*\)/g, ''))])];
};

const sameWords = (a: string, b: string): boolean => a.replace(/’/g, "'").toLowerCase() === b.replace(/’/g, "'").toLowerCase();

/** The entries of a vocabulary that may back a snippet's words, each with the texts it was read in. */
function backingEntries(vocabulary: LanguageVocabulary): { words: string; sources: readonly LanguageSource[] }[] {
  const phrases = (list: readonly LanguagePhraseEntry[]) => list.flatMap((e) => patternWords(e.pattern).map((words) => ({ words, sources: e.sources })));
  return [
    ...vocabulary.openingLines.map((e) => ({ words: e.line, sources: e.sources })),
    ...phrases(vocabulary.operativePhrases),
    ...phrases(vocabulary.preambularPhrases),
    ...phrases(vocabulary.repetitionModifiers),
    ...vocabulary.documentWords.adoptedBy.map((line) => ({ words: line, sources: vocabulary.documentWords.sources })),
    ...(vocabulary.documentWords.plenaryMeeting ? [{ words: vocabulary.documentWords.plenaryMeeting, sources: vocabulary.documentWords.sources }] : []),
  ];
}

/** "Read in: A/RES/54/254 (L'Assemblée générale), S/2004/857 (Décide)" as [symbol, words] pairs. */
function readIn(s: Snippet): [string, string][] {
  const m = /Read in: (.+)\.$/.exec(s.description);
  assert.ok(m, `${s.prefix}: the description ends with "Read in: …."`);
  return [...m[1].matchAll(/(\S+(?: \(\d{4}\))?) \(([^()]+)\)(?:, |$)/g)].map((p) => [p[1], p[2]]);
}

/** The italic runs of an expansion that open a line: opening lines and opening phrases, not the closing lines ("*71ª sesión plenaria*"). */
function openingRuns(expansion: string): string[] {
  return expansion
    .split('\n')
    .map((line) => /^(?:\d+\.\s+)?\*(\p{L}[^*]*)\*/u.exec(line)?.[1])
    .filter((run): run is string => run !== undefined);
}

describe('French and Spanish snippets', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
  const english = loadSnippets(path.join(REPO_ROOT, 'snippets', 'unres.json'));

  it('are contributed for the unres language beside the English ones', () => {
    assert.deepEqual(
      manifest.contributes.snippets.map((c: { path: string }) => c.path),
      ['./snippets/unres.json', './snippets/unres-fr.json', './snippets/unres-es.json'],
    );
  });

  for (const language of Object.keys(FILES) as SnippetLanguage[]) {
    const snippets = loadSnippets(path.join(REPO_ROOT, 'snippets', FILES[language]));
    const vocabulary = vocabularyOf(language);
    const entries = backingEntries(vocabulary);

    describe(`snippets/${FILES[language]}`, () => {
      it('has prefixes that start with the language and the kind, unique among all snippets', () => {
        assert.ok(snippets.length >= 15, `${snippets.length} snippets`);
        const all = [...english, ...snippets].map((s) => s.prefix);
        for (const s of snippets) {
          assert.match(s.prefix, new RegExp(`^${language}-(?:res|open|pre|op|close)-[a-z0-9]+(?:-[a-z0-9]+)*$`), s.prefix);
          assert.equal(all.filter((p) => p === s.prefix).length, 1, `${s.prefix} is not unique`);
        }
        for (const kind of ['res', 'open', 'pre', 'op']) assert.ok(snippets.some((s) => s.prefix.startsWith(`${language}-${kind}-`)), kind);
      });

      it('has bodies in valid snippet syntax, with no trailing spaces and no straight double quotes', () => {
        for (const s of snippets) {
          const text = expandSnippet(s.body);
          assert.ok(!/[ \t]$/m.test(text), `${s.prefix}: trailing space`);
          assert.ok(!text.includes('"'), `${s.prefix}: straight quotes`);
        }
      });

      it('names, for each line and phrase it writes, an official text its vocabulary read it in', () => {
        for (const s of snippets) {
          const cited = readIn(s);
          assert.ok(cited.length > 0, `${s.prefix}: no text named`);
          for (const [symbol, words] of cited) {
            const backing = entries.filter((e) => sameWords(e.words, words));
            assert.ok(backing.length > 0, `${s.prefix}: "${words}" is not in the ${language} vocabulary`);
            assert.ok(
              backing.some((e) => e.sources.some((source) => source.symbol === symbol)),
              `${s.prefix}: the ${language} vocabulary does not record "${words}" as read in ${symbol}`,
            );
          }
          const citedWords = cited.map(([, words]) => words);
          const attitudeNouns = vocabulary.attitudeNouns.flatMap((e) => patternWords(e.pattern));
          for (const run of openingRuns(expandSnippet(s.body))) {
            const head = citedWords.filter((w) => sameWords(run.slice(0, w.length), w)).sort((a, b) => b.length - a.length)[0];
            assert.ok(head, `${s.prefix}: "${run}" is written but no text is named for it`);
            const rest = run.slice(head.length).trim();
            assert.ok(rest === '' || citedWords.some((w) => sameWords(w, rest)) || attitudeNouns.some((w) => sameWords(w, rest)), `${s.prefix}: "${rest}" after "${head}" is written but no text is named for it`);
          }
        }
      });
    });

    describe(`snippets/${FILES[language]} in a ${language} draft: clean under unres diagnostics`, () => {
      for (const s of snippets) {
        it(`${s.prefix} (${s.name})`, () => {
          const expansion = expandSnippet(s.body);
          const { text, body } = placeIn(language, s, expansion);
          const doc = parseResolution(text);
          assert.equal(doc.language.code, language, text);
          assert.equal(doc.opening?.body, body, text);
          for (const p of [...doc.preamble, ...doc.operative]) {
            assert.notEqual(p.opener?.vocabulary, 'unknown', `"${p.opener?.text}" is read:\n${text}`);
          }
          const findings = lint(doc).filter((f) => f.severity === 'error' || f.severity === 'warning');
          assert.deepEqual(findings.map((f) => `${f.ruleId} ${f.message}`), [], text);
        });
      }
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Drafts to place the snippets in, written for this test
// ---------------------------------------------------------------------------------------------

interface LanguageDraft {
  readonly openings: Partial<Record<IssuingBody, string>>;
  /** Paragraphs to stand around a clause; a clause is never put beside one with its own phrase. */
  readonly preamble: readonly string[];
  readonly operative: readonly string[];
  /** Operative paragraphs that end a text, with different verbs. */
  readonly lastOperative: readonly string[];
  /** The paragraph a repeated phrase follows: "Rappelant également" follows a paragraph opening with "Rappelant". */
  readonly firstOfRepeated: Readonly<Record<string, string>>;
  /** The adoption line and the number line that stand above a text that ends with closing lines. */
  readonly adopted?: readonly [string, string];
}

const DRAFTS: Record<SnippetLanguage, LanguageDraft> = {
  fr: {
    openings: {
      'General Assembly': "*L'Assemblée générale*,",
      'Security Council': '*Le Conseil de sécurité*,',
      'Human Rights Council': "*Le Conseil des droits de l'homme*,",
      'Economic and Social Council': '*Le Conseil économique et social*,',
    },
    preamble: [
      "*Réaffirmant* son attachement au multilinguisme dans les travaux de l'Organisation,",
      "*Soulignant* l'importance de l'égalité entre les langues officielles,",
    ],
    operative: [
      '*Encourage* les États Membres à appuyer les services de traduction ;',
      '*Demande* au Secrétariat de publier les documents dans toutes les langues officielles en même temps ;',
    ],
    lastOperative: [
      "*Prie* le Secrétaire général de lui présenter un rapport sur l'application de la présente résolution.",
      "*Décide* de poursuivre l'examen de la question à sa prochaine session.",
    ],
    firstOfRepeated: {
      rappelant: '*Rappelant* sa résolution 80/165 du 17 décembre 2025,',
      décide: '*Décide* de créer un groupe de travail à composition non limitée ;',
    },
  },
  es: {
    openings: {
      'General Assembly': '*La Asamblea General*,',
      'Human Rights Council': '*El Consejo de Derechos Humanos*,',
    },
    preamble: [
      '*Reafirmando* su compromiso con el multilingüismo en la labor de la Organización,',
      '*Destacando* la importancia de la igualdad entre los idiomas oficiales,',
    ],
    operative: ['*Hace suya* la recomendación del Comité de Conferencias sobre los servicios de traducción;'],
    lastOperative: [
      '*Aprueba* el calendario de conferencias que figura en el anexo de la presente resolución.',
      '*Hace suya* la propuesta del Comité de Conferencias que figura en su informe.',
    ],
    firstOfRepeated: {
      recordando: '*Recordando* su resolución 80/165, de 17 de diciembre de 2025,',
    },
    adopted: ['Resolución aprobada por la Asamblea General el 17 de diciembre de 2026', '81/190. Multilingüismo'],
  },
};

const blocks = (parts: readonly string[]): string => parts.map((p) => p.trim()).join('\n\n') + '\n';
const numbered = (paragraphs: readonly string[]): string[] => paragraphs.map((p, i) => `${i + 1}. ${p}`);

/** The organ a snippet is written for: the one whose opening line it writes, else the General Assembly. */
function organOf(language: SnippetLanguage, expansion: string): IssuingBody {
  const byOpening = (Object.entries(DRAFTS[language].openings) as [IssuingBody, string][]).find(([, line]) => expansion.includes(line));
  return byOpening?.[0] ?? 'General Assembly';
}

/** The first word of a paragraph's italic opener: "*Décide également* …" gives "décide". */
const headOf = (paragraph: string): string => (/^\*([^*\s]+)/.exec(paragraph)?.[1] ?? '').toLowerCase();

/** The snippet in a draft of its language, where a drafter would put it. */
function placeIn(language: SnippetLanguage, s: Snippet, expansion: string): { text: string; body: IssuingBody } {
  const draft = DRAFTS[language];
  const body = organOf(language, expansion);
  const opening = draft.openings[body]!;
  const clause = expansion.trim();
  const head = headOf(clause);
  const others = (pool: readonly string[], ...heads: string[]): string[] => pool.filter((p) => !heads.includes(headOf(p)));
  // A repeated phrase ("Rappelant également", "Décide en outre") follows a paragraph with the plain phrase.
  const before = (pool: readonly string[], ...heads: string[]): string[] =>
    draft.firstOfRepeated[head] && openingRuns(clause)[0]?.includes(' ') ? [draft.firstOfRepeated[head]] : others(pool, ...heads).slice(0, 1);
  const last = others(draft.lastOperative, head)[0];
  const operative = numbered([...others(draft.operative, headOf(last)), last]);
  switch (s.prefix.split('-')[1]) {
    case 'res':
      return { text: clause + '\n', body };
    case 'open':
      return { text: blocks([clause, ...draft.preamble, ...operative]), body };
    case 'pre':
      return { text: blocks([opening, ...before(draft.preamble, head), clause, ...operative]), body };
    case 'close':
      return { text: blocks([...draft.adopted!, opening, ...draft.preamble, ...operative, clause]), body };
    case 'op':
      return { text: blocks([opening, ...draft.preamble, ...numbered([...before(draft.operative, head, headOf(last)), clause, last])]), body };
    default:
      throw new Error(`${s.prefix}: unknown kind`);
  }
}
