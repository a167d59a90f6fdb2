/**
 * A POST with an Idempotency-Key whose first request is still running is answered 409 with Retry-After
 * (a double click, or a retry after a network failure while the first attempt still runs on the server).
 * The same request is then sent again after the advised wait, so the user gets the first request's
 * answer (replayed by the server) instead of an error. Bounded: a few attempts, a few seconds each.
 */
export const IN_PROGRESS_ATTEMPTS = 5;
const MAX_WAIT_MS = 5_000;

type Fetch = (request: Request) => Promise<Response>;

export function retryWhileInProgress(
  fetcher: Fetch,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((done) => setTimeout(done, ms)),
): Fetch {
  return async (request) => {
    if (!request.headers.has('Idempotency-Key')) return fetcher(request);
    let attempt = request.clone();
    for (let i = 1; ; i++) {
      const next = attempt.clone();
      const response = await fetcher(attempt);
      const retryAfter = response.headers.get('Retry-After');
      if (response.status !== 409 || retryAfter === null || i >= IN_PROGRESS_ATTEMPTS) return response;
      const seconds = Number(retryAfter);
      await sleep(Math.min(Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 1000, MAX_WAIT_MS));
      attempt = next;
    }
  };
}
