import * as Y from 'yjs';

/**
 * The relay doc: session state (Council, PSTB, votes) that only the relay writes (clients sync it read-only).
 * Each entry is one whole JSON value under a key of the `session` map, so a reader never sees half
 * a transition.
 */
export class RelayDoc {
  readonly doc: Y.Doc;

  constructor(doc: Y.Doc = new Y.Doc()) {
    this.doc = doc;
  }

  private get map(): Y.Map<unknown> {
    return this.doc.getMap('session');
  }

  get<T>(key: string): T | undefined {
    return this.map.get(key) as T | undefined;
  }

  set(key: string, value: unknown): void {
    this.map.set(key, value);
  }

  delete(key: string): void {
    this.map.delete(key);
  }

  keys(): string[] {
    return Array.from(this.map.keys());
  }

  subscribe(listener: () => void): () => void {
    const onUpdate = () => listener();
    this.doc.on('afterTransaction', onUpdate);
    return () => this.doc.off('afterTransaction', onUpdate);
  }
}
