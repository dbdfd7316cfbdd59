/** The public entry of this area (`@washup/shared/sync`); files not listed here are its internals. */
export * from './closeCodes';
export * from './customMessages';
export * from './messageTypes';
