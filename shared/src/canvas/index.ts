/** The public entry of this area (`@washup/shared/canvas`); files not listed here are its internals. */
export * from './canvasCamera';
export * from './canvasChecks';
export * from './canvasConfig';
export * from './canvasDoc';
export * from './canvasLayout';
export * from './canvasRecords';
export * from './themeFromCards';
export * from './canvasImages';
export * from './canvasPicturesInUse';
