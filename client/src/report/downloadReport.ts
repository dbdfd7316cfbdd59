import { apiErrorSchema } from '@washup/shared/api';
import type { ReportChoices, ReportFormat } from '@washup/shared/report';
import { ApiRequestError, asSentence } from '../api/ApiRequestError';
import { saveDownload } from '../ui/saveDownload';

/** The file name the relay chose, from `Content-Disposition: attachment; filename="..."`. */
function fileNameFrom(disposition: string | null): string | null {
  return disposition ? (/filename="([^"]+)"/.exec(disposition)?.[1] ?? null) : null;
}

/**
 * Fetches the report, or one of its final versions, with the token in a header rather than the
 * address (addresses end up in history and logs) and saves it under the relay's file name.
 */
export async function downloadReport(boardId: string, token: string, format: ReportFormat, choices: ReportChoices, version: number | null = null): Promise<void> {
  const query = `?${new URLSearchParams({
    interpretation: choices.includeInterpretation ? '1' : '0',
    figures: choices.includeFigures ? '1' : '0',
    appendix: choices.evidenceAppendix,
    comments: choices.includeComments ? '1' : '0',
  })}`;
  let response: Response;
  try {
    const file = version === null ? `report.${format}` : `report/versions/${version}/report.${format}`;
    response = await fetch(`/api/boards/${encodeURIComponent(boardId)}/${file}${query}`, {
      headers: { authorization: `Bearer ${token}` },
      cache: 'no-store',
    });
  } catch {
    throw new ApiRequestError(0, 'network', "Can't reach the Washup server. Check your connection and try again.");
  }
  if (!response.ok) {
    const refusal = apiErrorSchema.safeParse(await response.json().catch(() => null));
    if (refusal.success) throw new ApiRequestError(response.status, refusal.data.error.code, asSentence(refusal.data.error.message));
    throw new ApiRequestError(response.status, `http_${response.status}`, `The server answered ${response.status}. Please try again.`);
  }
  saveDownload(await response.blob(), fileNameFrom(response.headers.get('content-disposition')) ?? `feedback-report.${format}`);
}
