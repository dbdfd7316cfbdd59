/** One value from the relay's /metrics (a gauge or an unlabelled counter), or null if absent. */
export async function relayMetric(relayUrl: string, name: string): Promise<number | null> {
  return metricFrom(await scrapeMetrics(relayUrl), name);
}

export async function scrapeMetrics(relayUrl: string): Promise<string> {
  const response = await fetch(`${relayUrl}/metrics`, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`/metrics answered ${response.status}`);
  return response.text();
}

export function metricFrom(text: string, name: string): number | null {
  const match = new RegExp(`^${name} (\\S+)$`, 'm').exec(text);
  return match ? Number(match[1]) : null;
}

/** Every labelled row of a counter, as `reason: value`. */
export function labelledFrom(text: string, name: string): Record<string, number> {
  const rows: Record<string, number> = {};
  for (const match of text.matchAll(new RegExp(`^${name}\\{reason="([^"]*)"\\} (\\S+)$`, 'gm'))) {
    rows[match[1] ?? ''] = Number(match[2]);
  }
  return rows;
}
