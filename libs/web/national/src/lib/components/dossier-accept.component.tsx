import { useMutation } from '@apollo/client/react';
import { toUserError } from '@doorbraak/web-data-access';
import { ConfirmAction, FailureAlert, Heading, Paragraph } from '@doorbraak/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AcceptDossierMutation } from '../graphql/accept-dossier.mutation';
import { nationalNamespace } from '../i18n/national.translations';

// A proposed dossier, accepted after confirming: it opens, and the national coordinator carries it from then on.
export const DossierAccept = ({ dossierId, title, onDone }: { dossierId: string; title: string; onDone: () => Promise<unknown> }) => {
  const { t } = useTranslation([nationalNamespace, 'common']);
  const [accept, accepting] = useMutation(AcceptDossierMutation);
  const [failure, setFailure] = useState<string | null>(null);

  const onConfirm = async () => {
    setFailure(null);
    try {
      await accept({ variables: { id: dossierId } });
      await onDone();
    } catch (error) {
      setFailure(t(`common:${toUserError(error).messageKey}`));
    }
  };

  return (
    <section className="db-section" aria-labelledby="dossier-accept-heading">
      <Heading level={2} id="dossier-accept-heading">
        {t('dossier.accept.title')}
      </Heading>
      <Paragraph>{t('dossier.accept.intro')}</Paragraph>
      <FailureAlert title={t('dossier.accept.failed')} message={failure} />
      <ConfirmAction
        label={t('dossier.accept.submit')}
        question={t('dossier.accept.question', { title })}
        confirmLabel={t('dossier.accept.confirm')}
        danger={false}
        busy={accepting.loading}
        onConfirm={() => void onConfirm()}
      />
    </section>
  );
};
