import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { webUrl } from './browser.launcher';
import { e2eOutputDir } from './e2e-paths';

export const PASSWORD = 'doorbraak';
export const AREA = 'rotterdam-zuid';
export const account = (role: string, area = AREA): string =>
  role === 'coordinator' ? 'coordinator@demo.doorbraak.nl' : `${role}.${area}@demo.doorbraak.nl`;

export const screenshotDir = path.join(e2eOutputDir, 'screenshots');

export const newPage = async (browser: Browser): Promise<{ context: BrowserContext; page: Page; errors: string[] }> => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
};

/** Signs in through the sign-in page and waits for the start page. */
export const signIn = async (page: Page, email: string): Promise<void> => {
  await page.goto(`${webUrl()}/inloggen`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: /^Welkom/ }).waitFor({ timeout: 20000 });
};

/** axe-core at WCAG 2.1 A and AA; returns the violations as readable lines (expected: none). */
export const axeViolations = async (page: Page): Promise<string[]> => {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
};

/** Screenshots at 1280×800 and 768×1024, as test artifacts (not committed). */
export const screenshots = async (page: Page, name: string): Promise<void> => {
  mkdirSync(screenshotDir, { recursive: true });
  const original = page.viewportSize() ?? { width: 1280, height: 800 };
  for (const size of [
    { width: 1280, height: 800 },
    { width: 768, height: 1024 },
  ]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: path.join(screenshotDir, `${name}-${size.width}x${size.height}.png`), fullPage: true });
  }
  await page.setViewportSize(original);
};

/** Each visited screen: axe finds nothing, and screenshots are written. */
export const checkScreen = async (page: Page, name: string): Promise<void> => {
  await page.waitForLoadState('networkidle');
  expect(await axeViolations(page)).toEqual([]);
  await screenshots(page, name);
};
