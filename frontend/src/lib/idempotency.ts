import { useRef } from 'react';

/**
 * One Idempotency-Key per form submission (shared/design/API.md, "Writes"): sending the same body
 * again (a retry after a network failure) reuses the key, so the server applies it once; a changed
 * body gets a new key, since the server answers 422 to a known key with another body.
 */
export function useIdempotencyKey() {
  const last = useRef<{ body: string; key: string } | undefined>(undefined);
  return (body: unknown): string => {
    const serialised = JSON.stringify(body);
    if (last.current?.body !== serialised) {
      last.current = { body: serialised, key: crypto.randomUUID() };
    }
    return last.current.key;
  };
}
