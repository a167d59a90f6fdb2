/** Settings read from /config.json at start, so one build serves every environment. */
export interface RuntimeConfig {
  /** "" means the API is on the SPA's own origin (proxied by Vite in dev, nginx in production). */
  apiBaseUrl: string;
  oidcAuthority: string;
  oidcClientId: string;
}

export async function loadRuntimeConfig(url = '/config.json'): Promise<RuntimeConfig> {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) {
    throw new Error(`${url} answered ${response.status}`);
  }
  const raw = (await response.json()) as Partial<RuntimeConfig>;
  if (typeof raw.oidcAuthority !== 'string' || typeof raw.oidcClientId !== 'string') {
    throw new Error(`${url} lacks oidcAuthority or oidcClientId`);
  }
  return {
    apiBaseUrl: typeof raw.apiBaseUrl === 'string' ? raw.apiBaseUrl : '',
    oidcAuthority: raw.oidcAuthority,
    oidcClientId: raw.oidcClientId,
  };
}
