import { useQuery } from '@apollo/client/react';
import { toUserError } from '@doorbraak/web-data-access';
import {
  ErrorState,
  formatNumber,
  Heading,
  Link,
  LoadingState,
  PageHeading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@doorbraak/web-ui';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AlliancePageQuery } from './graphql/alliance-page.query';
import { LadderSettings } from './components/ladder-settings.component';
import { alliancesNamespace } from './i18n/alliances.translations';

export const AlliancePage = () => {
  const { t, i18n } = useTranslation([alliancesNamespace, 'common']);
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(AlliancePageQuery, { variables: { slug } });
  const language = i18n.resolvedLanguage ?? 'nl';

  if (loading && !data) return <LoadingState label={t('loading')} />;
  if (error || !data) {
    return (
      <>
        <PageHeading>{t('loadError')}</PageHeading>
        <ErrorState message={t(`common:${toUserError(error).messageKey}`)} onRetry={() => void refetch().catch(() => undefined)} />
      </>
    );
  }
  const area = data.focusArea;
  const alliance = area.alliance;

  return (
    <article>
      <PageHeading intro={alliance?.programmeDescription ?? undefined}>{alliance?.name ?? area.name}</PageHeading>
      <section aria-labelledby="facts-heading" className="db-section">
        <Heading level={2} id="facts-heading">
          {t('facts')}
        </Heading>
        <dl className="db-facts">
          <dt>{t('municipality')}</dt>
          <dd>{area.municipality}</dd>
          <dt>{t('inhabitants')}</dt>
          <dd>{formatNumber(area.inhabitants, language)}</dd>
          <dt>{t('wijken')}</dt>
          <dd>{formatNumber(area.wijken, language)}</dd>
          {area.website ? (
            <>
              <dt>{t('website')}</dt>
              <dd>
                <Link href={area.website}>{area.website}</Link>
              </dd>
            </>
          ) : null}
          <dt>{t('opvallend')}</dt>
          <dd>{area.characteristics.opvallend}</dd>
          <dt>{t('sociaaleconomisch')}</dt>
          <dd>{area.characteristics.sociaaleconomisch}</dd>
          <dt>{t('woningvoorraad')}</dt>
          <dd>{area.characteristics.woningvoorraad}</dd>
        </dl>
        {area.ambitions.length > 0 ? (
          <>
            <Heading level={3}>{t('ambitions')}</Heading>
            <UnorderedList>
              {area.ambitions.map((ambition) => (
                <UnorderedListItem key={ambition}>{ambition}</UnorderedListItem>
              ))}
            </UnorderedList>
          </>
        ) : null}
      </section>
      {!alliance ? (
        <Paragraph>{t('noAlliance')}</Paragraph>
      ) : (
        <>
          <section aria-labelledby="programme-heading" className="db-section">
            <Heading level={2} id="programme-heading">
              {t('programme')}
            </Heading>
            <dl className="db-facts">
              {alliance.programmeBureau ? (
                <>
                  <dt>{t('bureau')}</dt>
                  <dd>{alliance.programmeBureau}</dd>
                </>
              ) : null}
              <dt>{t('horizon')}</dt>
              <dd>
                {alliance.horizonStartYear}–{alliance.horizonEndYear ?? ''}
              </dd>
              {alliance.meetingCadence ? (
                <>
                  <dt>{t('cadence')}</dt>
                  <dd>{alliance.meetingCadence}</dd>
                </>
              ) : null}
              {alliance.chair ? (
                <>
                  <dt>{t('chair')}</dt>
                  <dd>{alliance.chair.name}</dd>
                </>
              ) : null}
              {alliance.rijksvertegenwoordigers.map((representative) => (
                <div key={representative.id} style={{ display: 'contents' }}>
                  <dt>{t('rijksvertegenwoordigers')}</dt>
                  <dd>
                    {representative.person.name} ({t(`common:enums.ministry.${representative.ministry}`)}
                    {representative.position ? `, ${representative.position}` : ''})
                  </dd>
                </div>
              ))}
            </dl>
          </section>
          <section aria-labelledby="partners-heading" className="db-section">
            <Heading level={2} id="partners-heading">
              {t('partners')}
            </Heading>
            <div className="db-table-wrapper" role="region" aria-labelledby="partners-caption" tabIndex={0}>
              <Table className="db-table">
                <TableCaption id="partners-caption">{t('partnersCaption')}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('partner')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('partnerType')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('representatives')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {alliance.partners.map((partner) => (
                    <TableRow key={partner.id}>
                      <TableHeaderCell scope="row">{partner.name}</TableHeaderCell>
                      <TableCell>{partner.type.toLowerCase().replace(/_/g, ' ')}</TableCell>
                      <TableCell>{partner.representatives.map((person) => person.name).join(', ')}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          </section>
          <LadderSettings allianceId={alliance.id} mayEdit={alliance.viewerCan.manageLadder} />
        </>
      )}
    </article>
  );
};
