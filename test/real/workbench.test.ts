import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Locator, Page } from 'playwright-core';
import { EditorSandbox, type RunningCodeServer } from './support/codeServer';
import { earlyWarningDraft } from '../support/wordDrafts';
import { chromiumExecutable, codeServerExecutable, REPO_ROOT, requireRealClient } from './support/realClients';

/** The package `npm run package` makes; `npm run test:real` makes it before the tests. */
const VSIX = path.join(REPO_ROOT, 'unres.vsix');

/**
 * Where the screenshots go: out/test/real/screenshots, or docs/images (the README's) when
 * UNRES_SCREENSHOTS_DIR says so (`npm run screenshots`), so that a test run leaves the committed
 * images alone.
 */
const SCREENSHOTS = path.resolve(REPO_ROOT, process.env.UNRES_SCREENSHOTS_DIR ?? path.join('out', 'test', 'real', 'screenshots'));

/** A draft written for this test: a misspelt verb (UNR002, with its fix), a gap in the numbering (UNR001) and a footnote. */
const DRAFT_NAME = 'birth-registration.unres';
const DRAFT = [
  'General Assembly',
  '',
  'Birth registration for every child',
  '',
  'The General Assembly,',
  '',
  '*Recalling* the Convention on the Rights of the Child,¹',
  '',
  '*Concerned* that many children still have no birth certificate,',
  '',
  '1. *Urgs* all States to register every child immediately after birth;',
  '',
  '2. *Requests* the Secretary-General to report on the implementation of the present resolution at its eighty-second session;',
  '',
  '4. *Decides* to remain seized of the matter.',
  '',
  '¹ United Nations, *Treaty Series*, vol. 1577, No. 27531.',
  '',
].join('\n');

/**
 * A resolution saved as plain text, written for the detection test: an opening line and numbered
 * operative paragraphs, one with a misspelt verb (UNR002) to show that the checks run once the
 * file is a resolution.
 */
const TXT_DRAFT_NAME = 'drinking-water.txt';
const TXT_DRAFT = [
  'General Assembly',
  '',
  'Access to safe drinking water in rural areas',
  '',
  'The General Assembly,',
  '',
  '*Recognizing* that safe drinking water is essential to the health of every community,',
  '',
  '*Noting* the efforts of Member States to extend water networks to rural areas,',
  '',
  '1. *Encourags* States to plan water services together with the communities they serve;',
  '',
  '2. *Invites* the United Nations system to support national efforts to that end;',
  '',
  '3. *Decides* to continue its consideration of the question at its eighty-second session.',
  '',
].join('\n');

/** The settings every workbench of these tests has. */
const WORKBENCH_SETTINGS = { 'editor.minimap.enabled': false, 'editor.wordWrap': 'on', 'unres.detect': 'prompt' };

/** The language server of the node build, as its process's command line shows it. */
const NODE_SERVER_SCRIPT = path.join('dist', 'server', 'node', 'main.js');

/** The editor's rendered line that contains `text`. */
function line(editor: Locator, text: string): Locator {
  return editor.locator('.view-line', { hasText: text });
}

/** Moves the mouse over `target` until the hover widget shows `text` (the first move may land before the editor listens). */
async function hoverUntil(page: Page, target: Locator, text: string): Promise<Locator> {
  const box = await target.boundingBox();
  assert.ok(box, 'the hover target is on screen');
  const hover = page.locator('.monaco-hover', { hasText: text }).first();
  for (let attempt = 0; ; attempt++) {
    await page.mouse.move(box.x + box.width / 2 + attempt, box.y + box.height / 2);
    try {
      await hover.waitFor({ state: 'visible', timeout: 3000 });
      return hover;
    } catch (error) {
      if (attempt === 4) throw error;
      await page.mouse.move(0, 0);
    }
  }
}

/**
 * The diagnostics step of the UI test on DRAFT: squiggles under the misspelt verb (warning) and the
 * paragraph after the gap (error) within `timeoutMs`, both in the Problems panel with their messages.
 */
