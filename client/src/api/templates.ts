import { templateListSchema, type TemplateSummary } from '@washup/shared/api';
import { apiRequest } from './request';

/** The board templates the relay offers, each with its headings and lane names. */
export function listTemplates(signal?: AbortSignal): Promise<TemplateSummary[]> {
  return apiRequest('/api/templates', templateListSchema, { signal });
}
