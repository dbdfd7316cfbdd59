import { useEffect, useState } from 'react';
import { canvasConfigSchema, type CanvasConfig } from '@washup/shared/canvas';
import { apiRequest } from '../api/request';

/** Offline, or from a relay that does not answer, the canvas opens without a key: tldraw needs one only on https on a domain, where the relay is reachable anyway. */
const withoutKey: CanvasConfig = { licenseKey: null };

let answer: CanvasConfig | null = null;
let asking: Promise<CanvasConfig> | null = null;

/**
 * Asks the relay for its canvas settings (tldraw's licence key) once per page: the Canvas tab's
 * loader starts it beside the canvas's code, so tldraw does not wait for one more round trip after
 * both have arrived. A request that fails is asked again the next time the canvas opens.
 */
export function askCanvasConfig(): Promise<CanvasConfig> {
  asking ??= apiRequest('/api/canvas/config', canvasConfigSchema).then(
    (config) => (answer = config),
    () => {
      asking = null;
      return withoutKey;
    },
  );
  return asking;
}

/** The relay's canvas settings; null while they are being asked. */
export function useCanvasConfig(): CanvasConfig | null {
  const [config, setConfig] = useState<CanvasConfig | null>(answer);
  useEffect(() => {
    if (config) return undefined;
    let shown = true;
    void askCanvasConfig().then((asked) => shown && setConfig(asked));
    return () => {
      shown = false;
    };
  }, [config]);
  return config;
}
