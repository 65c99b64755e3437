import fc from 'fast-check';

/**
 * Damage a drafter (or a conversion from PDF or Word) does to a real text, as operations on its
 * blocks (the runs of lines between blank lines). Each operation names its place by a number
 * taken modulo what the text has, so any operation applies to any text and a seed replays it.
 */
export type Damage =
  | { readonly kind: 'deleteBlock'; readonly at: number }
  | { readonly kind: 'duplicateBlock'; readonly at: number }
  | { readonly kind: 'swapBlocks'; readonly at: number; readonly with: number }
  | { readonly kind: 'dropParagraphNumber'; readonly at: number }
  | { readonly kind: 'dropFootnoteDefinition'; readonly at: number }
  | { readonly kind: 'stripItalics'; readonly at: number }
  | { readonly kind: 'joinBlocks'; readonly at: number; readonly joiner: ' ' | '\n' | '' }
  | { readonly kind: 'crlf' }
  | { readonly kind: 'trailingSpaces'; readonly at: number };

export const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('deleteBlock' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicateBlock' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swapBlocks' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('dropParagraphNumber' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('dropFootnoteDefinition' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('stripItalics' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('joinBlocks' as const), at: fc.nat(), joiner: fc.constantFrom(' ' as const, '\n' as const, '' as const) }),
  fc.constant({ kind: 'crlf' as const }),
  fc.record({ kind: fc.constant('trailingSpaces' as const), at: fc.nat() }),
);

const NUMBERED = /^\d+(?: bis)?\.[ \t]+/;
const FOOTNOTE_DEFINITION = /^(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\[\^\d+\]:)[ \t]/;

/** The indexes of the blocks that pass a test, or of all blocks when none does. */
function indexesOf(blocks: readonly string[], test: (block: string) => boolean): number[] {
  const found = blocks.flatMap((block, i) => (test(block) ? [i] : []));
  return found.length > 0 ? found : blocks.map((_, i) => i);
}

/** Applies one damage to a text (with LF or CRLF line ends). */
export function damageText(text: string, d: Damage): string {
  const crlf = text.includes('\r\n');
  const blocks = text.replace(/\r\n/g, '\n').split('\n\n');
  const pick = (candidates: readonly number[], n: number): number => candidates[n % candidates.length];
  switch (d.kind) {
    case 'deleteBlock':
      blocks.splice(d.at % blocks.length, 1);
      break;
    case 'duplicateBlock': {
      const at = d.at % blocks.length;
      blocks.splice(at, 0, blocks[at]);
      break;
    }
    case 'swapBlocks': {
      const a = d.at % blocks.length;
      const b = d.with % blocks.length;
      [blocks[a], blocks[b]] = [blocks[b], blocks[a]];
      break;
    }
    case 'dropParagraphNumber': {
      const at = pick(indexesOf(blocks, (b) => NUMBERED.test(b)), d.at);
      blocks[at] = blocks[at].replace(NUMBERED, '');
      break;
    }
    case 'dropFootnoteDefinition': {
      const at = pick(indexesOf(blocks, (b) => FOOTNOTE_DEFINITION.test(b)), d.at);
      blocks.splice(at, 1);
      break;
    }
    case 'stripItalics': {
      const at = pick(indexesOf(blocks, (b) => b.includes('*')), d.at);
      blocks[at] = blocks[at].replace(/\*/g, '');
      break;
    }
    case 'joinBlocks': {
      if (blocks.length < 2) break;
      const at = d.at % (blocks.length - 1);
      blocks.splice(at, 2, blocks[at] + d.joiner + blocks[at + 1]);
      break;
    }
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n');
    case 'trailingSpaces': {
      const at = d.at % blocks.length;
      blocks[at] = blocks[at].replace(/\n|$/, '  $&');
      break;
    }
  }
  const damaged = blocks.join('\n\n');
  return crlf ? damaged.replace(/\n/g, '\r\n') : damaged;
}
