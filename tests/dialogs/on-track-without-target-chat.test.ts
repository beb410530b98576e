import { ChatDriver } from '../fixtures/chat-driver';
import { loadSmallCrm, servicesFor, temporaryStore } from '../fixtures/small-crm';

// Issue 19, nineteenth round (w20c, dev-qa33): "am i on track" got a documentation passage about
// cookies, and "are we on track this quarter" the bare forecast. With no target set, the answer now
// gives the numbers there are (won so far and open, the rep's own or the team's), says no target is
// set, and how one is set.
describe('on track, with no target set', () => {
  const temp = temporaryStore();
  afterAll(() => temp.cleanup());

  it("gives a rep's own numbers and a manager's team's, and says no target is set", async () => {
    await loadSmallCrm(temp.store);
    const services = servicesFor(temp.store);
    const say = async (user: string, message: string) =>
      (await new ChatDriver(services, `on-track-${user}`, { localUser: user }).say(message))
        .map((r) => r.text)
        .join('\n');

    const rep = await say('sam.rivera@demo.crmpro.dev', 'am i on track');
    expect(rep).toMatch(/^In Q1 2026 so far you have (won \d+ deals? \(|won no deals yet)/);
    expect(rep).toMatch(
      /No target is set for Enterprise for 2026-Q1, so there is nothing to measure on track against\. Your manager or an admin can set one\.$/,
    );

    const manager = await say('morgan.lee@demo.crmpro.dev', 'are we on track this quarter?');
    expect(manager).toMatch(/^In Q1 2026 so far team Enterprise has /);
    expect(manager).toMatch(/Say "set the Enterprise target for 2026-Q1 to 1\.2M" to set one\.$/);

    // A target set: the forecast against it, as before.
    const manager2 = new ChatDriver(services, 'on-track-set', { localUser: 'morgan.lee@demo.crmpro.dev' });
    await manager2.say('set the Enterprise target for this quarter to 1M');
    await manager2.say('yes');
    const [standing] = await manager2.say('are we on track this quarter?');
    expect(standing!.text).toMatch(/^The Enterprise target for 2026-Q1 is \$1,000,000\./);
  }, 180_000);
});
