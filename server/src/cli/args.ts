import { TRACKED_CHANGES_VIEWS, type TrackedChangesView } from '../docx';
import { RULES, readLanguage, type Language, type Severity } from '../core';
import { EXPORT_FORMATS, type ExportFormat } from './exportCommand';
import { DEFAULT_FIX_SELECTION, FIX_SEVERITIES, type FixSelection } from './fixing';

/** The output formats of `unres lint`. */
export const OUTPUT_FORMATS = ['text', 'json', 'sarif'] as const;
/** One of the output formats of `unres lint`. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** The transports `unres server` can talk over. */
export type ServerTransport = 'stdio' | 'node-ipc';

/** What the command line asks for. */
export type Command =
  | { readonly kind: 'help'; readonly topic?: 'lint' | 'server' | 'lookup' | 'export' | 'compare' }
  | { readonly kind: 'version' }
  | {
      readonly kind: 'lint';
      readonly format: OutputFormat;
      readonly fix: boolean;
      /** The paths given; `-` alone stands for standard input. */
      readonly paths: readonly string[];
      /** The project configuration file for every input, instead of the `.unres.json` nearest each. */
      readonly configFile?: string;
      /** How the tracked changes of Word files are read. */
      readonly changes?: TrackedChangesView;
      /** Which fixes `--fix` applies. */
      readonly fixSelection: FixSelection;
      /** `--fix-dry-run`: print the diff of the fixes, change nothing. */
      readonly fixDryRun: boolean;
      /** The name standard input goes by in the output (`--stdin-filename`). */
      readonly stdinFilename?: string;
      /** Whether `.unresignore` files exclude files from folder walks (`--no-ignore` turns them off). */
      readonly useIgnoreFiles: boolean;
    }
  | { readonly kind: 'server'; readonly transport: ServerTransport }
  | { readonly kind: 'compare'; readonly files: readonly [string, string]; readonly format: 'text' | 'json' }
  | {
      readonly kind: 'export';
      readonly file: string;
      readonly to: ExportFormat;
      /** `-o FILE`: where to write, instead of the draft's name with the format's extension. */
      readonly output?: string;
    }
  | {
      readonly kind: 'lookup';
      readonly query: string;
      readonly format: 'text' | 'json';
      /** A treaty data file to use, instead of the .unres/treaties.json nearest the working folder. */
      readonly treatiesFile?: string;
      /** `--language`: the language whose treaty titles come first. */
      readonly language?: Language;
    };

/** A command line that asks for nothing unres can do; `showUsage` asks for the full usage text too. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly showUsage = false,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The text of `unres --help`. */
export const USAGE = `Usage: unres <command> [options]

Commands:
  lint [--format text|json|sarif] [--fix] [--config FILE] [--changes accepted|original] PATH...
      Check resolution drafts. A PATH is a file, a folder, or - for standard
      input. Folders are searched recursively (skipping node_modules, dot-folders
      and what .unresignore files exclude) for *.unres and *.res.md files, and
      for *.md and *.txt files that are resolutions (a masthead or an opening
      line such as "The General Assembly,"), and Word *.docx files that are.
      --format  text (default): one "file:line:col severity rule message" line
                per finding; json: an array of files and their diagnostics;
                sarif: a SARIF 2.1.0 log.
      --fix     Apply the fixes of errors and warnings, say what changed, then
                report what is left (see 'unres lint --help' for the options).
      --config  Configure the rules of every file with FILE, instead of the
                .unres.json nearest each file (in its folder or a folder above).
      --changes Read the tracked changes of Word files as accepted (default)
                or as not made (original).
  lookup [--format text|json] [--treaties FILE] [--language fr|es] TEXT...
      Say what a document symbol or resolution ("A/RES/78/228",
      "resolution 64/293"), or a treaty title, short name, abbreviation or
      Treaty Series citation ("vol. 2237, No. 39574", "2237 UNTS 39574")
      refers to.
      Exit status 0 when something matched, 1 when nothing did.
  export --to docx [-o OUT] FILE
      Write the draft FILE (.unres, .res.md, or a .md or .txt that is a
      resolution) as a Word document laid out as the United Nations prints
      drafts: UN paragraph styles, italics, Word footnotes. OUT defaults to
      FILE's name with .docx; the draft itself is never overwritten.
  compare [--format text|json] FILE1 FILE2
      Check that two language versions of one resolution correspond (see
      'unres compare --help'). Exit status 0 when they do, 1 when they differ.
  server --stdio | --node-ipc
      Start the language server on standard input and output, or on the Node
      IPC channel of the process that started it.

Options:
  -h, --help     Show this help.
  -v, --version  Show the version.

Exit status: 0 when no error is found, 1 when an error is found,
2 on a usage or input error.
`;

