import { apiRequest } from './request';

/** The server's clock in ms since the epoch. */
export async function getServerTime(signal?: AbortSignal): Promise<number> {
  const { now } = await apiRequest<{ now: number }>('/api/time', { signal });
  return now;
}
