import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';

/** Whether the relay listens on every interface, so other devices on the room's network can reach it. */
export function servesTheRoom(host: string): boolean {
  return host === '0.0.0.0' || host === '::' || host === '[::]';
}

/** Names and addresses that only ever mean this machine. */
export function isLoopbackHost(hostname: string): boolean {
  const bare = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127\./.test(bare);
}

/** This machine's IPv4 addresses on its networks (not loopback): what a phone in the room can open. */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((addresses) => addresses ?? [])
    .filter((address) => address.family === 'IPv4' && !address.internal)
    .map((address) => address.address);
}

/**
 * The one plain line the relay prints when it is listening: the address(es) to open, and, when it
 * serves only this machine, how to serve the room instead.
 */
export function startLine(listening: AddressInfo, publicUrl: string | undefined, lan: readonly string[] = lanAddresses()): string {
  const port = listening.port;
  if (publicUrl) return `Washup is ready: open ${publicUrl.replace(/\/$/, '')} (this relay listens on ${listening.address}:${port})`;
  if (!servesTheRoom(listening.address)) {
    const here = `http://${listening.family === 'IPv6' ? `[${listening.address}]` : listening.address}:${port}`;
    const hint = ' (this machine only; to let phones and laptops in the room join, start it with HOST=0.0.0.0 pnpm start)';
    return `Washup is ready: open ${here}${isLoopbackHost(listening.address) ? hint : ''}`;
  }
  const others = lan.map((address) => `http://${address}:${port}`);
  const onNetwork = others.length > 0 ? ` and from other devices on this network ${others.join(' or ')}` : ' (no network address found: is this machine on the wifi?)';
  return `Washup is ready: open http://127.0.0.1:${port} on this machine${onNetwork}`;
}
