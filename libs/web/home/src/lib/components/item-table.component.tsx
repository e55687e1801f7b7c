import { WEB_PATHS } from '@doorbraak/domain';
import type { HomeItemsQuery as HomeItemsData } from '@doorbraak/web-data-access';
import {
  AppLink,
  Button,
  daysBetween,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@doorbraak/web-ui';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { homeNamespace } from '../i18n/home.translations';

export type HomeItem = HomeItemsData['vastlopers']['edges'][number]['node'];

const LIMIT = 5;

// A compact table of items (one line each, a small button where there is an action). Long lists show
// their first five, with a link to the full list, or a button that shows the rest here.
export const ItemTable = ({
  items,
  labelledBy,
  empty,
  showAlliance,
  showRung,
  moreTo,
  action,
}: {
  items: readonly HomeItem[];
  labelledBy: string;
  empty: string;
  showAlliance?: boolean;
  showRung?: boolean;
  moreTo?: string;
  action?: (item: HomeItem) => ReactNode;
}) => {
  const { t } = useTranslation([homeNamespace, 'common']);
  const [expanded, setExpanded] = useState(false);
  if (items.length === 0) return <Paragraph>{empty}</Paragraph>;
  const shown = expanded ? items : items.slice(0, LIMIT);
  return (
    <>
      <div className="db-table-wrapper" role="region" aria-labelledby={labelledBy} tabIndex={0}>
        <Table className="db-table db-table--compact" aria-labelledby={labelledBy}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('columns.item')}</TableHeaderCell>
              {showAlliance ? <TableHeaderCell scope="col">{t('alliance')}</TableHeaderCell> : null}
              {showRung ? <TableHeaderCell scope="col">{t('rung')}</TableHeaderCell> : null}
              <TableHeaderCell scope="col" className="db-table__numeric">
                {t('columns.days')}
              </TableHeaderCell>
              {action ? (
                <TableHeaderCell scope="col" className="db-table__action">
                  <span className="db-visually-hidden">{t('columns.action')}</span>
                </TableHeaderCell>
              ) : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.map((item) => (
              <TableRow key={item.id}>
                <TableHeaderCell scope="row">
                  <AppLink to={WEB_PATHS.vastloper(item.id)}>{item.title}</AppLink>
                  {item.stalled ? <span className="db-badge db-badge--warning"> {t('stalledBadge')}</span> : null}
                </TableHeaderCell>
                {showAlliance ? <TableCell>{item.alliance.name}</TableCell> : null}
                {showRung ? <TableCell>{t(`common:enums.rung.${item.rung}`)}</TableCell> : null}
                <TableCell className="db-table__numeric">{daysBetween(item.rungEnteredAt)}</TableCell>
                {action ? <TableCell className="db-table__action">{action(item)}</TableCell> : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {items.length > LIMIT ? (
        <div className="db-list-more">
          {moreTo ? (
            <AppLink to={moreTo}>{t('showAll', { count: items.length })}</AppLink>
          ) : (
            <Button appearance="subtle-button" className="db-button--small" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
              {expanded ? t('showFewer') : t('showAll', { count: items.length })}
            </Button>
          )}
        </div>
      ) : null}
    </>
  );
};
