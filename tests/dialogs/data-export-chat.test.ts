import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { exportRequestOf } from '../../src/dialogs/routing/export-requests';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

describe('asking for an export in chat', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  it('tells an analyst the command that writes the file, in the format asked for', async () => {
    const chat = new ChatDriver(world.services, 'c-export-analyst', {
      localUser: 'noah.singh@demo.crmpro.dev',
    });
    const [contacts] = await chat.say('export the contacts');
    expect(contacts!.text).toContain('crmpro export contacts --format csv --out contacts.csv');
    expect(contacts!.text).toMatch(/admins and analysts/);
    const [deals] = await chat.say('can I get the deals as a csv');
    expect(deals!.text).toContain('crmpro export deals --format csv');
    const [leads] = await chat.say('download all leads in parquet');
    expect(leads!.text).toContain('crmpro export leads --format parquet --out leads.parquet');
  }, 60_000);

  it('refuses other roles plainly, without the command or internal names', async () => {
    for (const user of ['sam.rivera@demo.crmpro.dev', 'alex.kim@demo.crmpro.dev']) {
      const chat = new ChatDriver(world.services, `c-export-${user}`, { localUser: user });
      const [reply] = await chat.say('export the contacts');
      expect(reply!.text).toMatch(/can.t export CRM data for you: exports are for admins and analysts/);
      expect(reply!.text).not.toMatch(/crmpro export|export-records/);
    }
  }, 60_000);

  it("leaves marketing's audience and segment exports to their own handlers", () => {
    expect(exportRequestOf('export the champions as csv')).toBeUndefined();
    expect(exportRequestOf('export the audience EMEA webinar')).toBeUndefined();
    expect(exportRequestOf('how do I import contacts?')).toBeUndefined();
    expect(exportRequestOf('export the contacts')).toEqual({ collection: 'contacts', format: 'csv' });
  });
});
