import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import type { RuntimeConfig } from '../config';

/** Carried through the Keycloak round trip so the user lands on the page they asked for. */
interface SignInState {
  returnTo?: string;
}

/** Authorization Code + PKCE (S256 is oidc-client-ts' default) for the public client. */
export function createUserManager(config: RuntimeConfig): UserManager {
  const origin = window.location.origin;
  return new UserManager({
    authority: config.oidcAuthority,
    client_id: config.oidcClientId,
    redirect_uri: `${origin}/`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile email',
    // Keycloak issues refresh tokens, so silent renew is a refresh-token grant, no iframe.
    automaticSilentRenew: true,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

export const currentLocation = (): SignInState => ({
  returnTo: window.location.pathname + window.location.search + window.location.hash,
});

/** After the callback, replace `/?code=...&state=...` by the page the user originally asked for. */
export function restoreLocation(user: User | undefined | void): void {
  const returnTo = (user?.state as SignInState | undefined)?.returnTo;
  // Only same-origin paths: never let the state parameter send the user elsewhere.
  const target =
    returnTo && returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/';
  window.history.replaceState({}, document.title, target);
}

/** Token source for the API client: renews an expired token once, shared by concurrent calls. */
export function accessTokenProvider(userManager: UserManager): () => Promise<string | undefined> {
  let renewing: Promise<User | null> | undefined;
  return async () => {
    const user = await userManager.getUser();
    if (!user) return undefined;
    if (!user.expired) return user.access_token;
    renewing ??= userManager.signinSilent().finally(() => {
      renewing = undefined;
    });
    try {
      return (await renewing)?.access_token;
    } catch {
      return undefined;
    }
  };
}
