import { extractEntities } from '../../../src/dialogs/understanding/entities/extract-entities';
import { listFollowUpOf } from '../../../src/dialogs/understanding/list-follow-up';

// Issue 19, eleventh round (W9-G): right after accounts were counted or listed ("how many accounts
// do i own"), a follow-up that names a status ("how many of them are prospects", "only the
// customers") narrows those accounts, counted when it asks how many. Wordings of the need in other
// words, and messages that are questions of their own.
const NOW = new Date('2026-12-04T15:00:00Z');

function read(text: string) {
  const entities = extractEntities(text, {
    now: NOW,
    timeZone: 'UTC',
    accounts: [{ id: 'acc-acme', name: 'Acme Corporation' }],
    reps: [{ id: 'u-sam', name: 'Sam Rivera' }],
    teams: [{ id: 'Enterprise', name: 'Enterprise' }],
  });
  return listFollowUpOf(text, entities, { now: NOW, timezone: 'UTC' });
}

describe('narrowing the accounts just shown by their status', () => {
  it.each<[string, string, boolean]>([
    ['how many of them are prospects', 'prospect', true],
    ['how many of those are customers?', 'customer', true],
    ['and how many are prospects', 'prospect', true],
    ['which of them are prospects', 'prospect', false],
    ['only the customers', 'customer', false],
    ['just the prospects please', 'prospect', false],
    ['which ones churned', 'churned', false],
    ['how many of these are paying customers', 'customer', true],
    ['of those, how many are clients', 'customer', true],
  ])('"%s" keeps %s accounts (counted: %s)', (text, accountStatus, counted) => {
    expect(read(text)).toEqual({
      kind: 'refine',
      refinement: { accountStatus, ...(counted ? { count: true } : {}) },
    });
  });

  it('a status goes with a region ("how many of them are customers in emea")', () => {
    expect(read('how many of them are customers in emea')).toEqual({
      kind: 'refine',
      refinement: { accountStatus: 'customer', region: 'EMEA', count: true },
    });
  });

  it.each([
    'how many customers do we have',
    'how many prospects do i have in emea',
    'list my customers',
    'who are our biggest customers',
    'how many of them',
    'how many deals are in negotiation',
    'which customers churned last quarter',
    'prospects to call today',
  ])('"%s" is no such narrowing', (text) => {
    const reading = read(text);
    const refinement = reading?.kind === 'refine' ? reading.refinement : {};
    expect(refinement).not.toHaveProperty('accountStatus');
    expect(refinement).not.toHaveProperty('count');
  });
});
