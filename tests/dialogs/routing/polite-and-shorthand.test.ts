import { withoutCourtesy } from '../../../src/dialogs/routing/courtesy-words';
import { withShorthandWrittenOut } from '../../../src/dialogs/routing/sales-shorthand';
import { isCallListRequest } from '../../../src/dialogs/routing/call-list-requests';
import {
  figureQuestionOf,
  winChanceQuestionInDocumentWords,
} from '../../../src/dialogs/routing/how-it-works-questions';
import { isForecastAsk } from '../../../src/dialogs/understanding/forecast-question';
import { extractPeriodsAndDates } from '../../../src/dialogs/understanding/entities/periods';
import { interactionDraftFrom } from '../../../src/dialogs/intents/crm-write-requests';

// Issue 19, eleventh round (W10-P): the polite wrapper around a request says nothing about what is
// asked, and sales shorthand is the words the readers know.
describe('the polite wrapper is transparent', () => {
  it.each([
    [
      'Could you tell me which of my deals are due to close before Christmas, please?',
      'which of my deals are due to close before Christmas?',
    ],
    [
      'Would you mind telling me what stage the Hooli sales team pilot is at?',
      'what stage the Hooli sales team pilot is at?',
    ],
    ['And when is it expected to close, please?', 'And when is it expected to close?'],
    [
      'Could you kindly explain how the chance of winning is worked out?',
      'explain how the chance of winning is worked out?',
    ],
    [
      'I was wondering which accounts I ought to call this week, if you have a moment?',
      'which accounts I ought to call this week?',
    ],
    ['Could you list my deals that close this month, please?', 'list my deals that close this month?'],
    ['Only the ones in negotiation, if you would.', 'Only the ones in negotiation.'],
    ['i was wondering if you could tell me who owns acme', 'who owns acme'],
    ['hi, could you show me my open deals when you get a chance', 'hi, show me my open deals'],
    ['would you be so kind as to list my tasks', 'list my tasks'],
    ['can u pls let me know what the initech renewal is worth', 'what the initech renewal is worth'],
    ['please show my pipeline', 'show my pipeline'],
  ])('"%s" → "%s"', (said, plain) => {
    expect(withoutCourtesy(said)).toBe(plain);
  });

  it.each([
    'please',
    'thanks',
    'no thanks',
    'can you integrate with slack?',
    'would you mind if I asked about pricing',
    'could you log a call with jane at initech',
    'what can you do?',
    'tell me about acme',
  ])('"%s" is kept as it is', (said) => {
    expect(withoutCourtesy(said)).toBe(said);
  });
});

describe('sales shorthand written out', () => {
  it.each([
    ['wins mtd', 'deals won this month'],
    ['wins last mo', 'deals won last month'],
    ['my wins this qtr', 'my deals won this quarter'],
    ['neg stage $', 'negotiation stage total'],
    ['deals in neg', 'deals in negotiation'],
    ['pipeline ytd', 'pipeline this year'],
    ['bookings qtd', 'bookings this quarter'],
    // Thirteenth round (w14r): money signs or words after "by" rank by the amount.
    ['@crmpro top 5 deals by $$ pls :moneybag:', '@crmpro top 5 deals by amount pls :moneybag:'],
    ['top deals by $', 'top deals by amount'],
    ['biggest opps by $$$', 'biggest opps by amount'],
    ['my deals sorted by £££', 'my deals sorted by amount'],
    ['top 3 deals by money', 'top 3 deals by amount'],
    ['Top 10 Deals By Dollars', 'Top 10 Deals By amount'],
    ['top 5 deals by :moneybag:', 'top 5 deals by amount'],
    // Sixteenth round (w17f): the biggest deals in sales slang.
    ['who are my whales', 'what are my biggest deals'],
    ["who're the team's big fish", "what are the team's biggest deals"],
    ['Whales?', 'biggest deals?'],
    ['our big fish this quarter', 'our biggest deals this quarter'],
    ['show me the team whales in emea', 'show me the team biggest deals in emea'],
    ['my 3 biggest whales', 'my 3 biggest deals'],
    ['top 5 whale deals', 'top 5 deals'],
    ['any elephants in my pipeline', 'any biggest deals in my pipeline'],
  ])('"%s" → "%s"', (said, plain) => {
    expect(withShorthandWrittenOut(said)).toBe(plain);
  });

  it.each([
    'how much is $5k in eur',
    'neg feedback from acme',
    'wins',
    'acme wins',
    'modem issues',
    'mtdx report',
    'deals worth more than $50k',
    'deals over $$50k',
    'top 5 deals by win chance',
    'paid by dollars or euros?',
    'whale watching trip with acme',
    'the fish and chips place',
  ])('"%s" is kept as it is', (said) => {
    expect(withShorthandWrittenOut(said)).toBe(said);
  });
});

