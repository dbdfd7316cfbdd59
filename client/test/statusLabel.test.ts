import { describe, expect, it } from 'vitest';
import type { ConnectionStatus } from '../src/sync/connectionStatus';
import { statusLabel } from '../src/shell/statusLabel';

const status = (overrides: Partial<ConnectionStatus>): ConnectionStatus => ({
  link: 'connected',
  unsaved: 0,
  readOnly: false,
  fatal: null,
  ...overrides,
});

describe('connection indicator wording', () => {
  it('says all changes are saved only when connected with nothing unsaved', () => {
    expect(statusLabel(status({})).text).toBe('All changes saved');
    expect(statusLabel(status({ unsaved: 3 })).text).toBe('Saving…');
  });

  it('counts unsaved changes while offline or reconnecting', () => {
    expect(statusLabel(status({ link: 'offline', unsaved: 1 })).text).toBe('Offline · 1 unsaved change');
    expect(statusLabel(status({ link: 'offline', unsaved: 4 })).text).toBe('Offline · 4 unsaved changes');
    expect(statusLabel(status({ link: 'reconnecting', unsaved: 2 })).text).toBe('Reconnecting… 2 unsaved changes');
    expect(statusLabel(status({ link: 'reconnecting' })).text).toBe('Reconnecting…');
  });

  it('gives a phone a short form that still says whether anything is unsaved', () => {
    expect(statusLabel(status({})).short).toBe('Saved');
    expect(statusLabel(status({ unsaved: 3 })).short).toBe('Saving 3…');
    expect(statusLabel(status({ link: 'offline', unsaved: 4 })).short).toBe('Offline (4 unsaved)');
    expect(statusLabel(status({ link: 'reconnecting', unsaved: 2 })).short).toBe('Reconnecting… (2)');
    expect(statusLabel(status({ readOnly: true })).short).toBe('Live');
  });

  it('tells read-only roles only whether they are connected', () => {
    expect(statusLabel(status({ readOnly: true })).text).toBe('Connected');
    expect(statusLabel(status({ readOnly: true, link: 'reconnecting' })).text).toBe('Offline');
    expect(statusLabel(status({ readOnly: true, link: 'offline' })).text).toBe('Offline');
  });
});
