import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import type { Finding, Language, RuleConfig, RuleContext } from '../core';
import type { TrackedChangesView } from '../docx';
import { readBoundedFile } from '../node/boundedRead';
import { IgnoreFiles } from '../node/ignoreFiles';
import { ProjectConfigLoader, type ProjectConfig } from '../node/projectConfig';
import { TreatyDataLoader } from '../node/treatyData';
import type { OutputFormat } from './args';
import { CORE_ENGINE, type LintEngine } from './engine';
import { formatReports, type FileReport, type RulePages } from './formats';
import { applySelectedFixes, DEFAULT_FIX_SELECTION, type FixSelection } from './fixing';
import { analyseFile, collectInputs, InputError, readStdinInput, STDIN_NAME, type CollectedInputs, type ResolutionInput } from './inputs';
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
  /** Which fixes `fix` applies; by default those of errors and warnings (`DEFAULT_FIX_SELECTION`). */
  readonly fixSelection?: FixSelection;
  /** Print the unified diff of the fixes instead of writing them (with `fix`). */
  readonly fixDryRun?: boolean;
  /** The name standard input (`-`) goes by; `<stdin>` when not given. */
  readonly stdinFilename?: string;
  /** Whether `.unresignore` files exclude files from folder walks; true unless `--no-ignore`. */
  readonly useIgnoreFiles?: boolean;
  /** The folder of the rule pages (docs/rules), whose text SARIF logs carry as each rule's help. */
  readonly ruleDocsFolder?: string;
  /** Where `-` reads the draft from; the process's standard input unless a test gives another. */
  readonly stdin?: AsyncIterable<Uint8Array | string>;
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

  forInput(file: string): { config: RuleConfig; language?: Language } {
    const project = this.fixed ?? this.#loader.forFolder(path.dirname(path.resolve(file)));
    if (!project) return { config: {} };
    this.report(project);
    return { config: project.config, language: project.language };
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

/** The largest rule page read for a SARIF log; the pages are a few KiB. */
const RULE_PAGE_MAX_BYTES = 1024 * 1024;

/** The rule pages of a folder, read when a SARIF log asks for them; none without a folder. */
function rulePagesIn(folder: string | undefined): RulePages | undefined {
  if (folder === undefined) return undefined;
  return (ruleId) => {
    if (!/^UNR\d{3}$/.test(ruleId)) return undefined;
    const read = readBoundedFile(path.join(folder, `${ruleId}.md`), RULE_PAGE_MAX_BYTES);
    return read.ok ? read.bytes.toString('utf8') : undefined;
  };
}

/** "1 fix", "3 fixes". */
function fixCount(count: number): string {
  return `${count} fix${count === 1 ? '' : 'es'}`;
}

/** The unified diff from a file's text to its fixed text, with the file's name on both sides. */
export function unifiedDiff(file: string, before: string, after: string): string {
  return createTwoFilesPatch(file, file, before, after, undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY });
}

/** The inputs of the run: standard input alone, or the files named and found in the folders named. */
async function inputsOf(options: LintOptions, output: Output, engine: LintEngine): Promise<CollectedInputs & { stdin: boolean }> {
  if (options.paths.length === 1 && options.paths[0] === '-') {
    const read = await readStdinInput(options.stdin ?? process.stdin, options.stdinFilename ?? STDIN_NAME, engine);
    return read instanceof InputError ? { inputs: [], errors: [read], refused: [], stdin: true } : { inputs: [read], errors: [], refused: [], stdin: true };
  }
  const ignoreFiles = options.useIgnoreFiles === false ? undefined : new IgnoreFiles();
  const collected = await collectInputs(options.paths, engine, { changes: options.changes ?? 'accepted' }, ignoreFiles);
  for (const problem of ignoreFiles?.problems ?? []) output.stderr(`unres: ${displayPath(problem.file)}${problem.message.slice(problem.file.length)}\n`);
  return { ...collected, stdin: false };
}

