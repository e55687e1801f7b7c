import type { ReactNode } from 'react';
import { Link as RouterLink, NavLink, type LinkProps as RouterLinkProps } from 'react-router';

export type AppLinkProps = Omit<RouterLinkProps, 'className'> & { children: ReactNode };

// An in-app link with the design system's link style.
export const AppLink = ({ children, ...props }: AppLinkProps) => (
  <RouterLink className="nl-link" {...props}>
    {children}
  </RouterLink>
);

export const AppNavLink = ({ children, ...props }: AppLinkProps & { end?: boolean }) => (
  <NavLink className={({ isActive }) => (isActive ? 'db-nav__link db-nav__link--active' : 'db-nav__link')} {...props}>
    {children}
  </NavLink>
);
