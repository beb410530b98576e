import { ChatDriver } from '../fixtures/chat-driver';
import { loadSupportCrm, type SupportCrm } from '../skills/support-crm';

const SUPPORT = 'riley.park@demo.crmpro.dev';
const MARKETING = 'alex.kim@demo.crmpro.dev';

let crm: SupportCrm;
beforeAll(async () => {
  crm = await loadSupportCrm();
}, 60_000);
afterAll(() => crm.cleanup());

describe('support asking about a customer in sales words', () => {
  it('shows the customer view, not a refusal, for "what has initech bought from us"', async () => {
    const chat = new ChatDriver(crm.services, 'c-support-bought', { localUser: SUPPORT });
    const [view] = await chat.say('what has initech bought from us');
    expect(view!.text).not.toMatch(/can't ask me that|isn't available to you/);
    expect(view!.text).toMatch(/Initech/);
  }, 60_000);

  it('lists the account’s cases for "does initech have anything open with us"', async () => {
    const chat = new ChatDriver(crm.services, 'c-support-open', { localUser: SUPPORT });
    const [list] = await chat.say('does initech have anything open with us');
    expect(list!.text).not.toMatch(/can't ask me that|isn't available to you/);
    expect(list!.text).toMatch(/Case \d+: |no open cases for Initech/);
  }, 60_000);

  it('reads "how does Jane Cooper prefer to be contacted" as the customer view', async () => {
    const chat = new ChatDriver(crm.services, 'c-support-prefers', { localUser: SUPPORT });
    const [view] = await chat.say('how does jane cooper prefer to be contacted');
    expect(view!.text).toMatch(/Prefers (email|phone|chat)/);
  }, 60_000);

  it('still refuses a role that may use neither view', async () => {
    const marketing = new ChatDriver(crm.services, 'c-mkt-bought', { localUser: MARKETING });
    const [reply] = await marketing.say('does initech have anything open with us');
    expect(reply!.text).not.toMatch(/Case \d+: |open cases for Initech/);
  }, 60_000);
});
