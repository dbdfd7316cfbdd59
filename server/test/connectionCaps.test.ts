import { describe, expect, it } from 'vitest';
import { RawSyncClient } from './support/rawClient';
import { createBoard, join, relayPerTest } from './support/relay';
import { upgradeRefusal } from './support/upgradeRefusal';

const startTestRelay = relayPerTest();

describe('sync connection caps', () => {
  it('refuses a socket past the cap per link before the upgrade, and takes one again once a socket closes', async () => {
    const relay = await startTestRelay({ MAX_SOCKETS_PER_TOKEN: 2 });
    const board = await createBoard(relay.url);
    const sam = await join(relay.url, board, 'reviewer', 'Sam');
    const url = `${relay.wsUrl}/${board.id}`;
    const open = [new RawSyncClient(url, sam.token), new RawSyncClient(`${url}/session`, sam.token)];
    await Promise.all(open.map((client) => client.synced));

    const refused = await upgradeRefusal(url, sam.token);
    expect(refused?.status).toBe(429);
    expect(JSON.parse(refused?.body ?? '{}')).toMatchObject({ error: { code: 'too_many_connections', message: expect.stringMatching(/2 open connections/) } });
    expect(await upgradeRefusal(url, board.invites.observer.token)).toBeNull();

    open[0]!.close();
    await open[0]!.closed;
    // The relay sees the close a moment after the client does.
    let again = await upgradeRefusal(url, sam.token);
    for (let attempt = 0; attempt < 50 && again; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      again = await upgradeRefusal(url, sam.token);
    }
    expect(again).toBeNull();
    open[1]!.close();
  });

  it('takes no slot for a plain GET of a sync address, which never becomes a socket', async () => {
    const relay = await startTestRelay({ MAX_SOCKETS_PER_TOKEN: 1 });
    const board = await createBoard(relay.url);
    const sam = await join(relay.url, board, 'reviewer', 'Sam');
    for (let i = 0; i < 3; i++) {
      const plain = await fetch(`${relay.wsUrl.replace('ws:', 'http:')}/${board.id}`, { headers: { authorization: `Bearer ${sam.token}` } });
      expect(plain.status).toBe(404);
    }
    expect(await upgradeRefusal(`${relay.wsUrl}/${board.id}`, sam.token)).toBeNull();
  });

  it('counts the sockets of every link from one address against the address cap', async () => {
    const relay = await startTestRelay({ MAX_SOCKETS_PER_ADDRESS: 3 });
    const board = await createBoard(relay.url);
    const people = await Promise.all(['A', 'B', 'C', 'D'].map((name) => join(relay.url, board, 'reviewer', name)));
    const url = `${relay.wsUrl}/${board.id}`;
    const open = people.slice(0, 3).map((person) => new RawSyncClient(url, person.token));
    await Promise.all(open.map((client) => client.synced));
    const refused = await upgradeRefusal(url, people[3]!.token);
    expect(refused?.status).toBe(429);
    expect(refused?.body).toMatch(/your address already has 3 open connections/);
    for (const client of open) client.close();
  });

  it('refuses socket upgrades past the per-address request rate with 429', async () => {
    const relay = await startTestRelay({ RATE_LIMIT_REQUESTS_PER_MINUTE: 4 });
    const board = await createBoard(relay.url);
    const sam = await join(relay.url, board, 'reviewer', 'Sam');
    const url = `${relay.wsUrl}/${board.id}`;
    expect(await upgradeRefusal(url, sam.token)).toBeNull();
    expect(await upgradeRefusal(url, sam.token)).toBeNull();
    const refused = await upgradeRefusal(url, sam.token);
    expect(refused?.status).toBe(429);
    expect(refused?.body).toMatch(/rate_limited/);
  });
});
