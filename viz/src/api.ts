/** The page's only link to the data: the explorer's HTTP API (src/adapters/http). */
import type { ErrorPayload } from '../../src/adapters/http/api-types.ts';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly hint?: string,
  ) {
    super(message);
  }
}

async function parse<T>(res: Response, url: string): Promise<T> {
  const body = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const err = (body ?? {}) as Partial<ErrorPayload>;
    throw new ApiError(err.error ?? `${url}: HTTP ${res.status}`, res.status, err.hint);
  }
  return body as T;
}

/** A plain GET (no extra headers), so that it can take over a `<link rel="preload" as="fetch">` of the same URL. */
export async function getJson<T>(url: string): Promise<T> {
  return parse<T>(await fetch(url), url);
}

export async function postJson<T>(url: string, payload: unknown): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(payload),
  });
  return parse<T>(res, url);
}

export function nodeUrl(key: string): string {
  return `/api/node/${encodeURIComponent(key)}`;
}
