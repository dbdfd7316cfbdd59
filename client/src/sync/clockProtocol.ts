import type { WebsocketProvider } from 'y-websocket';
import { encodeTimeRequest, messageType, readServerTime } from '@washup/shared';
import type { ServerClock } from './ServerClock';

/** Often enough to keep an idle socket alive (y-websocket drops one silent for 30 s) and the clock fresh. */
export const timeRequestIntervalMs = 15_000;

/**
 * Server clock samples from a provider's socket. The relay sends its time unasked on connect; the
 * client then asks again (timed) right away and every `timeRequestIntervalMs`. Only one request is
 * outstanding per socket, so a reply is matched to its request without ids.
 * Returns a function that stops the periodic requests.
 */
export function installClockProtocol(provider: WebsocketProvider, clock: ServerClock): () => void {
  /** Sockets that already received the relay's greeting time, after which replies are ours. */
  const greeted = new WeakSet<WebSocket>();
  let pending: { ws: WebSocket; sentAt: number } | null = null;

  const requestTime = () => {
    const ws = provider.ws;
    if (!ws || ws.readyState !== ws.OPEN || !greeted.has(ws)) return;
    if (pending?.ws === ws && performance.now() - pending.sentAt < timeRequestIntervalMs) return;
    pending = { ws, sentAt: performance.now() };
    ws.send(encodeTimeRequest());
  };

  provider.messageHandlers[messageType.serverTime] = (_encoder, decoder, current, emitSynced) => {
    const serverTime = readServerTime(decoder);
    const ws = current.ws;
    if (!emitSynced || !ws) return;
    if (pending?.ws === ws) {
      clock.addTimedSample(serverTime, performance.now() - pending.sentAt);
      pending = null;
    } else {
      clock.addUntimedSample(serverTime);
    }
    if (!greeted.has(ws)) {
      greeted.add(ws);
      requestTime();
    }
  };

  const timer = window.setInterval(requestTime, timeRequestIntervalMs);
  return () => window.clearInterval(timer);
}
