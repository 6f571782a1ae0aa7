// Drives the VS Code workbench in Chromium the way a user does (keyboard, clicks) and reads what the user
// would see from the DOM. Every wait is for a DOM condition, with a timeout that names what did not appear.
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=en-US'];

export class StepError extends Error {}

/** Non-breaking spaces in rendered text become spaces. */
const clean = (s) => s.replace(/\u00a0/g, ' ');

export class Workbench {
  static async launch(executablePath) {
    // Never let Playwright download a browser: Debian's Chromium is given explicitly.
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 }, locale: 'en-US' });
    return new Workbench(browser, page);
  }

  constructor(browser, page) {
    this.browser = browser;
    this.page = page;
  }

  close() {
    return this.browser.close();
  }

  /** Waits for `fn` (run in the page) to return something truthy; fails with `what` after `timeout` ms. */
  async waitFor(what, fn, arg, timeout = 30_000) {
    try {
      const handle = await this.page.waitForFunction(fn, arg, { timeout, polling: 100 });
      return await handle.jsonValue();
    } catch (e) {
      if (/Timeout/i.test(String(e))) throw new StepError(`${what} did not appear within ${timeout / 1000} s`);
      throw e;
    }
  }

  async open(url) {
    await this.page.goto(url);
    await this.waitFor('the VS Code workbench', () => document.querySelector('.monaco-workbench'), undefined, 90_000);
    await this.waitFor('the Explorer with the workspace files', () => document.querySelectorAll('.explorer-folders-view .monaco-list-row').length > 1, undefined, 60_000);
  }

  press(...keys) {
    return keys.reduce((p, k) => p.then(() => this.page.keyboard.press(k)), Promise.resolve());
  }

  type(text) {
    return this.page.keyboard.type(text);
  }

  async closeWidgets() {
    await this.press('Escape', 'Escape');
  }

  /** Quick Open (Ctrl+P), the file name, Enter; resolves when its tab is the active one. */
  async openFile(name) {
    await this.closeWidgets();
    await this.press('Control+P');
    await this.waitFor('the Quick Open box', () => document.querySelector('.quick-input-widget:not([style*="display: none"]) input'));
    await this.type(name);
    await this.waitFor(`"${name}" in Quick Open`, (n) => [...document.querySelectorAll('.quick-input-list .monaco-list-row')].some((r) => r.textContent.includes(n)), name);
    await this.press('Enter');
    // each editor group has an active tab; the one that counts is in the active group
    await this.waitFor(`the editor tab of ${name}`, (n) => document.querySelector('.editor-group-container.active .tab.active')?.textContent.includes(n), name);
    await this.waitFor(`the text of ${name}`, () => document.querySelector('.part.editor .monaco-editor .view-line'));
  }

  /**
   * Ctrl+G to a 1-based line, then Right arrow to a 1-based column in UTF-16 units. (Ctrl+G's own "line:col"
   * counts visual columns, where a Hangul syllable is two wide.)
   */
  async goto(line, column) {
    await this.press('Control+G');
    await this.waitFor('the Go to Line box', () => document.querySelector('.quick-input-widget:not([style*="display: none"]) input'));
    await this.type(String(line));
    await this.press('Enter');
    // Arrows typed before the box has closed would go to the box, not the editor.
    await this.waitFor(`the cursor at Ln ${line}, Col 1`, (want) => !document.querySelector('.quick-input-widget:not([style*="display: none"])') && [...document.querySelectorAll('.statusbar-item')].some((e) => e.textContent.includes(want)), `Ln ${line}, Col 1`, 10_000);
    for (let i = 1; i < column; i++) await this.press('ArrowRight');
    await this.waitFor(`the cursor at Ln ${line}, Col ${column}`, (want) => [...document.querySelectorAll('.statusbar-item')].some((e) => e.textContent.includes(want)), `Ln ${line}, Col ${column}`, 10_000);
  }

  /** The lines of the active editor as rendered, top to bottom (the fixture notes fit on screen). */
  async editorLines() {
    const lines = await this.page.evaluate(() =>
      [...document.querySelectorAll('.part.editor .editor-group-container.active .monaco-editor .view-lines .view-line')]
        .map((e) => ({ top: parseFloat(e.style.top) || 0, text: e.textContent }))
        .sort((a, b) => a.top - b.top)
        .map((l) => l.text),
    );
    return lines.map(clean);
  }

  /** 1-based line and column of `needle` (+offset) in the active editor. */
  async find(needle, offset = 0) {
    const lines = await this.editorLines();
    const i = lines.findIndex((l) => l.includes(needle));
    if (i < 0) throw new StepError(`"${needle}" is not in the editor`);
    return { line: i + 1, column: lines[i].indexOf(needle) + 1 + offset };
  }

  async screenshot(path) {
    await this.page.screenshot({ path });
  }

  /** F1, the command's title, Enter on the matching row. */
  async runCommand(title) {
    await this.closeWidgets();
    await this.press('F1');
    await this.waitFor('the command palette', () => document.querySelector('.quick-input-widget:not([style*="display: none"]) input'));
    await this.type(title);
    await this.waitFor(`"${title}" in the command palette`, (t) => [...document.querySelectorAll('.quick-input-list .monaco-list-row')].some((r) => r.textContent.includes(t)), title);
    await this.press('Enter');
  }

  /** Labels of the rows of the visible quick input list. */
  quickPickRows() {
    return this.page.evaluate(() =>
      [...document.querySelectorAll('.quick-input-widget:not([style*="display: none"]) .quick-input-list .monaco-list-row')].map((r) => (r.querySelector('.label-name') ?? r).textContent.replace(/\u00a0/g, ' ')),
    );
  }
}
