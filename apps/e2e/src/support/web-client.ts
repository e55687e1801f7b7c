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
  // Not with resultTypes: ['violations']: it trims the passing nodes that rules such as landmark-unique
  // compare across, and they then report violations that are not there.
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
};

/** Screenshots at 1280×800 and 768×1024, as test artifacts (not committed); E2E_SCREENSHOTS=0 leaves them out. */
export const screenshots = async (page: Page, name: string): Promise<void> => {
  if (process.env.E2E_SCREENSHOTS === '0') return;
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

/**
 * Types a day into the focused date field with the keyboard alone. The order of the field's parts
 * (day or month first) follows the browser's own language, not the page's locale, so it is read
 * from a probe field in the same browser first.
 */
export const typeDate = async (page: Page, day: { year: number; month: number; day: number }): Promise<void> => {
  const probe = await page.context().newPage();
  await probe.setContent('<input type="date" aria-label="probe">');
  await probe.getByLabel('probe').focus();
  await probe.keyboard.type('01022030');
  const dayFirst = (await probe.getByLabel('probe').inputValue()) === '2030-02-01';
  await probe.close();
  const pad = (value: number) => String(value).padStart(2, '0');
  const [first, second] = dayFirst ? [day.day, day.month] : [day.month, day.day];
  await page.keyboard.type(`${pad(first)}${pad(second)}${day.year}`);
};

/** Logs a vastloper with the form and answers its id (from the detail page it lands on). */
export const reportVastloper = async (page: Page, title: string, confidential = false): Promise<string> => {
  await page.goto(`${webUrl()}/vastlopers/nieuw`);
  await page.getByRole('heading', { level: 1, name: 'Vastloper melden' }).waitFor();
  await page.getByLabel('Titel').fill(title);
  await page.getByLabel('Beschrijving').fill('Er is geen ruimte voor het jongerenwerk in de wijk.');
  await page.getByLabel('Categorie').selectOption('HUISVESTING');
  await page.getByLabel('Actielijn').selectOption('MEEDOEN');
  await page.getByLabel('Wetsartikel').fill('Participatiewet art. 31');
  if (confidential) {
    await page.getByLabel(/Vertrouwelijk/).check();
  }
  await page.getByRole('button', { name: 'Vastloper melden' }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: 20000 });
  return page.url().split('/').pop() ?? '';
};

const apiUrl = (): string => {
  const url = process.env.E2E_API_URL;
  if (!url) {
    throw new Error('E2E_API_URL is not set: run the e2e tests through apps/e2e/jest.config.ts');
  }
  return url;
};

/** A GraphQL call straight to the API, for a test's set-up (never for what the test checks). */
export const apiCall = async <T>(query: string, variables: Record<string, unknown> = {}, email?: string): Promise<T> => {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (email) {
    const { login } = await apiCall<{ login: { accessToken: string } }>(
      'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
      { email, password: PASSWORD },
    );
    headers['authorization'] = `Bearer ${login.accessToken}`;
  }
  const response = await fetch(`${apiUrl()}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) {
    throw new Error(`e2e set-up call failed: ${JSON.stringify(body.errors)}`);
  }
  return body.data;
};
