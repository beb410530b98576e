import { FeatureSpace } from '../../../src/ml/nlu/feature-space';
import { stratifiedFolds } from '../../../src/ml/nlu/cross-validation';
import { normaliseMessage, wordTokens } from '../../../src/ml/nlu/text-normaliser';
import { expandTemplates, withTypo } from '../../../src/ml/nlu/utterance-templates';
import { SeededRandom } from '../../../src/core/seeded-random';

describe('features', () => {
  it('normalises Slack markup, accents, digits, e-mails and quotes', () => {
    expect(wordTokens(normaliseMessage('<@U123ABC> Café deal $25k ‘Q3’ for jane@acme.com'))).toEqual([
      '@',
      'user',
      'cafe',
      'deal',
      '$',
      '00k',
      'q0',
      'for',
      'emailplaceholder',
    ]);
  });

  it('gives L2-normalised word and character blocks and ignores unknown terms', () => {
    const space = FeatureSpace.fit(['open deals for acme', 'top leads today', 'open the pipeline']);
    const vector = space.vectorise('open deals zzzz');
    const norm = Array.from(vector.values).reduce((sum, v) => sum + v * v, 0);
    expect(norm).toBeCloseTo(2, 5); // word block 1 + character block 1
    const unknown = space.vectorise('qqqq');
    expect(unknown.indices.length).toBe(0);
  });
});

describe('stratified folds', () => {
  it('spreads every label evenly over the folds', () => {
    const labels = [...Array(50).fill('a'), ...Array(23).fill('b')] as string[];
    const folds = stratifiedFolds(labels, 5, 1);
    for (const label of ['a', 'b']) {
      const counts = [0, 0, 0, 0, 0];
      labels.forEach((l, i) => l === label && counts[folds[i]!]!++);
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    }
  });
});

describe('utterance templates', () => {
  it('fills slots, keeps the template as the group and adds typo copies', () => {
    const rows = expandTemplates(
      [{ intent: 'briefing', template: 'brief me on {account}', line: 3 }],
      { account: ['Acme', 'Globex', 'Initech'] },
      { variantsPerTemplate: 3, typoShare: 1, seed: 1 },
    );
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) {
      expect(row.label).toBe('briefing');
      expect(row.group).toBe('briefing:3');
    }
    expect(rows.some((row) => !row.text.startsWith('brief me on'))).toBe(true);
  });

  it('makes one small edit for a typo', () => {
    const typo = withTypo('show the pipeline', new SeededRandom(4));
    expect(typo).not.toBe('show the pipeline');
    expect(Math.abs(typo.length - 'show the pipeline'.length)).toBeLessThanOrEqual(1);
  });
});
