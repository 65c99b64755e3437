import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/**
 * The entry point VS Code's extension host calls with `--extensionTestsPath`: runs every
 * *.test.js beside it with mocha and settles when they are done, rejecting when one failed.
 */
export function run(): Promise<void> {
  // bail: a broken extension fails its first test; the others would only wait out their timeouts.
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, bail: true });
  for (const file of fs.readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, file));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} extension-host test(s) failed`)) : resolve()));
  });
}