describe('asked indirectly', () => {
  it.each([
    'which accounts I ought to call this week',
    'which customers i should reach out to today',
    'what accounts i need to call',
  ])('"%s" asks for the call list', (text) => {
    expect(isCallListRequest(text)).toBe(true);
  });

  it.each([
    'explain how the chance of winning on my deals is worked out',
    'how the win probability on my deals is calculated',
    'explain how the odds are determined',
  ])('"%s" asks how the lead score is worked out', (text) => {
    expect(figureQuestionOf(text)).toBe('win chance');
    expect(winChanceQuestionInDocumentWords(text)).toBe('how is the lead score worked out');
  });

  it.each(['when is it expected to close?', 'when is the initech renewal expected to close'])(
    '"%s" asks a deal\'s day, not the forecast',
    (text) => {
      expect(isForecastAsk(text)).toBe(false);
    },
  );
  it('"what are we expected to close this quarter" is still the forecast', () => {
    expect(isForecastAsk('what are we expected to close this quarter')).toBe(true);
  });
});

describe('holidays are days', () => {
  const context = { now: new Date('2026-12-05T10:00:00Z'), timeZone: 'UTC' };
  it.each([
    ['deals closing before christmas', '2026-12-25'],
    ['by xmas eve', '2026-12-24'],
    ["due before new year's eve", '2026-12-31'],
    ["after new year's day", '2027-01-01'],
    ['by halloween', '2027-10-31'],
  ])('"%s" is %s', (text, day) => {
    expect(extractPeriodsAndDates(text, context).dates[0]?.date).toBe(day);
  });
  it('a past question takes the latest one', () => {
    expect(
      extractPeriodsAndDates('what closed by halloween', { ...context, prefer: 'past' }).dates[0]?.date,
    ).toBe('2026-10-31');
  });
});

describe('a call logged in two sentences', () => {
  const clock = { now: new Date('2026-12-05T10:00:00Z'), timezone: 'UTC' };
  const understanding = {
    intent: 'log_interaction',
    confidence: 0.9,
    entities: {
      accounts: [{ text: 'Globex', name: 'Globex', score: 1 }],
      contacts: [],
      products: [],
      people: [],
      dates: [],
      periods: [],
      dealStages: [],
    },
  };
  it('the second sentence is what was discussed, "for me" names nobody', () => {
    const draft = interactionDraftFrom(
      'Could you please log a call with Globex for me? We discussed the renewal pricing.',
      understanding as never,
      {} as never,
      clock as never,
    );
    expect(draft).toMatchObject({ accountMention: 'Globex', summary: 'We discussed the renewal pricing' });
    expect(draft.contactMention).toBeUndefined();
  });
  it('a name with a full stop inside stays whole before "about"', () => {
    const draft = interactionDraftFrom(
      'log a call with Jane at Globex about pricing. She wants a discount',
      understanding as never,
      {} as never,
      clock as never,
    );
    expect(draft.contactMention).toBe('Jane');
    expect(draft.summary).toMatch(/^pricing/);
  });
});

// Issue 19, seventeenth round (w18r): CRM abbreviations read as their words: an account ("acct"),
// the point of contact ("POC @ initech"), "@" between words, a case's priority ("prio"), an amount
// ("amt"). "POC" is a point of contact only where a person at an account is asked ("proof of
// concept" stays as said), "@" only between spaces (an e-mail address or a bot mention is kept).
describe('CRM abbreviations written out (seventeenth round)', () => {
  it.each([
    ['who owns the stark acct', 'who owns the stark account'],
    ['how many accts do i own', 'how many accounts do i own'],
    ['Acct owner for Initech?', 'account owner for Initech?'],
    ['POC @ initech?', 'point of contact at initech?'],
    ['whos the poc at globex', 'whos the point of contact at globex'],
    ['who is our POC for wayne enterprises', 'who is our point of contact for wayne enterprises'],
    ['main poc over at hooli?', 'main point of contact over at hooli?'],
    ['deals @ acme', 'deals at acme'],
    ['any urgent or high prio cases open rn?', 'any urgent or high priority cases open rn?'],
    ['high-prio tickets', 'high-priority tickets'],
    ['open a case for hooli: exports fail, high prio', 'open a case for hooli: exports fail, high priority'],
    [
      "the initech opp in negotiation - what's the amt?",
      "the initech opp in negotiation - what's the amount?",
    ],
    ['wayne enterprsies renewl whats the amt', 'wayne enterprsies renewal whats the amount'],
    ['whats the ACV on the soylent opps', 'whats the amount on the soylent opps'],
    ['top 3 opps by acv', 'top 3 opps by amount'],
  ])('"%s" → "%s"', (said, plain) => {
    expect(withShorthandWrittenOut(said)).toBe(plain);
  });

  it.each([
    'log a call w/ jane cooper at initech',
    'mail jane.cooper@initech.com the quote',
    '@crmpro yo whats up w/ initech :eyes:',
    'the acme poc deal',
    'how is the poc going at hooli',
    'is the poc stage in the pipeline',
    'priority of case 1203',
    'amtrak deals',
    'account owner for initech',
    'total open ARR in my name?',
    'acvd deals',
  ])('"%s" is kept as it is', (said) => {
    expect(withShorthandWrittenOut(said)).toBe(said);
  });
});
