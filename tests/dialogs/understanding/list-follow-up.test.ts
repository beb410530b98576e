import { extractEntities } from '../../../src/dialogs/understanding/entities/extract-entities';
import { listFollowUpOf } from '../../../src/dialogs/understanding/list-follow-up';

// Issue 19: follow-ups that narrow or shift the last answer's list, or pick one of its rows.
// Paraphrases written for the mechanism, and wordings that are questions of their own.
const NOW = new Date('2026-12-04T15:00:00Z');
const ACCOUNTS = [
  { id: 'acc-acme', name: 'Acme Corporation' },
  { id: 'acc-globex', name: 'Globex' },
];
const REPS = [
  { id: 'u-sam', name: 'Sam Rivera' },
  { id: 'u-olivia', name: 'Olivia Chen' },
];
const TEAMS = [
  { id: 'Mid-Market', name: 'Mid-Market' },
  { id: 'Enterprise', name: 'Enterprise' },
];

function read(text: string) {
  const entities = extractEntities(text, {
    now: NOW,
    timeZone: 'UTC',
    accounts: ACCOUNTS,
    reps: REPS,
    teams: TEAMS,
  });
  return listFollowUpOf(text, entities, { now: NOW, timezone: 'UTC' });
}

describe('a follow-up that narrows or shifts the last list', () => {
  it.each<[string, Record<string, unknown>]>([
    ['only the ones in emea', { region: 'EMEA' }],
    ['just emea', { region: 'EMEA' }],
    ['what about APAC?', { region: 'APAC' }],
    ['filter those to europe please', { region: 'EMEA' }],
    ['and in latam?', { region: 'LATAM' }],
    ['what about last quarter', { period: { from: '2026-07-01', to: '2026-09-30' } }],
    ['how about next month?', { period: { from: '2027-01-01', to: '2027-01-31' } }],
    ['and for q3?', { period: { from: '2026-07-01', to: '2026-09-30' } }],
    ['same for last month', { period: { from: '2026-11-01', to: '2026-11-30' } }],
    ['the first quarter?', { period: { from: '2027-01-01', to: '2027-03-31' } }],
    ['only the deals over 200k', { minAmount: 200_000 }],
    ['only negotiation', { stages: ['negotiation'] }],
    ['just the ones in proposal', { stages: ['proposal'] }],
    ['over 100k only', { minAmount: 100_000 }],
    ['only those above $50k', { minAmount: 50_000 }],
    ['what about the ones under 20k', { maxAmount: 20_000 }],
    ['and for Olivia?', { owner: { rep: 'Olivia Chen' } }],
    ['what about olivia chen', { owner: { rep: 'Olivia Chen' } }],
    ['now for the mid-market team', { owner: { team: 'Mid-Market' } }],
    ['what about my team', { owner: { scope: 'team' } }],
    ['just mine', { owner: { scope: 'mine' } }],
    ['only the ones closing this month', { period: { from: '2026-12-01', to: '2026-12-31' } }],
    ['just those due next month', { period: { from: '2027-01-01', to: '2027-01-31' } }],
    ['only the emea ones in negotiation', { region: 'EMEA', stages: ['negotiation'] }],
  ])('"%s" refines the list by %j', (text, refinement) => {
    expect(read(text)).toMatchObject({ kind: 'refine', refinement });
  });

  // A breakdown asked of the last summary (its open pipeline stage by stage).
  it.each([
    'by stage?',
    'broken down by stage',
    'and per stage?',
    'split it by stage please',
    'what about stage by stage',
    'can you give me the stage breakdown',
    'how about for each stage',
    'and my team by stage',
  ])('"%s" asks the last summary by stage', (text) => {
    expect(read(text)).toMatchObject({ kind: 'refine', refinement: { byStage: true } });
  });

  // The records just listed, counted per value of another field (or ranked by owner or region).
  it.each<[string, string]>([
    ['by source', 'source'],
    ['break that down by source', 'source'],
    ['and split them by industry?', 'industry'],
    ['per country please', 'country'],
    ['ok now by type', 'type'],
    ['grouped by currency', 'currency'],
    ['by forecast category', 'forecastCategory'],
    ['and by rep', 'owner'],
    ['per owner?', 'owner'],
    ['what about by region', 'region'],
    ['by buying role', 'buyingRole'],
  ])('"%s" counts the last list by %s', (text, field) => {
    expect(read(text)).toMatchObject({ kind: 'refine', refinement: { byField: field } });
  });

  it.each(['sort that by amount', 'by close date', 'deals by sam', 'by the way, thanks'])(
    '"%s" is no breakdown of the last list',
    (text) => {
      const found = read(text);
      expect(found?.kind === 'refine' ? found.refinement.byField : undefined).toBeUndefined();
    },
  );

  it.each<[string, number]>([
    ['the second one', 1],
    ['2nd one', 1],
    ['tell me more about the third one', 2],
    ['what about number 4', 3],
    ['#5', 4],
    ['the last one', -1],
    ['ok and the first one?', 0],
    ['show me the second deal', 1],
  ])('"%s" picks row %i', (text, index) => {
    expect(read(text)).toEqual({ kind: 'pick', index });
  });

  it.each([
    'what about Globex?',
    'and the acme deals?',
    'what about my tasks',
    'how about a briefing on emea customers',
    'which deals close this month?',
    'deals in negotiation over 100k',
    'what happened last quarter with the renewals',
    'thanks',
    'how is emea doing',
    'log a call with olivia',
    'deals by stage',
    'what stage is it in',
    'how do stages work',
    'which deals moved stage this week',
  ])('"%s" is not a follow-up on the list', (text) => {
    expect(read(text)).toBeUndefined();
  });
});
