import { extractEntities } from '../../../src/dialogs/understanding/entities/extract-entities';
import { oneToOnePrepOf } from '../../../src/dialogs/understanding/one-to-one-prep';

// Issue 19 (eighth round, W4c): a manager getting ready for a one-to-one with a rep. Paraphrases of
// the need written for the mechanism, and wordings that must not read as one.
const NOW = new Date('2026-12-04T15:00:00Z');

function read(text: string) {
  const entities = extractEntities(text, {
    now: NOW,
    timeZone: 'UTC',
    accounts: [
      { id: 'acc-acme', name: 'Acme Corporation' },
      { id: 'acc-globex', name: 'Globex' },
    ],
    contacts: [{ id: 'c-jane', name: 'Jane Cooper' }],
    reps: [
      { id: 'u-sam', name: 'Sam Rivera' },
      { id: 'u-marcus', name: 'Marcus Johnson' },
    ],
    teams: [],
  });
  return oneToOnePrepOf(text, entities);
}

describe('preparing a one-to-one with a rep', () => {
  it.each<[string, string]>([
    ['prep me for my 1:1 with sam', 'Sam Rivera'],
    ['what should i ask sam about', 'Sam Rivera'],
    ['talking points for my one-on-one with marcus', 'Marcus Johnson'],
    ['i have a 1-on-1 with sam rivera tomorrow, what should i bring up', 'Sam Rivera'],
    ['getting ready for my one to one with marcus johnson', 'Marcus Johnson'],
    ['agenda for my check-in with sam', 'Sam Rivera'],
    ['what should we discuss with marcus', 'Marcus Johnson'],
    ['what to cover in my 1:1 with sam?', 'Sam Rivera'],
    ['things to raise with sam this week', 'Sam Rivera'],
  ])('"%s" prepares a one-to-one with %s', (text, rep) => {
    expect(read(text)).toEqual({ rep });
  });

  // Issue 19 (tenth round, W7-B): the rep's numbers asked for the meeting, in other words.
  it.each<[string, string]>([
    ['can you pull the numbers for my 1:1 with sam', 'Sam Rivera'],
    ["pull sam's numbers for our 1:1", 'Sam Rivera'],
    ["grab marcus's stats before our one-on-one", 'Marcus Johnson'],
    ['i need the figures for my check-in with sam rivera', 'Sam Rivera'],
    ['numbers for the 1-on-1 with marcus please', 'Marcus Johnson'],
    ["what are sam's metrics ahead of our one to one", 'Sam Rivera'],
    ['get me the data for my catch-up with marcus', 'Marcus Johnson'],
  ])('"%s" asks for the numbers of a one-to-one with %s', (text, rep) => {
    expect(read(text)).toEqual({ rep });
  });

  it.each([
    // Numbers without a meeting are the rep's summary, not a one-to-one.
    "pull sam's numbers",
    'what are the numbers for q4',
    // No rep named.
    'pull the numbers for my 1:1',
    // The meeting itself, not getting ready for it.
    'how did my 1:1 with sam go',
    'log the numbers from my 1:1 with sam',
  ])('"%s" is not a one-to-one numbers request', (text) => {
    expect(read(text)).toBeUndefined();
  });

  it.each([
    // No rep named: a briefing on an account, or a question without a person.
    'prep me for my call with globex',
    'what should i know before my meeting with acme',
    'what should i ask about pricing',
    'prep me for my 1:1',
    // A contact, not a rep.
    'what should i ask jane cooper about',
    // The summary and the standing stay their own questions.
    'how is sam doing',
    'how does sam stack up against the others',
    // Writes and tasks about the meeting.
    'schedule a 1:1 with sam on friday',
    'remind me to prep for my 1:1 with sam',
    'log a check-in with sam: discussed q1 targets',
  ])('"%s" is not a one-to-one prep', (text) => {
    expect(read(text)).toBeUndefined();
  });
});
