import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

/**
 * The stack floor's writer thread: a connection of its own committing each note it is sent
 * (stackFloor.ts). It checks its one input by hand: the relay's writer thread loads no zod, so
 * neither does this one.
 */

const file: unknown = typeof workerData === 'object' && workerData !== null && 'file' in workerData ? workerData.file : undefined;
if (typeof file !== 'string' || file === '') throw new Error('the stack floor writer needs the database file');
const db = new Database(file);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
const insert = db.prepare('INSERT INTO notes (text) VALUES (?)');
parentPort?.on('message', (text: unknown) => {
  if (typeof text === 'string') insert.run(text);
});
