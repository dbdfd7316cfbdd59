export interface ConnectionCapLimits {
  /** Live sockets one token may hold; 0 for no cap. */
  perToken: number;
  /** Live sockets one client address may hold; 0 for no cap. */
  perAddress: number;
}

export type ConnectionSlot =
  | { ok: true; /** Gives the slot back; calling it again does nothing. */ release: () => void }
  | { ok: false; message: string };

/** How many live things each key holds, never below zero and without keys that hold none. */
class KeyCounts {
  private readonly counts = new Map<string, number>();

  held(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  add(key: string): void {
    this.counts.set(key, this.held(key) + 1);
  }

  remove(key: string): void {
    const left = this.held(key) - 1;
    if (left > 0) this.counts.set(key, left);
    else this.counts.delete(key);
  }
}

/**
 * Caps the live sync sockets per token and per client address, so one invite link or one machine
 * cannot hold thousands of sockets (each one a room member the relay fans every update out to).
 * A slot is taken before the upgrade and given back when the socket closes.
 */
export class ConnectionCaps {
  private readonly tokens = new KeyCounts();
  private readonly addresses = new KeyCounts();

  constructor(private readonly limits: ConnectionCapLimits) {}

  acquire(token: string, address: string): ConnectionSlot {
    const { perToken, perAddress } = this.limits;
    if (perToken > 0 && this.tokens.held(token) >= perToken) {
      return { ok: false, message: `this link already has ${perToken} open connections; close a tab or device that uses it and try again` };
    }
    if (perAddress > 0 && this.addresses.held(address) >= perAddress) {
      return { ok: false, message: `your address already has ${perAddress} open connections to this relay; close some and try again` };
    }
    this.tokens.add(token);
    this.addresses.add(address);
    let released = false;
    return {
      ok: true,
      release: () => {
        if (released) return;
        released = true;
        this.tokens.remove(token);
        this.addresses.remove(address);
      },
    };
  }
}
