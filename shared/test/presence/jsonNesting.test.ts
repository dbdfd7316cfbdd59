import { describe, expect, it } from 'vitest';
import { jsonNestingDepth } from '../../src/presence/jsonNesting';

describe('jsonNestingDepth', () => {
  it('counts the deepest nesting of arrays and objects', () => {
    expect(jsonNestingDepth('1')).toBe(0);
    expect(jsonNestingDepth('{"a":[1,{"b":[]}],"c":{}}')).toBe(4);
    expect(jsonNestingDepth('['.repeat(6000) + ']'.repeat(6000))).toBe(6000);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(jsonNestingDepth('{"a":"[[[{{{","b":"\\"[[["}')).toBe(1);
  });
});
