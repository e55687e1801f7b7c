import { prerenderStatic } from '@apollo/client/react/ssr';
import { MockedProvider } from '@apollo/client/testing/react';
import { createI18n, type SupportedLanguage } from '@doorbraak/web-ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { FocusAreasPage } from './focus-areas-page.component';
import { summarizeFocusAreas } from './focus-areas.summary';
import { focusAreasQuery, type FocusArea } from './graphql/focus-areas.query';
import { focusAreasTranslations } from './i18n/focus-areas.translations';

const area = (overrides: Partial<FocusArea> & Pick<FocusArea, 'id' | 'name'>): FocusArea & { __typename: string } => ({
  __typename: 'FocusArea',
  slug: overrides.name.toLowerCase().replace(/\s+/g, '-'),
  municipality: 'Rotterdam',
  inhabitants: 1000,
  wijken: 1,
  website: null,
  ambitions: [],
  alliance: null,
  ...overrides,
});

const areas = [
  area({
    id: '2',
    name: 'Rotterdam Zuid',
    inhabitants: 200000,
    wijken: 1234,
    alliance: { __typename: 'Alliance', id: 'a1', name: 'Alliantie Rotterdam Zuid' } as FocusArea['alliance'],
  }),
  area({ id: '1', name: 'Heerlen Noord', municipality: 'Heerlen', inhabitants: 14833 }),
];

type Mock = { result: { data: { focusAreas: FocusArea[] } } } | { error: Error };

const render = async (mock: Mock, language: SupportedLanguage = 'nl'): Promise<string> => {
  const i18n = createI18n([focusAreasTranslations], language);
  const { result } = await prerenderStatic({
    tree: (
      <I18nextProvider i18n={i18n}>
        <MockedProvider mocks={[{ request: { query: focusAreasQuery }, ...mock }]}>
          <FocusAreasPage />
        </MockedProvider>
      </I18nextProvider>
    ),
    renderFunction: renderToStaticMarkup,
  });
  return result;
};

const tableRows = (html: string): string[] => {
  const body = /<tbody>(.*)<\/tbody>/s.exec(html)?.[1] ?? '';
  return body.match(/<tr[ >].*?<\/tr>/gs) ?? [];
};

describe('FocusAreasPage', () => {
  it('renders a captioned table of focus areas with Dutch numbers', async () => {
    const html = await render({ result: { data: { focusAreas: areas } } });

    expect(html).toContain('data-testid="focus-areas-table"');
    expect(html).toContain('<caption id="focus-areas-caption">Focusgebieden met gemeente');
    expect(html).toContain('<th scope="col">Gemeente</th>');
    const rows = tableRows(html);
    expect(rows).toHaveLength(2);
    // The API's order is kept, with the area name as row header.
    expect(rows[0]).toContain('<th scope="row">Rotterdam Zuid</th>');
    expect(rows[1]).toContain('<th scope="row">Heerlen Noord</th>');
    expect(rows[0]).toContain('<td class="db-table__numeric">200.000</td>');
    expect(rows[0]).toContain('<td class="db-table__numeric">1.234</td>');
    expect(rows[0]).toContain('Alliantie Rotterdam Zuid');
    expect(rows[1]).toContain('Geen alliantie bekend');
    expect(html).toContain('2 focusgebieden · 214.833 inwoners');
  });

  it('renders English strings and number format when the language is English', async () => {
    const html = await render({ result: { data: { focusAreas: areas } } }, 'en');

    expect(html).toMatch(/<h1 id="focus-areas-heading"[^>]*>Focus areas<\/h1>/);
    expect(html).toContain('2 focus areas · 214,833 inhabitants');
    expect(html).toContain('<td class="db-table__numeric">1,234</td>');
  });

  it('uses the singular for one focus area', async () => {
    const html = await render({ result: { data: { focusAreas: [areas[1]] } } });

    expect(html).toContain('1 focusgebied · 14.833 inwoners');
  });

  it('shows an empty state when there are no focus areas', async () => {
    const html = await render({ result: { data: { focusAreas: [] } } });

    expect(html).toContain('Er zijn nog geen focusgebieden');
    expect(html).not.toContain('focus-areas-table');
  });

  it('shows a Dutch error with a retry button when the query fails', async () => {
    const html = await render({ error: new Error('network down') });

    expect(html).toContain('role="alert"');
    expect(html).toContain('De focusgebieden konden niet worden geladen');
    expect(html).toMatch(/<button type="button"[^>]*>Opnieuw proberen<\/button>/);
    expect(html).not.toContain('focus-areas-table');
  });
});

describe('summarizeFocusAreas', () => {
  it('counts areas and adds up inhabitants', () => {
    expect(summarizeFocusAreas(areas)).toEqual({ count: 2, totalInhabitants: 214833 });
    expect(summarizeFocusAreas([])).toEqual({ count: 0, totalInhabitants: 0 });
  });
});