/** The help text of `unres lint --help`. */
export const LINT_USAGE = `Usage: unres lint [--format text|json|sarif] [--fix] [--config FILE] [OPTION...] PATH...

Checks resolution drafts. A PATH is a file, a folder, or - for a draft on
standard input. Folders are searched recursively (skipping node_modules and
dot-folders) for *.unres and *.res.md files, for *.md and *.txt files that
are resolutions: outside Markdown code blocks, a United Nations masthead or a
resolution's opening line ("The General Assembly,"), and for Word *.docx
files that are resolutions. A folder with none is said to have none, with
exit status 0. A file named explicitly must be a resolution unless it is a
*.unres or *.res.md file.

  --format text|json|sarif  Output format (default: text).
  --fix                     Apply the fixes of errors and warnings, write the
                            files that changed (not Word files), then report
                            the findings left. Each fix is listed on stderr
                            ("file:line RULE what") with a count a file and in all.
  --fix-severity LEVEL      With --fix: apply the fixes of findings of LEVEL
                            (error, warning, information, hint) and above.
  --fix-rule ID[,ID...]     With --fix: apply only the fixes of these rules
                            (ids or aliases; repeatable). A suggestion that
                            rewords the text ("Also recalls") is applied only
                            when one of these two options selects it.
  --fix-dry-run             Instead of --fix: print the unified diff of what it
                            would change and change nothing; the exit status is
                            that of the fixed text.
  --config FILE             Configure the rules of every file with FILE.
  --changes accepted|original
                            Read the tracked changes of Word files as accepted
                            (default) or as not made. Findings in a Word file name
                            its Word paragraph; its tracked changes, comments and
                            what its text leaves out are said on stderr.
  --stdin-filename NAME     The name of the draft read from - (default <stdin>):
                            used in the output and to find its .unres.json.
  --no-ignore               Walk folders without the .unresignore files.

With -, the draft is read from standard input (at most 64 MiB); with --fix,
the fixed text is written to stdout and the findings left to stderr.

.unresignore files, in a folder walked, in its subfolders or in the folders
above it up to the project root (the folder with .git), exclude files and
folders with gitignore patterns relative to their own folder. A file named on
the command line is linted all the same.


Without --config, each file is checked with the .unres.json nearest it: in its
folder, or else in the closest folder above. The file holds
  { "rules": { "UNR001": "warning", "structure": "off",
               "parse-problem": { "severity": "hint", "options": {} } } }
with rule ids, aliases or tags as keys and a severity (off, error, warning,
information, hint) or { "severity", "options" } as values. A mistake in it is
reported on stderr and its entry ignored; a --config FILE that cannot be read
or is not JSON stops the run with exit status 2.
`;

