import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { applyEdits, firstFixEdits, MAX_FIX_PASSES, type Finding, type RuleConfig, type RuleContext } from '../core';
import type { TrackedChangesView } from '../docx';
import { ProjectConfigLoader, type ProjectConfig } from '../node/projectConfig';
import { TreatyDataLoader } from '../node/treatyData';
import type { OutputFormat } from './args';
import { CORE_ENGINE, type LintEngine } from './engine';
import { formatReports, type FileReport } from './formats';
import { analyseFile, collectInputs, InputError, type ResolutionInput } from './inputs';
import { wordFileNotes } from './wordFiles';

/** The exit status of the command line. */
export const ExitCode = {
  /** Nothing of error severity was found. */
  Clean: 0,
  /** At least one finding of error severity was reported. */
  ErrorsFound: 1,
  /** `unres lookup` found nothing. */
  NothingFound: 1,
  /** The command line could not be used, or a file could not be checked. */
  UsageOrInputError: 2,
} as const;
/** One of the exit statuses in `ExitCode`. */
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Where the command line writes its output. */
export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** The options of `unres lint`. */
export interface LintOptions {
  readonly paths: readonly string[];
  readonly format: OutputFormat;
  readonly fix: boolean;
  /** A project configuration file for every input; without it each input uses the `.unres.json` nearest it. */
  readonly configFile?: string;
  /** The version written into SARIF logs. */
  readonly toolVersion: string;
  /** How a Word file's tracked changes are read (accepted by default). */
  readonly changes?: TrackedChangesView;
}

/** Writes fixed text back to a file, with the byte order mark it had. */
async function writeFixedText(input: ResolutionInput, fixed: string): Promise<void> {
  try {
    await fs.writeFile(input.file, (input.byteOrderMark ? '\uFEFF' : '') + fixed, 'utf8');
  } catch (error) {
    throw new InputError(input.file, `cannot write: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The exit status for these reports: 1 when any finding is of error severity. */
export function exitCodeFor(reports: readonly FileReport[]): ExitCode {
  const hasError = reports.some((report) => report.findings.some((finding) => finding.severity === 'error'));
  return hasError ? ExitCode.ErrorsFound : ExitCode.Clean;
}

/** A path to show: relative to the working folder when it lies inside it, absolute otherwise. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/**
 * The rule configuration of each input: the one `--config` names, or the `.unres.json` nearest
 * the input. Prints the problems of each configuration file once, as "unres: path: message".
 */
class InputConfigurations {
  readonly #loader = new ProjectConfigLoader();
  readonly #reported = new Set<string>();

  constructor(
    readonly output: Output,
    readonly fixed?: ProjectConfig,
  ) {}

  forInput(file: string): RuleConfig {
    const project = this.fixed ?? this.#loader.forFolder(path.dirname(path.resolve(file)));
    if (!project) return {};
    this.report(project);
    return project.config;
  }

  report(project: ProjectConfig): void {
    const key = path.resolve(project.file);
    if (this.#reported.has(key)) return;
    this.#reported.add(key);
    const shown = this.fixed === project ? project.file : displayPath(project.file);
    for (const problem of project.problems) this.output.stderr(`unres: ${shown}: ${problem.message}\n`);
  }

  /** Reads the file `--config` names; undefined (after printing why) when it cannot be used. */
  static withConfigFile(file: string, output: Output): InputConfigurations | undefined {
    const project = new ProjectConfigLoader().load(file);
    const configurations = new InputConfigurations(output, project);
    configurations.report(project);
    return project.usable ? configurations : undefined;
  }
}

/**
 * The treaty table of each input: the bundled table under the `.unres/treaties.json` nearest the
 * input, as the editor uses it, so UNR030 says the same in both. A data file that cannot be used
 * is reported once, as "unres: path: message", and the bundled table is used meanwhile.
 */
class InputTreatyData {
  readonly #loader = new TreatyDataLoader();
  readonly #reported = new Set<string>();

  constructor(private readonly output: Output) {}

  forInput(file: string): RuleContext {
    const loaded = this.#loader.forFolder(path.dirname(path.resolve(file)));
    for (const problem of loaded.problems) {
      if (this.#reported.has(problem.file)) continue;
      this.#reported.add(problem.file);
      this.output.stderr(`unres: ${problem.message}\n`);
    }
    return { treaties: loaded.table };
  }
}

/**
 * The text with the first fix of every finding applied, pass after pass until nothing changes
 * (at most `MAX_FIX_PASSES`): fixes that overlap in one pass, such as the italics of a verb and
 * an "Also" before it, are applied in the next, after a new parse.
 */
function fixPassByPass(engine: LintEngine, text: string, findings: readonly Finding[], config: RuleConfig, context: RuleContext): string {
  let current = text;
  let currentFindings = findings;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const next = applyEdits(current, firstFixEdits(currentFindings)).text;
    if (next === current) break;
    current = next;
    currentFindings = engine.lint(engine.parse(current), config, context);
  }
  return current;
}

/**
 * Runs `unres lint`: reads the `--config` file and every input first, and stops with exit status
 * 2 if the one cannot be used or any input cannot be checked; otherwise (after `--fix`, if asked)
 * writes the findings and returns 0 or 1.
 */
export async function runLint(options: LintOptions, output: Output, engine: LintEngine = CORE_ENGINE): Promise<ExitCode> {
  let configurations: InputConfigurations;
  if (options.configFile !== undefined) {
    const withConfigFile = InputConfigurations.withConfigFile(options.configFile, output);
    if (!withConfigFile) return ExitCode.UsageOrInputError;
    configurations = withConfigFile;
  } else {
    configurations = new InputConfigurations(output);
  }
  const { inputs, errors, refused } = await collectInputs(options.paths, engine, { changes: options.changes ?? 'accepted' });
  if (errors.length > 0) {
    for (const error of [...errors, ...refused]) output.stderr(`unres: ${error.message}\n`);
    return ExitCode.UsageOrInputError;
  }
  for (const refusal of refused) output.stderr(`unres: ${refusal.message}\n`);
  const reports: FileReport[] = [];
  const treatyData = new InputTreatyData(output);
  for (const input of inputs) {
    const config = configurations.forInput(input.file);
    const context = treatyData.forInput(input.file);
    let text = input.text;
    let findings = analyseFile(input.file, () => engine.lint(input.model, config, context));
    if (input.word) {
      for (const line of wordFileNotes(input.file, input.word)) output.stderr(`${line}\n`);
      if (options.fix) output.stderr(`unres: ${input.file}: --fix does not rewrite a Word file; its findings are reported\n`);
    }
    if (options.fix && !input.word) {
      const fixed = analyseFile(input.file, () => fixPassByPass(engine, text, findings, config, context));
      if (fixed !== text) {
        try {
          await writeFixedText(input, fixed);
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          output.stderr(`unres: ${error.message}\n`);
          return ExitCode.UsageOrInputError;
        }
        text = fixed;
        findings = analyseFile(input.file, () => engine.lint(engine.parse(fixed), config, context));
      }
    }
    reports.push(input.word ? { file: input.file, text, findings, word: input.word } : { file: input.file, text, findings });
  }
  output.stdout(formatReports(reports, options.format, options.toolVersion));
  return refused.length > 0 ? ExitCode.UsageOrInputError : exitCodeFor(reports);
}
