import { useEffect, useState } from 'react';
import { canvasConfigSchema, type CanvasConfig } from '@washup/shared/canvas';
import { apiRequest } from '../api/request';

/**
 * The relay's canvas settings (tldraw's licence key). Offline, or from a relay that does not
 * answer, the canvas opens without a key: tldraw needs one only on https on a domain, where the
 * relay is reachable anyway. Null while it is being asked.
 */
export function useCanvasConfig(): CanvasConfig | null {
  const [config, setConfig] = useState<CanvasConfig | null>(null);
  useEffect(() => {
    const request = new AbortController();
    apiRequest('/api/canvas/config', canvasConfigSchema, { signal: request.signal }).then(setConfig, () => {
      if (!request.signal.aborted) setConfig({ licenseKey: null });
    });
    return () => request.abort();
  }, []);
  return config;
}
