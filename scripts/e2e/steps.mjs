// What a user does in the editor, one step each, and what they must see. A step throws (StepError with
// a plain message) when the workbench does not show it; run.mjs names the step and keeps a screenshot.
import { StepError } from './workbench.mjs';

const fail = (msg) => {
  throw new StepError(msg);
};

/** Asks for the hover on the cursor (Ctrl+K Ctrl+I) until the card shows `pattern`. The server may still be
 *  starting when the note opens; a user would simply hover again, so each try waits for the widget. */
async function showHover(wb, pattern, tries = 12) {
  for (let i = 1; ; i++) {
    await wb.press('Control+K', 'Control+I');
    try {
      return await wb.waitFor(
        `a hover matching ${pattern}`,
        (src) => {
          const re = new RegExp(src);
          const hover = [...document.querySelectorAll('.monaco-hover-content')].find((e) => e.offsetParent && re.test(e.textContent));
          return hover && { text: hover.innerText, links: [...hover.querySelectorAll('a')].map((a) => a.getAttribute('data-href') || a.getAttribute('href') || '') };
        },
        pattern.source,
        5_000,
      );
    } catch (e) {
      if (i >= tries) throw e;
      await wb.press('Escape');
    }
  }
}

/**
 * In the page: whether the 1-based `line` of the active editor has a squiggle (`want`) or has none (`!want`).
 * `severities` narrows it to some kinds (squiggly-error, squiggly-warning, squiggly-info, squiggly-hint).
 */
function squiggleOnLine({ line, want, severities = ['error', 'warning', 'info', 'hint'] }) {
  const editor = document.querySelector('.part.editor .editor-group-container.active .monaco-editor');
  const rows = [...(editor?.querySelectorAll('.view-lines .view-line') ?? [])].sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
  const top = rows[line - 1]?.style.top;
  if (top === undefined) return false;
  const selector = severities.map((k) => `.view-overlays .squiggly-${k}`).join(', ');
  const has = [...editor.querySelectorAll(selector)].some((e) => e.parentElement.style.top === top);
  return has === want;
}

async function problemRows(wb) {
  return wb.page.evaluate(() => [...document.querySelectorAll('.markers-panel .monaco-list-row')].map((r) => r.textContent.replace(/\u00a0/g, ' ')));
}

