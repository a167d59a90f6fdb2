import type { UserManager } from 'oidc-client-ts';
import { AppProviders } from './providers/AppProviders';
import { AuthProvider } from './providers/AuthProvider';
import { AppRouter } from './router';

export function App({ userManager }: { userManager: UserManager }) {
  return (
    <AppProviders>
      <AuthProvider userManager={userManager}>
        <AppRouter />
      </AuthProvider>
    </AppProviders>
  );
}
