import { ChatDriver } from '../fixtures/chat-driver';
import { loadSmallCrm, servicesFor, temporaryStore } from '../fixtures/small-crm';

/**
 * Writes told in passing rather than asked for: a deal's outcome ("we lost …, they went with a
 * competitor"), a note headed with its account ("note for initech: …") and a touch told with its
 * verb and person ("emailed Jane Park the revised quote for initech"). Each reaches the usual
 * confirmation, and nothing is saved before the yes.
 */
describe('writes told in casual words', () => {
  const temp = temporaryStore();
  const services = servicesFor(temp.store);
  beforeAll(() => loadSmallCrm(temp.store));
  afterAll(() => temp.cleanup());

  const texts = async (chat: ChatDriver, message: string) => (await chat.say(message)).map((r) => r.text);

  it.each([
    [
      'we lost the acme rocket skates, they went with a competitor',
      /^Move "Acme rocket skates" \(Acme Corporation, \$40k\) from proposal to closed lost, lost because: they went with a competitor\? \(yes\/no\)$/,
    ],
    [
      'lost the acme skates deal to a cheaper vendor',
      /^Move "Acme rocket skates" .* to closed lost, lost because: lost to a cheaper vendor\?/,
    ],
    [
      'just signed the acme rocket skates deal!',
      /^Move "Acme rocket skates" .* from proposal to closed won\?/,
    ],
    [
      'note for initech: bill wants a discount on the renewal',
      /^Log a note at Initech on 15 Mar: "bill wants a discount on the renewal"\? \(yes\/no\)$/,
    ],
    [
      'quick note on globex - budget frozen till Q2',
      /^Log a note at Globex on 15 Mar: "budget frozen till Q2"\?/,
    ],
    ['acme note: their champion left', /^Log a note at Acme.* on 15 Mar: "their champion left"\?/],
    [
      'emailed Jane Park the revised quote for initech',
      /^Log an email with Jane Park at Initech on 15 Mar: "Emailed Jane Park the revised quote for initech"\? \(yes\/no\)$/,
    ],
    [
      'called bill lumbergh re the renewal pricing for initech',
      /^Log a call with Bill Lumbergh at Initech on 15 Mar: "the renewal pricing for initech"\?/,
    ],
  ])('%s', async (message, confirmation) => {
    const before = (await temp.store.interactions.find({})).length;
    const stages = JSON.stringify((await temp.store.deals.find({})).map((d) => d.stage));
    const chat = new ChatDriver(services, `casual-${message}`);
    const [asked] = await texts(chat, message);
    expect(asked).toMatch(confirmation);
    expect(await texts(chat, 'no')).toHaveLength(1);
    expect((await temp.store.interactions.find({})).length).toBe(before);
    expect(JSON.stringify((await temp.store.deals.find({})).map((d) => d.stage))).toBe(stages);
  });

  it.each([
    'we lost 5 deals last month',
    'i lost my password',
    'release notes: what changed?',
    'note: call back',
  ])('does not take %s for a write', async (message) => {
    const chat = new ChatDriver(services, `casual-not-${message}`);
    expect((await texts(chat, message)).join('\n')).not.toMatch(/^Move "|^Log an? (?:note|email|call)/m);
  });
});
