import { startApp, type App } from '../../../src/app';
import { createSlackWebClient } from '../../../src/bots/slack/slack-web-api';
import { silentLogger } from '../../../src/core/logger';
import { digestJob, localDayOf } from '../../../src/jobs/digests/digest-job';
import { slackDigestSender, teamsDigestSender } from '../../../src/jobs/digests/digest-senders';
import { DigestLedger, subscribeDigest } from '../../../src/skills/digests';
import { invokeSkill } from '../../../src/skills/skill';
import { DEMO_MANAGER_EMAIL, seedDemoCrm } from '../../../src/store/seed';
import type { User } from '../../../src/vocabulary';
import type { DigestSubscription } from '../../../src/vocabulary/digest';
import { LoopbackConnector } from '../../fixtures/loopback-connector';
import { SlackApiStandIn } from '../../fixtures/slack-api-stand-in';
import { servicesFor, temporaryStore } from '../../fixtures/small-crm';
import { testConfig } from '../../fixtures/test-config';

const NOW = new Date('2026-02-16T13:00:00Z');
const TOKEN = 'xoxb-digest-delivery';

async function eventually<T>(check: () => Promise<T | null | undefined | false>, what: string): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`not in time: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('digest delivery through the real channel clients (loopback Teams connector, Slack API stand-in)', () => {
  const temp = temporaryStore();
  const connector = new LoopbackConnector();
  const slack = new SlackApiStandIn(TOKEN);
  let serviceUrl: string;
  let app: App;
  let manager: User;
  let slackPerson: User;
  let revoked: User;
  const subs: Record<string, DigestSubscription> = {};

  /** A Teams conversation reference as the bot keeps it after a person first wrote to it. */
  async function rememberTeams(user: User, url: string): Promise<void> {
    const reference = {
      channelId: 'msteams',
      serviceUrl: url,
      conversation: { id: `a:personal-${user._id}`, conversationType: 'personal' },
      bot: { id: '28:crmpro', name: 'CRMPro' },
      user: { id: `29:${user._id}`, name: user.name },
    };
    await temp.store.conversationReferences.insertOne({
      _id: `msteams:${user._id}`,
      userId: user._id,
      channelId: 'msteams',
      conversationType: 'personal',
      conversationId: reference.conversation.id,
      serviceUrl: url,
      reference: JSON.stringify(reference),
    });
  }

  beforeAll(async () => {
    await seedDemoCrm(temp.store, { anchor: NOW, scale: 0.05 });
    serviceUrl = await connector.start();
    await slack.start();
    app = await startApp(
      testConfig(temp.dataDir, {
        SLACK_BOT_TOKEN: TOKEN,
        SLACK_SIGNING_SECRET: 'digest-delivery-secret',
        SLACK_API_URL: slack.url,
      }),
      temp.store,
      silentLogger(),
      () => NOW,
    );
    const services = servicesFor(temp.store, NOW);
    const admin = { role: 'admin' as const, timezone: 'UTC' };
    const managers = await temp.store.users.find(
      { role: { $in: ['manager', 'rep'] } },
      { sort: { email: 1 } },
    );
    manager = managers.find((m) => m.email === DEMO_MANAGER_EMAIL)!;
    const others = managers.filter((m) => m._id !== manager._id);
    slackPerson = others[0]!;
    revoked = others[1]!;
    await rememberTeams(manager, serviceUrl);
    // A conversation the bot was removed from: the connector answers 404 there.
    await rememberTeams(revoked!, `${serviceUrl.replace(/\/$/, '')}/removed/`);
    for (const [user, channel] of [
      [manager, 'teams'],
      [slackPerson!, 'slack'],
      [revoked!, 'teams'],
    ] as const) {
      const { subscription } = await invokeSkill(
        subscribeDigest,
        { email: user.email, channel, schedule: '0 8 1 1 *' },
        { caller: admin, services },
      );
      subs[user._id] = subscription;
    }
  }, 120_000);

  afterAll(async () => {
    await app.stop();
    await connector.stop();
    await slack.stop();
    await temp.cleanup();
  });

  it('sends the Adaptive Card to Teams, Block Kit with the chart to Slack, and records the unreachable one', async () => {
    const job = digestJob({
      senders: {
        teams: teamsDigestSender(app.botFramework),
        slack: slackDigestSender(
          createSlackWebClient({ botToken: TOKEN, apiUrl: slack.url }),
          silentLogger(),
        ),
      },
    });
    for (const sub of Object.values(subs))
      expect(await app.jobs.enqueue(job, { subscriptionId: sub._id, timezone: sub.timezone }, NOW)).toBe(
        true,
      );
    const key = (user: User) =>
      DigestLedger.keyOf(subs[user._id]!._id, localDayOf(NOW, subs[user._id]!.timezone));
    const rows = await eventually(async () => {
      const found = await Promise.all(
        [manager, slackPerson, revoked].map((u) => temp.store.digestDeliveries.findById(key(u!))),
      );
      return found.every((r) => r && ['delivered', 'undeliverable'].includes(r.state)) ? found : null;
    }, 'three digests settled');
    expect(rows.map((r) => `${r!.state} ${r!.error ?? ''}`)).toEqual([
      'delivered ',
      'delivered ',
      expect.stringMatching(/^undeliverable /),
    ]);
    expect(rows[2]!.error).toMatch(/Teams conversation .* is gone \(HTTP 404\)/);

    const teamsPosts = connector.posts.filter((p) =>
      p.path.includes(encodeURIComponent(`a:personal-${manager._id}`)),
    );
    expect(teamsPosts).toHaveLength(1);
    const attachment = (
      teamsPosts[0]!.activity.attachments as { contentType: string; content: Record<string, unknown> }[]
    )[0]!;
    expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const body = attachment.content.body as { type: string; text?: string; url?: string }[];
    expect(body[0]!.text).toMatch(/^Forecast digest: Q1 2026, team /);
    expect(body.find((e) => e.type === 'Image')?.url).toMatch(/^data:image\/png;base64,/);

    const posted = slack.callsOf('chat.postMessage');
    expect(posted).toHaveLength(1);
    expect(posted[0]!.args.channel).toBe(`D${slackPerson!.slackUserId}`);
    expect(JSON.stringify(posted[0]!.args.blocks)).toContain('Weighted forecast');
    const [upload] = slack.callsOf('files.completeUploadExternal');
    expect(upload!.args.channel_id).toBe(`D${slackPerson!.slackUserId}`);
    const files = upload!.args.files;
    const fileId = ((typeof files === 'string' ? JSON.parse(files) : files) as { id: string }[])[0]!.id;
    const png = slack.uploaded(fileId)!;
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(400);
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(200);

    // The same day again: nothing new is sent.
    for (const sub of Object.values(subs))
      expect(
        await app.jobs.enqueue(
          job,
          { subscriptionId: sub._id, timezone: sub.timezone },
          new Date(NOW.getTime() + 60_000),
        ),
      ).toBe(false);
  }, 120_000);

  it('serves queue depth, job durations and failures on /metrics, to this machine only', async () => {
    const base = `http://127.0.0.1:${app.port}`;
    const response = await fetch(`${base}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toMatch(/crmpro_job_duration_seconds_count\{job="digest",outcome="ok"\} 3/);
    expect(text).toMatch(/# TYPE crmpro_queue_depth gauge\ncrmpro_queue_depth\{state="active"\} 0/);
    expect(text).toContain('# TYPE crmpro_job_failures_total counter');
    const fromAnotherSite = await fetch(`${base}/metrics`, { headers: { Origin: 'https://evil.example' } });
    expect(fromAnotherSite.status).toBe(403);
  });
});
