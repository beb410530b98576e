import {
  bareCorrectionOf,
  correctedQuestionOf,
  correctionOf,
} from '../../../src/dialogs/routing/correction-words';
import { correctedQuestion } from '../../../src/dialogs/understanding/corrected-question';
import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, twentieth round (w21b): a correction in the middle of a conversation asks the last
// question again with the one part it changes.

const NOW = new Date('2026-12-04T15:00:00Z');
const { entitiesOf } = recordQuestionReader(NOW, {
  accounts: [
    { id: 'a-wayne', name: 'Wayne Enterprises' },
    { id: 'a-globex', name: 'Globex' },
    { id: 'a-initech', name: 'Initech' },
    { id: 'a-stark', name: 'Stark Industries' },
    { id: 'a-umbrella', name: 'Umbrella Corporation' },
  ],
  reps: [
    { id: 'u-sam', name: 'Sam Rivera' },
    { id: 'u-olivia', name: 'Olivia Chen' },
  ],
});
// Every question reads as the same kind here; the chat tests check a changed reading.
const read = async (text: string) => ({ intent: 'question', entities: entitiesOf(text) });
// The account the last answer was about: the one the last question names.
const shown = (text: string) => entitiesOf(text).accounts[0]?.id;
const again = (last: string, meant: string) =>
  correctedQuestion(
    { text: last, entities: entitiesOf(last) },
    { text: meant, entities: entitiesOf(meant) },
    shown(last),
  );

describe('more ways to start or mark a correction', () => {
  it.each([
    ['I said last month', 'what about last month'],
    ['actually make that stark industries', 'what about stark industries'],
    ['change that to globex', 'what about globex'],
    ['i said initech, not globex', 'what about initech'],
    ['scratch that, I meant Q3', 'what about Q3'],
    ['wrong account - i meant umbrella', 'what about umbrella'],
  ])('%s → %s', (said, meant) => {
    expect(correctionOf(said)).toBe(meant);
  });
});

describe('a correction word followed by what was meant alone', () => {
  it.each([
    ['no wait, globex', 'globex'],
    ['oops, wrong one - initech', 'initech'],
    ['no, this quarter', 'this quarter'],
    ['nope - stark industries', 'stark industries'],
    ['my mistake, last week', 'last week'],
    ['wrong period: Q3', 'Q3'],
  ])('%s → %s', (said, rest) => {
    expect(bareCorrectionOf(said)).toBe(rest);
  });

  it.each([
    'no thanks',
    'no, cancel',
    'sorry, what can you do?',
    'oops, typo',
    'no worries',
    'actually, show me my tasks for today please',
    'no, that is fine',
    'wait',
    'sorry, I missed your message earlier today',
    'no I meant initech', // a marked correction: correctionOf reads it
  ])('%s is none', (said) => {
    expect(bareCorrectionOf(said)).toBeUndefined();
  });
});

describe('the last question with the one part corrected', () => {
  it.each([
    ['open deals for wayne', 'globex', 'open deals for globex'],
    ['who is our contact at Initech?', 'stark industries', 'who is our contact at stark industries?'],
    ['how much did i win this month', 'last month', 'how much did i win last month'],
    ['how many deals did we lose last quarter', 'this quarter', 'how many deals did we lose this quarter'],
    ['forecast for my team this quarter', 'for sam', 'forecast for sam this quarter'],
    ["what is olivia's pipeline", 'sam', "what is sam's pipeline"],
    ['open deals at initech', 'the closed ones', 'closed deals at initech'],
    ['won deals this quarter', 'lost', 'lost deals this quarter'],
  ])('%s + %s → %s', (last, meant, question) => {
    expect(again(last, meant)).toBe(question);
  });

  it.each([
    ['open deals for wayne', 'wayne'], // nothing changes
    ['how much did i win this month', 'globex'], // the question names no account to change
    ['my tasks', 'last month'], // nor a period
    ['open deals at initech', 'the big ones'], // no part it names
    ['deals won or lost this quarter', 'the open ones'], // which state would change is unclear
  ])('%s + %s → none', (last, meant) => {
    expect(again(last, meant)).toBeUndefined();
  });
});

