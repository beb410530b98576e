import { extractDealStages } from '../../../src/dialogs/understanding/entities/deal-stages';
import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, twenty-second round (w23b), from last round's review: "top 3 deals in each region" is
// the biggest deals of each group (the group is a filter, as "top 3 deals in negotiation" is), not
// the ranking by win chance that top deals without a filter stay; and "qualified leads" are leads of
// that status, not deals in the qualification stage.
const NOW = new Date('2026-12-04T15:00:00Z');
const { queryOf } = recordQuestionReader(NOW, {
  accounts: [{ id: 'acc-acme', name: 'Acme Corporation' }],
  reps: [{ id: 'u-sam', name: 'Sam Rivera' }],
});

describe('top deals of each group', () => {
  it.each<[string, 'region' | 'owner', number]>([
    ['top 3 deals in each region', 'region', 3],
    ['top two deals per rep this quarter', 'owner', 2],
    ['top 5 opps for every region', 'region', 5],
    ['show me the top 3 deals for each rep on the team', 'owner', 3],
  ])('"%s": the biggest of each %s', (text, groupBy, limit) => {
    expect(queryOf(text)).toMatchObject({ eachGroup: true, groupBy, limit, order: 'biggest' });
  });

  it.each(['top 5 team deals', 'my top deals', 'top 3 deals'])(
    '"%s" stays the ranking by win chance (no record question)',
    (text) => {
      expect(queryOf(text)).toBeUndefined();
    },
  );
});

describe('stage words before leads', () => {
  it.each([
    'qualified leads?',
    'how many qualified leads do we have',
    'cold leads this week',
    'qualified-leads',
  ])('"%s" names no deal stage', (text) => {
    expect(extractDealStages(text)).toEqual([]);
  });

  it.each(['deals in qualification', 'qualified deals', 'anything qualified this week', 'cold deals'])(
    '"%s" still names a stage',
    (text) => {
      expect(extractDealStages(text).length).toBe(1);
    },
  );
});
