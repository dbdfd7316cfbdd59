import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readVersioned, stampVersion } from '../../src/records/readVersioned';
import { versionedKind, type StoredObject } from '../../src/records/versionedKind';
import { deepFreeze } from '../council/support/purity';

/**
 * A kind that changed shape twice: v1 `{ name }`, v2 split it into `{ first, last }`, v3 added
 * `tags`. Each step notes that it ran, so the order is visible.
 */
function personKind(ran: number[] = []) {
  return versionedKind({
    label: 'person',
    schema: z.object({ first: z.string(), last: z.string(), tags: z.array(z.string()) }),
    migrations: [
      {
        to: 2,
        up: ({ name, ...rest }: StoredObject) => {
          ran.push(2);
          if (typeof name !== 'string') return rest;
          const [first = '', last = ''] = name.split(' ');
          return { ...rest, first, last };
        },
      },
      {
        to: 3,
        up: (stored: StoredObject) => {
          ran.push(3);
          return { ...stored, tags: [] };
        },
      },
    ],
  });
}

function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level++) value = { inner: value };
  return value;
}

describe('reading a versioned value', () => {
  it('runs every step after the stored version, in order, then validates', () => {
    const ran: number[] = [];
    const kind = personKind(ran);
    expect(kind.version).toBe(3);
    expect(readVersioned(kind, { v: 1, name: 'Ada Lovelace' })).toEqual({ ok: true, value: { first: 'Ada', last: 'Lovelace', tags: [] } });
    expect(ran).toEqual([2, 3]);
    ran.length = 0;
    expect(readVersioned(kind, { v: 2, first: 'Ada', last: 'Lovelace' })).toEqual({ ok: true, value: { first: 'Ada', last: 'Lovelace', tags: [] } });
    expect(ran).toEqual([3]);
    ran.length = 0;
    expect(readVersioned(kind, { v: 3, first: 'Ada', last: 'L', tags: ['x'] })).toEqual({ ok: true, value: { first: 'Ada', last: 'L', tags: ['x'] } });
    expect(ran).toEqual([]);
  });

  it('counts a value without a version as version 1, written before versions existed', () => {
    expect(readVersioned(personKind(), { name: 'Grace Hopper' })).toEqual({ ok: true, value: { first: 'Grace', last: 'Hopper', tags: [] } });
  });

  it('leaves the stored value as it was: migrations make new objects', () => {
    const stored = deepFreeze({ v: 1, name: 'Ada Lovelace' });
    expect(readVersioned(personKind(), stored).ok).toBe(true);
    expect(stored).toEqual({ v: 1, name: 'Ada Lovelace' });
  });

  it('drops the version field from what it returns', () => {
    const reading = readVersioned(personKind(), { v: 3, first: 'A', last: 'B', tags: [] });
    expect(reading.ok && 'v' in reading.value).toBe(false);
  });

  it('skips a value from a newer version, saying so, and does not touch it', () => {
    const ran: number[] = [];
    const stored = deepFreeze({ v: 4, first: 'Ada', last: 'Lovelace', tags: [], pronouns: 'she' });
    const reading = readVersioned(personKind(ran), stored);
    expect(reading).toEqual({ ok: false, problem: 'was written at version 4 by a newer Washup (this one reads up to version 3)' });
    expect(ran).toEqual([]);
  });

  it('refuses a version that is not a whole number from 1', () => {
    for (const v of [0, -1, 1.5, '2', null, true, [], {}, Number.NaN, Number.POSITIVE_INFINITY]) {
      const reading = readVersioned(personKind(), { v, first: 'A', last: 'B', tags: [] });
      expect(reading.ok, JSON.stringify(v)).toBe(false);
      if (!reading.ok) expect(reading.problem).toMatch(/^has version .*, which is not a version$/);
    }
  });

  it('skips garbage without throwing', () => {
    for (const garbage of [null, 7, 'card', [], [1, 2], true, {}, { v: 3 }, { v: 1 }, { v: 3, first: 1, last: 'B', tags: [] }]) {
      const reading = readVersioned(personKind(), garbage);
      expect(reading.ok, JSON.stringify(garbage)).toBe(false);
    }
  });

  it('reports a migration that throws or gives no object, rather than throwing', () => {
    const throwing = versionedKind({
      label: 'thing',
      schema: z.object({ a: z.string() }),
      migrations: [
        {
          to: 2,
          up: () => {
            throw new Error('no way');
          },
        },
      ],
    });
    expect(readVersioned(throwing, { a: 'x' })).toEqual({ ok: false, problem: 'could not be migrated to version 2: no way' });
    const empty = versionedKind({ label: 'thing', schema: z.object({ a: z.string() }), migrations: [{ to: 2, up: () => null as unknown as StoredObject }] });
    expect(readVersioned(empty, { a: 'x' })).toEqual({ ok: false, problem: 'migration to version 2 gave no object' });
  });

  it('copes with deeply nested values in a field, in the whole value and through a migration', () => {
    const deep = nested(50_000);
    expect(readVersioned(personKind(), { v: 3, first: deep, last: 'B', tags: [] }).ok).toBe(false);
    expect(readVersioned(personKind(), { v: 1, name: 'Ada Lovelace', extra: deep })).toEqual({ ok: true, value: { first: 'Ada', last: 'Lovelace', tags: [] } });
    expect(readVersioned(personKind(), deep).ok).toBe(false);
    expect(readVersioned(personKind(), { v: 3, first: 'A', last: 'B', tags: [deep] }).ok).toBe(false);
  });

  it('stamps what it writes with the current version', () => {
    const kind = personKind();
    const value = { first: 'A', last: 'B', tags: [] };
    expect(stampVersion(kind, value)).toEqual({ ...value, v: 3 });
    expect(readVersioned(kind, stampVersion(kind, value))).toEqual({ ok: true, value });
  });
});

describe('defining a kind', () => {
  const schema = z.object({ a: z.string() });
  const step = (to: number) => ({ to, up: (stored: StoredObject) => stored });

  it('is at version 1 with no migrations, and at the last step otherwise', () => {
    expect(versionedKind({ label: 'thing', schema }).version).toBe(1);
    expect(versionedKind({ label: 'thing', schema, migrations: [step(2), step(3)] }).version).toBe(3);
  });

  it('refuses steps out of order, with a gap, or starting anywhere but 2', () => {
    expect(() => versionedKind({ label: 'thing', schema, migrations: [step(3), step(2)] })).toThrow('thing: migration 1 goes to version 3, expected 2');
    expect(() => versionedKind({ label: 'thing', schema, migrations: [step(2), step(4)] })).toThrow('migration 2 goes to version 4, expected 3');
    expect(() => versionedKind({ label: 'thing', schema, migrations: [step(1)] })).toThrow('expected 2');
    expect(() => versionedKind({ label: 'thing', schema, migrations: [step(2), step(2)] })).toThrow('expected 3');
  });
});
