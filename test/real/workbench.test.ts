import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { EditorSandbox, type RunningCodeServer } from './support/codeServer';
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

describe('real editors: the packaged extension in the VS Code workbench (code-server)', function () {
  this.timeout(180_000);
  let sandbox: EditorSandbox;
  let server: RunningCodeServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let codeServer: string;
  let chromium: string;

  before(function () {
    codeServer = requireRealClient(this, 'code-server', codeServerExecutable());
    chromium = requireRealClient(this, 'chromium', chromiumExecutable());
    assert.ok(fs.existsSync(VSIX), `${VSIX} is missing: run npm run package`);
  });

  beforeEach(() => {
    sandbox = new EditorSandbox({ settings: { 'editor.minimap.enabled': false, 'editor.wordWrap': 'on' } });
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && server) {
      console.log(server.output.slice(-4000));
      await screenshot('failure.png').catch(() => undefined);
    }
    await browser?.close();
    await server?.stop();
    browser = undefined;
    server = undefined;
    sandbox.remove();
  });

  /** Installs the .vsix, opens the workbench on a folder with the draft, and opens the draft. */
  async function openDraft(): Promise<Locator> {
    sandbox.installExtension(codeServer, VSIX);
    const workspace = path.join(sandbox.root, 'workspace');
    fs.mkdirSync(workspace);
    fs.writeFileSync(path.join(workspace, DRAFT_NAME), DRAFT);
    server = await sandbox.startCodeServer(codeServer);
    browser = await sandbox.launchBrowser(chromium);
    page = await browser.newPage({ viewport: { width: 960, height: 560 } });
    await page.goto(`${server.url!.origin}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: DRAFT_NAME }).click({ timeout: 60_000 });
    const editor = page.locator('.editor-instance .monaco-editor').first();
    await line(editor, 'The General Assembly,').waitFor();
    await page.locator('#status\\.editor\\.mode', { hasText: 'UN resolution' }).waitFor();
    await page.keyboard.press('Control+B'); // the side bar closes: the screenshots show the draft
    await page.locator('.part.sidebar').waitFor({ state: 'hidden' });
    return editor;
  }

  async function screenshot(name: string): Promise<void> {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, name) });
  }

  it('shows squiggles, the Problems panel, the status bar counts, a footnote hover, a completion and a quick fix from the light bulb', async () => {
    const editor = await openDraft();

    // Squiggles under the misspelt verb (warning) and the paragraph after the gap (error), and both in Problems.
    await editor.locator('.squiggly-warning').first().waitFor({ timeout: 30_000 });
    await editor.locator('.squiggly-error').first().waitFor();
    await page.keyboard.press('Control+Shift+M');
    const problems = page.locator('.markers-panel .monaco-list-row');
    await problems.filter({ hasText: '"Urgs" opening paragraph 1 is not a standard operative verb; did you mean "Urges"?' }).waitFor();
    await problems.filter({ hasText: 'Paragraph 4 follows paragraph 2: paragraph 3 is missing.' }).waitFor();
    assert.equal(await problems.filter({ hasText: 'UNR002' }).count(), 1);
    assert.equal(await problems.filter({ hasText: 'UNR001' }).count(), 1);
    // The status bar counts the draft: preambular and operative paragraphs, footnotes.
    const counts = page.locator('.statusbar-item', { hasText: ' PP · ' });
    await counts.filter({ hasText: '2 PP · 3 OP · 1 FN' }).waitFor();
    await screenshot('problems.png');
    await page.keyboard.press('Control+J'); // closes the panel

    // Hover on the footnote mark: the footnote's text.
    const mark = line(editor, 'Rights of the Child').locator('span > span', { hasText: '¹' }).last();
    const hover = await hoverUntil(page, mark, 'Treaty Series');
    assert.equal((await hover.innerText()).includes('United Nations, Treaty Series, vol. 1577, No. 27531.'), true, await hover.innerText());
    await screenshot('hover.png');
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
    await screenshot('quick-fix.png');
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
    await screenshot('completion.png');
    await page.keyboard.press('Enter');
    await page.keyboard.type('keep the question under review', { delay: 10 });
    await page.keyboard.press('Escape');
    await line(editor, '3. *Also requests* the Secretary-General to keep the question under review;').waitFor();

    await editor.locator('.squiggly-warning, .squiggly-error').first().waitFor({ state: 'detached', timeout: 20_000 });
    await counts.filter({ hasText: '2 PP · 4 OP · 1 FN' }).waitFor();
  });
});
