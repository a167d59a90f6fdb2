/**
 * The API answers every error as application/problem+json (RFC 9457). This turns whatever came
 * back (a problem document, another body, or nothing) into one ApiProblem the UI can show.
 */
export interface FieldError {
  field: string;
  code: string;
  message: string;
}

export interface ProblemDetails {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  /** Path of the request that failed. */
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
  /** Members beyond RFC 9457's, e.g. allowedActions of a 409 on a state change. */
  extensions?: Record<string, unknown>;
}

export class ApiProblem extends Error implements ProblemDetails {
  readonly type?: string;
  readonly title?: string;
  readonly status: number;
  readonly detail?: string;
  readonly instance?: string;
  readonly requestId?: string;
  readonly errors?: FieldError[];
  readonly extensions?: Record<string, unknown>;

  constructor(problem: ProblemDetails) {
    super(problem.title ?? problem.detail ?? `HTTP ${problem.status}`);
    this.name = 'ApiProblem';
    this.type = problem.type;
    this.title = problem.title;
    this.status = problem.status;
    this.detail = problem.detail;
    this.instance = problem.instance;
    this.requestId = problem.requestId;
    this.errors = problem.errors;
    this.extensions = problem.extensions;
  }
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

function fieldErrors(value: unknown): FieldError[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const list = value
    .filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null)
    .map((item) => ({
      field: text(item.field) ?? '',
      code: text(item.code) ?? '',
      message: text(item.message) ?? '',
    }));
  return list.length > 0 ? list : undefined;
}

const STANDARD = new Set(['type', 'title', 'status', 'detail', 'instance', 'requestId', 'errors']);

function extensionsOf(doc: Record<string, unknown>): Record<string, unknown> | undefined {
  const entries = Object.entries(doc).filter(([key]) => !STANDARD.has(key));
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** Builds an ApiProblem from an error body and the HTTP response it came with. */
export function parseProblem(
  body: unknown,
  response?: Pick<Response, 'status' | 'headers'>,
): ApiProblem {
  const status = response?.status ?? 0;
  const requestIdHeader = response?.headers.get('x-request-id') ?? undefined;
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
    const doc = body as Record<string, unknown>;
    return new ApiProblem({
      type: text(doc.type),
      title: text(doc.title),
      status: typeof doc.status === 'number' ? doc.status : status,
      detail: text(doc.detail),
      instance: text(doc.instance),
      requestId: text(doc.requestId) ?? requestIdHeader,
      errors: fieldErrors(doc.errors),
      extensions: extensionsOf(doc),
    });
  }
  // A proxy or gateway may answer with plain text or HTML: keep the status, drop the markup.
  return new ApiProblem({ status, requestId: requestIdHeader });
}

/** For failures that never reached the server (network down, CORS, aborted). */
export function networkProblem(cause: unknown): ApiProblem {
  return new ApiProblem({ status: 0, detail: cause instanceof Error ? cause.message : undefined });
}

export const isApiProblem = (error: unknown): error is ApiProblem => error instanceof ApiProblem;
