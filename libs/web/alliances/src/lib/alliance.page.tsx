import { useQuery } from '@apollo/client/react';
import { toUserError } from '@doorbraak/web-data-access';
import {
  DataTable,
  ErrorState,
  Facts,
  formatNumber,
  Heading,
  Link,
  LoadingState,
  PageHeading,
  Paragraph,
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
        <Facts
          facts={[
            [t('municipality'), area.municipality],
            [t('inhabitants'), formatNumber(area.inhabitants, language)],
            [t('wijken'), formatNumber(area.wijken, language)],
            [t('website'), area.website && <Link href={area.website}>{area.website}</Link>],
            [t('opvallend'), area.characteristics.opvallend],
            [t('sociaaleconomisch'), area.characteristics.sociaaleconomisch],
            [t('woningvoorraad'), area.characteristics.woningvoorraad],
          ]}
        />
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
            <Facts
              facts={[
                [t('bureau'), alliance.programmeBureau],
                [t('horizon'), `${alliance.horizonStartYear}–${alliance.horizonEndYear ?? ''}`],
                [t('cadence'), alliance.meetingCadence],
                [t('chair'), alliance.chair?.name],
                ...alliance.rijksvertegenwoordigers.map(
                  (representative) =>
                    [
                      t('rijksvertegenwoordigers'),
                      `${representative.person.name} (${t(`common:enums.ministry.${representative.ministry}`)}${representative.position ? `, ${representative.position}` : ''})`,
                    ] as const,
                ),
              ]}
            />
          </section>
          <section aria-labelledby="partners-heading" className="db-section">
            <Heading level={2} id="partners-heading">
              {t('partners')}
            </Heading>
            <DataTable
              id="partners"
              caption={t('partnersCaption')}
              rows={alliance.partners}
              rowKey={(partner) => partner.id}
              columns={[
                { header: t('partner'), cell: (partner) => partner.name },
                { header: t('partnerType'), cell: (partner) => partner.type.toLowerCase().replace(/_/g, ' ') },
                { header: t('representatives'), cell: (partner) => partner.representatives.map((person) => person.name).join(', ') },
              ]}
            />
          </section>
          <LadderSettings allianceId={alliance.id} mayEdit={alliance.viewerCan.manageLadder} />
        </>
      )}
    </article>
  );
};
