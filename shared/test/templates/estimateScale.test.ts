import { describe, expect, it } from 'vitest';
import { readVersioned } from '../../src/records/readVersioned';
import { estimateScaleOf, findTemplate, templates } from '../../src/templates/catalogue';
import { templateKind } from '../../src/templates/schema';

const qaScale = ['Leading', 'Effective', 'Working towards effective', 'Not effective'];

describe('the estimate scale of a template', () => {
  it("gives the QA Review's prescribed headings its four points, and no other template or panel a scale", () => {
    expect(findTemplate('qa-review')?.estimateScale).toEqual(qaScale);
    expect(estimateScaleOf('qa-review', { panel: false })).toEqual(qaScale);
    expect(estimateScaleOf('qa-review', { panel: true })).toEqual([]);
    for (const template of templates.filter((entry) => entry.id !== 'qa-review')) expect(estimateScaleOf(template.id, { panel: false })).toEqual([]);
    expect(estimateScaleOf('no-such-template', { panel: false })).toEqual([]);
  });

  it('reads a version 1 template (from before estimates) as one with no scale', () => {
    const v1 = { id: 'trust-own', name: 'Our trust', description: '', lanes: { strengths: 'Strengths', nextSteps: 'Next steps' }, headings: [{ title: 'Leadership' }] };
    const reading = readVersioned(templateKind, v1);
    expect(reading.ok && reading.value.estimateScale).toEqual([]);
  });

  it('refuses a scale that is not a list of distinct short points, and a template from a newer Washup', () => {
    const base = { v: 2, id: 'trust-own', name: 'Our trust', description: '', lanes: { strengths: 'S', nextSteps: 'N' }, headings: [{ title: 'Leadership' }] };
    let nested: unknown = 'Leading';
    for (let depth = 0; depth < 200; depth += 1) nested = [nested];
    for (const estimateScale of [['Leading', 'Leading'], ['x'.repeat(201)], [''], 'Leading', Array.from({ length: 9 }, (_, at) => `Point ${at}`), nested, [{ point: 'Leading' }]]) {
      expect(readVersioned(templateKind, { ...base, estimateScale }).ok, JSON.stringify(estimateScale).slice(0, 40)).toBe(false);
    }
    expect(readVersioned(templateKind, { ...base, estimateScale: qaScale }).ok).toBe(true);
    expect(readVersioned(templateKind, { ...base, v: 3, estimateScale: [] })).toEqual({ ok: false, problem: expect.stringContaining('newer Washup') });
  });
});
