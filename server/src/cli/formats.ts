import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LineIndex, type Finding, type Position, type Severity } from '../core';
import type { DocxReading } from '../docx';
import type { OutputFormat } from './args';
import { wordFileJson, wordLocationAt, type WordLocation } from './wordFiles';

/** The findings of one checked file, with the text they point into. */
export interface FileReport {
  readonly file: string;
  readonly text: string;
  readonly findings: readonly Finding[];
  /** For a Word file: what was read from it, so findings can name the Word paragraph. */
  readonly word?: DocxReading;
}

/** A zero-based LSP range (UTF-16 characters), as the JSON output writes it. */
export interface JsonRange {
  readonly start: Position;
  readonly end: Position;
}

/** One finding in the JSON output. The JSON shape is a stable contract for scripts. */
export interface JsonDiagnostic {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: JsonRange;
  /** For a Word file: the Word paragraph of the finding. */
  readonly word?: WordLocation;
}

/** One file in the JSON output. */
export interface JsonFileReport {
  readonly file: string;
  readonly diagnostics: JsonDiagnostic[];
  /** For a Word file: its tracked changes, comments and what the text read leaves out. */
  readonly word?: object;
}

/** The SARIF version `unres lint --format sarif` writes. */
export const SARIF_VERSION = '2.1.0';
/** The JSON schema of that SARIF version, named in the log's `$schema`. */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const SARIF_LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

/** Findings in text order, so every format lists them the same way. */
function sortedFindings(report: FileReport): Finding[] {
  return [...report.findings].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

function rangeOf(lines: LineIndex, finding: Finding): JsonRange {
  return { start: lines.positionAt(finding.span.start), end: lines.positionAt(finding.span.end) };
}

/** `file:line:col severity rule message`, one line per finding, with 1-based lines and columns. */
export function formatText(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    const index = new LineIndex(report.text);
    for (const finding of sortedFindings(report)) {
      const { line, character } = index.positionAt(finding.span.start);
      const message = finding.message.replace(/\s*[\r\n]+\s*/g, ' ');
      const word = report.word && wordLocationAt(report.word, finding.span.start);
      lines.push(`${report.file}:${line + 1}:${character + 1} ${finding.severity} ${finding.ruleId} ${message}${word ? ` [${word.description}]` : ''}`);
    }
  }
  return lines.map((line) => `${line}\n`).join('');
}

/** The JSON output as objects: every checked file, each with its diagnostics (possibly none). */
export function toJsonReports(reports: readonly FileReport[]): JsonFileReport[] {
  return reports.map((report) => {
    const index = new LineIndex(report.text);
    const diagnostics = sortedFindings(report).map((finding) => {
      const diagnostic = { rule: finding.ruleId, severity: finding.severity, message: finding.message, range: rangeOf(index, finding) };
      const word = report.word && wordLocationAt(report.word, finding.span.start);
      return word ? { ...diagnostic, word } : diagnostic;
    });
    return report.word ? { file: report.file, diagnostics, word: wordFileJson(report.word) } : { file: report.file, diagnostics };
  });
}

/** The URI SARIF uses for a file: relative paths stay relative references, absolute ones become file URLs. */
export function sarifUri(file: string): string {
  if (path.isAbsolute(file)) return pathToFileURL(file).href;
  return file.split(path.sep).map(encodeURIComponent).join('/');
}

/** A SARIF 2.1.0 log of one run, with 1-based regions counted in UTF-16 code units. */
export function toSarifLog(reports: readonly FileReport[], toolVersion: string): object {
  const ruleIds = [...new Set(reports.flatMap((report) => report.findings.map((finding) => finding.ruleId)))].sort();
  const results = reports.flatMap((report) => {
    const index = new LineIndex(report.text);
    const uri = sarifUri(report.file);
    return sortedFindings(report).map((finding) => {
      const { start, end } = rangeOf(index, finding);
      const word = report.word && wordLocationAt(report.word, finding.span.start);
      // A Word paragraph is an element of the document: SARIF's "element" kind of logical location.
      const wordLocation = word ? { logicalLocations: [{ kind: 'element', name: `Word paragraph ${word.paragraph}`, fullyQualifiedName: word.description }], properties: { word } } : {};
      return {
        ruleId: finding.ruleId,
        ruleIndex: ruleIds.indexOf(finding.ruleId),
        level: SARIF_LEVELS[finding.severity],
        message: { text: finding.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri },
              // SARIF's endColumn is the column after the last character of the region.
              region: { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 },
            },
            ...wordLocation,
          },
        ],
      };
    });
  });
  return {
    version: SARIF_VERSION,
    $schema: SARIF_SCHEMA,
    runs: [
      {
        tool: { driver: { name: 'unres', version: toolVersion, rules: ruleIds.map((id) => ({ id })) } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

/** The whole output of `unres lint` in the format asked for. */
export function formatReports(reports: readonly FileReport[], format: OutputFormat, toolVersion: string): string {
  switch (format) {
    case 'text':
      return formatText(reports);
    case 'json':
      return `${JSON.stringify(toJsonReports(reports), null, 2)}\n`;
    case 'sarif':
      return `${JSON.stringify(toSarifLog(reports, toolVersion), null, 2)}\n`;
  }
}
