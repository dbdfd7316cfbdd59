import { useCallback, useEffect, useState } from 'react';
import type { TemplateSummary } from '@washup/shared/api';
import { errorMessage } from '../api/ApiRequestError';
import { listTemplates } from '../api/templates';

export type TemplatesState =
  | { state: 'loading' }
  | { state: 'ready'; templates: TemplateSummary[] }
  | { state: 'failed'; message: string };

/** The relay's templates, with a way to try again after a failure. */
export function useTemplates(): { templates: TemplatesState; retry: () => void } {
  const [templates, setTemplates] = useState<TemplatesState>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setTemplates({ state: 'loading' });
    listTemplates(controller.signal).then(
      (list) => setTemplates({ state: 'ready', templates: list }),
      (error: unknown) => {
        if (!controller.signal.aborted) setTemplates({ state: 'failed', message: errorMessage(error) });
      },
    );
    return () => controller.abort();
  }, [attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { templates, retry };
}
