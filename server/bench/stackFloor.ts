import path from 'node:path';
import { Worker } from 'node:worker_threads';
import fastifyWebsocket from '@fastify/websocket';
import Database from 'better-sqlite3';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { z } from 'zod';

/**
 * The stack the brief fixes for the relay, with none of Washup's own code: Fastify with
 * @fastify/websocket and its logger, zod validating a route, better-sqlite3 in WAL mode with a
 * second connection in a writer thread (as the relay keeps its commits off the event loop), and a
 * Yjs document with presence answering a sync handshake. `pnpm bench` builds it as it builds the
 * relay and starts it with the relay's flags, so its resident memory at rest is the part of
 * Washup's that no change to Washup's code can take away (tests/load/stackFloor.ts).
 */

// As the relay's main.ts does: zod checks without compiling a parser per object schema.
z.config({ jitless: true });
const env = z.object({ PORT: z.coerce.number().int().min(0).max(65535), HOST: z.string().min(1), DATA_DIR: z.string().min(1) }).parse(process.env);
const file = path.join(env.DATA_DIR, 'stack-floor.sqlite');
const db = new Database(file);
db.pragma('journal_mode = WAL');
db.exec('CREATE TABLE IF NOT EXISTS notes (text TEXT NOT NULL)');
const writer = new Worker(new URL('./stackFloorWriter.js', import.meta.url), { workerData: { file } });
const doc = new Y.Doc();
const awareness = new awarenessProtocol.Awareness(doc);

const app = Fastify({ logger: { level: 'warn' } }).withTypeProvider<ZodTypeProvider>();
app.setValidatorCompiler(validatorCompiler);
app.setSerializerCompiler(serializerCompiler);
await app.register(fastifyWebsocket);
app.get('/healthz', async () => ({ ok: true, notes: db.prepare('SELECT COUNT(*) AS n FROM notes').pluck().get() }));
app.post('/notes', { schema: { body: z.object({ text: z.string().min(1).max(1000) }) } }, async (request) => {
  writer.postMessage(request.body.text);
  return { accepted: true };
});
app.get('/sync', { websocket: true }, (socket) => {
  // The y-websocket protocol's first two frames: sync step 1 (message type 0), then presence (type 1).
  const sync = encoding.createEncoder();
  encoding.writeVarUint(sync, 0);
  syncProtocol.writeSyncStep1(sync, doc);
  socket.send(encoding.toUint8Array(sync));
  const presence = encoding.createEncoder();
  encoding.writeVarUint(presence, 1);
  encoding.writeVarUint8Array(presence, awarenessProtocol.encodeAwarenessUpdate(awareness, [...awareness.getStates().keys()]));
  socket.send(encoding.toUint8Array(presence));
});

process.once('SIGTERM', () => {
  void app
    .close()
    .then(() => writer.terminate())
    .then(() => {
      db.close();
      // Presence checks for stale states on a timer, which would keep the process alive.
      awareness.destroy();
      doc.destroy();
    });
});
await app.listen({ port: env.PORT, host: env.HOST });
