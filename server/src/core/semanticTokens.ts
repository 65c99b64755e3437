import type { ResolutionDocument, Span } from './model';
import { treatyMentions } from './treaties/treatyMentions';

/**
 * What the server colours that the TextMate grammar cannot know: whether an opening phrase is an
 * operative verb or a preambular opener (both are italic words at the start of a paragraph),
 * which numbers are paragraph numbers, which superscripts are footnote marks, where a treaty is
 * named, and which citations the parser read.
 */
export type SemanticTokenType =
  | 'operativeOpener'
  | 'preambularOpener'
  | 'paragraphNumber'
  | 'footnoteMark'
  | 'treaty'
  | 'resolutionCitation'
  | 'documentSymbol'
  | 'treatySeriesCitation';

export interface SemanticToken {
  readonly span: Span;
  readonly type: SemanticTokenType;
  /** A footnote mark that starts a definition, rather than one in running text. */
  readonly definition?: boolean;
}

/**
 * The semantic tokens of a document in text order, never overlapping (where two would, the one
 * that starts first wins; a treaty named in a citation is left to the citation). A token may
 * cross a line break; hosts that need one token per line split it.
 */
export function semanticTokens(doc: ResolutionDocument): SemanticToken[] {
  const tokens: SemanticToken[] = [];
  for (const p of [...doc.preamble, ...doc.operative]) {
    if (p.number) tokens.push({ span: p.number.span, type: 'paragraphNumber' });
    if (p.opener && p.opener.vocabulary !== 'unknown') {
      tokens.push({ span: p.opener.span, type: p.opener.vocabulary === 'operative' ? 'operativeOpener' : 'preambularOpener' });
    }
  }
  for (const ref of doc.footnoteReferences) tokens.push({ span: ref.span, type: 'footnoteMark' });
  for (const def of doc.footnoteDefinitions) tokens.push({ span: def.marker, type: 'footnoteMark', definition: true });
  for (const mention of treatyMentions(doc)) tokens.push({ span: mention.span, type: 'treaty' });
  for (const citation of doc.citations) {
    if (citation.kind === 'resolution') tokens.push({ span: citation.span, type: 'resolutionCitation' });
    else if (citation.kind === 'document') tokens.push({ span: citation.span, type: 'documentSymbol' });
    else if (citation.kind === 'treatySeries') tokens.push({ span: citation.span, type: 'treatySeriesCitation' });
  }
  tokens.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const result: SemanticToken[] = [];
  let end = 0;
  for (const token of tokens) {
    if (token.span.start < end || token.span.end <= token.span.start) continue;
    result.push(token);
    end = token.span.end;
  }
  return result;
}
