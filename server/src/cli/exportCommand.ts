import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { isWordFileName } from '../docx';
import { writeResolutionDocx } from '../export';
import { collectInputs } from './inputs';
import { ExitCode, type Output } from './lintCommand';

/** The formats `unres export` writes. */
export const EXPORT_FORMATS = ['docx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The options of `unres export`. */
export interface ExportOptions {
  readonly file: string;
  readonly to: ExportFormat;
  /** Where to write; by default the draft's name with the format's extension. */
  readonly output?: string;
}

/** The draft's name with `.docx` for its extension: "draft.unres" and "draft.res.md" give "draft.docx". */
export function defaultOutputName(file: string, to: ExportFormat): string {
  const parsed = path.parse(file);
  const base = parsed.base.replace(/\.res\.md$/i, '').replace(/\.[^.]*$/, '') || parsed.base;
  return path.join(parsed.dir, `${base}.${to}`);
}

/** Why a write failed, in a few words. */
function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'cannot write: its folder does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot write: permission denied';
  if (code === 'EISDIR') return 'cannot write: it is a folder';
  return `cannot write: ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * Runs `unres export`: reads a draft as `unres lint` reads a file named to it (.unres, .res.md, or
 * a .md or .txt that is a resolution), writes it in the format asked, and says where. Exit status
 * 0 when written, 2 with one line on stderr when the draft cannot be read or the file written.
 */
export async function runExport(options: ExportOptions, output: Output): Promise<ExitCode> {
  const fail = (message: string): ExitCode => {
    output.stderr(`unres: ${message}\n`);
    return ExitCode.UsageOrInputError;
  };
  const { file } = options;
  if (isWordFileName(file)) return fail(`${file}: already a Word file: export reads a draft in text form (.unres, .md, .txt)`);
  const target = options.output ?? defaultOutputName(file, options.to);
  const real = (name: string): Promise<string> => fs.realpath(name).catch(() => path.resolve(name));
  if ((await real(target)) === (await real(file))) return fail(`${file}: the output would overwrite the draft: give another name with -o`);
  const stats = await fs.stat(file).catch(() => undefined);
  if (stats?.isDirectory()) return fail(`${file}: a folder: export writes one draft at a time`);
  const collected = await collectInputs([file]);
  const problem = collected.errors[0] ?? collected.refused[0];
  if (problem) return fail(problem.message);
  const input = collected.inputs[0];
  if (!input) return fail(`${file}: not a resolution`);
  const bytes = await writeResolutionDocx(input.model);
  try {
    await fs.writeFile(target, bytes);
  } catch (error) {
    return fail(`${target}: ${describeWriteError(error)}`);
  }
  output.stdout(`${file} -> ${target}\n`);
  return ExitCode.Clean;
}
