import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { ChatDriver } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';

const SUPPORT = 'riley.park@demo.crmpro.dev';

/** Support asking for one case by its number, and for the cases that breached their SLA. */
describe('support cases by number and by SLA breach in chat', () => {
  let world: EvalWorld;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  it.each(['whats case {n} about', 'status of #{n}', 'case {n}?', 'any update on ticket {n}'])(
    '"%s" shows that case',
    async (wording) => {
      const found = (await world.services.store.cases.findOne({}, { sort: { number: -1 } }))!;
      const chat = new ChatDriver(world.services, `case-${wording}`, { localUser: SUPPORT });
      const reply = replyText(await chat.say(wording.replace('{n}', String(found.number))));
      expect(reply).toContain(`Case ${found.number}: ${found.subject}`);
      expect(reply).not.toMatch(/Which account|Service level agreement/);
    },
    60_000,
  );

  it.each(['which cases already blew their sla', 'breached SLAs', 'overdue tickets'])(
    '"%s" lists our cases past their SLA, not the SLA document',
    async (question) => {
      const chat = new ChatDriver(world.services, `sla-${question}`, { localUser: SUPPORT });
      const reply = replyText(await chat.say(question));
      // "already blew" asks for the cases past now; "breached SLAs" may include those due later today.
      expect(reply).toMatch(/open cases? past (?:or reaching )?their SLA|There are no open cases past/);
      expect(reply).not.toMatch(/Service level agreement|99\.9/);
    },
    60_000,
  );
});
