import { TREATIES, type Treaty } from '../data/treaties';
import type { ResolutionDocument, Span } from '../model';

/** A treaty named in the text: "the United Nations Convention against Corruption", "CEDAW". */
export interface TreatyMention {
  readonly treaty: Treaty;
  /** From the first letter of the name to its last character. */
  readonly span: Span;
}

interface NameNode {
  readonly next: Map<string, NameNode>;
  treaty?: Treaty;
}

const WORD = /[\p{L}\p{Nd}]+(?:[’'][\p{L}]+)?/gu;

/** Words of a name, folded for matching: case and punctuation do not count, abbreviations' case does. */
function nameWords(name: string): string[] {
  const words = name.match(WORD) ?? [];
  return words.map((w) => (isAbbreviation(w) ? w : w.toLowerCase()));
}

const isAbbreviation = (word: string): boolean => word.length >= 2 && /^[A-Z]+$/.test(word);

/**
 * The names a treaty goes by in UN texts: its title, the title without the clause that ties a
 * protocol to its convention (", supplementing the United Nations Convention against ..."), its
 * short names without a leading "the", and the ILO form ("Forced Labour Convention, 1930 (No. 29)").
 */
function namesOf(treaty: Treaty): string[] {
  const names = [treaty.title, ...treaty.shortNames.map((n) => n.replace(/^the\s+/i, ''))];
  const tie = /,\s+(?:supplementing|annexed to|additional to)\b/i.exec(treaty.title);
  if (tie) names.push(treaty.title.slice(0, tie.index));
  if (treaty.ilo) names.push(treaty.ilo.form);
  return names;
}

let root: NameNode | undefined;

function nameTrie(): NameNode {
  if (root) return root;
  root = { next: new Map() };
  for (const treaty of TREATIES) {
    for (const name of namesOf(treaty)) {
      let node = root;
      for (const word of nameWords(name)) {
        let child = node.next.get(word);
        if (!child) {
          child = { next: new Map() };
          node.next.set(word, child);
        }
        node = child;
      }
      // Two treaties with one name: the first in the table keeps it (the tests keep names unique).
      node.treaty ??= treaty;
    }
  }
  return root;
}

const cache = new WeakMap<ResolutionDocument, TreatyMention[]>();

/** The treaties named in the paragraphs and footnotes of a document, in text order, longest names first. */
export function treatyMentions(doc: ResolutionDocument): readonly TreatyMention[] {
  let mentions = cache.get(doc);
  if (!mentions) {
    mentions = [];
    const spans = [...doc.preamble, ...doc.operative].flatMap((p) => p.pieces).concat(doc.footnoteDefinitions.map((d) => d.content));
    for (const span of spans.sort((a, b) => a.start - b.start)) findMentions(doc.text, span, mentions);
    cache.set(doc, mentions);
  }
  return mentions;
}

function findMentions(text: string, span: Span, out: TreatyMention[]): void {
  const words: Array<{ key: string; lower: string; span: Span }> = [];
  WORD.lastIndex = 0;
  const slice = text.slice(span.start, span.end);
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    const start = span.start + m.index;
    words.push({ key: isAbbreviation(m[0]) ? m[0] : m[0].toLowerCase(), lower: m[0].toLowerCase(), span: { start, end: start + m[0].length } });
  }
  const trie = nameTrie();
  for (let i = 0; i < words.length; i++) {
    let node: NameNode | undefined = trie;
    let best: { treaty: Treaty; end: number } | undefined;
    for (let j = i; j < words.length && node; j++) {
      node = node.next.get(words[j].key) ?? (words[j].key !== words[j].lower ? node.next.get(words[j].lower) : undefined);
      if (node?.treaty) best = { treaty: node.treaty, end: j };
    }
    if (!best) continue;
    let end = words[best.end].span.end;
    if (text[end] === ')') end++;
    out.push({ treaty: best.treaty, span: { start: words[i].span.start, end } });
    i = best.end;
  }
}

/** The treaty named at a place in the text, if a mention covers it. */
export function treatyAt(doc: ResolutionDocument, offset: number): TreatyMention | undefined {
  return treatyMentions(doc).find((m) => m.span.start <= offset && offset <= m.span.end);
}
