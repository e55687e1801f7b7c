import { existsSync } from 'node:fs';
import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Browser } from 'playwright-core';

// Debian's Chromium: nothing is downloaded at run time.
export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// Page numbers in the footer ("Pagina 1 van 3"); Chromium fills in the classes.
const FOOTER = `<div style="font-size:8px;width:100%;text-align:center;color:#555;font-family:Arial,sans-serif">
  Pagina <span class="pageNumber"></span> van <span class="totalPages"></span></div>`;

// HTML to a tagged A4 PDF. One browser per process, started on first use and restarted if it dies;
// each document gets its own context, so renders never share state.
@Injectable()
export class PdfRendererService implements OnApplicationShutdown {
  private browser: Promise<Browser> | null = null;

  // Without Debian's chromium package the API runs, but cannot make PDFs.
  available(): boolean {
    return existsSync(CHROMIUM_PATH);
  }

  async render(html: string): Promise<Buffer> {
    const browser = await this.launch();
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({
        format: 'A4',
        tagged: true,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: FOOTER,
        margin: { top: '18mm', bottom: '20mm', left: '16mm', right: '16mm' },
      });
    } finally {
      await context.close();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    if (browser) {
      await (await browser).close();
    }
  }

  private launch(): Promise<Browser> {
    if (!this.browser) {
      // Loaded on first use: the browser driver is a fifth of an idle API's memory, and most processes never print.
      const launching = import('playwright-core').then(({ chromium }) => chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS }));
      this.browser = launching;
      launching.then(
        (browser) => browser.on('disconnected', () => (this.browser = null)),
        () => (this.browser = null),
      );
    }
    return this.browser;
  }
}
