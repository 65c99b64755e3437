import * as path from 'node:path';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { version } from '../../../package.json';
import { startServer } from '../lsp/server';
import { messageGate } from '../lsp/messageGate';
import { exitOnBrokenFraming } from '../node/framingGuard';
import { createNodeServerHost } from '../node/serverHost';
import { COMPARE_USAGE, EXPORT_USAGE, LINT_USAGE, LOOKUP_USAGE, parseCommandLine, SERVER_USAGE, USAGE, UsageError, type Command } from './args';
import { AnalysisError } from './inputs';
import { ExitCode, runLint, type Output } from './lintCommand';
import { runExport } from './exportCommand';
import { runLookup } from './lookupCommand';
import { runCompare } from './compareCommand';
import { TreatyDataLoader } from '../node/treatyData';

// This file is bundled to dist/cli.js; the rule pages ship in docs/rules beside dist/.
const RULE_DOCS_FOLDER = path.resolve(__dirname, '..', 'docs', 'rules');

/** The command line now serves the language server and must not exit. */
const SERVING = 'serving';

function helpText(topic: Extract<Command, { kind: 'help' }>['topic']): string {
  if (topic === 'lint') return LINT_USAGE;
  if (topic === 'server') return SERVER_USAGE;
  if (topic === 'lookup') return LOOKUP_USAGE;
  if (topic === 'export') return EXPORT_USAGE;
  if (topic === 'compare') return COMPARE_USAGE;
  return USAGE;
}

/**
 * Runs the `unres` command line on the arguments after the program name. Resolves to the exit
 * status, or to "serving" once `unres server` has started the language server.
 */
export async function runCli(args: readonly string[], output: Output): Promise<ExitCode | typeof SERVING> {
  let command: Command;
  try {
    command = parseCommandLine(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    output.stderr(error.showUsage ? `unres: ${error.message}\n\n${USAGE}` : `unres: ${error.message} (see 'unres --help')\n`);
    return ExitCode.UsageOrInputError;
  }
  switch (command.kind) {
    case 'help':
      output.stdout(helpText(command.topic));
      return ExitCode.Clean;
    case 'version':
      output.stdout(`${version}\n`);
      return ExitCode.Clean;
    case 'lint':
      return runLint(
        {
          paths: command.paths,
          format: command.format,
          fix: command.fix,
          fixSelection: command.fixSelection,
          fixDryRun: command.fixDryRun,
          configFile: command.configFile,
          changes: command.changes,
          stdinFilename: command.stdinFilename,
          useIgnoreFiles: command.useIgnoreFiles,
          ruleDocsFolder: RULE_DOCS_FOLDER,
          toolVersion: version,
        },
        output,
      );
    case 'lookup':
    {
      // --treaties FILE instead of the .unres/treaties.json nearest the current folder.
      const loaded = command.treatiesFile !== undefined ? new TreatyDataLoader().load([command.treatiesFile]) : new TreatyDataLoader().forFolder(process.cwd());
      for (const problem of loaded.problems) output.stderr(`unres: ${problem.message}\n`);
      if (command.treatiesFile !== undefined && loaded.problems.length > 0) return ExitCode.UsageOrInputError;
      return runLookup({ query: command.query, format: command.format, treaties: loaded.table, ...(command.language !== undefined ? { language: command.language } : {}) }, output);
    }
    case 'export':
      return runExport({ file: command.file, to: command.to, ...(command.output !== undefined ? { output: command.output } : {}) }, output);
    case 'compare':
      return runCompare({ files: command.files, format: command.format }, output);
    case 'server':
      // The connection reads the transport (--stdio or --node-ipc) from process.argv itself.
      startServer(createConnection(ProposedFeatures.all, messageGate()), createNodeServerHost(RULE_DOCS_FOLDER));
      exitOnBrokenFraming(process.argv, process.stdin, (message) => {
        process.stderr.write(`${message}\n`);
        process.exit(1);
      });
      return SERVING;
  }
}

const processOutput: Output = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

runCli(process.argv.slice(2), processOutput).then(
  (status) => {
    if (status !== SERVING) process.exitCode = status;
  },
  (error: unknown) => {
    const describe = (value: unknown): string => (value instanceof Error ? (value.stack ?? value.message) : String(value));
    const report = error instanceof AnalysisError ? `${error.message}: ${describe(error.cause)}` : `internal error: ${describe(error)}`;
    process.stderr.write(`unres: ${report}\n`);
    process.exitCode = ExitCode.UsageOrInputError;
  },
);
