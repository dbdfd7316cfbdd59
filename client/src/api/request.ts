import { apiErrorSchema } from '@washup/shared/api';
import { ApiRequestError, asSentence } from './ApiRequestError';

/** What checks an answer: a zod schema from `shared/api` (the client does not depend on zod itself). */
export interface ResponseSchema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false };
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  /** Bytes sent as they are, with their own type as Content-Type (a picture), in place of a JSON `body`. */
  file?: Blob;
  /** An invite or participant token, sent as `Authorization: Bearer`. */
  token?: string;
  signal?: AbortSignal;
}

/**
 * One call to the relay's HTTP API. Resolves with the JSON body checked against the route's
 * response schema (the one the relay answers with, from `shared/api`); rejects with an
 * ApiRequestError carrying the server's own message, so the UI can show it as it is.
 */
export async function apiRequest<T>(path: string, schema: ResponseSchema<T>, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.file) headers['content-type'] = options.file.type;
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body: options.file ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
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
  const answer = schema.safeParse(body);
  if (!answer.success) {
    // A relay newer or older than this page; a reload fetches the page that matches it.
    throw new ApiRequestError(response.status, 'unexpected_response', 'The server sent an answer this page does not understand. Reload the page and try again.');
  }
  return answer.data;
}

function parseJson(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
