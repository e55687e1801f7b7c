import type { DashboardFiguresFieldsFragment } from '@doorbraak/web-data-access';
import { createI18n, type SupportedLanguage } from '@doorbraak/web-ui';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { dashboardsTranslations } from '../i18n/dashboards.translations';
import { AreasPanel } from './areas-panel.component';
import { FlowPanel } from './figure-panels.component';

type Area = Parameters<typeof AreasPanel>[0]['areas'][number];

const figures = (escalations: number, resolutions: number): DashboardFiguresFieldsFragment => ({
  __typename: 'DashboardFigures',
  open: 0,
  parked: 0,
  overdueActionItems: 0,
  perRung: [],
  ageOfOpen: [],
  perActielijn: [],
  perCategory: [],
  perMonth: [{ __typename: 'MonthFlow', month: '2027-03', escalations, resolutions }],
});

const area = (id: string, open: number): Area =>
  ({ allianceId: id, allianceName: `Alliantie ${id}`, allianceSlug: id, open, overdueActionItems: 0, perRung: [] }) as unknown as Area;

const summaryOf = (element: ReactElement, language: SupportedLanguage): string => {
  const html = renderToStaticMarkup(<I18nextProvider i18n={createI18n([dashboardsTranslations], language)}>{element}</I18nextProvider>);
  return /class="[^"]*db-dashboard__summary[^"]*"[^>]*>([^<]*)</.exec(html)?.[1] ?? '';
};

describe('the dashboard summaries count in words', () => {
  it('says one escalation and one vastloper, and two of each, in Dutch', () => {
    expect(summaryOf(<FlowPanel figures={figures(1, 1)} />, 'nl')).toMatch(/^In de afgelopen 12 maanden 1 escalatie en 1 opgeloste vastloper\./);
    expect(summaryOf(<FlowPanel figures={figures(2, 2)} />, 'nl')).toMatch(/^In de afgelopen 12 maanden 2 escalaties en 2 opgeloste vastlopers\./);
  });

  it('says the same in English', () => {
    expect(summaryOf(<FlowPanel figures={figures(1, 2)} />, 'en')).toMatch(/^In the last 12 months, 1 escalation and 2 vastlopers resolved\./);
    expect(summaryOf(<FlowPanel figures={figures(2, 1)} />, 'en')).toMatch(/^In the last 12 months, 2 escalations and 1 vastloper resolved\./);
  });

  it('counts the open vastlopers and the focus areas', () => {
    expect(summaryOf(<AreasPanel areas={[area('a', 1)]} />, 'nl')).toBe('1 open vastloper in 1 focusgebied; de meeste in Alliantie a (1).');
    expect(summaryOf(<AreasPanel areas={[area('a', 1), area('b', 1)]} />, 'nl')).toBe('2 open vastlopers in 2 focusgebieden; de meeste in Alliantie a (1).');
  });
});
