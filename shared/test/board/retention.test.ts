import { describe, expect, it } from 'vitest';
import { boardMetaKind, earliestPurgeAt, latestPurgeAt, purgeDateOf, readBoardMeta, retentionSchema, standInMeta } from '../../src/board';
import { stampVersion } from '../../src/records/readVersioned';

const dayMs = 86_400_000;

describe('a board’s retention', () => {
  it('is due a number of days after the last change, or on its date, or never', () => {
    const lastChange = Date.UTC(2027, 2, 1);
    expect(purgeDateOf({ kind: 'afterActivity', days: 90 }, lastChange)).toBe(lastChange + 90 * dayMs);
    expect(purgeDateOf({ kind: 'onDate', purgeAt: Date.UTC(2031, 6, 31) }, lastChange)).toBe(Date.UTC(2031, 6, 31));
    expect(purgeDateOf(null, lastChange)).toBeNull();
  });

  it('takes whole days from one to ten years, dates this century, and nothing else', () => {
    for (const valid of [
      { kind: 'afterActivity', days: 1 },
      { kind: 'afterActivity', days: 3650 },
      { kind: 'onDate', purgeAt: earliestPurgeAt },
      { kind: 'onDate', purgeAt: latestPurgeAt },
    ]) {
      expect(retentionSchema.safeParse(valid).success, JSON.stringify(valid)).toBe(true);
    }
    for (const invalid of [
      { kind: 'afterActivity', days: 0 },
      { kind: 'afterActivity', days: 3651 },
      { kind: 'afterActivity', days: 1.5 },
      { kind: 'onDate', purgeAt: earliestPurgeAt - 1 },
      { kind: 'onDate', purgeAt: latestPurgeAt + 1 },
      { kind: 'onDate', purgeAt: latestPurgeAt, days: 3 },
      { kind: 'forever' },
      null,
      'never',
    ]) {
      expect(retentionSchema.safeParse(invalid).success, JSON.stringify(invalid)).toBe(false);
    }
  });

  it('rides in the board’s settings, which read as before without it', () => {
    const withRetention = { ...standInMeta, title: 'Oakfield', retention: { kind: 'afterActivity' as const, days: 30 } };
    expect(readBoardMeta(stampVersion(boardMetaKind, withRetention))).toEqual({ ok: true, meta: withRetention });
    expect(readBoardMeta(stampVersion(boardMetaKind, { ...standInMeta, title: 'Oakfield' }))).toMatchObject({ ok: true, meta: { title: 'Oakfield' } });
    const bad = readBoardMeta(stampVersion(boardMetaKind, { ...withRetention, retention: { kind: 'afterActivity', days: -1 } }));
    expect(bad.ok).toBe(false);
  });
});
