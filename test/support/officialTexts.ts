import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The official General Assembly texts in ../shared/official, beside the project. */
export const OFFICIAL = path.resolve(__dirname, '../../../../shared/official');

/**
 * The file names of the official texts, in order; when the folder is missing, one test that says
 * so (a failure under CI, which always has ../shared) and an empty list.
 */
export function officialFiles(): string[] {
  if (!fs.existsSync(OFFICIAL)) {
    it(`cannot run: ${OFFICIAL} does not exist (the official texts live in ../shared beside the project)`, function () {
      if (process.env.CI) assert.fail(`${OFFICIAL} is missing`);
      this.skip();
    });
    return [];
  }
  return fs.readdirSync(OFFICIAL).filter((f) => f.endsWith('.md') && f !== 'README.md').sort();
}
