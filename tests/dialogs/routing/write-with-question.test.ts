import { dealStatusWordsOf } from '../../../src/dialogs/routing/deal-status-questions';
import { writeContextOf, writeWithQuestionIn } from '../../../src/dialogs/routing/write-with-question';

// Issue 19, twenty-sixth round (w27a, dev-qa48 writes): a write's free text ran to the end of the
// message, so "add a task to call bill tomorrow, and what's his number?" made a task of the question.
// The write now ends where a request to the bot starts; a note's own words stay whole.
describe('a write with a question after it', () => {
  it.each<[string, string, string]>([
    [
      'log that I called acme corp and show me their open deals',
      'log that I called acme corp',
      'show me their open deals',
    ],
    [
      "add a task to call bill tomorrow, and what's his number?",
      'add a task to call bill tomorrow',
      "what's his number?",
    ],
    [
      "log a call with jane cooper at initech, she's leaving. who else do we know there?",
      "log a call with jane cooper at initech, she's leaving",
      'who else do we know there?',
    ],
    [
      'remind me to send the qbr deck to kevin adams on monday and give me his email',
      'remind me to send the qbr deck to kevin adams on monday',
      'give me his email',
    ],
    [
      'add a task for me to review the umbrella renewal on friday, and how big is that deal?',
      'add a task for me to review the umbrella renewal on friday',
      'how big is that deal?',
    ],
    [
      'create a task to email rebecca at hooli next week - also whats her title?',
      'create a task to email rebecca at hooli next week',
      'whats her title?',
    ],
    [
      'log a meeting with globex today; any open cases for them?',
      'log a meeting with globex today',
      'any open cases for them?',
    ],
    [
      'remind me friday to chase the initech renewal, btw when does it close?',
      'remind me friday to chase the initech renewal',
      'when does it close?',
    ],
    [
      'Log call w/ Acme re pricing and pull up their contacts',
      'Log call w/ Acme re pricing',
      'pull up their contacts',
    ],
    [
      'new task: call kevin adams thursday. can you also tell me his phone number',
      'new task: call kevin adams thursday',
      'can you also tell me his phone number',
    ],
  ])('"%s" is the write "%s" and the question "%s"', (text, write, question) => {
    expect(writeWithQuestionIn(text)).toEqual({ write, question });
  });

  it.each([
    'log a call with acme: discussed pricing and what they need next quarter',
    'log a call with acme: they asked, can we start in january?',
    'log a meeting with globex, discussed the rollout and who owns the budget',
    'remind me to call kevin and tell him about pricing',
    'log a call with initech: they wanted to know how long onboarding takes',
    'add a task to ask jane what her budget is',
    'log a call with hooli, talked about how they use the product and when they renew',
    'log that I called acme corp',
    // A report first, then a question: context for the question, no write asked of the bot.
    'got a meeting with initech tomorrow, what do i need to know?',
    'just had a call with globex, what should i send them?',
    'meeting wayne enterprises on thursday, who is the decision maker there?',
  ])('keeps "%s" whole', (text) => {
    expect(writeWithQuestionIn(text)).toBeUndefined();
  });
});

describe("what a write names, for its question's pronouns", () => {
  const candidate = (name: string, text: string, score = 1) => ({ id: `id-${name}`, name, text, score });

  it('a person named is looked up, with the account said with them', () => {
    expect(
      writeContextOf('log a call with jane cooper at initech', {
        contacts: [candidate('Jane Cooper', 'jane cooper')],
        accounts: [candidate('Initech', 'initech')],
      }),
    ).toEqual({ naming: 'who is jane cooper at initech' });
    expect(
      writeContextOf('add a task to call bill tomorrow', {
        contacts: [candidate('Bill Lumbergh', 'bill', 0.85)],
        accounts: [],
      }),
    ).toEqual({ naming: 'who is bill' });
  });

  it("an account's deal named by a deal word is looked up; an account alone is kept as the last", () => {
    const umbrella = { contacts: [], accounts: [candidate('Umbrella Corporation', 'umbrella')] };
    expect(writeContextOf('review the umbrella renewal on friday', umbrella)).toEqual({
      naming: 'umbrella renewal',
    });
    expect(writeContextOf('log that I called umbrella', umbrella)).toEqual({
      account: { id: 'id-Umbrella Corporation', name: 'Umbrella Corporation' },
    });
  });
});

// dev-qa47 rep-q-13: "where's the hooli pilot at" gave the account's people.
describe('where one deal stands', () => {
  it.each<[string, string]>([
    ["where's the hooli pilot at", 'hooli pilot'],
    ['wheres hooli pilot at?', 'hooli pilot'],
    ['where are we with the acme renewal?', 'acme renewal'],
    ["how's the initech expansion going", 'initech expansion'],
    ['what is the status of the globex deal', 'globex deal'],
    ["what's the latest on the umbrella renewal", 'umbrella renewal'],
    ['any update on the hooli pilot?', 'hooli pilot'],
    ['where does the stark contract stand', 'stark contract'],
  ])('"%s" asks after "%s"', (text, words) => {
    expect(dealStatusWordsOf(text)).toBe(words);
  });

  it.each(["where's acme at", 'how is jane doing', 'where are the reports', "how's the pipeline looking"])(
    '"%s" names no deal',
    (text) => {
      expect(dealStatusWordsOf(text)).toBeUndefined();
    },
  );
});
