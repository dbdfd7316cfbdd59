import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyWebsocket from '@fastify/websocket';
import Fastify, { type FastifyInstance, type FastifyLoggerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { resolveSecret } from './auth/secret';
import { TokenSigner } from './auth/tokens';
import { BoardService } from './boards/boardService';
import type { Config } from './config';
import { ballotRoutes } from './routes/ballotRoutes';
import { canvasAssetRoutes } from './routes/canvasAssetRoutes';
import { boardCreationRoutes } from './routes/boardCreationRoutes';
import { boardRoutes } from './routes/boardRoutes';
import { JoinCodes } from './boards/joinCodes';
import { joinCodeRoutes } from './routes/joinCodeRoutes';
import { commandRoutes } from './routes/commandRoutes';
import { clientRoutes } from './routes/clientRoutes';
import { canvasConfigRoute } from './routes/canvasConfigRoute';
import { ConnectionCaps } from './http/connectionCaps';
import { healthRoutes } from './routes/healthRoutes';
import { installErrorHandler } from './http/errorHandler';
import { redactedRequestLog } from './http/logRedaction';
import { installBoardEventLog, QuietRequestLog } from './http/requestLog';
import { metricsRoute } from './routes/metricsRoute';
import { reportRoutes } from './routes/reportRoutes';
import { restorePointRoutes } from './routes/restorePointRoutes';
import { retentionRoutes } from './routes/retentionRoutes';
import { RetentionSweeper } from './boards/retentionSweeper';
import { PictureCleanupSweeper } from './canvasAssets/pictureCleanupSweeper';
import { RestorePointService } from './restorePoints/restorePointService';
import { RestorePointRecorder } from './restorePoints/restorePointRecorder';
import { installRateLimits } from './http/rateLimits';
import { installSecurityHeaders } from './http/securityHeaders';
import { syncRoute } from './routes/syncRoute';
import { Metrics } from './metrics';
import { SqliteStorage } from './storage/sqliteStorage';
import { sqliteFiles } from './storage/sqliteFiles';
import type { Storage } from './storage/storage';
import { councilCommands } from './session/councilCommands';
import { pstbCommands } from './session/pstbCommands';
import { SessionWakeups } from './session/sessionWakeups';
import { KeyedMutex } from './voting/keyedMutex';
import { RelayDocStore } from './relayDoc/relayDocStore';
import { RoomRegistry } from './sync/roomRegistry';
import { hostPartnerCommands } from './hostPartner/hostPartnerCommands';
import { reportFlowCommands } from './reportFlow/reportFlowCommands';
import { voteCommands } from './voting/voteCommands';
import { presentCommands } from './commands/presentCommands';
import { timeboxCommands } from './commands/timeboxCommands';
import { VoteTimeboxes } from './voting/voteTimeboxes';

export interface Relay {
  app: FastifyInstance;
  rooms: RoomRegistry;
  storage: Storage;
  metrics: Metrics;
}

/** Where every route that acts on one board lives. */
const boardPrefix = '/api/boards/:id';

const defaultClientDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../client/dist');

export interface RelayOptions {
  /** A storage adapter to use instead of the one the config names. */
  storage?: Storage;
  /** Where log lines go instead of standard output (tests read them). */
  logStream?: FastifyLoggerOptions['stream'];
}

/** Wires the relay together; `main.ts` listens, tests call this with their own config. */
export async function buildRelay(config: Config, { storage, logStream }: RelayOptions = {}): Promise<Relay> {
  // The key first: whether one may be generated depends on whether the database already exists.
  const signer = new TokenSigner(resolveSecret(config.WASHUP_SECRET, config.DATA_DIR));
  // Next, so that storage and the sync layer write to the relay's one log.
  const app = Fastify({
    logger: { level: config.LOG_LEVEL, serializers: { req: redactedRequestLog }, ...(logStream ? { stream: logStream } : {}) },
    bodyLimit: 1024 * 1024,
    // Requests are logged at debug, board events at info (http/requestLog.ts).
    logController: new QuietRequestLog(),
    trustProxy: config.TRUST_PROXY,
    requestTimeout: config.REQUEST_TIMEOUT_MS,
    http: {
      // Node checks headersTimeout against the request timeout it is created with.
      requestTimeout: config.REQUEST_TIMEOUT_MS,
      headersTimeout: config.HEADERS_TIMEOUT_MS,
      // Node looks for overdue requests only this often (every 30 s by default).
      connectionsCheckingInterval: 1_000,
    },
  });
  const store =
    storage ??
    // PostgreSQL's and Redis's drivers load only when configured: together they hold about 20 MiB.
    (config.DATABASE_URL
      ? new (await import('./storage/postgresStorage')).PostgresStorage(config.DATABASE_URL, app.log)
      : new SqliteStorage(sqliteFiles(config.DATA_DIR).database, { maxBytes: config.SQLITE_MAX_BYTES }));
  const metrics = new Metrics();
  const peers = config.REDIS_URL ? new (await import('./sync/redisPeerBus')).RedisPeerBus(config.REDIS_URL, app.log) : null;
  const restorePoints = new RestorePointRecorder(store, app.log);
  const rooms = new RoomRegistry(store, metrics, {
    roomIdleMs: config.ROOM_IDLE_MS,
    maxBufferedBytes: config.MAX_BUFFERED_BYTES,
    maxFrameBytes: config.MAX_FRAME_BYTES,
    compactAfterUpdates: config.COMPACT_AFTER_UPDATES,
    awarenessThrottleMs: config.AWARENESS_THROTTLE_MS,
    socketTraffic: { framesPerSecond: config.SOCKET_FRAMES_PER_SECOND, bytesPerSecond: config.SOCKET_BYTES_PER_SECOND },
    tokenTraffic: { framesPerSecond: config.TOKEN_FRAMES_PER_SECOND, bytesPerSecond: config.TOKEN_BYTES_PER_SECOND },
    presenceFramesPerSecond: config.PRESENCE_FRAMES_PER_SECOND,
    log: app.log,
  }, peers, restorePoints);
  const joinCodes = new JoinCodes(store, signer);
  const boards = new BoardService(store, signer, rooms, joinCodes);
  const relayDoc = new RelayDocStore(rooms, (boardId, unreadable) =>
    app.log.warn({ boardId, ...unreadable }, 'a relay doc value could not be read and is taken as absent'),
  );
  const votingLock = new KeyedMutex();
  const wakeups = new SessionWakeups();
  const timedSessions = {
    relayDoc,
    storage: store,
    wakeups,
    // The next command or a client's tick request retries; the log says why this one failed.
    onWakeupFailed: (error: unknown) => app.log.warn({ err: error }, 'a session countdown could not be applied'),
  };
  const voteTimeboxes = new VoteTimeboxes({
    relayDoc,
    storage: store,
    wakeups,
    votingLock,
    otherRelays: peers !== null,
    onWakeupFailed: (error: unknown) => app.log.warn({ err: error }, 'a vote could not be closed at the end of its timebox'),
  });
  // A vote whose timebox ran out while no relay held the board closes as soon as one loads it;
  // a timebox another relay set is watched here too, in case that relay goes down.
  rooms.onRelayDocFromElsewhere((boardId) => {
    voteTimeboxes.watchFromElsewhere(boardId).catch((error: unknown) => app.log.warn({ err: error, boardId }, 'the timebox of a board could not be read'));
  });
  const families = [voteCommands(votingLock), councilCommands(timedSessions), pstbCommands(timedSessions), presentCommands(), timeboxCommands(voteTimeboxes), reportFlowCommands(), hostPartnerCommands()];
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  installBoardEventLog(app);
  await installSecurityHeaders(app);
  // Before the websocket plugin's own hook, which closes every socket with no code: each is told the relay is restarting.
  app.addHook('preClose', (done) => {
    rooms.closeForRestart();
    done();
  });
  await app.register(fastifyWebsocket, {
    options: {
      // Frames up to twice the cap reach the relay, which refuses those over the cap with a reason;
      // ws itself cuts off anything larger (with code 1009 but no reason) before buffering it.
      maxPayload: config.MAX_FRAME_BYTES * 2,
      // A browser that sent its token as a subprotocol needs it echoed back to accept the socket.
      handleProtocols: (protocols: Set<string>) => protocols.values().next().value ?? false,
    },
  });
  // After the websocket plugin, whose own hook must have marked an upgrade for a refused one to be closed.
  const limits = await installRateLimits(app, {
    requestsPerMinute: config.RATE_LIMIT_REQUESTS_PER_MINUTE,
    boardsPerHour: config.RATE_LIMIT_BOARDS_PER_HOUR,
    joinsPerMinute: config.RATE_LIMIT_JOINS_PER_MINUTE,
    commandsPerMinute: config.RATE_LIMIT_COMMANDS_PER_MINUTE,
  }, signer);
  const caps = new ConnectionCaps({ perToken: config.MAX_SOCKETS_PER_TOKEN, perAddress: config.MAX_SOCKETS_PER_ADDRESS });
  await app.register(async (scope) => {
    await healthRoutes(scope, { metrics, storage: store, peers });
    await canvasConfigRoute(scope, { licenseKey: config.TLDRAW_LICENSE_KEY });
    await metricsRoute(scope, { metrics, storage: store, token: config.METRICS_TOKEN });
    await syncRoute(scope, { storage: store, signer, rooms, metrics, caps });
    await clientRoutes(scope, config.CLIENT_DIST ? path.resolve(config.CLIENT_DIST) : defaultClientDist);
  });
  // One plugin per feature, each in its own scope; those under a board check the caller's token once.
  const boardAccess = { storage: store, signer };
  await app.register(boardCreationRoutes, { prefix: '/api', boards, publicUrl: config.PUBLIC_URL, limits });
  await app.register(joinCodeRoutes, { prefix: '/api', joinCodes, publicUrl: config.PUBLIC_URL, limits });
  await app.register(boardRoutes, { prefix: boardPrefix, ...boardAccess, boards, publicUrl: config.PUBLIC_URL, limits });
  await app.register(commandRoutes, { prefix: boardPrefix, ...boardAccess, families, context: { relayDoc, storage: store, rooms }, limit: limits.command });
  await app.register(ballotRoutes, { prefix: boardPrefix, ...boardAccess, relayDoc, votingLock, limit: limits.command });
  await app.register(reportRoutes, { prefix: boardPrefix, ...boardAccess, rooms, relayDoc });
  await app.register(canvasAssetRoutes, { prefix: boardPrefix, ...boardAccess, boardPicturesMaxBytes: config.BOARD_PICTURES_MAX_BYTES });
  const history = new RestorePointService(store, restorePoints, (address, work) => rooms.withRoom(address, work));
  await app.register(restorePointRoutes, { prefix: boardPrefix, ...boardAccess, history });
  const sweeper = new RetentionSweeper(boards, config.RETENTION_CHECK_MS, app.log);
  await app.register(retentionRoutes, { prefix: boardPrefix, ...boardAccess, boards, sweeper });
  const pictureCleanup = new PictureCleanupSweeper({ storage: store, withRoom: (address, work) => rooms.withRoom(address, work) }, app.log);
  app.addHook('onClose', async () => {
    wakeups.stop();
    await sweeper.stop();
    await pictureCleanup.stop();
    await rooms.shutdown();
    await store.close();
    metrics.close();
  });
  // Boards whose retention ran out while the relay was down go first.
  sweeper.start();
  pictureCleanup.start();
  return { app, rooms, storage: store, metrics };
}