/** The help text of `unres lookup --help`. */
export const LOOKUP_USAGE = `Usage: unres lookup [--format text|json] [--treaties FILE] [--language fr|es] TEXT...

Says what TEXT refers to. A United Nations document symbol ("A/RES/78/228",
"A/C.3/79/L.5/Rev.1", "S/RES/2712 (2023)", "E/2002/68/Add.1") or a resolution
cited by number ("resolution 64/293", "Security Council resolution 2712
(2023)"; with no organ named, the General Assembly's) is described from the
symbol: organ, session and its years or year, document type and the link to
the official document at undocs.org. Anything else is looked up in the treaty
table bundled with unres and the workspace's own entries: a title, short name or abbreviation ("the Palermo
Protocol", "CEDAW"), an ILO form ("Forced Labour Convention, 1930 (No. 29)"),
a treaty id, or a Treaty Series citation ("vol. 2237, No. 39574",
"United Nations, Treaty Series, vols. 1342 and 2260, No. 22495",
"2237 UNTS 39574"). Words of TEXT may be given as separate arguments. When no
name matches whole, the treaties with TEXT in a name are listed.

  --format text|json  text (default): each treaty with every fact of the table,
                      "unknown" where it has none, and the sources; json:
                      { "query", "results": [{ "kind": "treaty", "match", the
                      table's fields, "untsCitation", "untcLink",
                      "fromWorkspace", "sourceDetails" }] }; a symbol is
                      { "kind": "symbol", "match", "written", "title",
                      "symbol", "organ", "session", "year", "documentType",
                      "adopted", "url" }, null where unknown.
  --treaties FILE     Use the treaty data in FILE (the format of
                      .unres/treaties.json) instead of the .unres/treaties.json
                      nearest the current folder.
  --language fr|es    Give a treaty's title in this language (fr, es, or
                      another official language) first where a source gives
                      it, with the English one under it; where none does, the
                      English title and a note that the other is not known.
                      The json output carries every title known ("titles")
                      with its sources ("sources": "title.fr", "title.es").

Exit status: 0 when something matched, 1 when nothing did, 2 on a usage
error or a treaty data file that cannot be used.
`;

/** The help text of `unres export --help`. */
export const EXPORT_USAGE = `Usage: unres export --to docx [-o OUT] FILE

Writes the draft FILE as a Word document (.docx), read as 'unres lint' reads
a file named to it: a *.unres or *.res.md file, or a *.md or *.txt file that
is a resolution. The document is laid out as the United Nations prints
drafts and resolutions, in Times New Roman, each part in a paragraph style of
its own that an editor can restyle: UN Symbol, UN Masthead body, UN Masthead
(distribution, date, language), UN Session and agenda, UN Adoption, UN
Sponsors, UN Title, UN Opening, UN Preambular paragraph, UN Operative
paragraph (the number hanging before a tab), UN Sub-paragraph, UN
Sub-paragraph (i), UN Heading, UN Closing, UN Footnote text and UN Text (what
is none of these). Italics stay italics, footnote marks become Word footnotes
with their text, and HTML comments (front matter, unres-disable) become Word
comments. 'unres lint OUT' reads the document back.

  --to docx      The format to write (docx is the only one).
  -o, --output OUT
                 Where to write (default: FILE's name with .docx, beside it:
                 draft.unres and draft.res.md give draft.docx). An existing
                 OUT is replaced; FILE itself never is.

Exit status: 0 when written, 2 on a usage error, a draft that cannot be read
or a file that cannot be written.
`;

/** The help text of `unres compare --help`. */
export const COMPARE_USAGE = `Usage: unres compare [--format text|json] FILE1 FILE2

Checks that two language versions of one resolution correspond, in any two of
English, French, Spanish, Russian, Arabic and Chinese: each file is read as
'unres lint' reads a file named to it (Word files too), in the language it is
written in. The versions must have the same preambular and operative
paragraphs, numbered alike, with the same sub-paragraphs, the footnote marks
in the same paragraphs, and in each pair of paragraphs (and footnotes) the
same document and resolution symbols ("A/RES/78/123", "2712 (2023)"), dates
("19 December 2023", "19 décembre 2023", "19 de diciembre de 2023"), Treaty
Series volumes and numbers, and numbers. Operative paragraphs are paired by
their numbers; a paragraph one version lacks is one difference.

  --format text|json  text (default): each difference as a line for each file,
                      "file:line:col kind message", then a summary; json:
                      { "versions": [{ "file", "language", "preambular",
                      "operative" }], "differences": [{ "kind", "sides":
                      [{ "file", "range", "wordsRange", "message" }] }] },
                      lines and characters from 0.

Exit status: 0 when the versions correspond, 1 when they differ, 2 on a usage
error or a file that cannot be read or is not a resolution.
`;

