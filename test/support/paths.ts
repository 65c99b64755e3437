import * as path from 'node:path';

/** The repository root: tests run from out/test/<folder>/, three levels below it. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

/** The command line launcher, which loads the bundle in dist/ (built by `npm run build`). */
export const UNRES_BIN = path.join(REPO_ROOT, 'bin', 'unres.js');
