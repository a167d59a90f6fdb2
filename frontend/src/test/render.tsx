import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { vi } from 'vitest';
import { AppProviders } from '@/app/providers/AppProviders';
import { i18n, type Language } from '@/lib/i18n';

interface RenderOptions {
  language?: Language;
  /** Opens `url` and renders `ui` as the route `path`, so useParams works. */
  route?: { path: string; url: string };
}

/** Renders `ui` with the real providers (i18n, antd, React Query) and a fresh query cache. */
export async function renderWithProviders(ui: ReactElement, options: RenderOptions = {}) {
  await i18n.changeLanguage(options.language ?? 'vi');
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const { route } = options;
  return render(
    <AppProviders queryClient={queryClient}>
      {route ? (
        <MemoryRouter initialEntries={[route.url]}>
          <Routes>
            <Route path={route.path} element={ui} />
          </Routes>
        </MemoryRouter>
      ) : (
        <MemoryRouter>{ui}</MemoryRouter>
      )}
    </AppProviders>,
  );
}

/** Answers fetch calls by path; anything else is a 404 problem. */
export function stubApi(
  routes: Record<string, { status?: number; body: unknown; contentType?: string }>,
) {
  const fetchMock = vi.fn(async (input: Request | string | URL) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const route = routes[url.pathname];
    const status = route?.status ?? (route ? 200 : 404);
    const body = route ? route.body : { title: 'Not Found', status: 404 };
    const contentType =
      route?.contentType ?? (status >= 400 ? 'application/problem+json' : 'application/json');
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}
