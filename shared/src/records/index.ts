/** The public entry of this area (`@washup/shared/records`); files not listed here are its internals. */
export * from './readVersioned';
export * from './versionedKind';
