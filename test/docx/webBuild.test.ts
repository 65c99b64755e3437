import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vm from 'node:vm';
import * as esbuild from 'esbuild';
import { readDocx } from '../../server/src/docx';
import { REPO_ROOT } from '../support/paths';
import { earlyWarningDraft } from '../support/wordDrafts';

describe('the Word reader in a web build', function () {
  this.timeout(60_000);

  it('bundles for the browser and reads a draft where there is no Node (no require, process, Buffer or TextDecoder)', async () => {
    const built = await esbuild.build({
      entryPoints: [path.join(REPO_ROOT, 'server', 'src', 'docx', 'index.ts')],
      bundle: true,
      platform: 'browser',
      mainFields: ['browser', 'module', 'main'],
      format: 'iife',
      globalName: 'unresDocx',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    });
    const bundle = built.outputFiles[0].text;
    const context = vm.createContext({ Uint8Array, input: earlyWarningDraft() });
    vm.runInContext(bundle, context);
    const text = vm.runInContext('(() => { const result = unresDocx.readDocx(input); return result.ok ? result.reading.text : result.reason; })()', context) as string;
    assert.match(text, /^1\. \*Encourages\* Member States to extend early warning coverage/m);
    assert.match(text, /^\(b\) To support the training of local volunteers and first responders;$/m);
  });
});

describe('the Word writer in a web build', function () {
  this.timeout(60_000);

  it('bundles for the browser and writes a draft that the reader reads back, with no Node (no require, process or Buffer)', async () => {
    const built = await esbuild.build({
      entryPoints: [path.join(REPO_ROOT, 'server', 'src', 'export', 'index.ts')],
      bundle: true,
      platform: 'browser',
      mainFields: ['browser', 'module', 'main'],
      format: 'iife',
      globalName: 'unresExport',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    });
    const bundle = built.outputFiles[0].text;
    const draft = '*The General Assembly*,\n\n*Noting* the early warning initiative,¹\n\n1. *Encourages* Member States to extend early warning coverage;\n\n¹ See A/81/12.\n';
    // What a browser has: typed arrays, TextEncoder and timers; nothing of Node.
    const context = vm.createContext({ Uint8Array, ArrayBuffer, DataView, TextEncoder, setTimeout, clearTimeout, queueMicrotask, draft });
    vm.runInContext(bundle, context);
    const bytes = (await vm.runInContext('unresExport.writeResolutionDocx(draft)', context)) as Uint8Array;
    const read = readDocx(new Uint8Array(bytes));
    assert.ok(read.ok);
    assert.equal(read.reading.text, '*The General Assembly*,\n\n*Noting* the early warning initiative,¹\n\n¹ See A/81/12.\n\n1. *Encourages* Member States to extend early warning coverage;\n');
  });
});
