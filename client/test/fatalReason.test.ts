import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../src/api/ApiRequestError';
import { fatalFromClose, fatalFromHttp } from '../src/sync/fatalReason';

describe('when a board can no longer be opened', () => {
  it('reads the relay’s close codes', () => {
    expect(fatalFromClose(4404, 'this board was deleted')?.kind).toBe('deleted');
    expect(fatalFromClose(4403, 'you were removed from this board')?.kind).toBe('removed');
    expect(fatalFromClose(1006, '')).toBeNull();
    expect(fatalFromClose(1012, 'restart')).toBeNull();
    expect(fatalFromClose(1008, 'refused: card c1 fails its schema: observation: needs a visible character')).toEqual({
      kind: 'changeRefused',
      detail: 'card c1 fails its schema: observation: needs a visible character',
    });
    expect(fatalFromClose(1008, 'malformed frame: unexpected end of data')).toBeNull();
  });

  it('trusts only the relay’s own refusals over HTTP', () => {
    expect(fatalFromHttp(new ApiRequestError(404, 'board_not_found', 'gone'))?.kind).toBe('deleted');
    expect(fatalFromHttp(new ApiRequestError(403, 'participant_removed', 'removed'))?.kind).toBe('removed');
    expect(fatalFromHttp(new ApiRequestError(401, 'token_invalid', 'bad token'))?.kind).toBe('refused');
    // A proxy's 404 or an outage must not wipe the device's unsaved work.
    expect(fatalFromHttp(new ApiRequestError(404, 'not_found', 'no route'))).toBeNull();
    expect(fatalFromHttp(new ApiRequestError(503, 'unavailable', 'down'))).toBeNull();
    expect(fatalFromHttp(new ApiRequestError(0, 'network', 'offline'))).toBeNull();
  });
});
