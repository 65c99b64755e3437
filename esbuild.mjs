// Bundles the extension client, the node language server and the command line into dist/.
// Usage: node esbuild.mjs [--production]   (--production minifies)
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');

/** Each bundle: its TypeScript entry point and the file it becomes. */
const bundles = [
  { entry: 'client/src/extension.ts', outfile: 'dist/client/extension.js' },
  { entry: 'server/src/node/main.ts', outfile: 'dist/server/node/main.js' },
  { entry: 'server/src/cli/main.ts', outfile: 'dist/cli.js' },
];

await Promise.all(
  bundles.map(({ entry, outfile }) =>
    esbuild.build({
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      external: ['vscode'],
      sourcemap: true,
      minify: production,
      logLevel: 'warning',
    }),
  ),
);
