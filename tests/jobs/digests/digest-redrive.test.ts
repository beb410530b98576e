import { jobsStatus } from '../../../src/cli/jobs-actions';
import type { CliEnvironment } from '../../../src/cli/cli-environment';
import { createSlackWebClient } from '../../../src/bots/slack/slack-web-api';
import { silentLogger } from '../../../src/core/logger';
import { digestJob } from '../../../src/jobs/digests/digest-job';
import { DigestScheduleSync } from '../../../src/jobs/digests/digest-schedules';
import { slackDigestSender } from '../../../src/jobs/digests/digest-senders';
import { InProcessScheduler } from '../../../src/jobs/in-process-scheduler';
import { DigestLedger, subscribeDigest } from '../../../src/skills/digests';
import { invokeSkill } from '../../../src/skills/skill';
import { loadSmallCrm, servicesFor, temporaryStore } from '../../fixtures/small-crm';
import { SlackApiStandIn } from '../../fixtures/slack-api-stand-in';
import { testConfig } from '../../fixtures/test-config';

const TOKEN = 'xoxb-redrive';

async function until(check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('not in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('failed digests are visible in jobs status and re-driven (in-process scheduler, no Redis)', () => {
  const temp = temporaryStore();
  const slack = new SlackApiStandIn(TOKEN);
  afterAll(async () => {
    await slack.stop();
    await temp.cleanup();
  });

  it('records a refused delivery, lists it, and sends it on redeliver', async () => {
    await slack.start();
    const { managerId } = await loadSmallCrm(temp.store);
    await temp.store.users.updateOne({ _id: managerId }, { $set: { slackUserId: 'U0MORGAN' } });
    const services = servicesFor(temp.store);
    const { subscription } = await invokeSkill(
      subscribeDigest,
      { email: 'morgan.lee@demo.crmpro.dev', channel: 'slack', schedule: 'weekdays 08:00' },
      { caller: { role: 'admin', timezone: 'UTC' }, services },
    );
    const job = digestJob({
      senders: {
        slack: slackDigestSender(
          createSlackWebClient({ botToken: TOKEN, apiUrl: slack.url }),
          silentLogger(),
        ),
      },
    });
    const scheduler = new InProcessScheduler({ services, logger: silentLogger() });
    const sync = new DigestScheduleSync(scheduler, job, services, silentLogger());
    const key = DigestLedger.keyOf(subscription._id, '2026-03-16');
    // Slack says the account is inactive: the person cannot be reached, so it is recorded at once, not retried.
    slack.answer('chat.postMessage', () => ({ ok: false, error: 'account_inactive' }));
    expect(
      await scheduler.enqueue(
        job,
        { subscriptionId: subscription._id, timezone: 'UTC' },
        new Date('2026-03-16T08:00:00Z'),
      ),
    ).toBe(true);
    await until(async () => (await temp.store.digestDeliveries.findById(key))?.state === 'undeliverable');

    const env = {
      config: () => testConfig(temp.dataDir),
      logger: silentLogger(),
    } as unknown as CliEnvironment;
    const status = await jobsStatus(services, env);
    expect(status.scheduler).toBe('in-process');
    expect(status.failedDeliveries).toEqual([
      expect.objectContaining({
        key,
        user: 'morgan.lee@demo.crmpro.dev',
        state: 'undeliverable',
        error: expect.stringMatching(/account_inactive/),
      }),
    ]);
    expect(status.schedules.find((s) => s.user === 'morgan.lee@demo.crmpro.dev')).toMatchObject({
      cron: '0 8 * * 1-5',
      timezone: 'UTC',
      lastRun: { period: '2026-03-16', state: 'undeliverable' },
    });

    slack.answer('chat.postMessage', (args) => ({ channel: args.channel, ts: '1.000001' }));
    expect(await new DigestLedger(temp.store).requestRedrive(managerId)).toBe(1);
    expect(await sync.syncOnce()).toMatchObject({ redriven: 1 });
    await until(async () => (await temp.store.digestDeliveries.findById(key))?.state === 'delivered');
    expect(slack.callsOf('chat.postMessage').filter((c) => c.args.channel === 'DU0MORGAN')).toHaveLength(2);
    expect((await jobsStatus(services, env)).failedDeliveries).toEqual([]);
    await sync.stop();
    await scheduler.close(5_000);
  }, 60_000);
});
