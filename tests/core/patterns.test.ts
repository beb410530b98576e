import { patternOf } from '../../src/core/patterns';

describe('patternOf', () => {
  it('gives the same pattern for the same source and flags, and another for other flags', () => {
    const words = ['negotiation', 'proposal'];
    const first = patternOf(String.raw`\b(?:${words.join('|')})\b`, 'i');
    expect(patternOf(String.raw`\b(?:${words.join('|')})\b`, 'i')).toBe(first);
    expect(patternOf(String.raw`\b(?:${words.join('|')})\b`)).not.toBe(first);
    expect(first.test('Deals in NEGOTIATION')).toBe(true);
    expect(first.test('deals in prospecting')).toBe(false);
  });

  it('reads the same after earlier reads, as a pattern built again would', () => {
    const pattern = patternOf(String.raw`\bclos(?:e|ing)\s+(\w+)`);
    expect(pattern.exec('deals closing friday')?.[1]).toBe('friday');
    expect(pattern.exec('what is closing monday')?.[1]).toBe('monday');
    expect(pattern.lastIndex).toBe(0);
  });

  it('refuses patterns that keep state between reads (g, y)', () => {
    expect(() => patternOf('a', 'g')).toThrow(/keeps state/);
    expect(() => patternOf('a', 'iy')).toThrow(/keeps state/);
  });
});
