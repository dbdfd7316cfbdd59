import path from 'node:path';
import { loadConfig } from '../config';
import { StartupError } from '../startupError';
import { BackupRefusal } from '../storage/sqliteBackup';
import { sqliteFiles, type SqliteFiles } from '../storage/sqliteFiles';

/**
 * Runs `pnpm backup <file>` or `pnpm restore <file>`: one file argument, taken relative to where
 * the command was typed (pnpm runs scripts from the project folder and says where in INIT_CWD),
 * and the database in DATA_DIR, read from the environment as the relay reads it. A refusal
 * prints its sentence and exits with 1.
 */
export function runFileCommand(name: 'backup' | 'restore', work: (file: string, files: SqliteFiles) => Promise<string>): void {
  const usage = `pnpm ${name} <file>`;
  const run = async (): Promise<string> => {
    const [argument, ...rest] = process.argv.slice(2);
    if (!argument || rest.length > 0) throw new BackupRefusal(`usage: ${usage}`);
    const config = loadConfig();
    if (config.DATABASE_URL) {
      throw new BackupRefusal('DATABASE_URL is set: back PostgreSQL up with its own tools (pg_dump, or your host\'s snapshots) instead');
    }
    return work(path.resolve(process.env.INIT_CWD ?? process.cwd(), argument), sqliteFiles(config.DATA_DIR));
  };
  run().then(
    (report) => console.log(report),
    (error: unknown) => {
      console.error(error instanceof BackupRefusal || error instanceof StartupError ? `${name} refused: ${error.message}` : error);
      process.exit(1);
    },
  );
}
