import { describe, expect, it } from 'vitest';
import type { RestorePoint } from '@washup/shared/api';
import { changesInWords, countsInWords, pointTitle } from '../src/history/pointWording';

const point = (overrides: Partial<RestorePoint>): RestorePoint => ({
  id: 'p1',
  takenAt: 1_790_000_000_000,
  reason: 'activity',
  changes: {},
  holds: {},
  by: null,
  bytes: 100,
  ...overrides,
});

describe('how the Board history timeline words a restore point', () => {
  it('counts records in words, one or many, in the collections’ order', () => {
    expect(countsInWords({ themes: 2, cards: 1 })).toBe('1 card and 2 themes');
    expect(countsInWords({ headings: 4, cards: 30, redactions: 1 })).toBe('4 headings, 30 cards and 1 redaction');
    expect(countsInWords({})).toBeNull();
  });

  it('says what changed since the point before, or that nothing did', () => {
    expect(changesInWords({ cards: { added: 3, changed: 1, removed: 0 }, themes: { added: 0, changed: 0, removed: 2 } })).toBe(
      '3 cards added, 1 card changed, 2 themes removed',
    );
    expect(changesInWords({})).toBe('No changes');
  });

  it('names why the point was taken and whose update led to it', () => {
    const rae = { participantId: 'r1', name: 'Rae', role: 'reviewer' as const };
    expect(pointTitle(point({ reason: 'bulkRemoval', removing: { cards: 30 }, by: rae }))).toBe('Before 30 cards were removed by Rae (Peer reviewer)');
    expect(pointTitle(point({ reason: 'beforeRestore', by: { participantId: 'l1', name: 'Lena', role: 'facilitator' } }))).toBe('Before a restore by Lena (Lead Reviewer)');
    expect(pointTitle(point({ reason: 'activity', by: { participantId: 'x', name: 'someone no longer listed', role: null } }))).toBe(
      'Board as it stood when someone no longer listed made a change',
    );
    expect(pointTitle(point({}))).toBe('Board as it stood');
  });
});
