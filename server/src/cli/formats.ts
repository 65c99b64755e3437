import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LineIndex, RULES, type Finding, type Position, type Severity } from '../core';
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
  /** The fixes offered, as `--fix` would apply them: none for a Word file, whose text is read, not edited. */
  readonly fixes?: JsonFix[];
}

/** A fix in the JSON output: its title, and the edits it makes, in ranges of the file as read. */
export interface JsonFix {
  readonly title: string;
  readonly edits: { readonly range: JsonRange; readonly newText: string }[];
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
      const diagnostic: JsonDiagnostic = { rule: finding.ruleId, severity: finding.severity, message: finding.message, range: rangeOf(index, finding) };
      const word = report.word && wordLocationAt(report.word, finding.span.start);
      if (word) return { ...diagnostic, word };
      const fixes = finding.fixes.map((fix) => ({
        title: fix.title,
        edits: fix.edits.map((edit) => ({ range: { start: index.positionAt(edit.span.start), end: index.positionAt(edit.span.end) }, newText: edit.newText })),
      }));
      return fixes.length > 0 ? { ...diagnostic, fixes } : diagnostic;
    });
    return report.word ? { file: report.file, diagnostics, word: wordFileJson(report.word) } : { file: report.file, diagnostics };
  });
}

/** The URI SARIF uses for a file: relative paths stay relative references, absolute ones become file URLs. */
export function sarifUri(file: string): string {
  if (path.isAbsolute(file)) return pathToFileURL(file).href;
  return file.split(path.sep).map(encodeURIComponent).join('/');
}

/** What a SARIF log says of the rules beside their metadata: the text of each rule's page (docs/rules/UNR004.md), where it is found. */
export type RulePages = (ruleId: string) => string | undefined;

/** The first paragraph of a rule page, after its heading: what the rule checks, in plain words. */
function pageSummary(page: string): string | undefined {
  const paragraph = page.replace(/^#[^\n]*\n+/, '').split(/\n\s*\n/)[0]?.trim();
  return paragraph ? paragraph.replace(/\s*\n\s*/g, ' ') : undefined;
}

/** A SARIF `reportingDescriptor` for a rule: its metadata, and its page as help when there is one. */
function sarifRule(id: string, pages: RulePages | undefined): object {
  const rule = RULES.find((r) => r.id === id);
  if (!rule) return { id };
  const page = pages?.(id);
  const summary = page === undefined ? undefined : pageSummary(page);
  return {
    id,
    name: rule.alias,
    shortDescription: { text: rule.description },
    fullDescription: { text: summary ?? rule.description },
    // The project publishes no site, so the help is the rule page itself rather than a link to it.
    ...(page !== undefined ? { help: { text: `${summary ?? rule.description} (docs/rules/${id}.md)`, markdown: page } } : {}),
    defaultConfiguration: { level: SARIF_LEVELS[rule.defaultSeverity] },
    properties: { tags: [...rule.tags], alias: rule.alias, fixable: rule.fixable },
  };
}

/** A SARIF region, 1-based, with the column after the last character as its end, as SARIF counts. */
function sarifRegion(index: LineIndex, start: number, end: number): object {
  const from = index.positionAt(start);
  const to = index.positionAt(end);
  return { startLine: from.line + 1, startColumn: from.character + 1, endLine: to.line + 1, endColumn: to.character + 1 };
}

/**
 * A SARIF 2.1.0 log of one run, with 1-based regions counted in UTF-16 code units: every rule of
 * unres with its metadata (and any other rule a finding names), every finding with its fixes as
 * replacements of regions of its file.
 */
export function toSarifLog(reports: readonly FileReport[], toolVersion: string, pages?: RulePages): object {
  const reported = reports.flatMap((report) => report.findings.map((finding) => finding.ruleId));
  const ruleIds = [...new Set([...RULES.map((rule) => rule.id), ...reported])].sort();
  const results = reports.flatMap((report) => {
    const index = new LineIndex(report.text);
    const uri = sarifUri(report.file);
    return sortedFindings(report).map((finding) => {
      const word = report.word && wordLocationAt(report.word, finding.span.start);
      // A Word paragraph is an element of the document: SARIF's "element" kind of logical location.
      const wordLocation = word ? { logicalLocations: [{ kind: 'element', name: `Word paragraph ${word.paragraph}`, fullyQualifiedName: word.description }], properties: { word } } : {};
      // A Word file's fixes would replace regions of its extracted text, not of the file: none are given.
      const fixes = (report.word ? [] : finding.fixes).map((fix) => ({
        description: { text: fix.title },
        artifactChanges: [
          {
            artifactLocation: { uri },
            replacements: fix.edits.map((edit) => ({ deletedRegion: sarifRegion(index, edit.span.start, edit.span.end), insertedContent: { text: edit.newText } })),
          },
        ],
      }));
      return {
        ruleId: finding.ruleId,
        ruleIndex: ruleIds.indexOf(finding.ruleId),
        level: SARIF_LEVELS[finding.severity],
        message: { text: finding.message },
        locations: [{ physicalLocation: { artifactLocation: { uri }, region: sarifRegion(index, finding.span.start, finding.span.end) }, ...wordLocation }],
        ...(fixes.length > 0 ? { fixes } : {}),
      };
    });
  });
  return {
    version: SARIF_VERSION,
    $schema: SARIF_SCHEMA,
    runs: [
      {
        tool: { driver: { name: 'unres', version: toolVersion, rules: ruleIds.map((id) => sarifRule(id, pages)) } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

/** The whole output of `unres lint` in the format asked for. */
export function formatReports(reports: readonly FileReport[], format: OutputFormat, toolVersion: string, pages?: RulePages): string {
  switch (format) {
    case 'text':
      return formatText(reports);
    case 'json':
      return `${JSON.stringify(toJsonReports(reports), null, 2)}\n`;
    case 'sarif':
      return `${JSON.stringify(toSarifLog(reports, toolVersion, pages), null, 2)}\n`;
  }
}
