import { api } from '@/lib/api-client';

/**
 * The issue 7 endpoints are built in parallel with this screen: until the backend's OpenAPI
 * document lists them, calls go through the same client (token, language, base URL) without the
 * generated path types. The shapes are the local types of each feature's api folder.
 */
type Answer = Promise<{ data?: unknown; error?: unknown; response: Response }>;
interface Init {
  params?: { path?: Record<string, string>; query?: Record<string, unknown> };
  body?: unknown;
  headers?: Record<string, string>;
  parseAs?: 'json' | 'blob' | 'text';
}
interface LooseClient {
  GET(path: string, init?: Init): Answer;
  POST(path: string, init?: Init): Answer;
  PUT(path: string, init?: Init): Answer;
  PATCH(path: string, init?: Init): Answer;
}

export const looseApi = (): LooseClient => api() as unknown as LooseClient;

/** Drops empty query values, so the URL carries only the filters that are set. */
export function queryOf<T extends object>(filter: T): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(filter).filter(
      ([, value]) => value !== undefined && value !== null && value !== '',
    ),
  );
}

/** "attachment; filename*=UTF-8''01-TCD.xlsx" → 01-TCD.xlsx. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const extended = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(disposition);
  if (extended) return decodeURIComponent(extended[1].trim().replace(/^"|"$/g, ''));
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1].trim() : fallback;
}

/** Saves a blob under its name through a temporary link. */
export function saveBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
