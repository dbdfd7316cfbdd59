import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exitCodes, StartupError } from '../startupError';
import { sqliteFiles } from '../storage/sqliteFiles';
import { keyWeakness } from './keyStrength';

const makeKey = 'openssl rand -base64 48';

function refuse(message: string): never {
  throw new StartupError(`Washup cannot start: ${message}`, exitCodes.config);
}

function checked(key: string, source: string, howToReplace: string): string {
  const weakness = keyWeakness(key);
  if (weakness) {
    refuse(
      `the signing key in ${source} is too weak: ${weakness}. Anyone could forge invite links with it. ${howToReplace} ` +
        'Links signed with the old key stop working, so send the new invite links round.',
    );
  }
  return key;
}

/** The key file's text, or null when there is none; any other failure to read it stops the start. */
function readKeyFile(file: string): string | null {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    return refuse(
      `cannot read the signing key ${file} (${code ?? String(error)}). Make it a file the relay's user can read ` +
        `(for example \`chmod 600\` and owned by that user); do not delete it: a new key would end every invite link.`,
    );
  }
}

/**
 * The configured signing secret, or the one kept in the data folder. A key is generated only for a
 * data folder without a database: once boards exist, their links depend on the key, so a missing
 * or unreadable key stops the relay instead of being replaced, and an existing file is never overwritten.
 */
export function resolveSecret(configured: string | undefined, dataDir: string): string {
  if (configured !== undefined) return checked(configured, 'WASHUP_SECRET', `Set WASHUP_SECRET to the output of \`${makeKey}\`.`);
  const file = path.join(dataDir, 'secret.key');
  const stored = readKeyFile(file);
  if (stored !== null) return checked(stored, file, `Write a new one with \`${makeKey} > ${file}\`.`);
  const { database } = sqliteFiles(dataDir);
  if (existsSync(database)) {
    refuse(
      `the signing key ${file} is missing but the database ${database} exists, and every invite link to its boards ` +
        `was signed with that key. Put the key file back from your back-up (or set WASHUP_SECRET to the same key). ` +
        `Only if it is lost for good: write a new one with \`${makeKey} > ${file}\`; every existing link then stops working.`,
    );
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600, flag: 'wx' });
  return secret;
}
