import type { Fix } from '../findings';
import type { Opener, Paragraph, ResolutionDocument } from '../model';
import { isOperativeAdverb, leadingWords, matchOperativePhrase, phraseBook } from '../parse/phrases';
import { EXTRA_PHRASES_OPTION, extraPhrasesOf, opensWithExtraPhrase } from '../phrasing/extraPhrases';
import { rewordOpener } from '../phrasing/italics';
import { nearestPhrases } from '../phrasing/suggestions';
import { operativeFormOf, preambularFormOf } from '../phrasing/verbForms';
import type { Rule, RuleReport } from './rule';

/**
 * Each operative paragraph opens with an operative verb or phrase in the present tense, from the
 * standard vocabulary (conventions STR-01, OP-01); a preambular paragraph opens with a participle
 * or adjective, never with an operative verb (PRE-01). A committee's own phrases (option
 * `extraPhrases`) are accepted too. Documentation: docs/rules/UNR002.md.
 */
export const operativeVerb: Rule = {
  id: 'UNR002',
  alias: 'operative-verb',
  description: 'Operative paragraphs open with a standard operative verb, preambular paragraphs never do',
  tags: ['vocabulary'],
  defaultSeverity: 'warning',
  options: [
    {
      name: EXTRA_PHRASES_OPTION,
      description: 'Operative phrases the committee uses beyond the standard vocabulary ("Takes cognizance of"): accepted as openers and offered as suggestions.',
      default: [],
    },
  ],
  fixable: true,
  reads: ['phrases'],
  check(doc, options, report) {
    const extraPhrases = extraPhrasesOf(options);
    for (const p of doc.operative) {
      if (!p.opener) continue;
      if (p.opener.vocabulary !== 'operative' && opensWithExtraPhrase('operative', openingWords(doc, p), extraPhrases, doc.language.code)) continue;
      if (p.opener.vocabulary === 'preambular') {
        // An unnumbered one ending with a comma is a stray preambular paragraph: UNR003 says so.
        if (!p.number && p.punctuation?.char === ',') continue;
        // "Alarmed by the cuts in funding, calls upon ...": the participle introduces the verb.
        if (leadsIntoOperativeVerb(doc, p, p.opener)) continue;
        report(preambularFormInOperativePart(doc, p, p.opener));
      } else if (p.opener.vocabulary === 'unknown') {
        // "2. Pending the total elimination of nuclear weapons, *urges* …": a roman phrase leads into the verb.
        if (!p.opener.italicSpan && romanIntroductionLeadsIntoVerb(doc, p)) continue;
        const unknown = unknownOperativeOpener(doc, p, p.opener, extraPhrases);
        if (unknown) report(unknown);
      } else {
        const capital = capitalLetterFinding(doc, p.opener);
        if (capital) report(capital);
      }
    }
    let sections: SectionOpenings | undefined;
    for (const p of doc.preamble) {
      if (p.opener?.vocabulary !== 'operative') continue;
      sections ??= sectionOpenings(doc);
      if (!leadsIntoSectionParagraphs(doc, sections, p)) report(operativeVerbInPreamble(doc, p, p.opener));
    }
  },
};

/**
 * Whether a paragraph is the lone opening of a section that leads with its operative verb and a
 * comma into the section's numbered paragraphs, as the budget resolutions' "Contingency fund"
 * section does year after year ("XXIV Contingency fund / *Recalls* its resolution 79/258 A, in which
 * …, / 1. *Notes* that …;", A/RES/80/243, A/RES/78/253).
 */
function leadsIntoSectionParagraphs(doc: ResolutionDocument, sections: SectionOpenings, p: Paragraph): boolean {
  if (p.division === undefined || doc.divisions[p.division].kind !== 'section' || p.punctuation?.char !== ',') return false;
  const first = sections.firstOperative.get(p.division);
  return sections.preambularCount.get(p.division) === 1 && first?.number?.value === 1 && first.span.start > p.span.start;
}