async function expectDraftDiagnostics(page: Page, editor: Locator, timeoutMs = 30_000): Promise<void> {
  await editor.locator('.squiggly-warning').first().waitFor({ timeout: timeoutMs });
  await editor.locator('.squiggly-error').first().waitFor();
  await page.keyboard.press('Control+Shift+M');
  const problems = page.locator('.markers-panel .monaco-list-row');
  await problems.filter({ hasText: '"Urgs" opening paragraph 1 is not a standard operative verb; did you mean "Urges"?' }).waitFor();
  await problems.filter({ hasText: 'Paragraph 4 follows paragraph 2: paragraph 3 is missing.' }).waitFor();
  assert.equal(await problems.filter({ hasText: 'UNR002' }).count(), 1);
  assert.equal(await problems.filter({ hasText: 'UNR001' }).count(), 1);
}

/** Hovers the footnote mark of DRAFT, and checks that the hover shows the footnote's text. */
async function expectFootnoteHover(page: Page, editor: Locator): Promise<void> {
  const mark = line(editor, 'Rights of the Child').locator('span > span', { hasText: '¹' }).last();
  const hover = await hoverUntil(page, mark, 'Treaty Series');
  assert.equal((await hover.innerText()).includes('United Nations, Treaty Series, vol. 1577, No. 27531.'), true, await hover.innerText());
}

/**
 * One code-server with an extension installed from a .vsix, serving workspaces of files written
 * for a test, each opened in its own page of a shared browser.
 */
class Workbench {
  readonly sandbox: EditorSandbox;
  server: RunningCodeServer | undefined;
  readonly pages: Page[] = [];

  constructor(settings: Record<string, unknown> = {}) {
    this.sandbox = new EditorSandbox({ settings: { ...WORKBENCH_SETTINGS, ...settings } });
  }

  async start(codeServer: string, vsix: string): Promise<this> {
    this.sandbox.installExtension(codeServer, vsix);
    this.server = await this.sandbox.startCodeServer(codeServer);
    return this;
  }