describe('what a correction or a follow-up naming someone else asks', () => {
  it.each([
    ['no wait, globex', 'open deals for wayne', 'open deals for globex'],
    ['no, I meant initech', 'open deals for wayne', 'open deals for initech'],
    ['no, this quarter', 'how much did i win last quarter', 'how much did i win this quarter'],
    ['and for sam?', 'forecast for my team this quarter', 'forecast for sam this quarter'],
    ['what about olivia', "what's sam's pipeline", "what's olivia's pipeline"],
    ['oops, wrong one - initech', undefined, 'what about initech'],
    ['sorry, last quarter', undefined, 'what about last quarter'],
    ['wait, just the open deals', 'deals at initech', 'just the open deals'],
  ])('%s after %s → %s', async (said, last, question) => {
    expect(await correctedQuestionOf(said, last, read, last && shown(last))).toBe(question);
  });

  it.each([
    ['oops, typo', 'open deals for wayne'],
    ['no, the blue one', 'open deals for wayne'],
    ['and for globex?', 'forecast for my team this quarter'], // an account: not someone else
    ['what about next steps', 'open deals for wayne'],
    ['no thanks', 'how much did i win this month'],
  ])('%s after %s → none', async (said, last) => {
    expect(await correctedQuestionOf(said, last, read, shown(last))).toBeUndefined();
  });
});

describe('the last question asked again only while it reads as the same question', () => {
  it('changes only the account the last answer was about', () => {
    const last = "how's globex looking";
    const question = { text: last, entities: entitiesOf(last) };
    const meant = { text: 'initech', entities: entitiesOf('initech') };
    expect(correctedQuestion(question, meant, 'a-globex')).toBe("how's initech looking");
    expect(correctedQuestion(question, meant, undefined)).toBeUndefined();
    expect(correctedQuestion(question, meant, 'a-wayne')).toBeUndefined();
  });

  it('falls back to the follow-up when the changed question reads otherwise', async () => {
    const readAs = async (text: string) => ({
      intent: /initech.*looking/i.test(text) ? 'forecast' : 'briefing',
      entities: entitiesOf(text),
    });
    expect(await correctedQuestionOf('sorry, initech', "how's globex looking", readAs, 'a-globex')).toBe(
      'what about initech',
    );
    expect(await correctedQuestionOf('no wait, initech', 'open deals for wayne', readAs, 'a-wayne')).toBe(
      'open deals for initech',
    );
  });
});

// Issue 19, twenty-second round (w23c): a correction that names another deal of the same account.
describe('another deal of the same account: the question asked again about it', () => {
  it.each([
    [
      'when does the wayne integration deal close',
      'the annual renewal',
      'when does the wayne annual renewal deal close',
    ],
    [
      'tell me about the wayne multi-year renewal q1 2027',
      'the annual renewal',
      'tell me about the wayne annual renewal',
    ],
    [
      "what's the globex new region rollout worth",
      'the multi-year renewal one',
      "what's the globex multi-year renewal worth",
    ],
    [
      'what stage is the initech seat expansion in',
      'the premium support upgrade',
      'what stage is the initech premium support upgrade in',
    ],
    ['stark industries data integration amount', 'the q1 renewal', 'stark industries q1 renewal amount'],
  ])('"%s" → "%s" asks "%s"', (last, meant, expected) => {
    expect(again(last, meant)).toBe(expected);
  });

  it.each([
    ['when does the wayne integration deal close', 'the integration'],
    ['open deals for wayne', 'the annual renewal'],
    ['when does the wayne integration deal close', 'last quarter'],
    ['what did i lose last month', 'the annual renewal'],
  ])('"%s" → "%s" changes no deal', async (last, meant) => {
    const asked = again(last, meant);
    expect(asked === undefined || !/renewal/.test(asked) || /renewal/.test(last)).toBe(true);
  });

  it.each([
    ['no the annual renewal', 'when does the wayne integration deal close'],
    ['not that one, the annual renewal', 'tell me about the wayne multi-year renewal q1 2027'],
    ['sorry, i meant the seat expansion', 'whats the initech premium support upgrade worth'],
  ])('reads "%s" after "%s" as the same question about that deal', async (said, last) => {
    const asked = await correctedQuestionOf(said, last, read, shown(last));
    expect(asked).toMatch(/renewal|expansion/);
    expect(asked).not.toMatch(/^what about/);
  });
});
