import type { ReportNarrative } from './reportModel';

const labels = { dates: 'Dates', team: 'Review team', hostLeaders: 'Host leaders' } as const;

/** The title block's written lines with their labels, in order; parts not written are left out. */
export function titleBlock(narrative: ReportNarrative): Array<{ label: string; text: string }> {
  return (Object.keys(labels) as Array<keyof typeof labels>).filter((part) => narrative[part].trim()).map((part) => ({ label: labels[part], text: narrative[part].trim() }));
}
