import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite';
import englishTranslation from '@tldraw/assets/translations/en.json?url&no-inline';

const bundled = getAssetUrlsByImport();

/**
 * tldraw's fonts, icons and translations as files of Washup's own build (Vite copies each into
 * `assets/` with a content hash), so the relay serves them, the service worker keeps them like the
 * rest of the app, and the canvas never asks tldraw's CDN for anything. English (an empty file:
 * English is built in) would be inlined as a `data:` URL, which the Content-Security-Policy does
 * not let tldraw fetch, so it is kept a file too.
 */
export const canvasAssetUrls = { ...bundled, translations: { ...bundled.translations, en: englishTranslation } };
