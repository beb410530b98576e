import { NUMBER_WORDS, numberSaid, numberWordsBetween } from '../../src/vocabulary';

describe('number words', () => {
  it('reads numbers said in digits or words, in any case', () => {
    expect(numberSaid('12')).toBe(12);
    expect(numberSaid('twelve')).toBe(12);
    expect(numberSaid('Seventeen')).toBe(17);
    expect(numberSaid('ninety')).toBe(90);
    expect(numberSaid('dozens')).toBeUndefined();
    expect(numberSaid('')).toBeUndefined();
  });

  it('gives the words between two values, longest first, so a longer word is never cut short', () => {
    const words = numberWordsBetween(1, 20).split('|');
    expect(words).toHaveLength(20);
    expect(words.indexOf('seventeen')).toBeLessThan(words.indexOf('seven'));
    expect(numberWordsBetween(2, 10).split('|').sort()).toEqual(
      ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'].sort(),
    );
    const pattern = new RegExp(`^(${numberWordsBetween(1, 100)})$`);
    for (const [word, value] of Object.entries(NUMBER_WORDS)) {
      expect(pattern.test(word)).toBe(true);
      expect(numberSaid(word)).toBe(value);
    }
  });
});
