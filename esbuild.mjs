// Bundles the extension client, the node language server and the command line into dist/, and the
// web extension (client and the language server for a web worker) for VS Code for the Web.
// Usage: node esbuild.mjs [--production]   (--production minifies)
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');

/** Each bundle: its TypeScript entry point, the file it becomes, and where it runs. */
const bundles = [
  { entry: 'client/src/extension.ts', outfile: 'dist/client/extension.js', runsIn: 'node' },
  { entry: 'server/src/node/main.ts', outfile: 'dist/server/node/main.js', runsIn: 'node' },
  { entry: 'server/src/cli/main.ts', outfile: 'dist/cli.js', runsIn: 'node' },
  // The web extension host loads the client as a CommonJS module; the server runs as a worker script.
  { entry: 'client/src/browser/extension.ts', outfile: 'dist/client/browser/extension.js', runsIn: 'web extension host' },
  { entry: 'server/src/browser/main.ts', outfile: 'dist/server/browser/main.js', runsIn: 'web worker' },
];

/** Options by where a bundle runs: the browser ones may not reach a Node built-in (the build fails if one does). */
const platformOptions = {
  node: { platform: 'node', target: 'node20', format: 'cjs' },
  'web extension host': { platform: 'browser', target: 'es2022', format: 'cjs', mainFields: ['browser', 'module', 'main'] },
  'web worker': { platform: 'browser', target: 'es2022', format: 'iife', mainFields: ['browser', 'module', 'main'] },
};

await Promise.all(
  bundles.map(({ entry, outfile, runsIn }) =>
    esbuild.build({
      entryPoints: [entry],
      outfile,
      bundle: true,
      ...platformOptions[runsIn],
      external: ['vscode'],
      sourcemap: true,
      minify: production,
      logLevel: 'warning',
    }),
  ),
);
