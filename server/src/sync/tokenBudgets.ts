import { TrafficBudget, type TrafficLimits } from './frameBudget';

/**
 * One traffic budget per token, shared by every socket that token has open, so opening more
 * sockets does not multiply what one invite link or one participant may send.
 */
export class TokenBudgets {
  private readonly entries = new Map<string, { budget: TrafficBudget; sockets: number }>();

  constructor(private readonly limits: TrafficLimits) {}

  acquire(key: string): TrafficBudget {
    let entry = this.entries.get(key);
    if (!entry) this.entries.set(key, (entry = { budget: new TrafficBudget(this.limits), sockets: 0 }));
    entry.sockets += 1;
    return entry.budget;
  }

  release(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    entry.sockets -= 1;
    if (entry.sockets <= 0) this.entries.delete(key);
  }
}
