import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { Outlet, useNavigate } from 'react-router';
import { PublicLayout } from '@/components/layout/PublicLayout';
import { publicRoutes } from './routes';
import { useRouteTitle } from './useRouteTitle';

/** The frame of the public pages: reading them never needs, nor starts, a login. */
export function PublicShell() {
  const auth = useAuth();
  const navigate = useNavigate();
  const { t } = useTranslation();
  useRouteTitle();
  return (
    <PublicLayout
      signedIn={auth.isAuthenticated}
      onLogin={() => void auth.signinRedirect({ state: { returnTo: '/' } })}
      onOpenApp={() => void navigate('/')}
      links={publicRoutes.map((route) => ({ path: route.path, label: t(route.titleKey) }))}
    >
      <Outlet />
    </PublicLayout>
  );
}
