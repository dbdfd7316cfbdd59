import { serverTimeSchema } from '@washup/shared/api';
import { apiRequest } from './request';

/** The server's clock in ms since the epoch. */
export async function getServerTime(signal?: AbortSignal): Promise<number> {
  const { now } = await apiRequest('/api/time', serverTimeSchema, { signal });
  return now;
}
