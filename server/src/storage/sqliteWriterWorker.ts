import { parentPort, workerData } from 'node:worker_threads';
import { SqliteWriter, type SqliteWriterOptions } from './sqliteWriter';
import { openedReply, type WriteFailure, type WriterReply, type WriterRequest } from './sqliteWriterThread';

/**
 * The thread that owns the database's writing connection (see SqliteWriter). Requests are handled
 * one at a time in arrival order; each reply is sent only once the write has committed, fsync
 * included, or has failed.
 */
const port = parentPort;
if (!port) throw new Error('sqliteWriterWorker runs as a worker thread');
let writer: SqliteWriter | null = null;
let openingFailure: unknown = null;
try {
  writer = new SqliteWriter(workerData as SqliteWriterOptions);
} catch (error) {
  openingFailure = error;
}

function failure(error: unknown): WriteFailure {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error), code: null };
  const code = 'code' in error && typeof error.code === 'string' ? error.code : null;
  return { name: error.name, message: error.message, code };
}

const opened: WriterReply = writer ? { id: openedReply, value: undefined } : { id: openedReply, error: failure(openingFailure) };
port.postMessage(opened);

port.on('message', (request: WriterRequest) => {
  let reply: WriterReply;
  try {
    if (!writer) throw openingFailure;
    if (request.write === 'close') {
      writer.close();
      writer = null;
      openingFailure = new Error('the database is closed');
      reply = { id: request.id, value: undefined };
    } else {
      const write = writer[request.write] as (...args: unknown[]) => unknown;
      reply = { id: request.id, value: write.apply(writer, request.args) };
    }
  } catch (error) {
    reply = { id: request.id, error: failure(error) };
  }
  port.postMessage(reply);
});
