import { recordQuestionReader } from '../../fixtures/record-question-reader';

// Issue 19, twenty-seventh round (w28c, from dev-qa49): "got a call with globex in an hour - what
// happened at our last meeting with them?" counted the interactions of today ("0 interactions … on 4
// Dec"). A time still ahead today ("in an hour", "in 20 minutes") says when the next thing happens,
// no day for what already did: the question is the latest interaction, whenever it was.
const NOW = new Date('2026-12-04T15:00:00Z');
const { queryOf } = recordQuestionReader(NOW, {
  accounts: [
    { id: 'acc-globex', name: 'Globex' },
    { id: 'acc-acme', name: 'Acme Corporation' },
    { id: 'acc-hooli', name: 'Hooli' },
  ],
});

describe('a time ahead today is no day of what happened', () => {
  it.each([
    'got a call with globex in an hour - what happened at our last meeting with them?',
    'meeting with acme corporation in 20 minutes, what did we discuss last time?',
    'call with hooli in a couple of hours - when did we last talk to them?',
  ])('"%s" is the latest interaction, no day kept', (text) => {
    const query = queryOf(text);
    expect(query).toMatchObject({ record: 'interaction', field: 'lastInteraction' });
    expect(query?.occurredFrom).toBeUndefined();
  });

  it('a briefing asked with "what we talked about last time" stays a briefing (qa25-rep-briefing-02)', () => {
    expect(
      queryOf(
        "Good morning, I'm meeting Jane Cooper from Acme Corporation this afternoon. Could you remind me what we talked about last time and what's still open with them?",
      )?.field,
    ).not.toBe('lastInteraction');
  });

  it('a day already begun keeps its reading: "deals closed today"', () => {
    expect(queryOf('deals closed today')).toMatchObject({ closedFrom: '2026-12-04', closedTo: '2026-12-04' });
  });
});
