import { describe, expect, it } from 'vitest';
import { colourFor } from '../../src/presence/presenceColours';
import { boundPresenceUser, readPresenceUser } from '../../src/presence/presenceUser';

describe('boundPresenceUser', () => {
  it('names a joined participant as their token does, with their colour', () => {
    const user = boundPresenceUser({ participantId: 'p-1', name: 'Ben Okafor', role: 'reviewer' }, 'remote');
    expect(user).toEqual({ participantId: 'p-1', name: 'Ben Okafor', role: 'reviewer', colour: colourFor('p-1'), location: 'remote' });
    expect(readPresenceUser({ user })).toEqual(user);
  });

  it('shows someone on an invite link who has not joined as their role, one person per role', () => {
    const first = boundPresenceUser({ participantId: null, name: null, role: 'observer' }, 'room');
    const second = boundPresenceUser({ participantId: null, name: null, role: 'observer' }, 'remote');
    expect(first).toMatchObject({ name: 'Observer', role: 'observer', participantId: second.participantId });
  });

  it('reads no user from a state that does not carry a valid one', () => {
    expect(readPresenceUser({})).toBeNull();
    expect(readPresenceUser({ user: { name: 'Amira', role: 'facilitator' } })).toBeNull();
    expect(readPresenceUser(null)).toBeNull();
  });
});
