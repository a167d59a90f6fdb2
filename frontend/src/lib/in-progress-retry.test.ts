import { describe, expect, it, vi } from 'vitest';
import { IN_PROGRESS_ATTEMPTS, retryWhileInProgress } from './in-progress-retry';

const post = (headers: Record<string, string> = { 'Idempotency-Key': 'k-12345678' }) =>
  new Request('http://api.test/api/v1/visits', { method: 'POST', body: '{"a":1}', headers });

const inProgress = () =>
  new Response('{"type":"/problems/conflict"}', { status: 409, headers: { 'Retry-After': '1' } });

describe('retryWhileInProgress', () => {
  it('sends the same request again after Retry-After and returns the replayed answer', async () => {
    const bodies: string[] = [];
    const fetcher = vi
      .fn<(request: Request) => Promise<Response>>()
      .mockImplementationOnce(async (request) => {
        bodies.push(await request.text());
        return inProgress();
      })
      .mockImplementationOnce(async (request) => {
        bodies.push(await request.text());
        return new Response('{"id":"1"}', { status: 201, headers: { 'Idempotent-Replayed': 'true' } });
      });
    const sleep = vi.fn(async () => undefined);
    const response = await retryWhileInProgress(fetcher, sleep)(post());
    expect(response.status).toBe(201);
    expect(bodies).toEqual(['{"a":1}', '{"a":1}']);
    expect(sleep).toHaveBeenCalledWith(1000);
  });

  it('gives up after a bounded number of attempts', async () => {
    const fetcher = vi.fn(async () => inProgress());
    const response = await retryWhileInProgress(fetcher, async () => undefined)(post());
    expect(response.status).toBe(409);
    expect(fetcher).toHaveBeenCalledTimes(IN_PROGRESS_ATTEMPTS);
  });

  it('leaves other conflicts and requests without a key alone', async () => {
    const conflict = vi.fn(async () => new Response('{}', { status: 409 }));
    expect((await retryWhileInProgress(conflict)(post())).status).toBe(409);
    expect(conflict).toHaveBeenCalledTimes(1);
    const noKey = vi.fn(async () => inProgress());
    expect((await retryWhileInProgress(noKey)(post({}))).status).toBe(409);
    expect(noKey).toHaveBeenCalledTimes(1);
  });
});
