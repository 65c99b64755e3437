// Packages the extension with vsce, with the options the project needs in one place: no
// node_modules (everything is bundled), no repository (the project publishes none), the extension
// page written for drafters (docs/marketplace/README.md) with its links left relative to the
// extension's root. `node scripts/package-vsix.mjs [--out FILE]`, run in the folder to package
// (the project, or a copy of it as the real-editor tests make).
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const at = process.argv.indexOf('--out');
const out = at > 0 ? process.argv[at + 1] : 'unres.vsix';
const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--readme-path', 'docs/marketplace/README.md', '--out', out], { stdio: 'inherit' });