/** For each division: how many preambular paragraphs it has, and its first operative paragraph. */
interface SectionOpenings {
  readonly preambularCount: Map<number, number>;
  readonly firstOperative: Map<number, Paragraph>;
}

function sectionOpenings(doc: ResolutionDocument): SectionOpenings {
  const preambularCount = new Map<number, number>();
  const firstOperative = new Map<number, Paragraph>();
  for (const p of doc.preamble) if (p.division !== undefined) preambularCount.set(p.division, (preambularCount.get(p.division) ?? 0) + 1);
  for (const p of doc.operative) if (p.division !== undefined && !firstOperative.has(p.division)) firstOperative.set(p.division, p);
  return { preambularCount, firstOperative };
}

/**
 * Whether an operative paragraph opens with a roman introductory phrase that leads, at its first
 * comma, into the operative verb in italics: "2. Pending the total elimination of nuclear weapons,
 * *urges* …" (A/RES/80/23, outside ../shared).
 */
function romanIntroductionLeadsIntoVerb(doc: ResolutionDocument, p: Paragraph): boolean {
  const content = p.contentPieces[0];
  const end = Math.min(content.end, content.start + MAX_INTRODUCTION);
  let comma = content.start;
  while (comma < end && doc.text[comma] !== ',' && doc.text[comma] !== '*' && doc.text[comma] !== ';' && doc.text[comma] !== '.') comma++;
  if (comma >= end || doc.text[comma] !== ',') return false;
  let verb = comma + 1;
  while (verb < content.end && doc.text[verb] === ' ') verb++;
  if (doc.text[verb] !== '*') return false;
  const words = leadingWords(doc.text, verb, content.end, doc.language.code);
  const first = words[0]?.text.charAt(0);
  return first !== undefined && first !== first.toUpperCase() && matchOperativePhrase(words, doc.language.code) !== undefined;
}

/** How far after its opening phrase an introductory phrase may run before the operative verb it leads into. */
const MAX_INTRODUCTION = 250;

/**
 * Whether a paragraph opening with a preambular phrase goes on, at its first comma, with an
 * operative verb in lower case: the phrase then introduces the paragraph's verb ("*Alarmed by* the
 * sharp reductions in funding, calls upon ..."), as published resolutions sometimes write. Only the
 * first comma counts: an introduction is one phrase, and a paragraph whose verb was replaced by a
 * participle ("*Noting* that …, and, in this regard, requests …") keeps its second verb further on.
 */
function leadsIntoOperativeVerb(doc: ResolutionDocument, p: Paragraph, opener: Opener): boolean {
  const content = p.contentPieces[0];
  const end = Math.min(content.end, opener.span.end + MAX_INTRODUCTION);
  for (let i = opener.span.end; i < end; i++) {
    const c = doc.text[i];
    if (c === ';' || c === '.' || c === ':') return false;
    if (c !== ',') continue;
    const words = leadingWords(doc.text, i + 1, content.end, doc.language.code);
    const first = words[0]?.text.charAt(0);
    return first !== undefined && first !== first.toUpperCase() && matchOperativePhrase(words, doc.language.code) !== undefined;
  }
  return false;
}

/** The words a paragraph's text opens with, up to the first mark of punctuation. */
function openingWords(doc: ResolutionDocument, p: Paragraph): ReturnType<typeof leadingWords> {
  const content = p.contentPieces[0];
  return content ? leadingWords(doc.text, content.start, content.end, doc.language.code) : [];
}

function openerWords(doc: ResolutionDocument, opener: Opener): ReturnType<typeof leadingWords> {
  return leadingWords(doc.text, opener.span.start, opener.span.end, doc.language.code);
}

/**
 * A fix that replaces the opener's words with others in italics, and only them, as UNR004 and
 * UNR006 want an opening phrase: fix-all is then done with the opener in one pass.
 */
