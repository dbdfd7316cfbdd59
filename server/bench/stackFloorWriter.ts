import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { z } from 'zod';

/** The stack floor's writer thread: a connection of its own committing each note it is sent (stackFloor.ts). */

const { file } = z.object({ file: z.string().min(1) }).parse(workerData);
const db = new Database(file);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
const insert = db.prepare('INSERT INTO notes (text) VALUES (?)');
parentPort?.on('message', (text: unknown) => {
  if (typeof text === 'string') insert.run(text);
});
