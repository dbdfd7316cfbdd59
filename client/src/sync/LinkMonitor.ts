import type { WebsocketProvider } from 'y-websocket';
import type { LinkState } from './connectionStatus';
import { ValueStore } from './ValueStore';

/** Failed attempts in a row (about 1.5 s of retrying) after which the link counts as offline. */
const offlineAfterFailures = 3;

/** Follows a provider's socket and the browser's network state, as one LinkState. */
export class LinkMonitor {
  readonly link = new ValueStore<LinkState>('connecting');
  private everSynced = false;

  constructor(private readonly provider: WebsocketProvider) {
    provider.on('status', this.update);
    provider.on('sync', this.update);
    provider.on('connection-close', this.update);
    window.addEventListener('online', this.update);
    window.addEventListener('offline', this.update);
  }

  private readonly update = (): void => {
    const { provider } = this;
    if (!navigator.onLine) {
      this.link.set('offline');
    } else if (provider.wsconnected && provider.synced) {
      this.everSynced = true;
      this.link.set('connected');
    } else if (provider.wsUnsuccessfulReconnects >= offlineAfterFailures) {
      this.link.set('offline');
    } else {
      this.link.set(this.everSynced ? 'reconnecting' : 'connecting');
    }
  };

  destroy(): void {
    this.provider.off('status', this.update);
    this.provider.off('sync', this.update);
    this.provider.off('connection-close', this.update);
    window.removeEventListener('online', this.update);
    window.removeEventListener('offline', this.update);
  }
}
