import { Alert, LoadingState, PageHeading, Paragraph } from '@doorbraak/web-ui';
import type { ReactNode } from 'react';

// The page around a create form: its heading, and instead of the form a notice when the viewer has no alliance.
export const ItemCreateLayout = ({
  title,
  intro,
  loading,
  noAlliance,
  children,
}: {
  title: string;
  intro: string;
  loading: boolean;
  // The notice when there is no alliance to log for; null when there is.
  noAlliance: string | null;
  children: ReactNode;
}) => {
  if (loading) return <LoadingState />;
  return (
    <section>
      <PageHeading intro={intro}>{title}</PageHeading>
      {noAlliance ? (
        <Alert type="info">
          <Paragraph>{noAlliance}</Paragraph>
        </Alert>
      ) : (
        children
      )}
    </section>
  );
};
