import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, boardDocOf, boardView, createThemeFromCards } from '@washup/shared/board';
import { closeCode, messageType } from '@washup/shared/sync';
import { RawSyncClient } from './support/rawClient';
import { boardWithTeam, relayPerTest, type TeamOf } from './support/relay';
import { newCard } from './support/boardContent';

const startTestRelay = relayPerTest();
type Team = TeamOf<'lead' | 'ana' | 'host'> & { themeId: string; url: string };
type Entry = { key: string; val: Record<string, unknown> };


const legacyLabel = 'recorded by the Lead Reviewer before hosts recorded their own agreement';
const refusal = /only the host agrees a theme, not a write to it \(a device on an older Washup: reload it to update\)/;

/** A board with one theme (at the current version, no agreement), written through a real sync client. */
async function team(): Promise<Team> {
  const t = await boardWithTeam(await startTestRelay(), { lead: ['facilitator', 'Lee'], ana: ['reviewer', 'Ana'], host: ['host', 'Hana'] });
  const url = `${t.relay.wsUrl}/${t.board.id}`;
  const writer = new RawSyncClient(url, t.lead.token);
  await writer.synced;
  const board = boardDocOf(writer.doc);
  const place = { kind: 'lane' as const, headingId: boardView(board).headings[0]!.heading.id, lane: 'strengths' as const };
  const a = addCard(board, newCard('Pupils read aloud with expression'), place);
  const b = addCard(board, newCard('Reading records show daily practice'), place);
  const themeId = createThemeFromCards(board, a.id, b.id, { title: 'A strong reading culture' }).id;
  await writer.requestAck().acked;
  writer.close();
  return { ...t, themeId, url };
}

function markdown(t: Team): Promise<string> {
  return fetch(`${t.relay.url}/api/boards/${t.board.id}/report.md`, { headers: { authorization: `Bearer ${t.lead.token}` } }).then((response) => response.text());
}

function storedTheme(client: RawSyncClient, themeId: string): Entry['val'] {
  return client.doc.getArray<Entry>('themes').toArray().findLast((entry) => entry.key === themeId)!.val;
}

/** Writes one theme pair as a crafted client would: straight into the collection, any version it likes. */
function writeTheme(client: RawSyncClient, key: string, val: Record<string, unknown>): void {
  client.doc.getArray<Entry>('themes').push([{ key, val }]);
}

const forgeries: Array<{ name: string; write: (client: RawSyncClient, t: Team) => void }> = [
  {
    name: 'a theme with no version carrying hostAgreement (read as version 1)',
    write: (client, t) => {
      const { v: _v, ...fields } = storedTheme(client, t.themeId);
      writeTheme(client, t.themeId, { ...fields, hostAgreement: 'agreed' });
    },
  },
  { name: 'a version-1 theme carrying hostAgreement', write: (client, t) => writeTheme(client, t.themeId, { ...storedTheme(client, t.themeId), v: 1, hostAgreement: 'tested' }) },
  { name: 'a current theme carrying agreementBeforeHosts', write: (client, t) => writeTheme(client, t.themeId, { ...storedTheme(client, t.themeId), agreementBeforeHosts: 'agreed' }) },
  {
    name: 'a new theme carrying it',
    write: (client, t) => writeTheme(client, 'forged-theme', { ...storedTheme(client, t.themeId), id: 'forged-theme', order: 'z9', agreementBeforeHosts: 'agreed' }),
  },
];