/** The help text of `unres server --help`. */
export const SERVER_USAGE = `Usage: unres server --stdio | --node-ipc

Starts the unres language server. --stdio speaks LSP on standard input and
output; --node-ipc on the IPC channel of the Node process that spawned it.
`;

function isOutputFormat(value: string): value is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(value);
}

/** The rule id a `--fix-rule` name stands for: an id ("UNR004") or an alias ("operative-italics"). */
function ruleIdNamed(name: string): string {
  const rule = RULES.find((r) => r.id.toLowerCase() === name.toLowerCase() || r.alias === name.toLowerCase());
  if (!rule) throw new UsageError(`unknown rule '${name}' for '--fix-rule': give a rule id (UNR004) or alias (operative-italics)`);
  return rule.id;
}

function isFixSeverity(value: string): value is Severity {
  return (FIX_SEVERITIES as readonly string[]).includes(value);
}

function parseLintArguments(args: readonly string[]): Command {
  let format: OutputFormat = 'text';
  let fix = false;
  let fixDryRun = false;
  let configFile: string | undefined;
  let changes: TrackedChangesView | undefined;
  let fixSeverity: Severity | undefined;
  let fixRules: Set<string> | undefined;
  let stdinFilename: string | undefined;
  let useIgnoreFiles = true;
  const paths: string[] = [];
  const valueOf = (arg: string, name: string, i: number): string | undefined => (arg === name ? args[i + 1] : arg.slice(name.length + 1));
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      paths.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') return { kind: 'help', topic: 'lint' };
    if (arg === '--changes' || arg.startsWith('--changes=')) {
      const value = arg === '--changes' ? args[++i] : arg.slice('--changes='.length);
      if (value === undefined) throw new UsageError("option '--changes' needs a value: accepted or original");
      if (!(TRACKED_CHANGES_VIEWS as readonly string[]).includes(value)) throw new UsageError(`unknown value '${value}' for '--changes': use accepted or original`);
      changes = value as TrackedChangesView;
      continue;
    }
    if (arg === '--fix') {
      fix = true;
    } else if (arg === '--fix-dry-run') {
      fixDryRun = true;
    } else if (arg === '--no-ignore') {
      useIgnoreFiles = false;
    } else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = valueOf(arg, '--format', i);
      if (arg === '--format') i++;
      if (value === undefined) throw new UsageError("option '--format' needs a value: text, json or sarif");
      if (!isOutputFormat(value)) throw new UsageError(`unknown format '${value}': use text, json or sarif`);
      format = value;
    } else if (arg === '--config' || arg.startsWith('--config=')) {
      const value = valueOf(arg, '--config', i);
      if (arg === '--config') i++;
      if (value === undefined || value === '') throw new UsageError("option '--config' needs a file: --config FILE");
      if (configFile !== undefined) throw new UsageError("option '--config' is given twice");
      configFile = value;
    } else if (arg === '--fix-severity' || arg.startsWith('--fix-severity=')) {
      const value = valueOf(arg, '--fix-severity', i);
      if (arg === '--fix-severity') i++;
      if (value === undefined || !isFixSeverity(value)) throw new UsageError("option '--fix-severity' needs one of error, warning, information, hint");
      if (fixSeverity !== undefined && fixSeverity !== value) throw new UsageError("option '--fix-severity' is given twice");
      fixSeverity = value;
    } else if (arg === '--fix-rule' || arg.startsWith('--fix-rule=')) {
      const value = valueOf(arg, '--fix-rule', i);
      if (arg === '--fix-rule') i++;
      const names = (value ?? '').split(',').map((name) => name.trim()).filter((name) => name !== '');
      if (names.length === 0) throw new UsageError("option '--fix-rule' needs rule ids: --fix-rule UNR004[,UNR001]");
      fixRules ??= new Set();
      for (const name of names) fixRules.add(ruleIdNamed(name));
    } else if (arg === '--stdin-filename' || arg.startsWith('--stdin-filename=')) {
      const value = valueOf(arg, '--stdin-filename', i);
      if (arg === '--stdin-filename') i++;
      if (value === undefined || value === '') throw new UsageError("option '--stdin-filename' needs a name: --stdin-filename NAME");
      stdinFilename = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option '${arg}' for 'unres lint'`);
    } else {
      paths.push(arg);
    }
  }
  if (paths.length === 0) throw new UsageError("'unres lint' needs at least one file or folder, or - for standard input");
  if (paths.includes('-') && paths.length > 1) throw new UsageError("'-' (standard input) is linted alone: give no other path with it");
  if (stdinFilename !== undefined && !paths.includes('-')) throw new UsageError("option '--stdin-filename' names standard input: lint '-' with it");
  if ((fixSeverity !== undefined || fixRules !== undefined) && !fix && !fixDryRun) throw new UsageError("options '--fix-severity' and '--fix-rule' choose the fixes of '--fix' or '--fix-dry-run': give one of them");
  if (fix && fixDryRun) throw new UsageError("give '--fix' (change the files) or '--fix-dry-run' (show the changes), not both");
  if (fixDryRun && format !== 'text') throw new UsageError("'--fix-dry-run' prints a diff: it takes no '--format'");
  const chosen = fixSeverity !== undefined || fixRules !== undefined;
  // --fix-rule alone applies the rules' fixes at any severity; with --fix-severity, at that severity and above.
  const fixSelection: FixSelection = chosen ? { minSeverity: fixSeverity ?? 'hint', chosen, ...(fixRules ? { rules: fixRules } : {}) } : DEFAULT_FIX_SELECTION;
  return {
    kind: 'lint',
    format,
    fix: fix || fixDryRun,
    fixDryRun,
    fixSelection,
    paths,
    useIgnoreFiles,
    ...(configFile !== undefined ? { configFile } : {}),
    ...(stdinFilename !== undefined ? { stdinFilename } : {}),
    ...(changes !== undefined ? { changes } : {}),
  };
}

/** The value of `--format` for a command that writes text or JSON. */
function textOrJsonFormat(value: string | undefined, command: string): 'text' | 'json' {
  if (value === undefined) throw new UsageError("option '--format' needs a value: text or json");
  if (value !== 'text' && value !== 'json') throw new UsageError(`unknown format '${value}' for 'unres ${command}': use text or json`);
  return value;
}

function parseLookupArguments(args: readonly string[]): Command {
  let format: 'text' | 'json' = 'text';
  let treatiesFile: string | undefined;
  let language: Language | undefined;
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      words.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') return { kind: 'help', topic: 'lookup' };
    if (arg === '--format' || arg.startsWith('--format=')) {
      format = textOrJsonFormat(arg === '--format' ? args[++i] : arg.slice('--format='.length), 'lookup');
    } else if (arg === '--treaties' || arg.startsWith('--treaties=')) {
      const value = arg === '--treaties' ? args[++i] : arg.slice('--treaties='.length);
      if (value === undefined || value === '') throw new UsageError("option '--treaties' needs a file: --treaties FILE");
      if (treatiesFile !== undefined) throw new UsageError("option '--treaties' is given twice");
      treatiesFile = value;
    } else if (arg === '--language' || arg.startsWith('--language=')) {
      const value = arg === '--language' ? args[++i] : arg.slice('--language='.length);
      if (value === undefined || value === '') throw new UsageError("option '--language' needs a language: fr or es");
      language = readLanguage(value);
      if (language === undefined) throw new UsageError(`unknown language '${value}' for 'unres lookup': use fr, es or another official language (en, ru, ar, zh)`);
    } else if (arg.startsWith('--')) {
      throw new UsageError(`unknown option '${arg}' for 'unres lookup'`);
    } else {
      words.push(arg);
    }
  }
  const query = words.join(' ').trim();
  if (query === '') throw new UsageError("'unres lookup' needs the text to look up, such as: unres lookup \"the Palermo Protocol\"");
  return { kind: 'lookup', query, format, ...(treatiesFile !== undefined ? { treatiesFile } : {}), ...(language !== undefined ? { language } : {}) };
}

function parseExportArguments(args: readonly string[]): Command {
  let to: ExportFormat | undefined;
  let output: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      files.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') return { kind: 'help', topic: 'export' };
    if (arg === '--to' || arg.startsWith('--to=')) {
      const value = arg === '--to' ? args[++i] : arg.slice('--to='.length);
      if (value === undefined || value === '') throw new UsageError("option '--to' needs a format: --to docx");
      if (!(EXPORT_FORMATS as readonly string[]).includes(value)) throw new UsageError(`unknown format '${value}' for 'unres export': use docx`);
      to = value as ExportFormat;
    } else if (arg === '-o' || arg === '--output' || arg.startsWith('--output=')) {
      const value = arg.startsWith('--output=') ? arg.slice('--output='.length) : args[++i];
      if (value === undefined || value === '') throw new UsageError("option '-o' needs a file: -o OUT.docx");
      if (output !== undefined) throw new UsageError("option '-o' is given twice");
      output = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option '${arg}' for 'unres export'`);
    } else {
      files.push(arg);
    }
  }
  if (files.length !== 1) throw new UsageError(files.length === 0 ? "'unres export' needs the draft to write: unres export --to docx draft.unres" : "'unres export' writes one draft at a time");
  if (files[0] === '-') throw new UsageError("'unres export' reads a draft file, not standard input");
  if (to === undefined) throw new UsageError("'unres export' needs the format to write: --to docx");
  return output === undefined ? { kind: 'export', file: files[0], to } : { kind: 'export', file: files[0], to, output };
}

