/** The public entry of this area (`@washup/shared/templates`); files not listed here are its internals. */
export * from './catalogue';
export * from './schema';
