import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildBot } from '../../src/bots/core/build-bot';
import { InProcessChannel } from '../../src/bots/in-process/in-process-channel';
import type { EvalWorld } from '../../src/cli/conversation-eval/run-conversation-eval';
import { silentLogger } from '../../src/core/logger';
import { openSmallEvalWorld } from '../fixtures/small-eval-world';

// Issue 19, thirteenth round (W14-A): an admin asking how to run their own installation. Taking a
// backup got the help centre's Cloud ("backups are taken every hour"), restoring one as a follow-up
// the help menu, the health check endpoint "can't help" ("Health Check" is a product of the demo
// CRM), switching the LLM off and the environment variables no answer, hooking up Slack only the
// cloud's menu path, and "can we export the audit log" the last 7 days of the log. Wordings written
// for this test, with negatives that keep their own answers. Every figure is read from the pages
// that state it: docs/operations.md, the README, the help centre's documents.
const ADMIN = 'jordan.blake@demo.crmpro.dev';
const ROOT = path.join(__dirname, '..', '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const operations = read('docs/operations.md');
const readme = read('README.md');
const slack = read('knowledge/integrations/slack.md');
const security = read('knowledge/security/security-overview.md');
const editions = read('knowledge/self-hosting/cloud-vs-self-hosted.md');

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The liveness route of the operations page's route table. */
const liveness = /\|\s*`GET (\/\w+)`\s*\|\s*liveness/.exec(operations)![1]!;
/** The variables whose row says they enable the LLM. */
const llmSwitches = [
  ...operations.matchAll(/\|\s*`(\w+)`\s*\|[^|\n]*\|[^|\n]*enables the (?:optional )?LLM/g),
].map((m) => m[1]!);
/** The first variable of the README's essentials. */
const firstEssential = /The essentials:\s*\n\s*\n?\|[^\n]*\n\|[^\n]*\n\|\s*`(\w+)`/.exec(readme)![1]!;
/** The backup and restore commands of the operations page's backup section. */
const backupCommand = /(crmpro store backup)\b/.exec(operations)![1]!;
const restoreCommand = /(crmpro store restore)\b/.exec(operations)![1]!;
/** The help centre's "Connecting Slack": its cloud menu path and its self-hosted sentence. */
const connectingSlack = /## Connecting Slack\s+([^\n]+)/.exec(slack)![1]!;
const slackMenu = /Settings › Integrations › Slack/.exec(connectingSlack)![0]!;
const selfHostedSlack = /On the self-hosted edition[^.]+\./.exec(connectingSlack)![0]!;
/** The help centre's audit log: the command and who may export it. */
const auditExport = /[^.]*\bexport the audit log\./.exec(security)![0]!.trim();
/** The operations page's sentence on where the logs go, and the system requirements' largest size. */
const logRotation = /CRMPro writes no log file of its own/.exec(operations)![0]!;
const usersPerServer = /for up to (\d+) users\n/.exec(read('knowledge/self-hosting/installation.md'))![1]!;
/** How often the cloud takes backups. */
const cloudBackups = /backups are taken (every \w+)/.exec(editions)![1]!;

describe('W14-A: an admin asking how to run their own installation', () => {
  let world: EvalWorld;
  let conversation = 0;
  beforeAll(async () => {
    world = await openSmallEvalWorld();
  }, 120_000);
  afterAll(() => world.close());

  // The bot as the evaluation runs it; each conversation its own, its turns in order.
  const talk = async (who: string, ...texts: string[]): Promise<string> => {
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
    const id = `staff-running-${conversation++}`;
    let replies: Awaited<ReturnType<InProcessChannel['send']>> = [];
    for (const text of texts)
      replies = await channel.send({ conversationId: id, text, from: { id: 'user-1', name: 'Tester' } });
    return replies.map((reply) => reply.text).join('\n');
  };

  it('reads its figures from the pages', () => {
    expect([liveness, firstEssential, backupCommand, restoreCommand, slackMenu, cloudBackups]).not.toContain(
      '',
    );
    expect(llmSwitches.length).toBeGreaterThanOrEqual(2);
    expect(auditExport).toMatch(/Enterprise/);
  });

  it('taking a backup, then restoring one as a follow-up', async () => {
    expect(await talk(ADMIN, 'how do i take a backup of the data')).toContain(backupCommand);
    expect(await talk(ADMIN, 'how do we make a backup of the crm', 'and how do i restore one?')).toContain(
      restoreCommand,
    );
  }, 120_000);

  it.each([
    ["where's the health check endpoint", liveness],
    ['whats the healthcheck url for the load balancer', liveness],
    ['how do i switch the llm off?', llmSwitches[0]!],
    ['how do i disable the LLM', llmSwitches[0]!],
    ['which env vars do i need to set to get it running?', firstEssential],
    ['what environment variables are there', firstEssential],
    // Twentieth round (lead, from dev-qa36): whether the installation has one, asked with "is there".
    ['is there a health check endpoint', liveness],
    ['do we have a liveness probe?', liveness],
    ['where do the logs go and how do i rotate them', logRotation],
    ['how do i rotate the logs', logRotation],
    ['how many users can one server handle', usersPerServer],
    ['how many people does a single machine support', usersPerServer],
  ])(
    '%s',
    async (text, expected) => {
      const reply = await talk(ADMIN, text);
      expect(reply).toContain(expected);
      expect(reply).not.toMatch(/can.t help with that|Here is what I can do/);
    },
    60_000,
  );

  it.each([['how do i hook up slack'], ['how can we plug in slack'], ['how do i integrate slack']])(
    '%s: the whole "Connecting Slack" section, the cloud and the self-hosted way',
    async (text) => {
      const reply = await talk(ADMIN, text);
      expect(reply).toContain(slackMenu);
      expect(reply).toContain(selfHostedSlack);
    },
    60_000,
  );

  it.each([['can we export the audit log'], ['could we export the audit log for our auditors']])(
    '%s: whether the log can be exported, not the last 7 days of it',
    async (text) => {
      const reply = await talk(ADMIN, text);
      expect(reply).toMatch(/crmpro audit|Enterprise plans can also export/);
      expect(reply).not.toMatch(/the last 7 days|has no entries/);
    },
    60_000,
  );

  it("whether backups are taken for us stays the help centre's Cloud", async () => {
    expect(await talk(ADMIN, 'do you guys take backups')).toMatch(new RegExp(escape(cloudBackups)));
  }, 60_000);

  it('reading the audit log stays the audit log', async () => {
    const reply = await talk(ADMIN, 'show me the audit log for yesterday');
    expect(reply).toMatch(/audit log/i);
    expect(reply).not.toMatch(/Sources:/);
  }, 60_000);

  it('a visitor asking for the health check endpoint is not answered from the staff pages', async () => {
    expect(await talk('none', "where's the health check endpoint")).not.toContain(liveness);
  }, 60_000);
});
