import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keyWeakness } from '../src/auth/keyStrength';
import { resolveSecret } from '../src/auth/secret';
import { exitCodes } from '../src/startupError';
import { sqliteFiles } from '../src/storage/sqliteFiles';
import { createBoard, startRelay } from './support/relay';
import { runServerScript } from './support/scriptProcess';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function dataDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'washup-secret-'));
  dirs.push(dir);
  return dir;
}

/** A data folder that already holds boards, as after a first start. */
function dataDirWithDatabase(): string {
  const dir = dataDir();
  writeFileSync(sqliteFiles(dir).database, 'stands in for the boards');
  return dir;
}

const refusal = (pattern: RegExp) => expect.objectContaining({ exitCode: exitCodes.config, message: expect.stringMatching(pattern) });

describe('how strong a signing key is', () => {
  it('calls empty, short, repeated and few-character keys weak', () => {
    expect(keyWeakness('')).toBe('it is empty');
    expect(keyWeakness('abc')).toMatch(/at most \d+ bits/);
    expect(keyWeakness(randomBytes(24).toString('base64url'))).toMatch(/at most 192 bits/);
    expect(keyWeakness(randomBytes(16).toString('hex').repeat(4))).toMatch(/at most 128 bits/);
    expect(keyWeakness('a'.repeat(200))).toMatch(/at most 4 bits/);
    expect(keyWeakness('0123456789'.repeat(10))).toMatch(/at most 40 bits/);
    expect(keyWeakness('x'.repeat(80) + 'y' + 'x'.repeat(80) + 'zz')).toBe('it is made of too few different characters');
  });

  it('accepts every random key of 32 bytes or more, as hex, base64 or base64url', () => {
    for (let i = 0; i < 300; i++) {
      expect(keyWeakness(randomBytes(32).toString('hex'))).toBeNull();
      expect(keyWeakness(randomBytes(32).toString('base64'))).toBeNull();
      expect(keyWeakness(randomBytes(48).toString('base64url'))).toBeNull();
    }
  });
});

describe('resolving the signing key', () => {
  it('refuses an empty or short key file and leaves it as it was', () => {
    for (const weak of ['', 'abc\n', 'secret'.repeat(20)]) {
      const dir = dataDirWithDatabase();
      const file = path.join(dir, 'secret.key');
      writeFileSync(file, weak);
      expect(() => resolveSecret(undefined, dir)).toThrow(refusal(/signing key in .*secret\.key is too weak.*openssl rand -base64 48/));
      expect(readFileSync(file, 'utf8')).toBe(weak);
    }
  });

  it('refuses a weak WASHUP_SECRET, naming the variable', () => {
    expect(() => resolveSecret('a-test-secret-shared-by-both-relay-runs', dataDir())).toThrow(refusal(/WASHUP_SECRET is too weak/));
  });

  it('refuses a key file it cannot read, without replacing it', () => {
    const dir = dataDirWithDatabase();
    mkdirSync(path.join(dir, 'secret.key'));
    expect(() => resolveSecret(undefined, dir)).toThrow(refusal(/cannot read the signing key .*EISDIR.*do not delete it/));
    expect(statSync(path.join(dir, 'secret.key')).isDirectory()).toBe(true);
  });

  it('refuses to make a new key when the database exists but the key file is missing', () => {
    const dir = dataDirWithDatabase();
    expect(() => resolveSecret(undefined, dir)).toThrow(refusal(/secret\.key is missing but the database .* exists.*back-up/));
    expect(existsSync(path.join(dir, 'secret.key'))).toBe(false);
  });

  it('generates a strong key, readable only by its owner, for a new data folder and keeps it', () => {
    const dir = path.join(dataDir(), 'new');
    const generated = resolveSecret(undefined, dir);
    expect(keyWeakness(generated)).toBeNull();
    expect(statSync(path.join(dir, 'secret.key')).mode & 0o777).toBe(0o600);
    writeFileSync(sqliteFiles(dir).database, 'boards now exist');
    expect(resolveSecret(undefined, dir)).toBe(generated);
  });

  it('keeps a strong key file exactly as written', () => {
    const dir = dataDirWithDatabase();
    const key = randomBytes(32).toString('hex');
    writeFileSync(path.join(dir, 'secret.key'), `${key}\n`);
    expect(resolveSecret(undefined, dir)).toBe(key);
  });
});

describe('the relay and its key', () => {
  it('does not start when its data folder lost the key file after boards were made', async () => {
    const relay = await startRelay();
    await createBoard(relay.url);
    await relay.stop({ keepData: true });
    dirs.push(relay.dataDir);
    rmSync(path.join(relay.dataDir, 'secret.key'));
    await expect(startRelay({}, relay.dataDir)).rejects.toThrow(refusal(/secret\.key is missing/));
    expect(existsSync(path.join(relay.dataDir, 'secret.key'))).toBe(false);
  });

  it('stops the relay process with exit code 78 when the key file says "abc"', async () => {
    const dir = dataDir();
    writeFileSync(path.join(dir, 'secret.key'), 'abc\n');
    const outcome = await runServerScript('main.ts', [], { DATA_DIR: dir, PORT: '0' });
    expect(outcome.code).toBe(exitCodes.config);
    expect(outcome.output).toMatch(/^Washup cannot start: the signing key in .*secret\.key is too weak/);
  });

  it('does not start with an empty key file', async () => {
    const dir = dataDir();
    writeFileSync(path.join(dir, 'secret.key'), '');
    await expect(startRelay({}, dir)).rejects.toThrow(refusal(/too weak: it is empty/));
  });
});
