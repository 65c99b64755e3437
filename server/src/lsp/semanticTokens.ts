import { SemanticTokenModifiers, SemanticTokensBuilder, SemanticTokenTypes, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { semanticTokens, type ResolutionDocument, type SemanticTokenType } from '../core';

/**
 * The core's token kinds as standard LSP token types, so that every theme colours them. Operative
 * verbs and preambular openers take the kinds of the grammar's scopes for them (`keyword.control`,
 * `entity.name.function`), so a paragraph the grammar guessed right keeps its colour and one it
 * guessed wrong takes the right one. Numbers are numbers, footnote marks decorators, treaties
 * classes, citations of resolutions and document symbols read-only variables (never strings, which
 * themes draw in the red of errors, the more so as symbols are links) and *Treaty Series* citations
 * properties.
 */
const TOKEN_TYPES: Record<SemanticTokenType, string> = {
  operativeOpener: SemanticTokenTypes.keyword,
  preambularOpener: SemanticTokenTypes.function,
  paragraphNumber: SemanticTokenTypes.number,
  footnoteMark: SemanticTokenTypes.decorator,
  treaty: SemanticTokenTypes.class,
  resolutionCitation: SemanticTokenTypes.variable,
  documentSymbol: SemanticTokenTypes.variable,
  treatySeriesCitation: SemanticTokenTypes.property,
};

const TYPES = [...new Set(Object.values(TOKEN_TYPES))];
const MODIFIERS: string[] = [SemanticTokenModifiers.definition, SemanticTokenModifiers.readonly];

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: TYPES, tokenModifiers: MODIFIERS };

const bit = (modifier: string): number => 1 << MODIFIERS.indexOf(modifier);

/** The semantic tokens of a whole document, one token per line piece (editors draw no token across a line break). */
export function documentSemanticTokens(document: TextDocument, model: ResolutionDocument): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  const text = document.getText();
  for (const token of semanticTokens(model)) {
    const type = TYPES.indexOf(TOKEN_TYPES[token.type]);
    const modifiers = (token.definition ? bit(SemanticTokenModifiers.definition) : 0) | (token.type === 'resolutionCitation' || token.type === 'documentSymbol' ? bit(SemanticTokenModifiers.readonly) : 0);
    let start = token.span.start;
    while (start < token.span.end) {
      let end = start;
      while (end < token.span.end && text[end] !== '\n' && text[end] !== '\r') end++;
      if (end > start) {
        const position = document.positionAt(start);
        builder.push(position.line, position.character, end - start, type, modifiers);
      }
      start = end;
      while (start < token.span.end && (text[start] === '\n' || text[start] === '\r' || text[start] === ' ' || text[start] === '\t')) start++;
    }
  }
  return builder.build();
}
