import type { WebsocketProvider } from 'y-websocket';
import { encodeTimeRequest, messageType, readServerTime } from '@washup/shared/sync';
import type { ServerClock } from './ServerClock';

/** Often enough to keep an idle socket alive (y-websocket drops one silent for 30 s) and the clock fresh. */
export const timeRequestIntervalMs = 15_000;

/**
 * Server clock samples from a provider's socket: a timed request as soon as a socket opens, then
 * every `timeRequestIntervalMs`. The relay sends its time only when asked (a stock y-websocket
 * client would log a frame it does not know). Only one request is outstanding per socket, so a
 * reply is matched to its request without ids.
 * Returns a function that stops the requests.
 */
export function installClockProtocol(provider: WebsocketProvider, clock: ServerClock): () => void {
  let pending: { ws: WebSocket; sentAt: number } | null = null;

  const requestTime = () => {
    const ws = provider.ws;
    if (!ws || ws.readyState !== ws.OPEN) return;
    if (pending?.ws === ws && performance.now() - pending.sentAt < timeRequestIntervalMs) return;
    pending = { ws, sentAt: performance.now() };
    ws.send(encodeTimeRequest());
  };

  provider.messageHandlers[messageType.serverTime] = (_encoder, decoder, current, emitSynced) => {
    const serverTime = readServerTime(decoder);
    if (!emitSynced || !pending || pending.ws !== current.ws) return;
    clock.addTimedSample(serverTime, performance.now() - pending.sentAt);
    pending = null;
  };

  const onStatus = ({ status }: { status: string }) => {
    if (status === 'connected') requestTime();
  };
  provider.on('status', onStatus);
  const timer = window.setInterval(requestTime, timeRequestIntervalMs);
  return () => {
    window.clearInterval(timer);
    provider.off('status', onStatus);
  };
}
