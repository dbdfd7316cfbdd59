import type { Endpoint, RoomTarget } from './servers';

/** What the orchestrator asks of a client worker process, and what each answer holds. */

export interface EditClientSpec {
  room: RoomTarget;
  roomIndex: number;
  /** Editors write their own card (and presence, when asked); viewers only read. */
  editor: boolean;
}

export interface EditConnectArgs {
  endpoint: Endpoint;
  clients: EditClientSpec[];
  concurrency: number;
  timeoutMs: number;
}

export interface EditConnectResult {
  connected: number;
  failed: number;
  errors: string[];
  ms: number;
}

export interface EditRunArgs {
  /** Wall time (ms since the epoch) at which sending starts in every worker. */
  startAt: number;
  seconds: number;
  /** Card edits per second from this worker's editors together. */
  editRate: number;
  /** Presence updates per second from this worker's editors together (0: none). */
  awarenessRate: number;
  drainMs: number;
  /** Latency samples kept at most (a hard cap on memory). */
  maxSamples: number;
}

export interface EditRunResult {
  /** Edits sent, by room index. */
  sentPerRoom: number[];
  awarenessSent: number;
  /** Edit latencies in ms (write → another client's receipt), unsorted. */
  editLatencies: Float64Array;
  awarenessLatencies: Float64Array;
  /** Worst edit latency (ms) by the second of the run in which the edit was sent. */
  maxBySecond: number[];
  editReceipts: number;
  awarenessReceipts: number;
  /** Receipts that came after the drain window closed are not counted; these are the clients that dropped. */
  disconnects: number;
  connectedAtEnd: number;
  clients: number;
  /** The worker's own event-loop delay (p99, ms): high values mean the clients, not the server, lagged. */
  loopDelayP99Ms: number;
  /** Largest delay between an edit's scheduled time and its send (ms). */
  sendLagMaxMs: number;
}

export interface DurabilityStartArgs {
  endpoint: Endpoint;
  room: RoomTarget;
  round: number;
  maxWrites: number;
  maxMs: number;
}

export interface DurabilityStopResult {
  written: number;
  /** Values the server's own signal reported (Washup: durable ack; Hocuspocus: applied). */
  signalled: string[];
  /** Values a second client received from the server. */
  observed: string[];
}

export interface ReadArgs {
  endpoint: Endpoint;
  room: RoomTarget;
  settleMs: number;
  timeoutMs: number;
}

export interface LoadArgs {
  endpoint: Endpoint;
  room: RoomTarget;
  historyFile: string;
  chunk: number;
  timeoutMs: number;
}

export interface LoadResult {
  updates: number;
  bytes: number;
  ms: number;
  /** Washup only: the relay acknowledged the whole history as stored. */
  acknowledged: boolean;
}

export interface JoinArgs {
  endpoint: Endpoint;
  room: RoomTarget;
  expectCards: number;
  marker: number;
  timeoutMs: number;
}

export interface JoinResult {
  /** Client created → every card and the final marker present. */
  ms: number;
  /** Client created → the provider's own "synced" event. */
  syncedEventMs: number;
  cards: number;
  complete: boolean;
}

export interface IdleOpenArgs {
  endpoint: Endpoint;
  rooms: RoomTarget[];
  concurrency: number;
  timeoutMs: number;
}

export interface CyclesArgs {
  endpoint: Endpoint;
  rooms: RoomTarget[];
  cycles: number;
  concurrency: number;
  timeoutMs: number;
}

export interface CyclesResult {
  done: number;
  failed: number;
  ms: number;
  errors: string[];
}

export interface Commands {
  'edit.connect': { args: EditConnectArgs; result: EditConnectResult };
  'edit.run': { args: EditRunArgs; result: EditRunResult };
  'edit.close': { args: Record<string, never>; result: { closed: number } };
  'durability.start': { args: DurabilityStartArgs; result: { synced: boolean } };
  'durability.stop': { args: Record<string, never>; result: DurabilityStopResult };
  'durability.read': { args: ReadArgs; result: { values: string[] } };
  'cold.load': { args: LoadArgs; result: LoadResult };
  'cold.join': { args: JoinArgs; result: JoinResult };
  'cold.leave': { args: Record<string, never>; result: { closed: number } };
  'idle.open': { args: IdleOpenArgs; result: { opened: number; failed: number; errors: string[] } };
  'idle.close': { args: Record<string, never>; result: { closed: number } };
  'cycles.run': { args: CyclesArgs; result: CyclesResult };
}

export type CommandName = keyof Commands;

export interface WorkerRequest<K extends CommandName = CommandName> {
  id: number;
  cmd: K;
  args: Commands[K]['args'];
}

export type WorkerResponse = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };
