/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  defineConfig,
  type Plugin,
  type PreviewServer,
  type ProxyOptions,
  type ViteDevServer,
} from 'vite';

// `make run` and `make test` start Keycloak on ports of their own: when TIEPDAN_OIDC_AUTHORITY is set, dev and
// preview answer /config.json from the environment instead of public/config.json (nginx does the same in
// production through docker/40-runtime-config.sh).
function runtimeConfig(): Plugin {
  const authority = process.env.TIEPDAN_OIDC_AUTHORITY;
  const body = JSON.stringify({
    apiBaseUrl: process.env.TIEPDAN_API_BASE_URL ?? '',
    oidcAuthority: authority,
    oidcClientId: process.env.TIEPDAN_OIDC_CLIENT_ID || 'tiepdan-web',
  });
  const handler = (_req: IncomingMessage, res: ServerResponse) => {
    res.setHeader('Content-Type', 'application/json');
    res.setHeader('Cache-Control', 'no-store');
    res.end(body);
  };
  const serve = (server: ViteDevServer | PreviewServer) => {
    if (authority) server.middlewares.use('/config.json', handler);
  };
  return { name: 'tiepdan-runtime-config', configureServer: serve, configurePreviewServer: serve };
}

// The SPA calls the API on its own origin (apiBaseUrl ""), so dev and preview forward
// the API, the public API and the health endpoints to the backend.
const backend = process.env.BACKEND_URL || 'http://localhost:8080';
const proxy: Record<string, ProxyOptions> = {
  '^/api/': { target: backend, changeOrigin: true },
  '^/public/': { target: backend, changeOrigin: true },
  '^/q/': { target: backend, changeOrigin: true },
};
const port = Number(process.env.SPA_PORT || 5173);
const server = { host: 'localhost', port, strictPort: true, proxy };

export default defineConfig({
  plugins: [react(), runtimeConfig()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server,
  preview: server,
  build: {
    // antd is split along the lazily loaded pages, so a page downloads only the components it uses.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // Framework code changes rarely: its own chunks stay cached across releases.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    testTimeout: 20000,
  },
});
