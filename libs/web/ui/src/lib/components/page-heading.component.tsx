import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type PageHeadingProps = {
  children: ReactNode;
  intro?: ReactNode;
  id?: string;
  // The document title; defaults to the heading when it is plain text.
  documentTitle?: string;
};

// Every route sets the document title and moves focus to its h1, so a screen reader announces the new page.
export const PageHeading = ({ children, intro, id, documentTitle }: PageHeadingProps) => {
  const { t } = useTranslation('common');
  const heading = useRef<HTMLHeadingElement>(null);
  const title = documentTitle ?? (typeof children === 'string' ? children : undefined);

  useEffect(() => {
    if (title) {
      document.title = `${title} · ${t('app.name')}`;
    }
  }, [title, t]);

  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, []);

  return (
    <div className="db-page-heading">
      <Heading level={1} id={id} className="db-page-heading__title" ref={heading} tabIndex={-1}>
        {children}
      </Heading>
      {intro ? <Paragraph className="db-page-heading__intro">{intro}</Paragraph> : null}
    </div>
  );
};