/**
 * Runs `unres lint`: reads the `--config` file and every input first, and stops with exit status
 * 2 if the one cannot be used or any input cannot be checked; otherwise (after `--fix`, if asked)
 * writes the findings and returns 0 or 1. What `--fix` changed goes to stderr, one line a fix and
 * a count a file, so that stdout holds only the findings, the diff (`fixDryRun`) or, for standard
 * input, the fixed text.
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
  const { inputs, errors, refused, stdin } = await inputsOf(options, output, engine);
  if (errors.length > 0) {
    for (const error of [...errors, ...refused]) output.stderr(`unres: ${error.message}\n`);
    return ExitCode.UsageOrInputError;
  }
  for (const refusal of refused) output.stderr(`unres: ${refusal.message}\n`);
  if (inputs.length === 0 && refused.length === 0) {
    output.stderr(`unres: no resolution found in ${options.paths.join(', ')}: a folder's *.unres and *.res.md files are checked, and its *.md and *.txt files that stand under a United Nations masthead or open like a resolution ("The General Assembly,")\n`);
  }
  const selection = options.fixSelection ?? DEFAULT_FIX_SELECTION;
  const reports: FileReport[] = [];
  const diffs: string[] = [];
  let fixedStdin: string | undefined;
  const fixCounts = { fixes: 0, files: 0 };
  const treatyData = new InputTreatyData(output);
  for (const input of inputs) {
    const { config, language } = configurations.forInput(input.file);
    const context = treatyData.forInput(input.file);
    let text = input.text;
    // The language the project file sets is read with the draft: the draft was parsed before its configuration was known.
    const parseOptions = { language };
    const model = language && input.model.language.basis !== 'comment' && input.model.language.code !== language ? analyseFile(input.file, () => engine.parse(text, parseOptions)) : input.model;
    let findings = analyseFile(input.file, () => engine.lint(model, config, context));
    if (input.word) {
      for (const line of wordFileNotes(input.file, input.word)) output.stderr(`${line}\n`);
      if (options.fix) output.stderr(`unres: ${input.file}: --fix does not rewrite a Word file; its findings are reported\n`);
    }
    if (options.fix && !input.word) {
      const relint = (current: string): readonly Finding[] => engine.lint(engine.parse(current, parseOptions), config, context);
      const fixed = analyseFile(input.file, () => applySelectedFixes(text, findings, selection, relint));
      const shown = stdin ? input.file : displayPath(input.file);
      for (const applied of fixed.applied) output.stderr(`${shown}:${applied.line} ${applied.ruleId} ${applied.title}\n`);
      if (fixed.applied.length > 0) {
        output.stderr(`${shown}: ${fixCount(fixed.applied.length)}\n`);
        fixCounts.fixes += fixed.applied.length;
        fixCounts.files++;
      }
      if (fixed.text !== text) {
        if (options.fixDryRun) {
          diffs.push(unifiedDiff(input.file, text, fixed.text));
        } else if (!stdin) {
          try {
            await writeFixedText(input, fixed.text);
          } catch (error) {
            if (!(error instanceof InputError)) throw error;
            output.stderr(`unres: ${error.message}\n`);
            return ExitCode.UsageOrInputError;
          }
        }
        text = fixed.text;
        findings = analyseFile(input.file, () => relint(fixed.text));
      }
      if (stdin) fixedStdin = (input.byteOrderMark ? '\uFEFF' : '') + text;
    }
    reports.push(input.word ? { file: input.file, text, findings, word: input.word } : { file: input.file, text, findings });
  }
  if (options.fix) {
    const verb = options.fixDryRun ? 'would be applied' : 'applied';
    output.stderr(`unres: ${fixCount(fixCounts.fixes)} ${verb} to ${fixCounts.files} of ${inputs.length} file${inputs.length === 1 ? '' : 's'}\n`);
  }
  if (options.fix && options.fixDryRun) {
    output.stdout(diffs.join(''));
  } else if (fixedStdin !== undefined && !options.fixDryRun) {
    // The fixed draft is the output; what is left to fix goes beside the summary.
    output.stdout(fixedStdin);
    output.stderr(formatReports(reports, options.format, options.toolVersion, rulePagesIn(options.ruleDocsFolder)));
  } else {
    output.stdout(formatReports(reports, options.format, options.toolVersion, rulePagesIn(options.ruleDocsFolder)));
  }
  return refused.length > 0 ? ExitCode.UsageOrInputError : exitCodeFor(reports);
}
