import type { Browser, Page } from 'playwright-core';
import { launchBrowser, webUrl } from './support/browser.launcher';
import { apiAnswer, tableFigures } from './support/dashboard-panels';
import { account, AREA, checkScreen, newPage, signIn } from './support/web-client';

jest.setTimeout(360000);

type RungCount = { rung: string; count: number };
type Figures = {
  open: number;
  parked: number;
  overdueActionItems: number;
  perRung: RungCount[];
  ageOfOpen: { bucket: string; count: number }[];
  perMonth: { month: string; escalations: number; resolutions: number }[];
  perActielijn: { actielijn: string; open: number; resolved: number }[];
  perCategory: { category: string; open: number; resolved: number }[];
};
type AllianceDashboard = { allianceSlug: string; figures: Figures; overdueActionItemsPerPartner: { partnerName: string | null; count: number }[] };
type NationalDashboard = {
  totals: Figures;
  areas: { allianceName: string; open: number; overdueActionItems: number; perRung: RungCount[] }[];
  overdueActionItemsPerPartnerType: { partnerType: string | null; count: number }[];
};

const dutch = new Intl.NumberFormat('nl-NL');
const n = (value: number) => dutch.format(value);

// The chart itself, not the little svg icons of its legend.
const chartsIn = (page: Page, panel: string) => page.locator(`[data-panel="${panel}"] .recharts-wrapper > svg.recharts-surface`);

const SHARED_PANELS = ['rungs', 'age', 'flow', 'actielijn', 'category'];

// The figures every dashboard shows, as its tables must hold them.
const expectSharedTables = async (page: Page, figures: Figures) => {
  expect(await tableFigures(page, 'rungs')).toEqual(figures.perRung.map((row) => [n(row.count)]));
  expect(await tableFigures(page, 'age')).toEqual(figures.ageOfOpen.map((row) => [n(row.count)]));
  expect(await tableFigures(page, 'flow')).toEqual(figures.perMonth.map((row) => [n(row.escalations), n(row.resolutions)]));
  expect(await tableFigures(page, 'actielijn')).toEqual(figures.perActielijn.map((row) => [n(row.open), n(row.resolved)]));
  expect(await tableFigures(page, 'category')).toEqual(figures.perCategory.map((row) => [n(row.open), n(row.resolved)]));
};

describe('the dashboards', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("shows the programme director their alliance's dashboard: charts, a summary, and tables with the API's figures", async () => {
    const { context, page, errors } = await newPage(browser);
    await signIn(page, account('programmadirecteur'));
    const answer = apiAnswer<{ allianceDashboard: AllianceDashboard }>(page, 'AllianceDashboard');
    await page.getByRole('navigation').getByRole('link', { name: 'Dashboard' }).click();
    await page.waitForURL(`${webUrl()}/dashboard/${AREA}`);
    const { allianceDashboard } = await answer;
    const { figures } = allianceDashboard;
    expect(allianceDashboard.allianceSlug).toBe(AREA);
    await page.getByRole('heading', { level: 1, name: /^Dashboard / }).waitFor();
    expect(await page.title()).toMatch(/^Dashboard .+ · Doorbraak$/);

    for (const panel of SHARED_PANELS) {
      await chartsIn(page, panel).first().waitFor();
      expect(await chartsIn(page, panel).count()).toBe(1);
    }
    // The text summary of the funnel says what the chart shows.
    const atRung = (rung: string) => figures.perRung.find((row) => row.rung === rung)?.count ?? 0;
    const summary = await page.locator('#rungs-summary').textContent();
    expect(summary).toContain(`${n(figures.open)} open vastlopers`);
    if (atRung('RIJKSVERTEGENWOORDIGER') > 0) {
      expect(summary).toContain(`${n(atRung('RIJKSVERTEGENWOORDIGER'))} bij de rijksvertegenwoordiger`);
    }
    expect(await page.locator('[data-figure="open"] dd').textContent()).toBe(n(figures.open));
    expect(await page.locator('[data-figure="overdue"] dd').textContent()).toBe(n(figures.overdueActionItems));
    await checkScreen(page, 'dashboard-alliance');

    await expectSharedTables(page, figures);
    // Nothing overdue: the summary says so, without an empty chart or table.
    if (allianceDashboard.overdueActionItemsPerPartner.length === 0) {
      expect(await page.locator('[data-panel="partners"] :is(svg.recharts-surface, table)').count()).toBe(0);
    } else {
      expect(await tableFigures(page, 'partners')).toEqual(allianceDashboard.overdueActionItemsPerPartner.map((row) => [n(row.count)]));
      expect(await chartsIn(page, 'partners').count()).toBe(1);
    }
    await checkScreen(page, 'dashboard-alliance-tables');

    // No page scrolls sideways at tablet width, charts included.
    // (The charts follow their container's size once the browser reports the resize.)
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.waitForFunction(() => document.documentElement.scrollWidth <= 768, undefined, { timeout: 10000 });
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows a national coordinator the areas side by side and the national totals, each with the API's figures", async () => {
    const { context, page, errors } = await newPage(browser);
    await signIn(page, account('coordinator'));
    const answer = apiAnswer<{ nationalDashboard: NationalDashboard }>(page, 'NationalDashboard');
    await page.goto(`${webUrl()}/dashboard`);
    await page.getByRole('heading', { level: 1, name: 'Landelijk dashboard' }).waitFor();
    const { nationalDashboard } = await answer;
    expect(nationalDashboard.areas).toHaveLength(20);

    for (const panel of ['areas', ...SHARED_PANELS]) {
      await chartsIn(page, panel).first().waitFor();
      expect(await chartsIn(page, panel).count()).toBe(1);
    }
    const open = nationalDashboard.areas.reduce((sum, area) => sum + area.open, 0);
    expect(await page.locator('#areas-summary').textContent()).toContain(`${n(open)} open vastlopers in 20 focusgebieden`);
    expect(await page.locator('#rungs-summary').textContent()).toContain(`${n(nationalDashboard.totals.open)} open vastlopers`);
    // Every area has its bar, named on the axis.
    expect(await page.locator('[data-panel="areas"] .recharts-yAxis .recharts-cartesian-axis-tick').count()).toBe(20);
    await checkScreen(page, 'dashboard-national');

    expect(await tableFigures(page, 'areas')).toEqual(
      nationalDashboard.areas.map((area) => [...area.perRung.map((row) => n(row.count)), n(area.open), n(area.overdueActionItems)]),
    );
    await expectSharedTables(page, nationalDashboard.totals);
    expect(await tableFigures(page, 'partnerTypes')).toEqual(nationalDashboard.overdueActionItemsPerPartnerType.map((row) => [n(row.count)]));
    await checkScreen(page, 'dashboard-national-tables');

    // From the national view to one area's dashboard, with the keyboard.
    await page.getByRole('combobox', { name: 'Alliantie' }).selectOption({ label: nationalDashboard.areas[0].allianceName });
    await page.getByRole('button', { name: 'Tonen' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: `Dashboard ${nationalDashboard.areas[0].allianceName}` }).waitFor();
    await page.getByRole('link', { name: 'Naar het landelijke dashboard' }).waitFor();

    // (The charts follow their container's size once the browser reports the resize.)
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.waitForFunction(() => document.documentElement.scrollWidth <= 768, undefined, { timeout: 10000 });
    expect(errors).toEqual([]);
    await context.close();
  });
});
