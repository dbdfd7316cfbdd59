import type { Activity } from '@washup/shared';
import { isRecord, readStored, writeStored } from '../app/localStore';

/** What this device last captured with, for the one-tap chips: a walk is many cards in a row. */
export interface CaptureMemory {
  activity: Activity | null;
  site: string;
  keyQuestionIds: string[];
  sites: string[];
}

const key = (boardId: string) => `washup:capture:${boardId}`;
const empty: CaptureMemory = { activity: null, site: '', keyQuestionIds: [], sites: [] };

function isMemory(value: unknown): value is CaptureMemory {
  return isRecord(value) && typeof value.site === 'string' && Array.isArray(value.keyQuestionIds) && Array.isArray(value.sites);
}

export function loadCaptureMemory(boardId: string): CaptureMemory {
  return readStored(key(boardId), isMemory) ?? empty;
}

export function rememberCapture(boardId: string, used: Pick<CaptureMemory, 'activity' | 'site' | 'keyQuestionIds'>): void {
  const previous = loadCaptureMemory(boardId);
  const sites = used.site ? [used.site, ...previous.sites.filter((site) => site !== used.site)].slice(0, 6) : previous.sites;
  writeStored(key(boardId), { ...used, sites });
}
