import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';

// Checks on a screen's content shared by the browser specs.

/** No sideways scrolling; on failure, the elements that stick out are named. */
export const sticksOut = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const named = (element: Element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[...element.classList].join('.')}`;
    const wide = [...document.querySelectorAll('body *')].filter((element) => element.getBoundingClientRect().right > width + 1).map(named);
    return document.documentElement.scrollWidth > width ? [`scrollWidth ${document.documentElement.scrollWidth} > ${width}`, ...wide.slice(0, 10)] : [];
  });

/** A PDF's text: pdftotext where it is installed (the test machines have poppler-utils). */
export const pdfText = (file: string): string => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

/** Waits until the agenda editor lists its items' titles in this order. */
export const expectAgendaOrder = async (page: Page, expected: string[]): Promise<void> => {
  await page.waitForFunction(
    (order) => JSON.stringify([...document.querySelectorAll('.db-agenda > li h3')].map((heading) => heading.textContent)) === JSON.stringify(order),
    expected,
    { timeout: 15000 },
  );
};

/** Drags one agenda item's handle onto another's with the mouse, as a person would (past dnd-kit's 4 px threshold first). */
export const dragAgendaHandle = async (page: Page, fromHandle: string, toHandle: string): Promise<void> => {
  const handle = page.getByRole('button', { name: fromHandle });
  const target = page.getByRole('button', { name: toHandle });
  // The mouse works in the viewport: bring the list into view first.
  await target.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  const from = await handle.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('the handles are not on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 - 10, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2 - 5, { steps: 15 });
  await page.mouse.up();
};

/** The controls on the meeting-mode screen (buttons, fields, checkboxes), as HTML; read-only means none. */
export const meetingModeControls = (page: Page): Promise<string[]> =>
  page.locator('article.mm').locator('button, input, textarea, select').evaluateAll((elements) => elements.map((element) => element.outerHTML));
