import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyWebsocket from '@fastify/websocket';
import Fastify, { type FastifyInstance, type FastifyLoggerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { resolveSecret } from './auth/secret';
import { TokenSigner } from './auth/tokens';
import { BoardService } from './boards/boardService';
import type { Config } from './config';
import { boardRoutes } from './http/boardRoutes';
import { commandRoutes } from './http/commandRoutes';
import { clientRoutes } from './http/clientRoutes';
import { healthRoutes } from './http/healthRoutes';
import { installErrorHandler } from './http/httpError';
import { redactedRequestLog } from './http/logRedaction';
import { syncRoute } from './http/syncRoute';
import { Metrics } from './metrics';
import { PostgresStorage } from './storage/postgresStorage';
import { SqliteStorage } from './storage/sqliteStorage';
import type { Storage } from './storage/storage';
import { councilCommands } from './facilitation/councilCommands';
import { pstbCommands } from './facilitation/pstbCommands';
import { SessionWakeups } from './facilitation/sessionWakeups';
import { KeyedMutex } from './session/keyedMutex';
import { SessionStore } from './session/sessionStore';
import { reportRoutes } from './report/reportRoutes';
import { RedisPeerBus } from './sync/redisPeerBus';
import { RoomRegistry } from './sync/roomRegistry';
import { ballotRoutes } from './voting/ballotRoutes';
import { voteCommands } from './voting/voteCommands';

export interface Relay {
  app: FastifyInstance;
  rooms: RoomRegistry;
  storage: Storage;
  metrics: Metrics;
}

const defaultClientDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../client/dist');

export interface RelayOptions {
  /** A storage adapter to use instead of the one the config names. */
  storage?: Storage;
  /** Where log lines go instead of standard output (tests read them). */
  logStream?: FastifyLoggerOptions['stream'];
}

/** Wires the relay together; `main.ts` listens, tests call this with their own config. */
export async function buildRelay(config: Config, { storage, logStream }: RelayOptions = {}): Promise<Relay> {
  const store =
    storage ??
    (config.DATABASE_URL ? new PostgresStorage(config.DATABASE_URL) : new SqliteStorage(path.join(config.DATA_DIR, 'washup.sqlite')));
  const signer = new TokenSigner(resolveSecret(config.WASHUP_SECRET, config.DATA_DIR));
  const metrics = new Metrics();
  const peers = config.REDIS_URL ? new RedisPeerBus(config.REDIS_URL) : null;
  const rooms = new RoomRegistry(store, metrics, {
    roomIdleMs: config.ROOM_IDLE_MS,
    maxBufferedBytes: config.MAX_BUFFERED_BYTES,
    maxFrameBytes: config.MAX_FRAME_BYTES,
    compactAfterUpdates: config.COMPACT_AFTER_UPDATES,
    awarenessThrottleMs: config.AWARENESS_THROTTLE_MS,
  }, peers);
  const boards = new BoardService(store, signer, rooms);
  const session = new SessionStore(rooms);
  const votingLock = new KeyedMutex();
  const wakeups = new SessionWakeups();

  const app = Fastify({
    logger: { level: config.LOG_LEVEL, serializers: { req: redactedRequestLog }, ...(logStream ? { stream: logStream } : {}) },
    bodyLimit: 1024 * 1024,
    trustProxy: true,
  });
  const timedSessions = {
    session,
    storage: store,
    wakeups,
    // The next command or a client's tick request retries; the log says why this one failed.
    onWakeupFailed: (error: unknown) => app.log.warn({ err: error }, 'a session countdown could not be applied'),
  };
  const families = [voteCommands(votingLock), councilCommands(timedSessions), pstbCommands(timedSessions)];
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  await app.register(fastifyWebsocket, {
    options: {
      // Frames up to twice the cap reach the relay, which refuses those over the cap with a reason;
      // ws itself cuts off anything larger (with code 1009 but no reason) before buffering it.
      maxPayload: config.MAX_FRAME_BYTES * 2,
      // A browser that sent its token as a subprotocol needs it echoed back to accept the socket.
      handleProtocols: (protocols: Set<string>) => protocols.values().next().value ?? false,
    },
  });
  await app.register(async (scope) => {
    await healthRoutes(scope, { metrics, storage: store });
    await boardRoutes(scope, { storage: store, signer, boards, publicUrl: config.PUBLIC_URL });
    await syncRoute(scope, { storage: store, signer, rooms, metrics });
    await commandRoutes(scope, { signer, families, context: { session, storage: store, rooms } });
    await ballotRoutes(scope, { storage: store, signer, session, votingLock });
    await reportRoutes(scope, { storage: store, signer, rooms, session });
    await clientRoutes(scope, config.CLIENT_DIST ? path.resolve(config.CLIENT_DIST) : defaultClientDist);
  });
  app.addHook('onClose', async () => {
    wakeups.stop();
    await rooms.shutdown();
    await store.close();
  });
  return { app, rooms, storage: store, metrics };
}
