import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildBot } from '../../src/bots/core/build-bot';
import { InProcessChannel } from '../../src/bots/in-process/in-process-channel';
import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { silentLogger } from '../../src/core/logger';
import {
  isUserCareQuestion,
  madeQuestionInDocumentWords,
} from '../../src/dialogs/routing/how-it-works-questions';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, twelfth round (W12-A): signed-in staff asking how to run and understand the product got
// "the knowledge base has no answer", a record query or "forecasts are for the sales team". How to
// run it (backups, logs, the port, the default time zone) is answered from the user docs pages, how
// to remove or reset a user and where the audit log is from the help centre, how a figure is made
// from the documentation even by a role that may not see the figure, and an analyst's spreadsheet
// of records with `crmpro export`. Wordings written for this test, with negatives that keep their
// own answers. The port and time zone setting are read from docs/operations.md, the forecast
// method from the help centre's page.
const ADMIN = 'jordan.blake@demo.crmpro.dev';
const ANALYST = 'noah.singh@demo.crmpro.dev';
const MANAGER = 'morgan.lee@demo.crmpro.dev';
const ROOT = path.join(__dirname, '..', '..');
const operations = readFileSync(path.join(ROOT, 'docs', 'operations.md'), 'utf8');
const port = /\|\s*`PORT`\s*\|\s*`(\d+)`/.exec(operations)![1]!;

describe('staff how-to questions about the product', () => {
  let world: EvalWorld;
  let turn = 0;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());
  // The bot as the evaluation runs it: the understander that asks the knowledge bases how well they answer.
  const ask = async (who: string, text: string): Promise<string> => {
    const bot = buildBot({
      services: world.services,
      understander: world.understander,
      logger: silentLogger(),
      localUser: who,
      defaultTimezone: 'UTC',
      modelsDir: path.join(ROOT, 'models'),
      turnTimeoutMs: 120_000,
    });
    const channel = new InProcessChannel(bot, { channelId: 'test', trust: 'local', name: 'test' });
    const replies = await channel.send({
      conversationId: `staff-how-to-${turn++}`,
      text,
      from: { id: 'user-1', name: 'Tester' },
    });
    return replies.map((reply) => reply.text).join('\n');
  };

  it.each([
    ['how do i back up the database', /crmpro store backup/],
    ['how do i restore from a backup', /crmpro store restore/],
    ['where are the server logs written', /stdout/],
    ['which port does the server listen on', new RegExp(`PORT: default ${port}`)],
    ['what port does crmpro use', new RegExp(`PORT: default ${port}`)],
    ['how do i change the default timezone', /DEFAULT_TIMEZONE/],
    ['how do i get more detailed logs', /LOG_LEVEL/],
    // W13-A: the help centre's "Logging calls" answered these above its threshold.
    ['where do the logs go', /stdout/],
    ['where does crmpro write its logs', /stdout/],
  ])(
    'an admin running the product: %s',
    async (text, expected) => {
      expect(await ask(ADMIN, text)).toMatch(expected);
    },
    60_000,
  );

  it.each([
    ['somebody left the company, how to remove him and his deals', /Settings › Users[\s\S]*reassigned/],
    ['how do i remove a user who left the company', /Settings › Users/],
    ["how do i reset a user who lost his phone and can't log in", /recovery code|two-factor/],
    ['where can i see the log of who changed a record', /audit log/],
  ])(
    'an admin asking how to look after users: %s',
    async (text, expected) => {
      expect(await ask(ADMIN, text)).toMatch(expected);
    },
    60_000,
  );

  it.each([
    ['how is the forecast number made', /weighted by each deal's win probability/],
    ['how is the forecast figure calculated', /weighted by each deal's win probability/],
    ['how accurate is the forecast', /uncertain/],
    ['how reliable are the forecasts', /uncertain/],
    ['how is the lead score computed', /closed deals/],
    ['how are win chances calculated', /closed deals/],
    ['what does win chance mean', /probability/],
  ])(
    'an analyst asking how a figure is made: %s',
    async (text, expected) => {
      const reply = await ask(ANALYST, text);
      expect(reply).toMatch(expected);
      expect(reply).not.toMatch(/for the sales team/);
    },
    60_000,
  );

  it.each([
    ['how do i get all the deals into a spreadsheet', /crmpro export deals --format csv/],
    ['can i get the contacts into excel', /crmpro export contacts --format csv/],
  ])(
    'an analyst asking for a spreadsheet of records: %s',
    async (text, expected) => {
      expect(await ask(ANALYST, text)).toMatch(expected);
    },
    60_000,
  );

  it('the figures themselves stay the sales team\'s: an analyst asking "whats the forecast this quarter"', async () => {
    expect(await ask(ANALYST, 'whats the forecast this quarter')).toMatch(/for the sales team/);
  }, 60_000);

  it('a manager asking "how accurate is the forecast" gets this forecast\'s range', async () => {
    expect(await ask(MANAGER, 'how accurate is the forecast')).toMatch(/the range runs from/);
  }, 60_000);

  it("an admin asking how to log a call keeps the help centre's page on logging calls", async () => {
    const reply = await ask(ADMIN, 'how do i log a call');
    expect(reply).toMatch(/log a call with/);
    expect(reply).not.toMatch(/stdout/);
  }, 60_000);

  it.each([
    ['how many calls did sam log this week', /Sam Rivera/],
    ['show me the audit log for yesterday', /audit|No one|nothing/i],
  ])(
    'record questions stay record questions: %s',
    async (text, expected) => {
      const reply = await ask(ADMIN, text);
      expect(reply).toMatch(expected);
      expect(reply).not.toMatch(/Sources:/);
    },
    60_000,
  );

  it('a visitor asking which port the server listens on is not answered from the staff pages', async () => {
    const text = await ask('none', 'which port does the server listen on');
    expect(text).not.toMatch(new RegExp(`\\b${port}\\b|DEFAULT_TIMEZONE|crmpro store`));
  }, 60_000);

  it.each([
    ['how is the forecast number made', 'how is the forecast made'],
    ['how are the forecasts calculated', 'how is the forecast made'],
    ['how is the lead score made, from what data', 'how is the lead score worked out'],
    ['how is the win chance computed', 'how is the lead score worked out'],
    ["how does the forecast actually get worked out, what's the range based on?", undefined],
    ['how is the churn score calculated', undefined],
    ['how is my pipeline looking', undefined],
  ])("how a figure is made, in the documents' words: %s", (text, expected) => {
    expect(madeQuestionInDocumentWords(text)).toBe(expected);
  });

  it.each([
    ['a rep lost his phone, how do i get him back in', true],
    ['how can we deactivate a former employee', true],
    ['where do i find the history of who edited a deal', true],
    ['show me the history of the acme deal', false],
    ['remove sam from the enterprise team', false],
    ['how do i remove a contact from a campaign', false],
    ['who left the most deals open', false],
    // Fourteenth round (W15-P): how many or how much a leaver owns is a record question.
    ['somebody left, how do i hand over her deals', true],
    ['olivia is leaving - how do i reassign her accounts', true],
    ['james whitfield is leaving, how many open deals does he own', false],
    ['marcus left last week, how many accounts did he have', false],
    ['sophie is leaving us. how much pipeline is she sitting on?', false],
    ['priya quit, how many tasks were hers', false],
  ])('looking after users: %s', (text, expected) => {
    expect(isUserCareQuestion(text)).toBe(expected);
  });
});