  /** A workspace folder holding `files`, opened in a new page; resolves once the workbench is up. */
  async open(browser: Browser, name: string, files: Record<string, string | Uint8Array>): Promise<Page> {
    const workspace = path.join(this.sandbox.root, name);
    fs.mkdirSync(workspace);
    for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(workspace, file), text);
    const page = await browser.newPage({ viewport: { width: 960, height: 560 } });
    this.pages.push(page);
    await page.goto(`${this.server!.url!.origin}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    return page;
  }

  /** Prints what code-server logged and saves a screenshot of each page, for a failed test. */
  async report(name: string): Promise<void> {
    if (this.server) console.log(this.server.output.slice(-4000));
    for (const [index, page] of this.pages.entries()) await screenshot(page, `failure-${name}-${index}.png`).catch(() => undefined);
  }

  async stop(): Promise<void> {
    for (const page of this.pages) await page.close().catch(() => undefined);
    await this.server?.stop();
    this.sandbox.remove();
  }
}

/** Opens `name` from the explorer, and waits until the editor shows `firstLine` and the status bar the language `mode`. */
async function openFile(page: Page, name: string, firstLine: string, mode: string): Promise<Locator> {
  await page.keyboard.press('Control+Shift+E');
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).click({ timeout: 60_000 });
  const editor = page.locator('.editor-instance .monaco-editor').first();
  await line(editor, firstLine).waitFor();
  await page.locator('#status\\.editor\\.mode', { hasText: mode }).waitFor();
  return editor;
}

/** Opens DRAFT and closes the side bar, so that the screenshots show the draft. */
async function openDraft(page: Page): Promise<Locator> {
  const editor = await openFile(page, DRAFT_NAME, 'The General Assembly,', 'UN resolution');
  await page.keyboard.press('Control+B');
  await page.locator('.part.sidebar').waitFor({ state: 'hidden' });
  return editor;
}

async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, name) });
}

/**
 * The packaged extension with a language server that exits at once, as a server that cannot
 * start does: the same files as unres.vsix, packaged by vsce from a copy of the project whose
 * dist/server/node/main.js is replaced.
 */
async function packageBrokenExtension(root: string): Promise<string> {
  const project = path.join(root, 'project');
  const parts = ['.vscodeignore', 'LICENSE', 'CHANGELOG.md', 'language-configuration.json', 'dist/client', 'dist/server/browser', 'syntaxes', 'snippets', 'docs/rules', 'docs/images', 'docs/marketplace', 'images', 'schemas'];
  for (const part of parts) fs.cpSync(path.join(REPO_ROOT, part), path.join(project, part), { recursive: true });
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  delete manifest.scripts; // vsce would run vscode:prepublish, the real build
  fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify(manifest, null, 2));
  const server = path.join(project, NODE_SERVER_SCRIPT);
  fs.mkdirSync(path.dirname(server), { recursive: true });
  fs.writeFileSync(server, "console.error('this language server does not start');\nprocess.exit(1);\n");
  const vsix = path.join(root, 'broken-unres.vsix');
  await promisify(execFile)(process.execPath, [path.join(REPO_ROOT, 'scripts', 'package-vsix.mjs'), '--out', vsix], { cwd: project });
  return vsix;
}

/**
 * The check that a broken extension fails the UI test: a .vsix whose language server exits at
 * once is installed, the draft opens in the unres language (the extension is there), and the
 * diagnostics step must time out with no squiggle. The user sees one message that the server
 * could not start, not a crash loop.
 */
async function checkBrokenExtension(codeServer: string, browser: Browser): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-broken-vsix-'));
  let workbench: Workbench | undefined;
  try {
    const vsix = await packageBrokenExtension(root);
    workbench = await new Workbench().start(codeServer, vsix);
    const page = await workbench.open(browser, 'draft', { [DRAFT_NAME]: DRAFT });
    const editor = await openDraft(page);
    await assert.rejects(expectDraftDiagnostics(page, editor), (error: Error) => {
      assert.match(error.message, /^locator\.waitFor: Timeout 30000ms exceeded\.[^]*squiggly-warning/);
      return true;
    });
    assert.equal(await editor.locator('.squiggly-warning, .squiggly-error').count(), 0);
    // The user is told, once, and the server is not restarted in a loop.
    const toasts = page.locator('.notification-toast');
    await toasts.filter({ hasText: "unres language server client: couldn't create connection to server." }).waitFor({ state: 'visible', timeout: 5_000 });
    assert.equal(await toasts.filter({ hasText: /unres/ }).count(), 1);
    assert.equal(await toasts.filter({ hasText: 'crashed' }).count(), 0);
  } catch (error) {
    await workbench?.report('broken');
    throw error;
  } finally {
    await workbench?.stop();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

describe('real editors: the extension in the VS Code workbench (code-server)', function () {
  this.timeout(180_000);
  let codeServer: string;
  let browserSandbox: EditorSandbox | undefined;
  let browser: Browser | undefined;
  /** The broken extension check, started with the suite: it mostly waits out its timeout, so it runs beside the other tests. Settles with its error, if any. */
  let brokenCheck: Promise<unknown> | undefined;

  before(async function () {
    codeServer = requireRealClient(this, 'code-server', codeServerExecutable());
    const chromium = requireRealClient(this, 'chromium', chromiumExecutable());
    assert.ok(fs.existsSync(VSIX), `${VSIX} is missing: run npm run package`);
    browserSandbox = new EditorSandbox();
    browser = await browserSandbox.launchBrowser(chromium);
    brokenCheck = checkBrokenExtension(codeServer, browser).then(
      () => undefined,
      (error: unknown) => error,
    );
  });

  after(async () => {
    await brokenCheck;
    await browser?.close();
    browserSandbox?.remove();
  });

  describe('the packaged extension (unres.vsix)', () => {
    let workbench: Workbench | undefined;

    before(async () => {
      workbench = await new Workbench().start(codeServer, VSIX);
    });

    afterEach(async function () {
      if (this.currentTest?.state === 'failed') await workbench?.report(this.currentTest.title.slice(0, 20).replace(/\W+/g, '-'));
    });

    after(async () => {
      await workbench?.stop();
    });

    it('shows squiggles, the Problems panel, the status bar counts, a footnote hover, a completion and a quick fix from the light bulb', async () => {
      const page = await workbench!.open(browser!, 'draft', { [DRAFT_NAME]: DRAFT });
      const editor = await openDraft(page);

      await expectDraftDiagnostics(page, editor);
      // The language server runs in node, beside code-server (the web worker test checks that it does not there).
      const commands = workbench!.server!.commandLines();
      assert.ok(commands.some((command) => command.includes(NODE_SERVER_SCRIPT)), commands.join('\n'));
      // The status bar counts the draft: preambular and operative paragraphs, footnotes.
      const counts = page.locator('.statusbar-item', { hasText: ' PP · ' });
      await counts.filter({ hasText: '2 PP · 3 OP · 1 FN' }).waitFor();
      await screenshot(page, 'problems.png');

      // The rule id of a problem opens its page, rendered (the Markdown preview), and is not taken for a draft.
      // The draft's tab is kept open first (a double click), as it is once the drafter has typed in it.
      await page.locator('.tabs-container .tab', { hasText: DRAFT_NAME }).dblclick();
      await page.locator('.markers-panel .monaco-list-row', { hasText: 'UNR001' }).locator('a', { hasText: 'UNR001' }).click();
      await page.locator('.tabs-container .tab', { hasText: 'Preview UNR001.md' }).waitFor({ timeout: 20_000 });
      await page.locator('.tabs-container .tab', { hasText: /^UNR001\.md/ }).waitFor({ state: 'detached' });
      const rendered = page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');
      await rendered.locator('h1', { hasText: 'UNR001' }).waitFor({ timeout: 20_000 });
      await screenshot(page, 'rule-page.png');
      assert.equal(await page.locator('.notification-toast', { hasText: 'looks like a UN resolution' }).count(), 0);
      await page.locator('.tabs-container .tab', { hasText: DRAFT_NAME }).click();
      await line(editor, 'The General Assembly,').waitFor();
      await page.keyboard.press('Control+J'); // closes the panel

      // Hover on the footnote mark: the footnote's text.
      await expectFootnoteHover(page, editor);
      await screenshot(page, 'hover.png');
      await page.keyboard.press('Escape');
      await page.mouse.move(0, 0);

      // The quick fix of the misspelt verb, from the light bulb. Until the code actions at the new
      // cursor arrive, the bulb may still offer those of the old one: then put the cursor elsewhere
      // and on the verb again.
      const verb = line(editor, 'Urgs').locator('span', { hasText: 'Urgs' }).last();
      const fix = page.locator('.action-widget .monaco-list-row.focused', { hasText: 'Change to "Urges"' });
      for (let attempt = 0; ; attempt++) {
        await verb.click();
        try {
          await editor.locator('.lightBulbWidget').click({ timeout: 5000 });
          await fix.waitFor({ timeout: 3000 });
          break;
        } catch (error) {
          if (attempt === 4) throw error;
          await page.keyboard.press('Escape');
          await line(editor, 'The General Assembly,').click();
        }
      }
      // The preferred fix comes first and has the focus; Enter applies it.
      await screenshot(page, 'quick-fix.png');
      await page.keyboard.press('Enter');
      await line(editor, '1. *Urges* all States to register every child immediately after birth;').waitFor();

      // A standard clause from completion, as the missing paragraph 3: the numbering error goes too.
      // Two new lines before paragraph 4, and the cursor on the first.
      await line(editor, '4. *Decides*').locator('span', { hasText: 'Decides' }).last().click();
      await page.keyboard.press('Home');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.type('3. op-also-req', { delay: 30 });
      const suggestion = page.locator('.suggest-widget .monaco-list-row', { hasText: 'op-also-requests' }).first();
      try {
        await suggestion.waitFor({ timeout: 5000 });
      } catch {
        await page.keyboard.press('Control+Space');
        await suggestion.waitFor();
      }
      await screenshot(page, 'completion.png');
      await page.keyboard.press('Enter');
      await page.keyboard.type('keep the question under review', { delay: 10 });
      await page.keyboard.press('Escape');
      await line(editor, '3. *Also requests* the Secretary-General to keep the question under review;').waitFor();

      await editor.locator('.squiggly-warning, .squiggly-error').first().waitFor({ state: 'detached', timeout: 20_000 });
      await counts.filter({ hasText: '2 PP · 4 OP · 1 FN' }).waitFor();
    });

    it('offers the unres language for a resolution saved as .txt ("unres.detect": "prompt"), and checks it once accepted', async () => {
      const page = await workbench!.open(browser!, 'detection', { [TXT_DRAFT_NAME]: TXT_DRAFT });
      const editor = await openFile(page, TXT_DRAFT_NAME, 'The General Assembly,', 'Plain Text');
      const offer = page.locator('.notification-toast', { hasText: `${TXT_DRAFT_NAME} looks like a UN resolution. Open it as one, with the unres checks?` });
      await offer.waitFor({ timeout: 30_000 });
      // Plain text has no checks: no squiggles while the offer waits.
      assert.equal(await editor.locator('.squiggly-warning, .squiggly-error').count(), 0);
      await screenshot(page, 'detection.png');
      await offer.getByRole('button', { name: 'Open as UN resolution' }).click();
      await offer.waitFor({ state: 'detached' });
      await page.locator('#status\\.editor\\.mode', { hasText: 'UN resolution' }).waitFor();
      await editor.locator('.squiggly-warning').first().waitFor({ timeout: 30_000 });
      await page.keyboard.press('Control+Shift+M');
      const problems = page.locator('.markers-panel .monaco-list-row');
      await problems.filter({ hasText: '"Encourags" opening paragraph 1 is not a standard operative verb; did you mean "Encourages"?' }).waitFor();
      assert.equal(await problems.filter({ hasText: 'UNR' }).count(), 1);
      await page.locator('.statusbar-item', { hasText: '2 PP · 3 OP · 0 FN' }).waitFor();
    });
  });

  it('runs the web build (the language server in a web worker) in the browser: diagnostics and a hover', async () => {
    // The workbench's own setting that decides where an extension runs: "web" puts unres in the
    // browser's web worker extension host, which loads the `browser` entry of package.json, as
    // vscode.dev does.
    const workbench = await new Workbench({ 'remote.extensionKind': { 'unres.unres': ['web'] } }).start(codeServer, VSIX);
    try {
      const page = await workbench.open(browser!, 'draft', { [DRAFT_NAME]: DRAFT });
      const editor = await openDraft(page);
      await expectDraftDiagnostics(page, editor);
      await page.keyboard.press('Control+J');
      await expectFootnoteHover(page, editor);
      await page.locator('.statusbar-item', { hasText: '2 PP · 3 OP · 1 FN' }).waitFor();
      await screenshot(page, 'web-worker-hover.png');
      // No node language server ran: the diagnostics and the hover came from the web worker.
      const commands = workbench.server!.commandLines();
      assert.equal(commands.filter((command) => command.includes(NODE_SERVER_SCRIPT)).length, 0, commands.join('\n'));
    } catch (error) {
      await workbench.report('web');
      throw error;
    } finally {
      await workbench.stop();
    }
  });

  it('offers a .docx opened in the web build as resolution text, shows its problems, and the text before its tracked changes on request', async () => {
    const workbench = await new Workbench({ 'remote.extensionKind': { 'unres.unres': ['web'] } }).start(codeServer, VSIX);
    const wordName = 'early-warning.docx';
    try {
      const page = await workbench.open(browser!, 'word', { [wordName]: earlyWarningDraft() });
      await page.keyboard.press('Control+Shift+E');
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: wordName }).click({ timeout: 60_000 });
      // VS Code shows a .docx only as a binary file: the extension offers its text.
      const offer = page.locator('.notification-toast', { hasText: `${wordName} is a Word file. Open it as resolution text, with the unres checks?` });
      await offer.waitFor({ timeout: 30_000 });
      await offer.getByRole('button', { name: 'Open as resolution text' }).click();
      const editor = page.locator('.editor-instance .monaco-editor').first();
      await line(editor, 'Distr.: Limited').waitFor();
      await page.locator('.tab', { hasText: `${wordName}.unres` }).waitFor();
      await page.locator('#status\\.editor\\.mode', { hasText: 'UN resolution' }).waitFor();
      await page.keyboard.press('Control+Shift+M');
      const problems = page.locator('.markers-panel .monaco-list-row');
      await problems.filter({ hasText: 'The operative verb "Requests" of paragraph 3 is not in italics.' }).waitFor();
      await screenshot(page, 'word-draft.png');
      // The message says what the text does not show, with the way to the text before the changes.
      const note = page.locator('.notification-toast', { hasText: `${wordName} is a Word file: 2 tracked changes, shown accepted; 1 comment, not part of the text checked.` });
      await note.getByRole('button', { name: 'Show the text before the changes' }).click();
      await page.locator('.tab', { hasText: `${wordName} (original).unres` }).waitFor();
      const original = page.locator('.editor-instance .monaco-editor').first();
      await line(original, 'Distr.: Limited').click();
      await page.keyboard.press('Control+End');
      await line(original, 'present resolution every year.').waitFor();
      // No node language server ran: the text was read and checked in the browser.
      const commands = workbench.server!.commandLines();
      assert.equal(commands.filter((command) => command.includes(NODE_SERVER_SCRIPT)).length, 0, commands.join('\n'));
    } catch (error) {
      await workbench.report('word');
      throw error;
    } finally {
      await workbench.stop();
    }
  });

  describe('a broken extension', () => {
    it('fails the diagnostics step with a .vsix whose language server does not start', async () => {
      const error = await brokenCheck;
      if (error) throw error;
    });
  });
});
