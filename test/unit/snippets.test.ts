import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint, parseResolution, treatiesByUnts, treatyById, untsCitation, type Finding, type Paragraph, type ResolutionDocument } from '../../server/src/core';
import { REPO_ROOT } from '../support/paths';
import { expandSnippet, loadSnippets, SnippetSyntaxError, type Snippet } from '../support/snippetSyntax';

/**
 * The standard clauses of snippets/unres.json: valid VS Code snippet syntax, unique prefixes, each
 * clause clean under unres's own diagnostics once placed where it belongs in a draft, and each
 * description naming where the wording is attested in ../shared.
 */

describe('snippet expander', () => {
  it('resolves tab stops, placeholders, nested placeholders, choices, mirrors and escapes', () => {
    assert.equal(expandSnippet('plain text'), 'plain text');
    assert.equal(expandSnippet('*Recalling* $1its resolution ${2:70/1}$0'), '*Recalling* its resolution 70/1');
    assert.equal(expandSnippet('the report${1: on ${2:the question}},'), 'the report on the question,');
    assert.equal(expandSnippet('at its ${1|eightieth,eighty-first|} session, again at its $1 session'), 'at its eightieth session, again at its eightieth session');
    assert.equal(expandSnippet('${1|a\\,b,c|}'), 'a,b');
    assert.equal(expandSnippet('US\\$ 100 \\} \\\\ {braces}'), 'US$ 100 } \\ {braces}');
    assert.equal(expandSnippet('${CURRENT_YEAR}'), '2026');
    assert.equal(expandSnippet('${TM_SELECTED_TEXT:default}'), 'default');
  });

  it('fails on malformed syntax', () => {
    for (const bad of [
      'a $ alone',
      '${1:never closed',
      '${1|a,b}',
      '${1|a,,b|}',
      '${1/(.*)/$1/}',
      '${}',
      '${1 x}',
      'a \\n escape',
      '${1:a} and ${1:b}',
      '${0:final}',
      '$UNKNOWN_VARIABLE',
      '${1:${1}}',
    ]) {
      assert.throws(() => expandSnippet(bad), SnippetSyntaxError, bad);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The snippets file and its contribution
// ---------------------------------------------------------------------------------------------

const SNIPPETS_FILE = path.join(REPO_ROOT, 'snippets', 'unres.json');

const KINDS = ['res', 'open', 'hdr', 'pre', 'op', 'close', 'fn'] as const;
type Kind = (typeof KINDS)[number];
const kindOf = (s: Snippet): Kind => s.prefix.slice(0, s.prefix.indexOf('-')) as Kind;

describe('snippets/unres.json', () => {
  const snippets = loadSnippets(SNIPPETS_FILE);

  it('is contributed for the unres language, with the grammar', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(manifest.contributes.snippets[0], { language: 'unres', path: './snippets/unres.json' });
    assert.deepEqual(manifest.contributes.grammars, [{ language: 'unres', scopeName: 'text.unres', path: './syntaxes/unres.tmLanguage.json' }]);
  });

  it('has at least 40 snippets, each with a unique, short, kind-first prefix', () => {
    assert.ok(snippets.length >= 40, `${snippets.length} snippets`);
    const prefixes = snippets.map((s) => s.prefix);
    assert.deepEqual(prefixes.filter((p, i) => prefixes.indexOf(p) !== i), [], 'duplicate prefixes');
    for (const p of prefixes) {
      assert.match(p, /^(?:res|open|hdr|pre|op|close|fn)-[a-z0-9]+(?:-[a-z0-9]+)*$/, p);
      assert.ok(p.length <= 30, `${p} is longer than 30 characters`);
    }
    for (const kind of KINDS) assert.ok(snippets.some((s) => kindOf(s) === kind), `a snippet of kind ${kind}`);
  });

  it('has bodies in valid snippet syntax, with no trailing spaces and no straight double quotes', () => {
    for (const s of snippets) {
      const text = expandSnippet(s.body);
      assert.ok(!/[ \t]$/m.test(text), `${s.prefix}: trailing space`);
      assert.ok(!text.includes('"'), `${s.prefix}: straight quotes (UN style uses “…”)`);
      assert.ok(!/\bthis resolution\b/.test(text), `${s.prefix}: "this resolution" (UN style: "the present resolution")`);
    }
  });

  it('describes each snippet with where its wording is attested', () => {
    for (const s of snippets) {
      assert.match(s.description, /Attested: /, s.prefix);
      assert.ok(references(s).length > 0, `${s.prefix}: no reference to ../shared`);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Each expansion in a realistic draft, checked by unres's own diagnostics
// ---------------------------------------------------------------------------------------------

const blocks = (...parts: readonly string[]): string => parts.map((p) => p.trim()).join('\n\n') + '\n';

const DRAFT_MASTHEAD = [
  'General Assembly',
  'Distr.: Limited\n3 November 2026',
  'Original: English',
  'Eighty-first session\nThird Committee\nAgenda item 28\nAdvancement of women',
  'Chile, Ghana and Norway: draft resolution',
  'Rural women and access to safe drinking water',
];
const ADOPTED_TOP = ['General Assembly', 'Distr.: General\n21 December 2026', 'Eighty-first session', 'Agenda item 28', 'Advancement of women'];
const ADOPTION_LINE = 'Resolution adopted by the General Assembly on 17 December 2026';
const BASIS_LINE = '[*on the report of the Third Committee (A/81/455, para. 12)*]';
const NUMBER_LINE = '81/190. Rural women and access to safe drinking water';
const CLOSING = '*61st plenary meeting*\n*17 December 2026*';

type Organ = 'ga' | 'sc' | 'hrc' | 'ecosoc';
const OPENINGS: Record<Organ, string> = {
  ga: '*The General Assembly*,',
  sc: '*The Security Council*,',
  hrc: '*The Human Rights Council*,',
  ecosoc: '*The Economic and Social Council*,',
};
/** Preambular paragraphs around a clause under test; the first is chosen so as not to repeat its opener. */
const PREAMBLE_FIRST = [
  '*Recalling* its previous resolutions on the human rights to safe drinking water and sanitation,',
  '*Reaffirming* the commitment to ensure availability and sustainable management of water and sanitation for all,',
];
const PREAMBLE_LAST = '*Concerned* that women and girls in rural areas spend many hours each day collecting water,';
const PREAMBLE = [PREAMBLE_FIRST[0], PREAMBLE_LAST];
/** Operative paragraphs around a clause under test, chosen in the same way. */
const OPERATIVE_FIRST = [
  '*Urges* Member States to involve rural women in the planning of water infrastructure;',
  '*Encourages* Member States to collect data on access to water disaggregated by sex and age;',
  '*Requests* the Secretary-General to promote the participation of rural women in water governance;',
];
const FIRST_OPERATIVE = OPERATIVE_FIRST[0];
const LAST_OPERATIVE: Record<Organ, string> = {
  ga: '*Requests* the Secretary-General to submit to the General Assembly at its eighty-third session a report on the implementation of the present resolution.',
  sc: '*Decides* to remain seized of the matter.',
  hrc: '*Decides* to remain seized of the matter.',
  ecosoc: '*Requests* the Secretary-General to report to the Council at its 2027 session on the implementation of the present resolution.',
};
const LAST_OPERATIVE_GA_ALTERNATIVE = '*Decides* to continue its consideration of the question at its eighty-third session under the item entitled “Advancement of women”.';

const plain = (text: string): string => text.replace(/[*\\]/g, '').replace(/\s+/g, ' ').toLowerCase();

/** The opening phrase of a clause: the first italic run of its expansion ("Recalling also"). */
function openerOf(expansion: string): string | undefined {
  const m = /^\*([^*]+)\*/.exec(expansion.replace(/^(?:\d+\.\s+)/, ''));
  return m ? plain(m[1]) : undefined;
}

const REPETITION_ADVERB = /^(?:also|further) /;
/** The verb or participle a clause repeats: "Also requests" and "Requests" both give "requests". */
const headWord = (clause: string): string => (openerOf(clause) ?? '').replace(REPETITION_ADVERB, '').split(' ')[0];

/**
 * The paragraph of `pool` to stand before a clause: for "Also requests" or "Recalling also", one
 * with the same verb, as a drafter would have it; for any other clause, one with another verb.
 */
function precedingParagraph(pool: readonly string[], clause: string): string {
  const opener = openerOf(clause) ?? '';
  const repeats = REPETITION_ADVERB.test(opener) || / (?:also|further)$/.test(opener);
  const head = headWord(clause).replace(/ (?:also|further)$/, '');
  return pool.find((p) => (headWord(p) === head) === repeats) ?? pool[0];
}

/** Snippets written for an organ other than the General Assembly, and so placed in its texts. */
function organOf(s: Snippet): Organ {
  if (/-sc$|chapter-vii|remain-seized/.test(s.prefix)) return 'sc';
  if (/-hrc$|hrc-consider/.test(s.prefix)) return 'hrc';
  if (/-ecosoc$/.test(s.prefix)) return 'ecosoc';
  return 'ga';
}

function numbered(paragraphs: readonly string[]): string[] {
  return paragraphs.map((p, i) => `${i + 1}. ${p}`);
}

/** An expansion ends a text when its last paragraph or sub-paragraph ends with a full stop. */
const endsText = (expansion: string): boolean => expansion.trimEnd().endsWith('.');

/** Leading superscript digits of a footnote definition: "²" gives 2. */
function footnoteLabel(expansion: string): number {
  const digits = '⁰¹²³⁴⁵⁶⁷⁸⁹';
  let value = 0;
  for (const c of expansion) {
    const d = digits.indexOf(c);
    if (d < 0) break;
    value = value * 10 + d;
  }
  assert.ok(value > 0, `a footnote definition starts with its superscript number: ${expansion}`);
  return value;
}

const toSuperscript = (n: number): string => [...String(n)].map((d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]).join('');

interface Placement {
  text: string;
  /** What the parsed draft must contain once the expansion is in it. */
  check: (doc: ResolutionDocument) => void;
}

/** The expansion of a snippet, where it belongs in a draft written for the test. */
function place(s: Snippet, expansion: string): Placement {
  const organ = organOf(s);
  const opening = OPENINGS[organ];
  const body = (operative: readonly string[]): string[] => [opening, ...PREAMBLE, ...numbered(operative)];
  switch (kindOf(s)) {
    case 'res':
      return {
        text: blocks(expansion),
        check: (doc) => {
          assert.ok(doc.opening, 'an opening line');
          assert.ok(doc.preamble.length >= 1 && doc.operative.length >= 1, 'a preamble and an operative part');
        },
      };
    case 'open':
      return {
        text: blocks(...(organ === 'ga' ? DRAFT_MASTHEAD : []), expansion, ...PREAMBLE, ...numbered([FIRST_OPERATIVE, LAST_OPERATIVE[organ]])),
        check: (doc) => assert.equal(doc.opening?.body, { ga: 'General Assembly', sc: 'Security Council', hrc: 'Human Rights Council', ecosoc: 'Economic and Social Council' }[organ]),
      };
    case 'hdr': {
      const rest = body([FIRST_OPERATIVE, LAST_OPERATIVE.ga]);
      let parts: string[];
      if (s.prefix === 'hdr-sponsors') parts = [...DRAFT_MASTHEAD.slice(0, 4), expansion, DRAFT_MASTHEAD[5], ...rest];
      else if (s.prefix === 'hdr-adopted') parts = [...ADOPTED_TOP, expansion, NUMBER_LINE, ...rest, CLOSING];
      else if (s.prefix === 'hdr-basis-plenary') parts = [...ADOPTED_TOP, ADOPTION_LINE, expansion, NUMBER_LINE, ...rest, CLOSING];
      else if (s.prefix === 'hdr-number') parts = [...ADOPTED_TOP, ADOPTION_LINE, BASIS_LINE, expansion, ...rest, CLOSING];
      else if (s.prefix === 'hdr-sc') parts = [expansion, OPENINGS.sc, ...PREAMBLE, ...numbered([FIRST_OPERATIVE, LAST_OPERATIVE.sc])];
      else throw new Error(`${s.prefix}: no place in a draft is defined for this masthead snippet`);
      return { text: blocks(...parts), check: (doc) => assert.ok(doc.header.span && doc.opening, 'a masthead and an opening line') };
    }
    case 'close':
      return {
        text: blocks(...ADOPTED_TOP, ADOPTION_LINE, BASIS_LINE, NUMBER_LINE, ...body([FIRST_OPERATIVE, LAST_OPERATIVE.ga]), expansion),
        check: (doc) => assert.ok(doc.closing?.date, 'closing lines with a date'),
      };
    case 'pre':
      return {
        text: blocks(...(organ === 'ga' ? DRAFT_MASTHEAD : []), opening, precedingParagraph(PREAMBLE_FIRST, expansion), expansion, PREAMBLE_LAST, ...numbered([FIRST_OPERATIVE, LAST_OPERATIVE[organ]])),
        check: (doc) => {
          assert.equal(doc.preamble.length, 3, 'the expansion is one preambular paragraph');
          assert.equal(doc.text.slice(doc.preamble[1].span.start, doc.preamble[1].span.end), expansion.trim());
        },
      };
    case 'op': {
      const first = precedingParagraph(OPERATIVE_FIRST, expansion);
      const last = organ === 'ga' && headWord(LAST_OPERATIVE.ga) === headWord(expansion) ? LAST_OPERATIVE_GA_ALTERNATIVE : LAST_OPERATIVE[organ];
      const operative = endsText(expansion) ? [first, expansion] : [first, expansion, last];
      return {
        text: blocks(...(organ === 'ga' ? DRAFT_MASTHEAD : []), ...body(operative)),
        check: (doc) => {
          assert.equal(doc.operative.length, operative.length, 'the expansion is one operative paragraph');
          assert.equal(doc.operative[1].number?.value, 2);
          assert.equal(doc.text.slice(doc.operative[1].span.start, doc.operative[1].span.end), `2. ${expansion.trim()}`);
        },
      };
    }
    case 'fn': {
      const label = footnoteLabel(expansion);
      // Each mark follows the treaty its footnote cites, as UNR030 checks: the earlier footnotes cite
      // treaties of the table, the snippet's footnote the treaty its default volume and number name.
      const citedHere = /vol\. (\d+), No\. (\d+)/.exec(expansion);
      const lastTreaty = citedHere ? treatiesByUnts(Number(citedHere[1]), Number(citedHere[2]))[0] : undefined;
      const earlierTreaties = ['iccpr', 'crc', 'cedaw'].map((id) => treatyById(id)!).filter((t) => t.id !== lastTreaty?.id);
      const named = Array.from({ length: label }, (_, i) => (i === label - 1 && lastTreaty ? lastTreaty : earlierTreaties[i % earlierTreaties.length]));
      const cited = named.map((t, i) => `the ${t.title}${toSuperscript(i + 1)}`);
      const paragraph = `*Recalling* ${cited.slice(0, -1).join(', ')}${cited.length > 1 ? ' and ' : ''}${cited[cited.length - 1].replace(/([⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/, ',$1')}`;
      const earlier = named.slice(0, -1).map((t, i) => `${toSuperscript(i + 1)} ${untsCitation(t)}.`);
      return {
        text: blocks(...DRAFT_MASTHEAD, opening, paragraph, ...earlier, expansion, PREAMBLE[1], ...numbered([FIRST_OPERATIVE, LAST_OPERATIVE.ga])),
        check: (doc) => {
          assert.equal(doc.footnoteDefinitions.length, label);
          assert.equal(doc.footnoteDefinitions[label - 1].number, label);
        },
      };
    }
  }
}

const describeFinding = (doc: ResolutionDocument, f: Finding): string =>
  `${f.ruleId} ${f.severity} at "${doc.text.slice(f.span.start, Math.min(f.span.end, f.span.start + 60))}": ${f.message}`;

describe('snippets in a draft: clean under unres diagnostics', () => {
  for (const s of loadSnippets(SNIPPETS_FILE)) {
    it(`${s.prefix}`, () => {
      const expansion = expandSnippet(s.body);
      const { text, check } = place(s, expansion);
      const doc = parseResolution(text);
      assert.deepEqual(doc.problems.map((p) => `${p.code}: ${p.message}`), [], `parse problems in:\n${text}`);
      check(doc);
      const serious = lint(doc).filter((f) => f.severity === 'error' || f.severity === 'warning');
      assert.deepEqual(serious.map((f) => describeFinding(doc, f)), [], `findings in:\n${text}`);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// The attestations: each description names real paragraphs of ../shared
// ---------------------------------------------------------------------------------------------

const SHARED = path.resolve(REPO_ROOT, '..', 'shared');

interface Reference {
  file: string;
  part: 'pre' | 'op' | 'fn' | 'masthead' | 'closing' | 'opening' | 'guide';
  number?: number;
  /** For a guide: the rule ids ("SC-05") and sections ("§13") it names. */
  anchors?: string[];
}

function references(s: Snippet): Reference[] {
  const refs: Reference[] = [];
  for (const m of s.description.matchAll(/\b((?:corpus|samples)\/[\w.-]+\.(?:md|txt)) ((?:pre|op|fn)\. \d+|(?:masthead|closing|opening)(?: and (?:masthead|closing|opening))?)/g)) {
    const [, file, where] = m;
    const numberedPart = /^(pre|op|fn)\. (\d+)$/.exec(where);
    if (numberedPart) refs.push({ file, part: numberedPart[1] as Reference['part'], number: Number(numberedPart[2]) });
    else for (const part of where.split(' and ')) refs.push({ file, part: part as Reference['part'] });
  }
  for (const m of s.description.matchAll(/\bguides\/conventions\.md ([^;.]*(?:\.\d[^;.]*)*)/g)) {
    const anchors = [...m[1].matchAll(/[A-Z]{2,4}-\d{2}[a-z]?|§\d+(?:\.\d+)?/g)].map((a) => a[0]);
    refs.push({ file: 'guides/conventions.md', part: 'guide', anchors });
  }
  return refs;
}


function paragraphText(doc: ResolutionDocument, p: Paragraph): string {
  return p.pieces.map((piece) => doc.text.slice(piece.start, piece.end)).join(' ');
}

describe('snippet attestations in ../shared', function () {
  const cache = new Map<string, ResolutionDocument>();
  const documentAt = (file: string): ResolutionDocument => {
    let doc = cache.get(file);
    if (!doc) {
      const full = path.join(SHARED, file);
      assert.ok(fs.existsSync(full), `${file} exists in ../shared`);
      doc = parseResolution(fs.readFileSync(full, 'utf8'));
      cache.set(file, doc);
    }
    return doc;
  };

  before(function () {
    if (!fs.existsSync(SHARED)) {
      // CI always has ../shared beside the clone: there, its absence is a failure, not a skip.
      if (process.env.CI) assert.fail(`${SHARED} is missing`);
      this.skip();
    }
  });

  for (const s of loadSnippets(SNIPPETS_FILE)) {
    it(`${s.prefix}: the cited passages exist and carry its opening phrase`, () => {
      const expansion = expandSnippet(s.body);
      const refs = references(s);
      const texts: string[] = [];
      for (const ref of refs) {
        if (ref.part === 'guide') {
          const guide = fs.readFileSync(path.join(SHARED, ref.file), 'utf8');
          assert.ok(ref.anchors && ref.anchors.length > 0, `${s.prefix}: name the rule or section of ${ref.file}`);
          for (const anchor of ref.anchors) {
            const found = anchor.startsWith('§') ? new RegExp(`^#{2,3} ${anchor.slice(1).replace('.', '\\.')}\\.? `, 'm').test(guide) : guide.includes(`**${anchor} `);
            assert.ok(found, `${s.prefix}: ${ref.file} has no ${anchor}`);
          }
          texts.push(guide);
          continue;
        }
        const doc = documentAt(ref.file);
        const where = `${s.prefix}: ${ref.file} ${ref.part}${ref.number ? `. ${ref.number}` : ''}`;
        if (ref.part === 'pre') {
          const p = doc.preamble[ref.number! - 1];
          assert.ok(p, `${where} does not exist`);
          texts.push(paragraphText(doc, p));
        } else if (ref.part === 'op') {
          const p = doc.operative.find((o) => o.number?.value === ref.number);
          assert.ok(p, `${where} does not exist`);
          texts.push(paragraphText(doc, p));
        } else if (ref.part === 'fn') {
          const def = doc.footnoteDefinitions.find((d) => d.number === ref.number);
          assert.ok(def, `${where} does not exist`);
          texts.push(doc.text.slice(def.content.start, def.content.end));
        } else if (ref.part === 'masthead') {
          assert.ok(doc.header.body && doc.header.date, `${where}: no masthead`);
        } else if (ref.part === 'closing') {
          assert.ok(doc.closing, `${where}: no closing lines`);
        } else {
          assert.ok(doc.opening, `${where}: no opening line`);
        }
      }
      const kind = kindOf(s);
      if (kind === 'pre' || kind === 'op') {
        const opener = openerOf(expansion);
        assert.ok(opener, `${s.prefix}: the clause opens with a phrase in italics`);
        assert.ok(
          texts.some((t) => plain(t).includes(opener)),
          `${s.prefix}: none of the cited passages contains "${opener}"`,
        );
      }
    });
  }
});
