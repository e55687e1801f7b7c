import type { ReactNode } from 'react';

export type PageHeadingProps = {
  children: ReactNode;
  intro?: ReactNode;
  id?: string;
};

export const PageHeading = ({ children, intro, id }: PageHeadingProps) => (
  <div className="db-page-heading">
    <h1 id={id} className="db-page-heading__title">
      {children}
    </h1>
    {intro ? <p className="db-page-heading__intro">{intro}</p> : null}
  </div>
);
