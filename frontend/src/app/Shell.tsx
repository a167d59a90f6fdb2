import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { Outlet, useLocation, useMatches, useNavigate } from 'react-router';
import { AppLayout } from '@/components/layout/AppLayout';
import { useDocumentTitle } from '@/components/layout/useDocumentTitle';
import { useCurrentUser } from '@/lib/auth/current-user';
import { appRoutes, navigationFor } from './routes';

interface RouteHandle {
  titleKey?: string;
}

/** The signed-in frame around every page: navigation filtered by the user's roles. */
export function Shell() {
  const { t } = useTranslation();
  const auth = useAuth();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { data: me } = useCurrentUser();

  const handle = useMatches().findLast(
    (match) => (match.handle as RouteHandle | undefined)?.titleKey,
  )?.handle as RouteHandle | undefined;
  useDocumentTitle(handle?.titleKey);

  const navItems = navigationFor(appRoutes, me?.roles ?? []).map((route) => ({
    path: route.path,
    label: t(route.titleKey),
    icon: route.icon,
  }));
  // The deepest navigation entry containing the current path stays highlighted on sub-pages.
  const selectedPath = navItems
    .map((item) => item.path)
    .filter((path) => path === pathname || (path !== '/' && pathname.startsWith(`${path}/`)))
    .sort((a, b) => b.length - a.length)[0];

  return (
    <AppLayout
      navItems={navItems}
      selectedPath={selectedPath}
      onNavigate={(path) => void navigate(path)}
      userName={me?.name ?? auth.user?.profile.name}
      onLogout={() => void auth.signoutRedirect()}
    >
      <Outlet />
    </AppLayout>
  );
}
