/** The public entry of this area (`@washup/shared/reportFlow`); files not listed here are its internals. */
export * from './finalVersionMark';
export * from './reportFingerprint';
export * from './reportFlowCommands';
export * from './reportFlowRules';
export * from './reportFlowState';
