import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, webUrl } from './support/browser.launcher';
import { e2eOutputDir } from './support/e2e-paths';
import { account, signIn } from './support/web-client';

const tableSelector = '[data-testid="focus-areas-table"]';

describe('focus areas page', () => {
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // The national overview of the focus areas is behind sign-in.
    await signIn(page, account('coordinator'));
    await page.goto(`${webUrl()}/focusgebieden`);
    await page.waitForSelector(tableSelector, { timeout: 30000 });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('is a Dutch page', async () => {
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await page.title()).toBe('Focusgebieden · Doorbraak');
    expect(await page.locator('main h1').textContent()).toBe('Focusgebieden');
  });

  it('lists the 20 focus areas', async () => {
    const table = page.locator(tableSelector);
    expect(await table.locator('tbody tr').count()).toBe(20);
    const rowHeaders = await table.locator('tbody th[scope="row"]').allTextContents();
    expect(rowHeaders).toEqual(expect.arrayContaining(['Rotterdam Zuid', 'Heerlen Noord']));
    expect(await table.locator('caption').textContent()).toBeTruthy();
  });

  it('shows the number of areas and the total of inhabitants in Dutch format', async () => {
    const summary = await page.getByTestId('focus-areas-summary').textContent();
    expect(summary).toContain('20 focusgebieden');
    expect(summary).toContain('1.114.833');
  });

  it('takes a screenshot of the page', async () => {
    mkdirSync(e2eOutputDir, { recursive: true });
    const file = path.join(e2eOutputDir, 'focus-areas.png');
    await page.screenshot({ path: file, fullPage: true });
  });

  it('switches to English', async () => {
    await page.getByRole('button', { name: /English/ }).click();
    await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Focus areas', undefined, { timeout: 5000 });

    expect(await page.locator('main h1').textContent()).toBe('Focus areas');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByTestId('focus-areas-summary').textContent()).toContain('1,114,833 inhabitants');
  });

  it('raised no uncaught errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