export const steps = [
  {
    name: 'hover',
    async run(wb, { shotPath }) {
      await wb.openFile('serverless-ko.md');
      const at = await wb.find('Lambda는', 2);
      await wb.goto(at.line, at.column);
      const hover = await showHover(wb, /람다/);
      if (!/AWS Lambda/.test(hover.text)) fail(`the hover on "Lambda는" shows no "AWS Lambda" title: ${JSON.stringify(hover.text.slice(0, 200))}`);
      if (!hover.links.some((l) => l.includes('docs.aws.amazon.com'))) fail(`the hover has no link to the AWS documentation; links: ${JSON.stringify(hover.links)}`);
      await wb.screenshot(shotPath('hover.png'));
      return `hover card: ${hover.text.split('\n')[0]}`;
    },
  },
  {
    name: 'problems',
    async run(wb, { shotPath }) {
      await wb.openFile('serverless-ko.md');
      await wb.waitFor('a squiggle under a finding in serverless-ko.md', () => document.querySelector('.part.editor .monaco-editor [class*="squiggly-"]'), undefined, 45_000);
      await wb.press('Control+Shift+M');
      await wb.waitFor('a finding about Lambda in the Problems panel', () => [...document.querySelectorAll('.markers-panel .monaco-list-row')].some((r) => /aws-notes/.test(r.textContent) && /15\s*분|900/.test(r.textContent)));
      const rows = await problemRows(wb);
      if (!rows.some((r) => /SQS/.test(r) || /가시성/.test(r))) fail(`no finding about the SQS visibility timeout in Problems: ${JSON.stringify(rows)}`);
      await wb.screenshot(shotPath('problems.png'));
      return `${rows.filter((r) => /aws-notes/.test(r)).length} aws-notes rows in Problems`;
    },
  },
  {
    name: 'quick fix',
    async run(wb, { shotPath }) {
      await wb.openFile('serverless-ko.md');
      const before = await wb.editorLines();
      const at = await wb.find('30분');
      await wb.goto(at.line, at.column);
      await wb.waitFor(`a squiggle on line ${at.line}`, squiggleOnLine, { line: at.line, want: true }, 45_000);
      await wb.press('Control+.');
      const menu = await wb.waitFor('the quick fix menu (Ctrl+.)', () => {
        const rows = [...document.querySelectorAll('.action-widget .monaco-list-row.action')].filter((r) => !r.classList.contains('disabled'));
        if (rows.length) return { titles: rows.map((r) => r.textContent) };
        // VS Code's answer when no provider offers an action
        const none = [...document.querySelectorAll('.monaco-editor-overlaymessage')].find((e) => /code actions/i.test(e.textContent));
        return none && { none: none.textContent };
      });
      if (menu.none) fail(`Ctrl+. on "30분" shows "${menu.none.trim()}" instead of a quick fix`);
      const titles = menu.titles;
      await wb.screenshot(shotPath('quickfix-menu.png'));
      const index = titles.findIndex((t) => /15\s*분/.test(t));
      if (index < 0) fail(`no quick fix that writes 15분; the menu has ${JSON.stringify(titles)}`);
      await wb.page.locator('.action-widget .monaco-list-row.action:not(.disabled)').nth(index).click();
      const fixed = await wb.waitFor(`line ${at.line} to read 15분`, (n) => {
        const rows = [...document.querySelectorAll('.part.editor .editor-group-container.active .monaco-editor .view-lines .view-line')].sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
        const text = rows[n - 1]?.textContent.replace(/\u00a0/g, ' ');
        return text && /15\s*분/.test(text) && !text.includes('30분') && text;
      }, at.line);
      // Re-checked: the warning is gone from the fixed line. (An information squiggle may stay: the
      // workspace check then says other notes still disagree with the corrected value.)
      await wb.waitFor(`the warning squiggle on line ${at.line} to go after the fix`, squiggleOnLine, { line: at.line, want: false, severities: ['error', 'warning'] });
      await wb.screenshot(shotPath('quickfix.png'));
      const after = await wb.editorLines();
      const others = (lines) => lines.filter((_, i) => i !== at.line - 1);
      if (JSON.stringify(others(after)) !== JSON.stringify(others(before))) fail('the quick fix changed other lines than the one it fixed');
      return `"${before[at.line - 1].trim()}" → "${fixed.trim()}" (menu: ${titles[index].trim()})`;
    },
  },
  {
    name: 'concept search',
    async run(wb, { shotPath }) {
      await wb.openFile('serverless-ko.md');
      await wb.runCommand('AWS Notes: Search Concepts');
      await wb.waitFor('the concept search box', () => document.querySelector('.quick-input-widget:not([style*="display: none"]) .quick-input-title')?.textContent.includes('Concept'));
      await wb.type('ㄹㄷ');
      await wb.waitFor('Lambda among the results for "ㄹㄷ"', () => [...document.querySelectorAll('.quick-input-list .monaco-list-row')].some((r) => /Lambda/.test(r.textContent)));
      const rows = await wb.quickPickRows();
      await wb.screenshot(shotPath('concept-search.png'));
      // Pick the Lambda item (arrow keys, as a user would) once the list has settled, then "Open card".
      const index = rows.findIndex((r) => /Lambda/.test(r));
      for (let i = 0; i < index; i++) await wb.press('ArrowDown');
      await wb.waitFor('the Lambda row focused in a settled list', () => {
        const widget = document.querySelector('.quick-input-widget:not([style*="display: none"])');
        const busy = widget?.querySelector('.monaco-progress-container.active');
        return !busy && /Lambda/.test(widget?.querySelector('.quick-input-list .monaco-list-row.focused')?.textContent ?? '');
      });
      await wb.press('Enter');
      await wb.waitFor('the concept actions ("Open card")', () => [...document.querySelectorAll('.quick-input-list .monaco-list-row')].some((r) => /Open card/.test(r.textContent)));
      await wb.press('Enter');
      await wb.waitFor('the Lambda card in an editor tab', () => [...document.querySelectorAll('.tab')].some((t) => /lambda/i.test(t.textContent)));
      const card = await waitForFrameText(wb, /AWS Lambda/, 'the card\'s text (AWS Lambda) in the preview');
      await wb.screenshot(shotPath('concept-card.png'));
      // Close the card (Ctrl+W on its tab) so the next steps find the notes as they left them.
      await wb.press('Control+W');
      await wb.waitFor('the card tab to close', () => ![...document.querySelectorAll('.tab')].some((t) => /lambda\.md/i.test(t.textContent)));
      return `"ㄹㄷ" → ${rows.length} results, first "${rows[0]?.trim()}"; card: ${card.split('\n')[0]}`;
    },
  },
  {
    name: 'completion',
    async run(wb, { shotPath }) {
      await wb.openFile('networking-en.md');
      await wb.press('Control+End', 'Enter', 'Enter');
      await wb.type('- Transit Ga');
      await wb.press('Control+Space');
      const rows = await wb.waitFor('"Transit Gateway" in the suggestions', () => {
        const rows = [...document.querySelectorAll('.suggest-widget .monaco-list-row')].map((r) => (r.querySelector('.label-name') ?? r).textContent.replace(/\u00a0/g, ' '));
        return rows.some((r) => r.includes('Transit Gateway')) && rows;
      });
      await wb.screenshot(shotPath('completion.png'));
      await wb.press('Enter');
      await wb.waitFor('"- Transit Gateway" in the note after accepting', () => [...document.querySelectorAll('.part.editor .monaco-editor .view-line')].some((l) => l.textContent.replace(/\u00a0/g, ' ').trim() === '- Transit Gateway'));
      // Korean: 람 → 람다
      await wb.press('Enter');
      await wb.type('- 람');
      await wb.press('Control+Space');
      const ko = await wb.waitFor('"람다" in the suggestions for "람"', () => {
        const rows = [...document.querySelectorAll('.suggest-widget .monaco-list-row')].map((r) => (r.querySelector('.label-name') ?? r).textContent.replace(/\u00a0/g, ' '));
        return rows.some((r) => r.includes('람다')) && rows;
      });
      await wb.screenshot(shotPath('completion-ko.png'));
      await wb.press('Escape');
      return `"Transit Ga" → ${rows[0].trim()}; "람" → ${ko[0].trim()}`;
    },
  },
];

/** The concept card opens in the Markdown preview, a webview: its text lives in a nested frame. */
async function waitForFrameText(wb, pattern, what, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const frame of wb.page.frames()) {
      const text = await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '');
      if (pattern.test(text) && frame !== wb.page.mainFrame()) return text;
    }
    if (Date.now() > deadline) throw new StepError(`${what} did not appear within ${timeout / 1000} s`);
    await wb.page.waitForEvent('framenavigated', { timeout: 500 }).catch(() => undefined);
  }
}
