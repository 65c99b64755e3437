import { spawnSync } from 'node:child_process';
import { UNRES_BIN } from '../support/paths';

/** What a run of the command line did. */
export interface UnresRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node bin/unres.js ...args` to completion in `cwd`. */
export function runUnres(args: readonly string[], cwd: string): UnresRun {
  const result = spawnSync(process.execPath, [UNRES_BIN, ...args], { cwd, encoding: 'utf8', timeout: 15000 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
