import { chromium, type Browser } from 'playwright-core';

// Debian's Chromium, not a Playwright-downloaded build: nothing is fetched at test time.
export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });

export const webUrl = (): string => {
  const url = process.env.E2E_WEB_URL;
  if (!url) {
    throw new Error('E2E_WEB_URL is not set: run the e2e tests through apps/e2e/jest.config.ts so global-setup starts the stack');
  }
  return url;
};
