import { extractEntities } from '../../../src/dialogs/understanding/entities/extract-entities';
import { parseRecordQuestion } from '../../../src/dialogs/understanding/record-question';

// Issue 19, eighth round (w4a): whose records a question means when its only "me" or "i" is the
// asker's ("show me", "can i see"), and accounts counted per region. Several wordings per need, and
// wordings that must NOT be read that way.
/** Friday 4 December 2026, as in the conversation evaluation. */
const NOW = new Date('2026-12-04T15:00:00Z');
const entitiesOf = (text: string) =>
  extractEntities(text, { now: NOW, timeZone: 'UTC', accounts: [], contacts: [], reps: [] });
const parse = (text: string) => parseRecordQuestion(text, entitiesOf(text), { now: NOW, timezone: 'UTC' });

describe('the asker is not the owner', () => {
  it.each([
    'show me all open deals for the apac region closing this month',
    'give me the open deals in emea',
    'can i see the deals closing next month',
    'i need the open deals in latam',
    "i'd like to see every deal over 100k",
    'let me see the deals in negotiation',
    'pull up for me the deals closing this quarter',
  ])('"%s" leaves the owner to the role', (text) => {
    const question = parse(text);
    expect(question?.kind).toBe('query');
    expect(question?.kind === 'query' && question.ownerGiven).toBe(false);
  });

  it.each([
    'show me my open deals',
    'give me the deals i own closing this month',
    'can i see what i won this quarter',
    'i need my deals in negotiation',
    'show me the deals assigned to me',
  ])('"%s" still means the caller\'s own', (text) => {
    const question = parse(text);
    expect(question && 'query' in question && question.ownerGiven).toBe(true);
    expect(question && 'query' in question && question.query.owner).toEqual({ scope: 'mine' });
  });
});

describe('accounts counted per region', () => {
  it.each([
    'how many accounts do we have in each region',
    'how many accounts per region',
    'count of customers by region',
    'number of accounts in each region?',
    'how many accounts are there per region',
    'how many prospects by region',
  ])('"%s" counts accounts region by region', (text) => {
    const question = parse(text);
    const query = question?.kind === 'query' ? question.query : undefined;
    expect(query?.record).toBe('account');
    expect(query?.groupBy).toBe('region');
    expect(query?.region).toBeUndefined();
  });

  it.each([
    ['how many accounts in emea', 'EMEA'],
    ['how many customers do we have in apac', 'APAC'],
    ['list the accounts in latam', 'LATAM'],
  ])('"%s" is one region\'s accounts', (text, region) => {
    const question = parse(text);
    const query = question?.kind === 'query' ? question.query : undefined;
    expect(query?.record).toBe('account');
    expect(query?.groupBy).toBeUndefined();
    expect(query?.region).toBe(region);
  });

  it('deals per region stay deals ranked by region', () => {
    const question = parse('pipeline by region');
    expect(question?.kind === 'query' && question.query.record).toBe('deal');
  });
});
