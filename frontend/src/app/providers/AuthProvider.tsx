import type { UserManager } from 'oidc-client-ts';
import type { ReactNode } from 'react';
import { AuthProvider as OidcAuthProvider } from 'react-oidc-context';
import { restoreLocation } from '@/lib/auth/oidc';

/** Keycloak sign-in (Authorization Code + PKCE); the callback returns to the page first asked for. */
export function AuthProvider({
  userManager,
  children,
}: {
  userManager: UserManager;
  children: ReactNode;
}) {
  return (
    <OidcAuthProvider userManager={userManager} onSigninCallback={restoreLocation}>
      {children}
    </OidcAuthProvider>
  );
}
