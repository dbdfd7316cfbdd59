import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CreateBoardResponse } from '@washup/shared/api';
import { RawSyncClient } from '../../server/test/support/rawClient';
import { createBoard } from '../../server/test/support/relay';
import { ContinuousWriters, acknowledgedBy, converged, missingFrom } from './support/convergence';
import { faultScale } from './support/faultScale';
import { haproxyConfig } from './support/haproxy';
import { appendWaits, lockTable } from './support/postgresSession';
import { ReconnectingClient } from './support/reconnectingClient';
import { ScaleOutCluster } from './support/scaleOutCluster';
import { until } from './support/until';
import { within } from './support/within';
import { waitFor } from '../../server/test/support/providers';

const scale = faultScale.scaleOut;
let cluster: ScaleOutCluster;
const figures: string[] = [];

beforeAll(async () => {
  cluster = await ScaleOutCluster.start(3);
}, 120_000);
beforeEach(async () => {
  // A test starts with every relay in service, whatever the one before it did.
  await cluster.allServing();
});
afterAll(async () => {
  await cluster?.stop();
  console.log(`scale-out faults (${faultScale.name}, seed ${faultScale.seed}):\n${figures.join('\n')}`);
});

function clientOf(board: CreateBoardResponse, options?: { reconnect: boolean }): ReconnectingClient {
  return new ReconnectingClient(`${cluster.proxy.wsUrl}/${board.id}`, board.invites.reviewer.token, options);
}

/** A fresh load of the board, straight from the database through a relay that just started. */
async function freshLoad(relayName: string, board: CreateBoardResponse): Promise<RawSyncClient> {
  const reader = new RawSyncClient(`${cluster.directWsUrl(relayName)}/${board.id}`, board.invites.observer.token);
  await within(reader.synced, 15_000, 'a fresh load');
  return reader;
}

