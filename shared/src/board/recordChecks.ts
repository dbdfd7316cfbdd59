import { z } from 'zod';
import { BoardOperationError } from './boardOperationError';

export function found<T>(record: T | undefined, what: string): T {
  if (record === undefined) throw new BoardOperationError('not-found', `${what} no longer exists`);
  return record;
}

/** Parses with the record's schema, so what is stored is trimmed, defaulted and within limits. */
export function validated<Schema extends z.ZodType>(schema: Schema, value: unknown, what: string): z.output<Schema> {
  const result = schema.safeParse(value);
  if (!result.success) throw new BoardOperationError('invalid', `${what}: ${z.prettifyError(result.error)}`);
  const data: unknown = result.data;
  // A cleared optional field is left out rather than stored as undefined, so equal records look equal.
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const fields = data as Record<string, unknown>;
    for (const key of Object.keys(fields)) if (fields[key] === undefined) delete fields[key];
  }
  return result.data;
}
