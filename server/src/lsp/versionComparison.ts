import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { COMPARE_DIAGNOSTIC_SOURCE, type CompareVersionsResult } from '../../../shared/protocol';
import { compareVersions, LANGUAGE_NAMES, type ResolutionDocument } from '../core';
import { toRange } from './convert';

/** A version to compare: its URI, its text as the editor or the disk has it, and its model. */
export interface ComparedVersion {
  readonly uri: string;
  readonly text: string;
  readonly model: ResolutionDocument;
}

/** The last part of a URI's path, as a message names a file. */
function fileName(uri: string): string {
  const path = uri.split(/[?#]/)[0].replace(/^[a-z][a-z0-9+.-]*:/i, '');
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || uri;
}

function describe(version: ComparedVersion): string {
  return `${fileName(version.uri)} (${LANGUAGE_NAMES[version.model.language.code]})`;
}

/**
 * The parallel check of two versions as diagnostics of each, under their own source: each
 * difference is a warning at the words (or the paragraph) concerned in each version, pointing at
 * the other version's paragraph.
 */
export function versionComparison(first: ComparedVersion, second: ComparedVersion): CompareVersionsResult {
  for (const version of [first, second]) {
    if (version.model.preamble.length === 0 && version.model.operative.length === 0) {
      return { message: `unres: ${fileName(version.uri)} has no preambular or operative paragraphs to compare.`, documents: [] };
    }
  }
  const versions = [first, second] as const;
  const documents = versions.map((version) => TextDocument.create(version.uri, 'unres', 0, version.text));
  const comparison = compareVersions(first.model, second.model);
  const diagnostics: Diagnostic[][] = [[], []];
  for (const difference of comparison.differences) {
    difference.sides.forEach((side, index) => {
      const other = difference.sides[1 - index];
      diagnostics[index].push({
        range: toRange(documents[index], side.words ?? side.span),
        severity: DiagnosticSeverity.Warning,
        source: COMPARE_DIAGNOSTIC_SOURCE,
        code: difference.kind,
        message: side.message,
        relatedInformation: [{ location: { uri: versions[1 - index].uri, range: toRange(documents[1 - index], other.words ?? other.span) }, message: other.message }],
      });
    });
  }
  const count = comparison.differences.length;
  const message =
    count === 0
      ? `unres: ${describe(first)} and ${describe(second)} correspond.`
      : `unres: ${count} difference${count === 1 ? '' : 's'} between ${describe(first)} and ${describe(second)}, shown as problems in both.`;
  return { message, documents: versions.map((version, index) => ({ uri: version.uri, diagnostics: diagnostics[index] })) };
}
