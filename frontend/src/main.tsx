import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ConfigError } from './app/ConfigError';
import { AppProviders } from './app/providers/AppProviders';
import { configureApiClient } from './lib/api-client';
import { accessTokenProvider, createUserManager } from './lib/auth/oidc';
import { loadRuntimeConfig } from './lib/config';
import { initI18n } from './lib/i18n';
import './styles.css';

initI18n();
const root = createRoot(document.getElementById('root')!);

loadRuntimeConfig()
  .then((config) => {
    const userManager = createUserManager(config);
    configureApiClient({
      baseUrl: config.apiBaseUrl,
      accessToken: accessTokenProvider(userManager),
    });
    root.render(
      <StrictMode>
        <App userManager={userManager} />
      </StrictMode>,
    );
  })
  .catch((error: unknown) => {
    root.render(
      <StrictMode>
        <AppProviders>
          <ConfigError error={error} />
        </AppProviders>
      </StrictMode>,
    );
  });
