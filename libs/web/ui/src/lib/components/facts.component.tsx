import type { ReactNode } from 'react';

// A list of facts: term and value; a fact without a value (null, undefined, false, '') is left out.
export const Facts = ({ facts }: { facts: readonly (readonly [term: string, value: ReactNode])[] }) => (
  <dl className="db-facts">
    {facts
      .filter(([, value]) => value !== null && value !== undefined && value !== false && value !== '')
      .map(([term, value], index) => (
        <div key={`${term}-${index}`} className="db-facts__row">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
  </dl>
);
