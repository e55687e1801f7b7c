import type { Page } from 'playwright-core';

// The answer the page itself got from the API for one operation: what its charts and tables must show
// (the worker keeps moving items up the ladder, so a second call could already count differently).
export const apiAnswer = <T>(page: Page, operationName: string): Promise<T> =>
  page
    .waitForResponse((response) => response.url().endsWith('/graphql') && response.request().postDataJSON()?.operationName === operationName, {
      timeout: 30000,
    })
    .then(async (response) => ((await response.json()) as { data: T }).data);

// The figures of a table, row by row (the row headers left out).
export const cellsOf = (page: Page, selector: string): Promise<string[][]> =>
  page
    .locator(selector)
    .evaluate((element) =>
      [...element.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => (cell.textContent ?? '').trim())),
    );

// The figures of a dashboard panel's table, after opening it.
export const tableFigures = async (page: Page, panel: string): Promise<string[][]> => {
  const section = page.locator(`[data-panel="${panel}"]`);
  await section.getByText('Toon de cijfers als tabel').click();
  await section.getByRole('table').waitFor();
  return cellsOf(page, `[data-panel="${panel}"] table`);
};
