import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { AppLayout } from '@/components/layout/AppLayout';
import { NotificationBell } from '@/features/notifications';
import { useCurrentUser } from '@/lib/auth/current-user';
import { hasAnyRole } from '@/lib/authorization';
import { appRoutes, CASE_READERS, navigationFor, publicRoutes } from './routes';
import { useRouteTitle } from './useRouteTitle';

/** The signed-in frame around every page: navigation filtered by the user's roles. */
export function Shell() {
  const { t } = useTranslation();
  const auth = useAuth();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { data: me } = useCurrentUser();

  useRouteTitle();

  // The public pages close the list: officials point citizens to them too.
  const navItems = [
    ...navigationFor(appRoutes, me?.roles ?? []),
    ...navigationFor(publicRoutes, []),
  ].map((route) => ({
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
      headerExtra={hasAnyRole(me?.roles ?? [], CASE_READERS) ? <NotificationBell /> : undefined}
    >
      <Outlet />
    </AppLayout>
  );
}
