/**
 * When a room relays presence: at once while the room is quiet, coalesced under load. Presence
 * costs the relay one frame per member for every send, so "load" is measured in frames to members:
 * within each coalescing period a room may send as many presence frames at once as its share of
 * `memberFramesPerSecond` allows for its size (always at least one); past that, what changes is held
 * and sent together at the end of the period, carrying each person's latest state.
 */
export interface PresencePacing {
  /** When the current coalescing period began (the first send after a quiet spell starts one). */
  periodStartedAt: number;
  /** Presence frames sent in the current period. */
  sentInPeriod: number;
}

export interface PresencePacingRule {
  /** The coalescing period (AWARENESS_THROTTLE_MS). */
  periodMs: number;
  /** Presence frames times members per second a room may send at once before it coalesces. */
  memberFramesPerSecond: number;
}

/** The default budget: a room of 20 follows 500 presence changes a second at once; a room of 100, 100. */
export const presenceMemberFramesPerSecond = 10_000;

export const quietPresence: PresencePacing = { periodStartedAt: Number.NEGATIVE_INFINITY, sentInPeriod: 0 };

/** How long to hold presence that has just changed in a room of `members`: 0 means send it now. */
export function presenceHoldMs(pacing: PresencePacing, now: number, members: number, rule: PresencePacingRule): number {
  const periodEndsAt = pacing.periodStartedAt + rule.periodMs;
  if (now >= periodEndsAt) return 0;
  const sendsAllowed = Math.max(1, Math.floor((rule.memberFramesPerSecond * rule.periodMs) / 1000 / Math.max(1, members)));
  return pacing.sentInPeriod < sendsAllowed ? 0 : periodEndsAt - now;
}

/** The pacing after a presence frame went out at `now`. */
export function presenceSent(pacing: PresencePacing, now: number, rule: PresencePacingRule): PresencePacing {
  if (now >= pacing.periodStartedAt + rule.periodMs) return { periodStartedAt: now, sentInPeriod: 1 };
  return { periodStartedAt: pacing.periodStartedAt, sentInPeriod: pacing.sentInPeriod + 1 };
}
