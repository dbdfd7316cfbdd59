import { apiErrorSchema } from '@washup/shared';
import { ApiRequestError, asSentence } from './ApiRequestError';

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'DELETE';
  body?: unknown;
  /** An invite or participant token, sent as `Authorization: Bearer`. */
  token?: string;
  signal?: AbortSignal;
}

/**
 * One call to the relay's HTTP API. Resolves with the JSON body; rejects with an ApiRequestError
 * carrying the server's own message, so the UI can show it as it is.
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
      cache: 'no-store',
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiRequestError(0, 'network', "Can't reach the Washup server. Check your connection and try again.");
  }
  const body = parseJson(await response.text().catch(() => ''));
  if (!response.ok) {
    const parsed = apiErrorSchema.safeParse(body);
    if (parsed.success) throw new ApiRequestError(response.status, parsed.data.error.code, asSentence(parsed.data.error.message));
    throw new ApiRequestError(response.status, `http_${response.status}`, `The server answered ${response.status}. Please try again.`);
  }
  return body as T;
}

function parseJson(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
