import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from '@/api/schema';
import { i18n } from './i18n';
import { retryWhileInProgress } from './in-progress-retry';
import { networkProblem, parseProblem } from './problem';

/** Returns the current access token, renewing it first when it has expired. */
export type AccessTokenProvider = () => Promise<string | undefined>;

let accessToken: AccessTokenProvider = async () => undefined;

const headers: Middleware = {
  async onRequest({ request }) {
    const token = await accessToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    // Lets the API answer problem titles in the reader's language.
    request.headers.set('Accept-Language', i18n.language || 'vi');
    return request;
  },
};

/** Public endpoints (/public/v1) are called without a token, even by a signed-in official. */
const languageOnly: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', i18n.language || 'vi');
    return request;
  },
};

function createApiClient(baseUrl: string, middleware: Middleware = headers): Client<paths> {
  const client = createClient<paths>({
    // "" means same origin; Request needs an absolute URL outside the browser too.
    baseUrl: baseUrl || window.location.origin,
    // Looked up at call time so tests (and polyfills) can replace fetch. A keyed POST whose first
    // attempt is still running on the server is sent again once it has finished (in-progress-retry).
    fetch: retryWhileInProgress((request) => globalThis.fetch(request)),
  });
  client.use(middleware);
  return client;
}

let client = createApiClient('');
let anonymousClient = createApiClient('', languageOnly);

/** Called once at start with the runtime configuration and the auth layer's token source. */
export function configureApiClient(options: {
  baseUrl: string;
  accessToken?: AccessTokenProvider;
}) {
  client = createApiClient(options.baseUrl);
  anonymousClient = createApiClient(options.baseUrl, languageOnly);
  if (options.accessToken) accessToken = options.accessToken;
}

/** The typed client: `api().GET('/api/v1/me')`. */
export const api = (): Client<paths> => client;

/** The typed client without a token, for /public/v1. */
export const publicApi = (): Client<paths> => anonymousClient;

/** Awaits an openapi-fetch call and returns its data, or throws an ApiProblem. */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch (cause) {
    throw networkProblem(cause);
  }
  if (!result.response.ok || result.error !== undefined) {
    throw parseProblem(result.error, result.response);
  }
  return result.data as T;
}

/** One Idempotency-Key per form submission: a retried POST is not applied twice. */
export const idempotencyHeaders = (key: string = crypto.randomUUID()) => ({
  'Idempotency-Key': key,
});
