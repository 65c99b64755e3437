import { compareVersions, LANGUAGE_NAMES, LineIndex, type VersionComparison } from '../core';
import { collectInputs, type ResolutionInput } from './inputs';
import { ExitCode, type Output } from './lintCommand';
import { wordLocationAt } from './wordFiles';

/** The options of `unres compare`. */
export interface CompareOptions {
  /** The two versions, as named on the command line. */
  readonly files: readonly [string, string];
  readonly format: 'text' | 'json';
}

/** Where a difference stands in one version: 1-based line and column, and the Word paragraph of a Word file. */
interface Place {
  readonly line: number;
  readonly column: number;
  readonly word?: string;
}

/** Reads one version as `unres lint` reads a file named to it; a message when it cannot be compared. */
async function readVersion(file: string): Promise<ResolutionInput | string> {
  const collected = await collectInputs([file]);
  const problem = collected.errors[0] ?? collected.refused[0];
  if (problem) return problem.message;
  const input = collected.inputs[0];
  if (!input) return `${file}: not a resolution`;
  const { model } = input;
  if (model.preamble.length === 0 && model.operative.length === 0) return `${file}: no preambular or operative paragraphs to compare`;
  return input;
}

/**
 * Runs `unres compare A B`: the parallel check of two language versions of one resolution.
 * Exit status 0 when they correspond, 1 when they differ, 2 when either cannot be read.
 */
export async function runCompare(options: CompareOptions, output: Output): Promise<ExitCode> {
  const versions: ResolutionInput[] = [];
  for (const file of options.files) {
    const version = await readVersion(file);
    if (typeof version === 'string') {
      output.stderr(`unres: ${version}\n`);
      return ExitCode.UsageOrInputError;
    }
    versions.push(version);
  }
  const [first, second] = versions;
  const comparison = compareVersions(first.model, second.model);
  const indexes = versions.map((version) => new LineIndex(version.text));
  const placeOf = (side: 0 | 1, offset: number): Place => {
    const { line, character } = indexes[side].positionAt(offset);
    const word = versions[side].word && wordLocationAt(versions[side].word, offset);
    return { line: line + 1, column: character + 1, ...(word ? { word: word.description } : {}) };
  };
  output.stdout(options.format === 'json' ? `${JSON.stringify(jsonReport(comparison, versions, placeOf, indexes), null, 2)}\n` : textReport(comparison, versions, placeOf));
  return comparison.differences.length === 0 ? ExitCode.Clean : ExitCode.ErrorsFound;
}

function describeVersion(input: ResolutionInput): string {
  return `${input.file} (${LANGUAGE_NAMES[input.model.language.code]})`;
}

/** Each difference as a line for each version, `file:line:col kind message`, then what was compared. */
function textReport(comparison: VersionComparison, versions: readonly ResolutionInput[], placeOf: (side: 0 | 1, offset: number) => Place): string {
  const lines: string[] = [];
  for (const difference of comparison.differences) {
    difference.sides.forEach((side, index) => {
      const place = placeOf(index as 0 | 1, (side.words ?? side.span).start);
      lines.push(`${versions[index].file}:${place.line}:${place.column} ${difference.kind} ${side.message}${place.word ? ` [${place.word}]` : ''}`);
    });
    lines.push('');
  }
  const [countsA, countsB] = comparison.counts;
  const paragraphs = (counts: { preambular: number; operative: number }): string => `${counts.preambular} preambular and ${counts.operative} operative paragraphs`;
  const count = comparison.differences.length;
  lines.push(
    count === 0
      ? `${describeVersion(versions[0])} and ${describeVersion(versions[1])} correspond: ${paragraphs(countsA)} each.`
      : `${count} difference${count === 1 ? '' : 's'} between ${describeVersion(versions[0])}, ${paragraphs(countsA)}, and ${describeVersion(versions[1])}, ${paragraphs(countsB)}.`,
  );
  return lines.map((line) => `${line}\n`).join('');
}

/** `{ versions: [{ file, language, preambular, operative }], differences: [{ kind, sides: [{ file, range, wordsRange?, message, word? }] }] }`, lines and characters from 0. */
function jsonReport(comparison: VersionComparison, versions: readonly ResolutionInput[], placeOf: (side: 0 | 1, offset: number) => Place, indexes: readonly LineIndex[]): object {
  return {
    versions: versions.map((version, index) => ({ file: version.file, language: version.model.language.code, ...comparison.counts[index] })),
    differences: comparison.differences.map((difference) => ({
      kind: difference.kind,
      sides: difference.sides.map((side, index) => {
        const lines = indexes[index];
        const word = placeOf(index as 0 | 1, (side.words ?? side.span).start).word;
        return {
          file: versions[index].file,
          range: { start: lines.positionAt(side.span.start), end: lines.positionAt(side.span.end) },
          ...(side.words ? { wordsRange: { start: lines.positionAt(side.words.start), end: lines.positionAt(side.words.end) } } : {}),
          message: side.message,
          ...(word ? { word } : {}),
        };
      }),
    })),
  };
}
