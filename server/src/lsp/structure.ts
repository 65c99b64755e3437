import { FoldingRangeKind, type FoldingRange, type Position, type SelectionRange } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { foldingRegions, selectionSpans, type ResolutionDocument } from '../core';
import { toRange } from './convert';

/**
 * The folding ranges of a document. Footnote blocks are of kind "comment", so that an editor's
 * "Fold all block comments" puts every footnote out of the way; the rest are regions.
 */
export function documentFoldingRanges(model: ResolutionDocument): FoldingRange[] {
  return foldingRegions(model).map((region) => ({
    startLine: region.startLine,
    endLine: region.endLine,
    kind: region.kind === 'footnotes' ? FoldingRangeKind.Comment : FoldingRangeKind.Region,
  }));
}

/** For each position, the ranges "expand selection" steps through, as a chain from the innermost. */
export function documentSelectionRanges(document: TextDocument, doc: ResolutionDocument, positions: readonly Position[]): SelectionRange[] {
  return positions.map((position) => {
    const spans = selectionSpans(doc, document.offsetAt(position));
    let chain: SelectionRange | undefined;
    for (const span of [...spans].reverse()) chain = { range: toRange(document, span), parent: chain };
    return chain ?? { range: { start: position, end: position } };
  });
}
