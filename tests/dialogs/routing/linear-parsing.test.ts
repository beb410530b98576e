import { interactionDraftFrom, stageDraftFrom } from '../../../src/dialogs/intents/crm-write-requests';
import { movementOf } from '../../../src/dialogs/intents/insight-handlers';
import { PatternUnderstander } from '../../../src/dialogs/routing/pattern-understander';
import { wordsAfterPreposition } from '../../../src/dialogs/routing/words-after-preposition';
import {
  extractPhones,
  PHONE_SEARCH_CHARS,
} from '../../../src/dialogs/understanding/entities/contact-details';
import { MAX_NAME_SEARCH_WORDS, NameMatcher } from '../../../src/dialogs/understanding/entities/name-matcher';

/**
 * The parsers rewritten to run in linear time (issue 13) read ordinary messages as before; the
 * bounds they now have (names in the first 64 words, phone numbers in the first 500 characters)
 * are where the tests say.
 */
const understander = new PatternUnderstander();
const clock = { now: new Date('2026-03-15T12:00:00Z'), timezone: 'UTC' };

describe('account questions by phrasing', () => {
  it('takes the account up to the closing spaces and punctuation, however many', async () => {
    for (const text of [
      'tell me about Acme Corp',
      'tell me about Acme Corp?!',
      'tell me about Acme Corp  ?! ',
    ]) {
      expect(await understander.understand(text)).toMatchObject({
        intent: 'briefing',
        accountMention: 'Acme Corp',
      });
    }
    expect(await understander.understand("show me globex's open deals?")).toMatchObject({
      intent: 'deal_lookup',
      accountMention: 'globex',
    });
  });

  it('answers a message of 4,000 spaces between the words in time', async () => {
    const started = Date.now();
    const result = await understander.understand(`who is the contact at x${' '.repeat(3_990)}?\n§`);
    expect(Date.now() - started).toBeLessThan(250);
    expect(result.intent).toBe('oos');
  });
});

describe('the words after a preposition', () => {
  it('reads capitalised words to the end, dropping "the"', () => {
    expect(wordsAfterPreposition('open deals for Acme Corp?')).toBe('Acme Corp');
    expect(wordsAfterPreposition('any news from the Initech Group.')).toBe('Initech Group.');
    expect(wordsAfterPreposition('deals for acme Corp')).toBe('acme Corp');
    expect(wordsAfterPreposition('deals for acme corp')).toBeUndefined();
    expect(wordsAfterPreposition('deals for Acme and more')).toBeUndefined();
  });
});

describe('write requests', () => {
  const understanding = { intent: 'log_interaction', confidence: 0.9 };
  const memory = {};

  it('finds the follow-up clause on the last line, and the subject after "about"', () => {
    const draft = interactionDraftFrom(
      'log a call with Jane at Initech about the renewal, follow up next Friday',
      understanding,
      memory,
      clock,
    );
    expect(draft).toMatchObject({ type: 'call', contactMention: 'Jane', summary: 'the renewal' });
    expect(draft.followUp?.due).toBe('2026-03-20');
    const twoLines = interactionDraftFrom(
      'log a meeting at Initech: roadmap\nfollow up in May',
      understanding,
      memory,
      clock,
    );
    expect(twoLines.summary).toBe('roadmap');
    expect(twoLines.followUp?.due).toBe('2026-05-01');
  });

  it('reads the deal to move or reopen', () => {
    expect(
      stageDraftFrom('move the Acme anvil renewal from proposal to closed won', understanding, memory),
    ).toMatchObject({
      dealMention: 'Acme anvil renewal',
      stage: 'closed_won',
    });
    expect(stageDraftFrom('reopen the Globex deal?', understanding, memory)).toMatchObject({
      reopen: true,
      dealMention: 'Globex',
    });
  });

  it('reads segment movements', () => {
    expect(movementOf('who moved from Loyal to At risk this month?')).toEqual({
      fromSegment: 'Loyal',
      toSegment: 'At risk',
    });
  });
});

describe('bounded readers', () => {
  it('looks for names in the first 64 words only', () => {
    const matcher = new NameMatcher([{ id: 'a1', name: 'Initech LLC' }]);
    expect(matcher.find('brief me on initec')[0]).toMatchObject({ id: 'a1' });
    const filler = 'word '.repeat(MAX_NAME_SEARCH_WORDS);
    expect(matcher.find(`${filler}initech`)).toEqual([]);
    expect(matcher.find(`${'word '.repeat(MAX_NAME_SEARCH_WORDS - 1)}initech`)[0]).toMatchObject({
      id: 'a1',
    });
  });

  it('looks for phone numbers in the first 500 characters, without cutting one in two', () => {
    const number = '+1 415 555 0100';
    expect(extractPhones(`call ${number}`)[0]?.e164).toBe('+14155550100');
    const late = `${'a'.repeat(PHONE_SEARCH_CHARS - 8)} ${number}`;
    expect(extractPhones(late)).toEqual([]);
    expect(extractPhones(`${'x '.repeat(300)}${number}`)).toEqual([]);
  });
});
