import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { widgetVisitor } from '../fixtures/chat-driver';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';
import { replyText } from '../fixtures/reply-text';

// Issue 19, seventeenth round (w18k): visitors' and skeptics' words for product facts through the
// bot core on the website widget: a price asked in euros, a follow-up narrowing the system
// requirements to a number of users, a person's data erased under GDPR and when it leaves the
// backups, the database and the operating system the self-hosted edition needs, phoning home and
// chats kept. Wordings written for this test; every fact is read from the documents under `knowledge/`.
const ROOT = path.join(__dirname, '..', '..');
const doc = (file: string) => readFileSync(path.join(ROOT, 'knowledge', file), 'utf8');
const first = (file: string, pattern: RegExp) => pattern.exec(doc(file))!;

const business = first(
  'pricing-plans.md',
  /The Business plan costs (\$\d+) per user per month billed monthly, or (\$\d+)/,
);
const usd = first('pricing-plans.md', /in US dollars/)[0];
const forUpTo250 = first('self-hosting/installation.md', /(\d+ cores and \d+ GB) for up to 250 users/)[1]!;
const contactPage = first(
  'security/privacy-and-gdpr.md',
  /erase everything about that contact from the contact page/,
)[0];
const backupDays = first('security/privacy-and-gdpr.md', /backups are overwritten within (\d+ days)/)[1]!;
const embedded = first('self-hosting/installation.md', /uses its embedded database/)[0];
const linux = first('self-hosting/installation.md', /Linux \(x86-64 or ARM64\)/)[0];
const offline = first('faq.md', /works fully offline/)[0];
const workspace = first('security/data-retention-and-deletion.md', /as long as your workspace exists/)[0];

describe('w18k: visitors asking product facts in their own words, seventeenth round', () => {
  let world: EvalWorld;
  let conversation = 0;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  const visitor = () => widgetVisitor(world.services, `seventeenth-${conversation++}`);

  it.each([
    ['whats the business plan in euros per month', [business[1]!, business[2]!, usd]],
    ['how do we erase someones personal data for a gdpr request', [contactPage]],
    ['once deleted under gdpr, when is it gone from your backups', [backupDays]],
    ['which database do i need for the self-hosted edition', [embedded]],
    ['can i run it on windows server', [linux]],
    ['does the self hosted version phone home', [offline]],
    ['do u keep our chats', [workspace]],
  ])(
    'a visitor: "%s"',
    async (question, facts) => {
      const reply = replyText(await visitor().say(question));
      for (const fact of facts) expect(reply).toContain(fact);
      expect(reply).not.toMatch(/couldn't find an answer|can't share customer|can.t help with that/);
    },
    60_000,
  );

  it('a visitor narrowing the system requirements to a number of users gets the line for it', async () => {
    const chat = visitor();
    await chat.say('what hardware do i need to self host');
    const reply = replyText(await chat.say('what about for 200 users'));
    expect(reply).toContain(forUpTo250);
  }, 60_000);
});
