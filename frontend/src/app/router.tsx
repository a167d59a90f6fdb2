import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { NotFoundPage, UnexpectedErrorPage } from '@/components/errors/StatusPages';
import { PageLoading } from '@/components/feedback/PageLoading';
import { PublicShell } from './PublicShell';
import { RequireAuth } from './RequireAuth';
import { RouteGuard } from './RouteGuard';
import { appRoutes, publicRoutes, type AppRoute } from './routes';
import { Shell } from './Shell';

function toRouteObject(route: AppRoute): RouteObject {
  return {
    path: route.path,
    handle: { titleKey: route.titleKey },
    lazy: async () => {
      const Page = await route.page();
      return {
        Component: () => (
          <RouteGuard roles={route.roles}>
            <Page />
          </RouteGuard>
        ),
      };
    },
  };
}

function toPublicRouteObject(route: AppRoute): RouteObject {
  return {
    path: route.path,
    handle: { titleKey: route.titleKey },
    lazy: async () => ({ Component: await route.page() }),
  };
}

export function createAppRouter(
  routes: readonly AppRoute[] = appRoutes,
  openRoutes: readonly AppRoute[] = publicRoutes,
) {
  return createBrowserRouter([
    {
      // Outside RequireAuth: citizens read these pages without an account.
      element: <PublicShell />,
      errorElement: <UnexpectedErrorPage />,
      hydrateFallbackElement: <PageLoading />,
      children: openRoutes.map(toPublicRouteObject),
    },
    {
      element: (
        <RequireAuth>
          <Shell />
        </RequireAuth>
      ),
      errorElement: <UnexpectedErrorPage />,
      hydrateFallbackElement: <PageLoading />,
      children: [
        ...routes.map(toRouteObject),
        { path: '*', element: <NotFoundPage />, handle: { titleKey: 'errors.notFoundTitle' } },
      ],
    },
  ]);
}

/**
 * The router is created only once the sign-in callback has been handled: by then the callback
 * URL (/?code=...) has been replaced by the page the user asked for, which the router reads.
 */
export function AppRouter() {
  const auth = useAuth();
  const { t } = useTranslation();
  const [router, setRouter] = useState<ReturnType<typeof createAppRouter>>();
  if (!router && !auth.isLoading) setRouter(createAppRouter());
  if (!router) return <PageLoading label={t('auth.loading')} />;
  return <RouterProvider router={router} />;
}
