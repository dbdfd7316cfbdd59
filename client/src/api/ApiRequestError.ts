/**
 * A request the server refused (its `{error: {code, message}}`), or one that never reached it
 * (`status` 0, code `network`). `message` is a sentence to show as it is.
 */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }

  get isNetworkError(): boolean {
    return this.status === 0;
  }
}

/** The message to show for anything a request threw. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiRequestError) return error.message;
  if (error instanceof Error && error.message) return asSentence(error.message);
  return 'Something went wrong. Please try again.';
}

/** The server writes lower-case clauses ("the token is not valid"); shown alone they read better as sentences. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return trimmed;
  const capitalised = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}
