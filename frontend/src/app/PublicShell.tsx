import { useAuth } from 'react-oidc-context';
import { Outlet, useNavigate } from 'react-router';
import { PublicLayout } from '@/components/layout/PublicLayout';
import { useRouteTitle } from './useRouteTitle';

/** The frame of the public pages: reading them never needs, nor starts, a login. */
export function PublicShell() {
  const auth = useAuth();
  const navigate = useNavigate();
  useRouteTitle();
  return (
    <PublicLayout
      signedIn={auth.isAuthenticated}
      onLogin={() => void auth.signinRedirect({ state: { returnTo: '/' } })}
      onOpenApp={() => void navigate('/')}
    >
      <Outlet />
    </PublicLayout>
  );
}
