import { describe, expect, it } from 'vitest';
import { cell, combineRuns, textCell, type Row } from './report';

const figure = (workload: string, name: string, washup: number, anchor: number): Row => ({
  workload,
  figure: name,
  better: 'lower',
  cells: { washup: cell(washup), 'y-websocket': cell(anchor) },
});

describe('combineRuns', () => {
  it('takes the median and range of each figure over the repetitions', () => {
    const runs = [1, 3, 2].map((n) => [figure('fan-out', 'p99', n, n * 10)]);
    const [row] = combineRuns(runs);
    expect(row?.cells.washup).toEqual({ value: 2, text: '2.0 (1.0–3.0)' });
    expect(row?.cells['y-websocket']?.text).toBe('20.0 (10.0–30.0)');
  });

  it('matches figures by workload and name when a failed run adds a row the others lack', () => {
    const healthy = [figure('hot', 'synced', 100, 100), figure('hot', 'p99', 8, 9)];
    const failed: Row[] = [
      { workload: 'hot', figure: 'run', better: null, cells: { washup: textCell('ok'), 'y-websocket': textCell('failed: timeout') } },
      figure('hot', 'synced', 100, Number.NaN),
      figure('hot', 'p99', 12, Number.NaN),
    ];
    const combined = combineRuns([healthy, failed, healthy]);
    expect(combined.map((row) => row.figure)).toEqual(['run', 'synced', 'p99']);
    const p99 = combined.find((row) => row.figure === 'p99');
    expect(p99?.cells.washup?.text).toBe('8.0 (8.0–12.0)');
    // The anchor has no figure in the failed repetition: each repetition is named, none is folded into another figure.
    expect(p99?.cells['y-websocket']?.text).toBe('1: 9.0; 2: –; 3: 9.0');
    expect(combined[0]?.cells['y-websocket']?.text).toBe('1: not run; 2: failed: timeout; 3: not run');
  });

  it('lists each repetition\'s verdict when they differ, and keeps one that all share', () => {
    const target = (verdict: string): Row => ({ workload: 'targets', figure: 'fan-out p99', better: null, cells: {}, verdict });
    expect(combineRuns([[target('met')], [target('MISSED')]])[0]?.verdict).toBe('1: met; 2: MISSED');
    expect(combineRuns([[target('met')], [target('met')]])[0]?.verdict).toBe('met');
  });
});
