import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { toUserError, useAuthSession } from '@doorbraak/web-data-access';
import { Alert, formFields, FormShell, PageHeading, Paragraph, TextField, useFormWithSummary } from '@doorbraak/web-ui';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { AcceptInvitationMutation } from '../graphql/accept-invitation.mutation';
import { authNamespace } from '../i18n/auth.translations';

const MIN_PASSWORD_LENGTH = 12;

export const InvitationPage = () => {
  const { t } = useTranslation([authNamespace, 'common']);
  const session = useAuthSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token');
  const [accept, { loading }] = useMutation(AcceptInvitationMutation);
  const [failure, setFailure] = useState<string | null>(null);

  const schema = useMemo(
    () =>
      z
        .object({
          password: z.string().min(MIN_PASSWORD_LENGTH, t('invitation.tooShort')),
          confirm: z.string().min(1, t('common:form.required')),
        })
        .refine((values) => values.password === values.confirm, { path: ['confirm'], message: t('invitation.mismatch') }),
    [t],
  );
  type Values = z.infer<typeof schema>;
  const form = useFormWithSummary<Values>({ resolver: zodResolver(schema) });
  const { handleSubmit, formState } = form;
  const fields = formFields(form, 'invitation', { password: t('invitation.password'), confirm: t('invitation.confirm') });

  const onSubmit = handleSubmit(async ({ password }) => {
    if (!token) {
      return;
    }
    setFailure(null);
    try {
      const result = await accept({ variables: { token, password } });
      if (result.data) {
        session.signedIn(result.data.acceptInvitation);
        await navigate('/', { replace: true });
      }
    } catch (error) {
      setFailure(t(`common:${toUserError(error).messageKey}`));
    }
  });

  return (
    <section className="db-narrow">
      <PageHeading intro={t('invitation.intro')}>{t('invitation.title')}</PageHeading>
      {!token ? (
        <Alert type="error">
          <Paragraph>{t('invitation.missingToken')}</Paragraph>
        </Alert>
      ) : (
        <FormShell
          onSubmit={onSubmit}
          summary={fields.summary}
          submitCount={formState.submitCount}
          failure={{ title: t('invitation.failed'), message: failure }}
          submitLabel={t('invitation.submit')}
          busy={loading}
        >
          <TextField {...fields.field('password')} description={t('invitation.passwordHint')} type="password" autoComplete="new-password" required />
          <TextField {...fields.field('confirm')} type="password" autoComplete="new-password" required />
        </FormShell>
      )}
    </section>
  );
};
