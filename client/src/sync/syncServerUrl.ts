/** Where the relay's sync sockets live: the page's own host, `wss` when the page is https. */
export function syncServerUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}/sync`;
}
