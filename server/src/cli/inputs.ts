import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { isDraftText, type ResolutionDocument } from '../core';
import { isWordFileName, readDocx, type DocxReading, type DocxReadOptions } from '../docx';
import { DRAFT_MAX_BYTES, describeSize, readBoundedFile } from '../node/boundedRead';
import { decodeText, findDraftFiles, isResolutionByName } from '../node/draftFiles';
import { describeFileSystemError } from '../node/fileErrors';
import type { IgnoreFiles } from '../node/ignoreFiles';
import { CORE_ENGINE, type LintEngine } from './engine';

/** A file `unres lint` checks: its path as the user sees it, its text and the parse of it. */
export interface ResolutionInput {
  /** The path as given on the command line, or joined under the folder given. */
  readonly file: string;
  /** The text without a leading byte order mark; line ends as in the file. */
  readonly text: string;
  /** Whether the file starts with a UTF-8 byte order mark, kept when the file is rewritten. */
  readonly byteOrderMark: boolean;
  readonly model: ResolutionDocument;
  /** For a Word file: what was read from it; `text` is the text read. */
  readonly word?: DocxReading;
}

/** Why a file cannot be checked; `message` is one line that names the file. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'InputError';
  }
}

/** The files found under the paths given, and the problems that stop some of them being checked. */
export interface CollectedInputs {
  readonly inputs: ResolutionInput[];
  readonly errors: InputError[];
  /** Word files refused (not a .docx, encrypted, macro-enabled, past a bound): reported, and the others are still checked. */
  readonly refused: InputError[];
}

/** A Word file that cannot be read as a draft. */
export class WordFileRefusal extends InputError {}

/** An exception thrown by the analysis of a file: a bug in unres, reported with the file's name. */
export class AnalysisError extends Error {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(`internal error while checking ${file}`, { cause });
    this.name = 'AnalysisError';
  }
}

/** Runs an analysis of a file's text, turning any exception into an `AnalysisError` naming the file. */
export function analyseFile<T>(file: string, analyse: () => T): T {
  try {
    return analyse();
  } catch (error) {
    throw new AnalysisError(file, error);
  }
}

const NOT_A_RESOLUTION = 'not a resolution (no United Nations masthead, opening line or operative paragraphs)';
type FileOrigin = 'named' | 'found';

/** The name standard input goes by in the output when `--stdin-filename` gives none. */
export const STDIN_NAME = '<stdin>';

/**
 * Whether a `.md` or `.txt` file found in a folder is a document to check: the core's
 * `isDraftText`, with the engine's parser.
 */
export function isFoundDocument(engine: LintEngine, file: string, text: string): boolean {
  return isDraftText(text, file.toLowerCase().endsWith('.md') ? 'markdown' : 'plain', (read) => engine.parse(read));
}

/**
 * Decides whether a text is checked and parses it. A file named on the command line (and standard
 * input) must be a resolution, decision or amendment, or another document under a United Nations
 * masthead, unless its name says it is a resolution; a file found in a folder must also pass
 * `isFoundDocument`, and is skipped quietly when it does not.
 */
function inputOf(file: string, bytes: Uint8Array, origin: FileOrigin, engine: LintEngine): ResolutionInput | InputError | undefined {
  const byName = isResolutionByName(file);
  const quiet = origin === 'found' && !byName;
  const decoded = decodeText(bytes);
  if ('problem' in decoded) return quiet ? undefined : new InputError(file, decoded.problem);
  if (quiet && !analyseFile(file, () => isFoundDocument(engine, file, decoded.text))) return undefined;
  const model = analyseFile(file, () => engine.parse(decoded.text));
  if (!byName && !analyseFile(file, () => engine.isUnitedNationsText(model))) return quiet ? undefined : new InputError(file, NOT_A_RESOLUTION);
  return { file, text: decoded.text, byteOrderMark: decoded.byteOrderMark, model };
}

/** Reads one file and decides whether it is checked (see `inputOf`). */
async function readInput(file: string, origin: FileOrigin, engine: LintEngine, wordOptions: DocxReadOptions): Promise<ResolutionInput | InputError | undefined> {
  const quiet = origin === 'found' && !isResolutionByName(file);
  // Read only a regular file under the bound: a FIFO would block the run, a device or a huge file fill its memory.
  const read = readBoundedFile(file, DRAFT_MAX_BYTES);
  if (!read.ok) return quiet ? undefined : new InputError(file, read.reason);
  if (isWordFileName(file)) {
    // A Word file found in a folder is reported when refused: its name says it is a document, not text that might be one.
    const result = readDocx(read.bytes, wordOptions);
    if (!result.ok) return new WordFileRefusal(file, result.reason);
    const model = analyseFile(file, () => engine.parse(result.reading.text));
    if (!analyseFile(file, () => engine.isUnitedNationsText(model))) return quiet ? undefined : new InputError(file, NOT_A_RESOLUTION);
    return { file, text: result.reading.text, byteOrderMark: false, model, word: result.reading };
  }
  return inputOf(file, read.bytes, origin, engine);
}

/**
 * Reads the draft on standard input, at most `DRAFT_MAX_BYTES` of it, as `unres lint -` checks it:
 * as a file named on the command line, under `name`.
 */
export async function readStdinInput(stream: AsyncIterable<Uint8Array | string>, name: string, engine: LintEngine = CORE_ENGINE): Promise<ResolutionInput | InputError> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    length += bytes.length;
    if (length > DRAFT_MAX_BYTES) return new InputError(name, `larger than ${describeSize(DRAFT_MAX_BYTES)}`);
    chunks.push(bytes);
  }
  return inputOf(name, Buffer.concat(chunks, length), 'named', engine) ?? new InputError(name, NOT_A_RESOLUTION);
}

/**
 * Reads the files and folders named on the command line. Each file is read and parsed once, and
 * a file reached twice (named and also inside a folder named) is checked once. With
 * `ignoreFiles`, the `.unresignore` files keep files out of the folder walks; a file named is
 * read all the same.
 */
export async function collectInputs(paths: readonly string[], engine: LintEngine = CORE_ENGINE, wordOptions: DocxReadOptions = {}, ignoreFiles?: IgnoreFiles): Promise<CollectedInputs> {
  const inputs: ResolutionInput[] = [];
  const errors: InputError[] = [];
  const refused: InputError[] = [];
  const seen = new Set<string>();

  async function add(file: string, origin: FileOrigin): Promise<void> {
    const key = path.resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    const result = await readInput(file, origin, engine, wordOptions);
    if (result instanceof WordFileRefusal) refused.push(result);
    else if (result instanceof InputError) errors.push(result);
    else if (result) inputs.push(result);
  }

  for (const given of paths) {
    let stats;
    try {
      stats = await fs.stat(given);
    } catch (error) {
      errors.push(new InputError(given, describeFileSystemError(error)));
      continue;
    }
    if (stats.isDirectory()) {
      const { files, unread } = await findDraftFiles(given, ignoreFiles);
      for (const { folder, problem } of unread) errors.push(new InputError(folder, problem));
      for (const file of files) await add(file, 'found');
    } else if (stats.isFile()) {
      await add(given, 'named');
    } else {
      errors.push(new InputError(given, 'not a regular file or folder'));
    }
  }
  return { inputs, errors, refused };
}
