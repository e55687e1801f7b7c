import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { withParams } from '../url-params.util';
import { AppLink } from './app-link.component';

export type PageLinksProps = {
  // What the pages are of, for screen readers ("Pagina's van de dossiers").
  label: string;
  pageInfo: { readonly hasNextPage: boolean; readonly endCursor?: string | null };
};

// "Eerste pagina" / "Volgende pagina" for a list paged by a cursor in the address (`na`), so a page can be
// bookmarked and the back button goes back a page; the other parameters (the filters) are kept.
export const PageLinks = ({ label, pageInfo }: PageLinksProps) => {
  const { t } = useTranslation('common');
  const [params] = useSearchParams();
  return (
    <nav className="db-pager" aria-label={label}>
      {params.get('na') ? <AppLink to={{ search: withParams(params, { na: null }, true).toString() }}>{t('state.firstPage')}</AppLink> : null}
      {pageInfo.hasNextPage && pageInfo.endCursor ? (
        <AppLink to={{ search: withParams(params, { na: pageInfo.endCursor }, true).toString() }}>{t('state.nextPage')}</AppLink>
      ) : null}
    </nav>
  );
};
