import type { Activity } from '@washup/shared/board';
import { isRecord, readStored, writeStored } from '../device/localStore';

/** What this device last captured with, for the one-tap chips: a walk is many cards in a row. */
export interface CaptureMemory {
  activity: Activity | null;
  site: string;
  keyQuestionIds: string[];
  /** Most recent first. */
  sites: string[];
}

const key = (boardId: string) => `washup:capture:${boardId}`;
const empty: CaptureMemory = { activity: null, site: '', keyQuestionIds: [], sites: [] };
const recentSites = 4;

function isMemory(value: unknown): value is CaptureMemory {
  return isRecord(value) && typeof value.site === 'string' && Array.isArray(value.keyQuestionIds) && Array.isArray(value.sites);
}

export function loadCaptureMemory(boardId: string): CaptureMemory {
  return readStored(key(boardId), isMemory) ?? empty;
}

/** Remembers a capture's source; returns the memory as it now is. */
export function rememberCapture(boardId: string, used: Pick<CaptureMemory, 'activity' | 'site' | 'keyQuestionIds'>): CaptureMemory {
  const previous = loadCaptureMemory(boardId);
  const sites = used.site ? [used.site, ...previous.sites.filter((site) => site !== used.site)].slice(0, recentSites) : previous.sites;
  const next = { ...used, sites };
  writeStored(key(boardId), next);
  return next;
}
