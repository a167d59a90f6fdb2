import { describe, expect, it } from 'vitest';
import { ApiProblem, networkProblem, parseProblem } from './problem';

const response = (status: number, headers: Record<string, string> = {}) => ({
  status,
  headers: new Headers(headers),
});

describe('parseProblem', () => {
  it('keeps every field of a problem+json document', () => {
    const problem = parseProblem(
      {
        type: 'https://tiepdan.vn/problems/validation',
        title: 'Dữ liệu không hợp lệ',
        status: 400,
        detail: 'Có 1 trường không hợp lệ',
        requestId: 'req-123',
        errors: [{ field: 'citizenName', code: 'required', message: 'Bắt buộc' }],
      },
      response(400),
    );
    expect(problem).toBeInstanceOf(ApiProblem);
    expect(problem).toMatchObject({
      type: 'https://tiepdan.vn/problems/validation',
      title: 'Dữ liệu không hợp lệ',
      status: 400,
      detail: 'Có 1 trường không hợp lệ',
      requestId: 'req-123',
      errors: [{ field: 'citizenName', code: 'required', message: 'Bắt buộc' }],
    });
  });

  it('takes the status from the response when the document has none', () => {
    expect(parseProblem({ title: 'Forbidden' }, response(403)).status).toBe(403);
  });

  it('falls back to the X-Request-Id header for the request id', () => {
    const problem = parseProblem({ title: 'Oops' }, response(500, { 'X-Request-Id': 'hdr-9' }));
    expect(problem.requestId).toBe('hdr-9');
  });

  it('turns a non-JSON body into a problem with only the status', () => {
    const problem = parseProblem('<html>Bad gateway</html>', response(502));
    expect(problem.status).toBe(502);
    expect(problem.title).toBeUndefined();
    expect(problem.detail).toBeUndefined();
  });

  it('ignores malformed field errors and empty strings', () => {
    const problem = parseProblem({ title: '', errors: ['x', null] }, response(400));
    expect(problem.title).toBeUndefined();
    expect(problem.errors).toBeUndefined();
  });

  it('describes a network failure with status 0', () => {
    const problem = networkProblem(new TypeError('Failed to fetch'));
    expect(problem.status).toBe(0);
    expect(problem.detail).toBe('Failed to fetch');
  });
});