function parseCompareArguments(args: readonly string[]): Command {
  let format: 'text' | 'json' = 'text';
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      files.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') return { kind: 'help', topic: 'compare' };
    if (arg === '--format' || arg.startsWith('--format=')) {
      format = textOrJsonFormat(arg === '--format' ? args[++i] : arg.slice('--format='.length), 'compare');
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option '${arg}' for 'unres compare'`);
    } else {
      files.push(arg);
    }
  }
  if (files.length !== 2) throw new UsageError("'unres compare' needs two files, the two language versions: unres compare draft.en.unres draft.fr.unres");
  if (files.includes('-')) throw new UsageError("'unres compare' reads two files, not standard input");
  return { kind: 'compare', files: [files[0], files[1]], format };
}

function parseServerArguments(args: readonly string[]): Command {
  const transports = new Set<ServerTransport>();
  for (const arg of args) {
    if (arg === '-h' || arg === '--help') return { kind: 'help', topic: 'server' };
    if (arg === '--stdio') transports.add('stdio');
    else if (arg === '--node-ipc') transports.add('node-ipc');
    // vscode-languageclient appends this to watch its own process; the connection reads it from argv.
    else if (/^--clientProcessId=\d+$/.test(arg)) continue;
    else throw new UsageError(`unknown option '${arg}' for 'unres server'`);
  }
  if (transports.size !== 1) throw new UsageError("'unres server' needs exactly one of --stdio and --node-ipc");
  const [transport] = transports;
  return { kind: 'server', transport };
}

/** Reads the arguments after the program name. Throws a `UsageError` for a command line it cannot use. */
export function parseCommandLine(args: readonly string[]): Command {
  const [first, ...rest] = args;
  switch (first) {
    case undefined:
      throw new UsageError('no command given', true);
    case '-h':
    case '--help':
    case 'help':
      return { kind: 'help' };
    case '-v':
    case '--version':
      return { kind: 'version' };
    case 'lint':
      return parseLintArguments(rest);
    case 'server':
      return parseServerArguments(rest);
    case 'lookup':
      return parseLookupArguments(rest);
    case 'export':
      return parseExportArguments(rest);
    case 'compare':
      return parseCompareArguments(rest);
    default:
      throw new UsageError(first.startsWith('-') ? `unknown option '${first}'` : `unknown command '${first}'`, true);
  }
}
