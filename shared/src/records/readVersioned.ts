import type { z } from 'zod';
import type { StoredObject, VersionedKind } from './versionedKind';

/** The field a stored value carries its version in; a value written before versions existed has none and counts as version 1. */
export const versionField = 'v';

export type VersionedReading<T> = { ok: true; value: T } | { ok: false; problem: string };

function isStoredObject(value: unknown): value is StoredObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The version a value says it was written at, whatever is there; none means version 1. */
function storedVersion(stored: StoredObject): unknown {
  return stored[versionField] === undefined ? 1 : stored[versionField];
}

/** The first thing wrong, short enough for a close reason: "observation: Invalid input: expected string, received number". */
function firstProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'does not match its schema';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** A bad version as a problem names it: short, whatever was stored there. */
function shown(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value.slice(0, 20)) : typeof value === 'number' ? String(value) : typeof value;
}

/** The value at the kind's current version; one already there is passed on as it is (its schema drops the version field). */
function migrated<T extends object>(kind: VersionedKind<T>, stored: StoredObject, from: number): VersionedReading<unknown> {
  if (from === kind.version) return { ok: true, value: stored };
  const { [versionField]: _version, ...fields } = stored;
  let value: StoredObject = fields;
  for (const migration of kind.migrations) {
    if (migration.to <= from) continue;
    try {
      value = migration.up(value);
    } catch (error) {
      return { ok: false, problem: `could not be migrated to version ${migration.to}: ${error instanceof Error ? error.message : String(error)}` };
    }
    if (!isStoredObject(value)) return { ok: false, problem: `migration to version ${migration.to} gave no object` };
  }
  return { ok: true, value };
}

/**
 * Reads a stored value of a kind: brings it from the version it was written at up to now, then
 * validates it. A value that is from a newer version (written by a newer relay or client), does
 * not migrate or fails the schema is not read, and the reading says why; nothing here throws.
 */
export function readVersioned<T extends object>(kind: VersionedKind<T>, stored: unknown): VersionedReading<T> {
  try {
    let value: unknown = stored;
    if (isStoredObject(stored)) {
      const version = storedVersion(stored);
      if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
        return { ok: false, problem: `has version ${shown(version)}, which is not a version` };
      }
      if (version > kind.version) {
        return { ok: false, problem: `was written at version ${version} by a newer Washup (this one reads up to version ${kind.version})` };
      }
      const reading = migrated(kind, stored, version);
      if (!reading.ok) return reading;
      value = reading.value;
    }
    const parsed = kind.schema.safeParse(value);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problem: firstProblem(parsed.error) };
  } catch (error) {
    return { ok: false, problem: `could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Whether a stored value is an object written at the kind's current version, which reading passes to the schema as it is. */
export function storedAtCurrentVersion<T extends object>(kind: VersionedKind<T>, stored: unknown): stored is StoredObject {
  return isStoredObject(stored) && storedVersion(stored) === kind.version;
}

/** The value as it is stored: its fields and the kind's current version. */
export function stampVersion<T extends object>(kind: VersionedKind<T>, value: T): T & { [versionField]: number } {
  return { ...value, [versionField]: kind.version };
}
