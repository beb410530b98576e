import { ChatDriver } from '../fixtures/chat-driver';
import { loadSmallCrm, servicesFor, temporaryStore } from '../fixtures/small-crm';

/**
 * Ways people type a call to log, each answered with the confirmation (the summary read from the
 * message) and saved on "yes". A yes or no is never taken as the summary of the interaction.
 */
describe('log-a-call wordings reach the confirmation turn', () => {
  const temp = temporaryStore();
  const services = servicesFor(temp.store);
  beforeAll(() => loadSmallCrm(temp.store));
  afterAll(() => temp.cleanup());

  const texts = async (chat: ChatDriver, message: string) => (await chat.say(message)).map((r) => r.text);

  const confirmed: Array<[string, string]> = [
    [
      'log a call w/ bill lumbergh at initech, talked renewal pricing',
      'Log a call with Bill Lumbergh at Initech on 15 Mar: "talked renewal pricing"? (yes/no)',
    ],
    [
      'log a call with Bill Lumbergh at Initech, discussed the renewal',
      'Log a call with Bill Lumbergh at Initech on 15 Mar: "discussed the renewal"? (yes/no)',
    ],
    [
      'log call w/ jane at initech - pricing questions',
      'Log a call with Jane Park at Initech on 15 Mar: "pricing questions"? (yes/no)',
    ],
    [
      'log a meeting w/ Jane Park at Initech yesterday, walked through the rollout plan',
      'Log a meeting with Jane Park at Initech on 14 Mar: "walked through the rollout plan"? (yes/no)',
    ],
    [
      'log a call at initech, bill wants a discount on the renewal',
      'Log a call at Initech on 15 Mar: "bill wants a discount on the renewal"? (yes/no)',
    ],
    [
      'log a call w/ bill at initech about renewal pricing, he wants two years',
      'Log a call with Bill Lumbergh at Initech on 15 Mar: "renewal pricing, he wants two years"? (yes/no)',
    ],
    [
      'log a call with Jane at Initech: discussed renewal, pricing',
      'Log a call with Jane Park at Initech on 15 Mar: "discussed renewal, pricing"? (yes/no)',
    ],
  ];

  it.each(confirmed)('%s', async (request, confirmation) => {
    const chat = new ChatDriver(services, `wording-${request}`);
    expect(await texts(chat, request)).toEqual([confirmation]);
    const [saved] = await texts(chat, 'yes');
    expect(saved).toMatch(/^Logged the (call|meeting)/);
  });

  it('asks for the summary when none is given, and a yes or no is not one', async () => {
    const chat = new ChatDriver(services, 'wording-no-summary');
    expect(await texts(chat, 'log a call w/ bill lumbergh at initech')).toEqual([
      'What was it about? One or two sentences for the log.',
    ]);
    expect(await texts(chat, 'yes')).toEqual([
      'I need a few words about what happened, not a yes or no.\nWhat was it about? One or two sentences for the log.',
    ]);
    expect(await texts(chat, 'ok')).toEqual([
      'I need a few words about what happened, not a yes or no.\nWhat was it about? One or two sentences for the log.',
    ]);
    expect(await texts(chat, 'renewal pricing')).toEqual([
      'Log a call with Bill Lumbergh at Initech on 15 Mar: "renewal pricing"? (yes/no)',
    ]);
  });

  it('splits at a comma only after the account is named', async () => {
    const chat = new ChatDriver(services, 'wording-comma-first');
    // "log a call, initech": the account comes after the comma, so it is no summary.
    expect(await texts(chat, 'log a call, initech')).toEqual([
      'What was it about? One or two sentences for the log.',
    ]);
  });
});