function rewordFix(doc: ResolutionDocument, opener: Opener, words: readonly string[], title: string): Fix[] {
  const edits = rewordOpener(doc.text, opener, opener.span, words.join(' '));
  return edits ? [{ title, edits }] : [];
}

function preambularFormInOperativePart(doc: ResolutionDocument, p: Paragraph, opener: Opener): RuleReport {
  const words = openerWords(doc, opener).map((w) => w.text);
  const form = operativeFormOf(words, doc.language.code);
  const label = p.number ? `Paragraph ${p.number.text}` : 'This operative paragraph';
  return {
    message: `${label} opens with "${opener.text}", a preambular form: operative paragraphs open with a verb in the present tense${form ? ` ("${form.join(' ')}")` : ''}.`,
    span: opener.span,
    fixes: form ? rewordFix(doc, opener, form, `Change to "${form.join(' ')}"`) : [],
  };
}

function operativeVerbInPreamble(doc: ResolutionDocument, _p: Paragraph, opener: Opener): RuleReport {
  const words = openerWords(doc, opener).map((w) => w.text);
  const form = preambularFormOf(words, doc.language.code);
  return {
    message: `The preambular paragraph opens with "${opener.text}", an operative verb: preambular paragraphs open with a participle or adjective${form ? ` ("${form.join(' ')}")` : ''}.`,
    span: opener.span,
    fixes: form ? rewordFix(doc, opener, form, `Change to "${form.join(' ')}"`) : [],
  };
}

/**
 * The finding on an operative paragraph that opens with no phrase of the vocabulary. In a language
 * whose lists hold only the phrases read so far (French, Spanish), a phrase missing from them may
 * be right: it is reported only when one letter away from a listed phrase, as a slip ("Décidee").
 */
function unknownOperativeOpener(doc: ResolutionDocument, p: Paragraph, opener: Opener, extraPhrases: readonly string[]): RuleReport | undefined {
  const content = p.contentPieces[0];
  const words = leadingWords(doc.text, content.start, content.end, doc.language.code);
  // Keep a standard adverb ("Also", "Strongly") and look for the verb after it.
  let skip = 0;
  while (skip < words.length - 1 && skip < 2 && isOperativeAdverb(words[skip].text, doc.language.code)) skip++;
  const rest = words.slice(skip);
  const suggestions = nearestPhrases('operative', rest.map((w) => w.text), 3, extraPhrases, doc.language.code);
  if (suggestions.length === 0 && !phraseBook(doc.language.code).hasEveryPhrase) return undefined;
  const fixes: Fix[] = [];
  for (const s of suggestions) {
    const phrase = skip > 0 ? s.phrase.charAt(0).toLowerCase() + s.phrase.slice(1) : s.phrase;
    const whole = [...words.slice(0, skip).map((w) => w.text), phrase].join(' ');
    const edits = rewordOpener(doc.text, opener, { start: words[0].span.start, end: rest[s.replacesWords - 1].span.end }, whole);
    if (edits) fixes.push({ title: `Change to "${whole}"`, edits });
  }
  const offered = suggestions.length > 0 ? `; did you mean ${suggestions.map((s) => `"${s.phrase}"`).join(', ')}?` : '.';
  const label = p.number ? `paragraph ${p.number.text}` : 'this operative paragraph';
  const span = rest.length > 0 ? { start: words[0].span.start, end: rest[0].span.end } : opener.span;
  return { message: `"${doc.text.slice(span.start, span.end)}" opening ${label} is not a standard operative verb${offered}`, span, fixes };
}

function capitalLetterFinding(doc: ResolutionDocument, opener: Opener): RuleReport | undefined {
  const first = doc.text.charAt(opener.span.start);
  if (first === first.toUpperCase()) return undefined;
  const span = { start: opener.span.start, end: opener.span.start + 1 };
  return {
    message: `The operative verb "${opener.text}" opens the paragraph with a capital letter.`,
    span: opener.span,
    fixes: [{ title: `Capitalize "${opener.text}"`, edits: [{ span, newText: first.toUpperCase() }] }],
  };
}
