/** The public entry of this area (`@washup/shared/text`); files not listed here are its internals. */
export * from './matchableText';
