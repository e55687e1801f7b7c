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

/** The controls on the meeting-mode screen (buttons, fields, checkboxes), as HTML; read-only means none. */
export const meetingModeControls = (page: Page): Promise<string[]> =>
  page.locator('article.mm').locator('button, input, textarea, select').evaluateAll((elements) => elements.map((element) => element.outerHTML));