describe('scale-out under faults: three relays behind HAProxy on PostgreSQL and Redis', () => {
  it('runs the HAProxy configuration the README gives operators', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const relays = [11, 12, 13].map((host, i) => ({ name: `relay${i + 1}`, address: `10.0.0.${host}:8080` }));
    expect(/```haproxy\n([\s\S]*?)```/.exec(readme)?.[1]).toBe(haproxyConfig({ listen: '*:80', relays, checkInterval: '2s' }));
  });

  it(`keeps every acknowledged edit when a relay is killed mid-write and its clients move (${scale.relayKills} kills)`, async () => {
    let acknowledgedTotal = 0;
    for (let round = 0; round < scale.relayKills; round++) {
      const board = await createBoard(cluster.proxy.url, `Relay kill ${round}`);
      const writer = clientOf(board);
      const others = [clientOf(board), clientOf(board)];
      await within(Promise.all([writer, ...others].map((client) => client.synced())), 15_000, 'the clients to sync');
      const victim = writer.relay;
      if (!victim) throw new Error('the load balancer did not name the relay');
      writer.writeCards(`first ${round}`);
      await waitFor(() => writer.unacknowledgedCount === 0, 10_000, 'the first write to be acknowledged');
      const background = new ContinuousWriters(others, `background ${round}`);

      // The table-lock trick: the victim's append of the next two writes waits in the database, then the victim dies.
      const lock = await lockTable(cluster.postgres.url, 'doc_updates');
      writer.writeCards(`second ${round}`);
      writer.writeCards(`third ${round}`);
      await until(() => appendWaits(cluster.postgres.url, victim), 10_000, `${victim}'s append to wait for the lock`);
      await cluster.kill(victim);
      // The writer reconnects through HAProxy to a live relay and sends its unacknowledged writes
      // again; that relay may acknowledge them only once they are stored, which the lock holds up.
      await waitFor(() => writer.reconnects > 0, 10_000, 'the writer to lose its relay');
      await within(writer.synced(), 15_000, 'the writer to reconnect');
      const survivor = writer.relay;
      expect(survivor).not.toBe(victim);
      const survivorStores = () => survivor !== null && appendWaits(cluster.postgres.url, survivor);
      await until(async () => writer.unacknowledgedCount === 0 || (await survivorStores()), 10_000, 'the survivor to acknowledge or to store');
      await lock.release();

      await waitFor(() => writer.unacknowledgedCount === 0, 15_000, 'the writes to be acknowledged after the lock');
      background.stop();
      await cluster.startAgain(victim);
      const clients = [writer, ...others];
      await converged(clients, 20_000);
      const acknowledged = acknowledgedBy(clients);
      const reader = await freshLoad(victim, board);
      expect(missingFrom(reader.doc, acknowledged)).toEqual([]);
      reader.close();
      acknowledgedTotal += acknowledged.size;
      for (const client of clients) client.stop();
    }
    figures.push(`relay kills: ${scale.relayKills} kill -9 of a relay whose append was held; ${acknowledgedTotal} acknowledged cards, 0 lost`);
  }, 600_000);

  it(`keeps every cold joiner in step with writers on other relays (${scale.coldJoins} cold joins)`, async () => {
    const board = await createBoard(cluster.proxy.url, 'Cold joins');
    const writers = [clientOf(board), clientOf(board)];
    await within(Promise.all(writers.map((client) => client.synced())), 15_000, 'the writers to sync');
    const idle = cluster.relays.map((relay) => relay.name).filter((name) => !writers.some((writer) => writer.relay === name));
    const background = new ContinuousWriters(writers, 'under cold joins', 20, 100_000);
    const joinTimes: number[] = [];
    for (let join = 0; join < scale.coldJoins; join++) {
      // Straight to a relay with none of the writers, once the board has left its memory: a cold load while others write.
      const relay = idle[join % idle.length]!;
      const started = performance.now();
      const joiner = new ReconnectingClient(`${cluster.directWsUrl(relay)}/${board.id}`, board.invites.reviewer.token, { reconnect: false });
      await within(joiner.synced(), 10_000, `cold join ${join} on ${relay}`);
      joinTimes.push(performance.now() - started);
      // Writes acknowledged after the join must reach the joiner: a missed update would hold back every later one.
      const acknowledgedAtJoin = acknowledgedBy(writers).size;
      await waitFor(() => acknowledgedBy(writers).size >= acknowledgedAtJoin + 4, 10_000, 'the writers to go on');
      const expected = acknowledgedBy(writers);
      await waitFor(() => missingFrom(joiner.doc, expected).length === 0, 10_000, `cold joiner ${join} on ${relay} to receive every write`);
      joiner.stop();
      // The relay unloads the board ROOM_IDLE_MS (200 ms) after its last client left.
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    background.stop();
    await converged(writers, 20_000);
    joinTimes.sort((a, b) => a - b);
    figures.push(
      `cold joins: ${scale.coldJoins} on relays without writers while ${writers.length} writers wrote ${background.written} cards; every joiner received every later write; join to synced median ${Math.round(joinTimes[joinTimes.length >> 1] ?? 0)} ms, max ${Math.round(joinTimes[joinTimes.length - 1] ?? 0)} ms`,
    );
    for (const writer of writers) writer.stop();
  }, 600_000);

  it(`survives ${scale.postgresRestarts} PostgreSQL restart(s) under writes: 503 while down, nothing acknowledged lost`, async () => {
    let acknowledgedTotal = 0;
    for (let restart = 0; restart < scale.postgresRestarts; restart++) {
      const board = await createBoard(cluster.proxy.url, `PostgreSQL restart ${restart}`);
      const clients = [clientOf(board), clientOf(board), clientOf(board)];
      await within(Promise.all(clients.map((client) => client.synced())), 15_000, 'the clients to sync');
      const background = new ContinuousWriters(clients, `pg ${restart}`);
      await waitFor(() => acknowledgedBy(clients).size >= 10, 10_000, 'writes before the restart');
      await cluster.postgres.restart(async () => {
        const relay = cluster.relays[0]!;
        await until(async () => (await fetch(`http://127.0.0.1:${relay.port}/readyz`)).status === 503, 10_000, 'readiness to report the database');
        const started = performance.now();
        const created = await fetch(`http://127.0.0.1:${relay.port}/api/boards`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ title: 'While the database is down', templateId: 'qa-review' }),
        });
        expect(created.status).toBe(503);
        expect(performance.now() - started).toBeLessThan(6_000);
      });
      const acknowledgedBefore = acknowledgedBy(clients).size;
      await waitFor(() => acknowledgedBy(clients).size >= acknowledgedBefore + 10, 30_000, 'writes to be acknowledged again');
      background.stop();
      await converged(clients, 30_000);
      const acknowledged = acknowledgedBy(clients);
      const reader = await freshLoad(cluster.relays[restart % cluster.relays.length]!.name, board);
      expect(missingFrom(reader.doc, acknowledged)).toEqual([]);
      reader.close();
      acknowledgedTotal += acknowledged.size;
      for (const client of clients) client.stop();
    }
    figures.push(`PostgreSQL restarts: ${scale.postgresRestarts} under 3 writers; ${acknowledgedTotal} acknowledged cards, 0 lost, creation answered 503 while down`);
  }, 600_000);

  it(`survives ${scale.redisRestarts} Redis restart(s) under writes: every board reconciles, nothing acknowledged lost`, async () => {
    let acknowledgedTotal = 0;
    for (let restart = 0; restart < scale.redisRestarts; restart++) {
      const board = await createBoard(cluster.proxy.url, `Redis restart ${restart}`);
      const clients = [clientOf(board), clientOf(board), clientOf(board)];
      await within(Promise.all(clients.map((client) => client.synced())), 15_000, 'the clients to sync');
      const background = new ContinuousWriters(clients, `redis ${restart}`);
      await waitFor(() => acknowledgedBy(clients).size >= 10, 10_000, 'writes before the restart');
      await cluster.restartRedis(async () => {
        const relay = cluster.relays[1]!;
        const direct = `http://127.0.0.1:${relay.port}`;
        await until(async () => (await fetch(`${direct}/readyz`)).status === 503, 10_000, 'readiness to report Redis');
        const ready = (await (await fetch(`${direct}/readyz`)).json()) as { redis: { ok: boolean } };
        expect(ready.redis.ok).toBe(false);
        // Writing goes on, acknowledged as stored; creating a board and joining do not wait for Redis.
        const acknowledgedInOutage = acknowledgedBy(clients).size;
        await waitFor(() => acknowledgedBy(clients).size >= acknowledgedInOutage + 10, 10_000, 'acknowledgements while Redis is down');
        const created = await within(createBoard(direct, 'While Redis is down'), 5_000, 'a board to be created while Redis is down');
        const joiner = new ReconnectingClient(`${cluster.directWsUrl(relay.name)}/${created.id}`, created.invites.reviewer.token, { reconnect: false });
        await within(joiner.synced(), 5_000, 'a join while Redis is down');
        joiner.stop();
      });
      await until(async () => (await fetch(`http://127.0.0.1:${cluster.relays[1]!.port}/readyz`)).ok, 15_000, 'readiness once Redis is back');
      const acknowledgedBefore = acknowledgedBy(clients).size;
      await waitFor(() => acknowledgedBy(clients).size >= acknowledgedBefore + 10, 15_000, 'writes after Redis is back');
      background.stop();
      await converged(clients, 30_000);
      const acknowledged = acknowledgedBy(clients);
      const reader = await freshLoad(cluster.relays[restart % cluster.relays.length]!.name, board);
      expect(missingFrom(reader.doc, acknowledged)).toEqual([]);
      reader.close();
      acknowledgedTotal += acknowledged.size;
      for (const client of clients) client.stop();
    }
    figures.push(`Redis restarts: ${scale.redisRestarts} under 3 writers; ${acknowledgedTotal} acknowledged cards, 0 lost; every client converged after each`);
  }, 600_000);

  it('shows people on other relays at once to a cold joiner, and takes a dead relay\'s people away within seconds', async () => {
    const board = await createBoard(cluster.proxy.url, 'Presence');
    const [present, watching] = cluster.relays.map((relay) => relay.name) as [string, string];
    const person = new ReconnectingClient(`${cluster.directWsUrl(present)}/${board.id}`, board.invites.reviewer.token, { reconnect: false });
    person.setPresence({ user: { location: 'board' } });
    await within(person.synced(), 10_000, 'the person to join');
    const started = performance.now();
    const observer = new ReconnectingClient(`${cluster.directWsUrl(watching)}/${board.id}`, board.invites.observer.token, { reconnect: false });
    await waitFor(() => observer.awareness.getStates().has(person.doc.clientID), 5_000, 'presence of someone on another relay');
    const shownAfter = performance.now() - started;
    await cluster.kill(present);
    const killed = performance.now();
    await waitFor(() => !observer.awareness.getStates().has(person.doc.clientID), 8_000, 'a dead relay\'s people to go');
    const goneAfter = performance.now() - killed;
    figures.push(`presence: someone on another relay shown to a cold joiner after ${Math.round(shownAfter)} ms; a killed relay's people gone after ${Math.round(goneAfter)} ms`);
    person.stop();
    observer.stop();
  }, 60_000);
});

