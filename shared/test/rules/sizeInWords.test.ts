import { describe, expect, it } from 'vitest';
import { sizeInWords } from '../../src/rules';

describe('a size in words', () => {
  it('counts in 1024s as file browsers do, to one decimal, without a trailing zero', () => {
    expect(sizeInWords(0)).toBe('0 bytes');
    expect(sizeInWords(1023)).toBe('1023 bytes');
    expect(sizeInWords(1024)).toBe('1 KB');
    expect(sizeInWords(300 * 1024)).toBe('300 KB');
    expect(sizeInWords(8 * 1024 * 1024)).toBe('8 MB');
    expect(sizeInWords(2.5 * 1024 * 1024)).toBe('2.5 MB');
    expect(sizeInWords(128 * 1024 * 1024)).toBe('128 MB');
    expect(sizeInWords(3 * 1024 ** 3)).toBe('3 GB');
  });
});