describe("a theme's agreement from before hosts recorded their own, on the relay", () => {
  for (const forgery of forgeries) {
    for (const who of ['ana', 'lead'] as const) {
      it(`refuses ${forgery.name} from the ${who === 'lead' ? 'Lead Reviewer' : 'reviewer'}, with the reason, and every device still reads the theme as not agreed`, async () => {
        const t = await team();
        const attacker = new RawSyncClient(t.url, t[who].token);
        await attacker.synced;
        forgery.write(attacker, t);
        const closed = await attacker.closed;
        expect(closed.code).toBe(closeCode.policyViolation);
        expect(closed.reason).toMatch(/^refused: /);
        expect(closed.reason).toMatch(refusal);
        const text = await markdown(t);
        expect(text).toContain('- **Host agreement:** Not yet tested with the host');
        expect(text).not.toContain(legacyLabel);
      });
    }
  }

  it('refuses the forgery in a write parked for a missing neighbour, before it could land among the themes', async () => {
    const t = await team();
    const client = new RawSyncClient(t.url, t.ana.token);
    await client.synced;
    const offline = new Y.Doc();
    Y.applyUpdate(offline, Y.encodeStateAsUpdate(client.doc));
    const themes = offline.getArray<Entry>('themes');
    const theme = themes.toArray().find((entry) => entry.key === t.themeId)!.val;
    themes.push([{ key: t.themeId, val: { ...theme, title: 'The neighbour the relay never gets' } }]);
    const withNeighbour = Y.encodeStateVector(offline);
    themes.push([{ key: t.themeId, val: { ...theme, agreementBeforeHosts: 'agreed' } }]);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, messageType.sync);
    syncProtocol.writeUpdate(encoder, Y.encodeStateAsUpdate(offline, withNeighbour));
    client.send(encoding.toUint8Array(encoder));
    expect((await client.closed).reason).toMatch(refusal);
  });

  it('keeps a value a Lead Reviewer set before hosts agreed themselves through later edits, shown as theirs, and refuses changing it', async () => {
    const t = await team();
    // The theme as a board stored it before version 2: no version, the Lead Reviewer's `hostAgreement`.
    await t.relay.rooms.withRoom({ boardId: t.board.id, kind: 'board' }, (room) =>
      room.change((doc) => {
        const themes = doc.getArray<Entry>('themes');
        const at = themes.toArray().findIndex((candidate) => candidate.key === t.themeId);
        const { v: _v, ...fields } = themes.get(at).val;
        themes.delete(at, 1);
        themes.push([{ key: t.themeId, val: { ...fields, hostAgreement: 'agreed' } }]);
      }),
    );
    expect(await markdown(t)).toContain(`Agreed with the host (${legacyLabel})`);

    // A device of today renames it: the value goes along unchanged, at version 2.
    const editor = new RawSyncClient(t.url, t.ana.token);
    await editor.synced;
    const board = boardDocOf(editor.doc);
    board.put('themes', { ...board.get('themes', t.themeId)!, title: 'Reading for pleasure' });
    await editor.requestAck().acked;
    expect(storedTheme(editor, t.themeId)).toMatchObject({ v: 2, agreementBeforeHosts: 'agreed', title: 'Reading for pleasure' });
    // An old device still offline renames it as version 1 did, hostAgreement as it read it: the same value, taken.
    const { v: _v, agreementBeforeHosts: _kept, ...fields } = storedTheme(editor, t.themeId);
    writeTheme(editor, t.themeId, { ...fields, title: 'Reading for pleasure (old device)', hostAgreement: 'agreed' });
    await editor.requestAck().acked;
    expect(await markdown(t)).toContain(`Agreed with the host (${legacyLabel})`);
    // Dropping it is an edit too; changing it is not.
    writeTheme(editor, t.themeId, { ...fields, v: 2, agreementBeforeHosts: 'tested' });
    expect((await editor.closed).reason).toMatch(refusal);
    expect(await markdown(t)).toContain(`Agreed with the host (${legacyLabel})`);
  });

  it('refuses garbage and deeply nested theme writes as before, and stays up', async () => {
    const t = await team();
    let nested: unknown = 'x';
    for (let depth = 0; depth < 200; depth += 1) nested = { a: nested };
    for (const val of [42, { id: t.themeId, agreementBeforeHosts: 'agreed' }, { ...nested as object, id: t.themeId, hostAgreement: nested }]) {
      const client = new RawSyncClient(t.url, t.ana.token);
      await client.synced;
      writeTheme(client, t.themeId, val as Record<string, unknown>);
      const closed = await client.closed;
      expect(closed.code).toBe(closeCode.policyViolation);
      expect(closed.reason).toMatch(/^refused: theme/);
    }
    expect(await markdown(t)).toContain('- **Host agreement:** Not yet tested with the host');
  });
});
