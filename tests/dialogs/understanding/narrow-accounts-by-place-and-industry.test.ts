import { extractEntities } from '../../../src/dialogs/understanding/entities/extract-entities';
import { listFollowUpOf } from '../../../src/dialogs/understanding/list-follow-up';

// Issue 19, sixteenth round (w17m): right after accounts were listed or counted ("uk customers",
// "how many accounts in germany"), a follow-up that names an industry, a country or a status said
// last ("only the software ones", "just the german ones", "prospects only") narrows those accounts.
// Wordings of the need in other words, typos and lower case, and messages that must not read so.
const NOW = new Date('2026-12-04T15:00:00Z');

function read(text: string) {
  const entities = extractEntities(text, {
    now: NOW,
    timeZone: 'UTC',
    accounts: [
      { id: 'acc-acme', name: 'Acme Corporation' },
      { id: 'acc-hooli', name: 'Hooli' },
    ],
    reps: [{ id: 'u-sam', name: 'Sam Rivera' }],
    teams: [{ id: 'Enterprise', name: 'Enterprise' }],
    industries: [
      { id: 'Software', name: 'Software' },
      { id: 'Healthcare', name: 'Healthcare' },
      { id: 'Manufacturing', name: 'Manufacturing' },
    ],
  });
  return listFollowUpOf(text, entities, { now: NOW, timezone: 'UTC' });
}

describe('narrowing the accounts just shown by industry or country', () => {
  it.each<[string, Record<string, unknown>]>([
    ['only software ones', { industry: 'Software' }],
    ['just the software ones', { industry: 'Software' }],
    ['software only', { industry: 'Software' }],
    ['only the healthcare companies please', { industry: 'Healthcare' }],
    ['which of them are in manufacturing', { industry: 'Manufacturing' }],
    ['only the german ones', { country: 'Germany' }],
    ['just uk', { country: 'United Kingdom' }],
    ['only the ones in the netherlands', { country: 'Netherlands' }],
    ['what about france', { country: 'France' }],
    ['and in germany?', { country: 'Germany' }],
    ['how many of them are in germany', { country: 'Germany', count: true }],
    ['only the software ones in emea', { industry: 'Software', region: 'EMEA' }],
  ])('"%s" narrows to %j', (text, refinement) => {
    expect(read(text)).toEqual({ kind: 'refine', refinement });
  });
});

describe('a status said last narrows the accounts just shown', () => {
  it.each<[string, string]>([
    ['prospects only', 'prospect'],
    ['customers only', 'customer'],
    ['Prospects only please', 'prospect'],
    ['churned ones only', 'churned'],
    ['just customers', 'customer'],
    ['clients only?', 'customer'],
  ])('"%s" keeps %s accounts', (text, accountStatus) => {
    expect(read(text)).toEqual({ kind: 'refine', refinement: { accountStatus } });
  });
});

describe('messages that are no such narrowing', () => {
  it.each([
    'software companies in germany',
    'how many accounts in germany',
    'german customers with open deals',
    'tell me about hooli',
    'what do we sell to software companies',
    'prospects to call today',
    'only the hooli ones',
  ])('"%s" names no industry or country to narrow by', (text) => {
    const reading = read(text);
    const refinement = reading?.kind === 'refine' ? reading.refinement : {};
    expect(refinement).not.toHaveProperty('industry');
    expect(refinement).not.toHaveProperty('country');
  });
});
