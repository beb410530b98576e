import type { Logger } from '../../core/logger';
import { DigestLedger } from '../../skills/digests';
import type { SkillServices } from '../../skills/skill';
import type { Job } from '../job';
import type { JobScheduler } from '../job-scheduler';
import type { DigestPayload } from './digest-job';

/** Schedule ids of digests start with this, so other schedules are never touched by the sync. */
export const DIGEST_SCHEDULE_PREFIX = 'digest_';

/** The schedule id of a subscription. */
export function digestScheduleIdOf(subscriptionId: string): string {
  return `${DIGEST_SCHEDULE_PREFIX}${subscriptionId.replace(/[^A-Za-z0-9_.@-]/g, '_')}`;
}

/**
 * Keeps the scheduler's digest schedules equal to the active subscriptions in the store (one
 * cron per subscription, in the subscriber's time zone), and hands re-drive requests to the
 * queue. Runs in every process that runs jobs, every `intervalMs`; subscribing in chat or on the
 * command line therefore takes effect within that interval on every host.
 */
export class DigestScheduleSync {
  private readonly known = new Map<string, string>();
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private loaded = false;

  constructor(
    private readonly scheduler: JobScheduler,
    private readonly job: Job<DigestPayload>,
    private readonly services: SkillServices,
    private readonly logger: Logger,
  ) {}

  /** One pass: schedules added, changed or removed; re-drives enqueued. */
  async syncOnce(): Promise<{ scheduled: number; removed: number; redriven: number }> {
    if (!this.loaded) {
      for (const s of await this.scheduler.listSchedules())
        if (s.id.startsWith(DIGEST_SCHEDULE_PREFIX)) this.known.set(s.id, `${s.cron}|${s.timezone ?? ''}`);
      this.loaded = true;
    }
    const active = await this.services.store.digestSubscriptions.find(
      { active: true },
      { projection: { _id: 1, cron: 1, timezone: 1 } },
    );
    const wanted = new Set<string>();
    let scheduled = 0;
    for (const subscription of active) {
      const id = digestScheduleIdOf(subscription._id);
      wanted.add(id);
      const signature = `${subscription.cron}|${subscription.timezone}`;
      if (this.known.get(id) === signature) continue;
      await this.scheduler.schedule({
        id,
        job: this.job,
        cron: subscription.cron,
        timezone: subscription.timezone,
        payload: { subscriptionId: subscription._id, timezone: subscription.timezone },
      });
      this.known.set(id, signature);
      scheduled++;
    }
    let removed = 0;
    for (const id of [...this.known.keys()]) {
      if (wanted.has(id)) continue;
      await this.scheduler.unschedule(id);
      this.known.delete(id);
      removed++;
    }
    const redriven = await this.redrive();
    if (scheduled || removed || redriven)
      this.logger.info({ scheduled, removed, redriven }, 'digest schedules synced');
    return { scheduled, removed, redriven };
  }

  /** Syncs now and then every `intervalMs` (not keeping the process alive). */
  async start(intervalMs = 30_000): Promise<void> {
    await this.tick();
    this.timer = setInterval(() => void this.tick(), intervalMs);
    this.timer.unref();
  }

  /** Stops syncing (waits for a pass in progress). */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.syncOnce()
      .then(() => undefined)
      .catch((error: unknown) => this.logger.warn({ err: error }, 'digest schedule sync failed'))
      .finally(() => (this.running = undefined));
    await this.running;
  }

  /** Takes each re-drive request (one process wins each) and queues its run again. */
  private async redrive(): Promise<number> {
    const ledger = new DigestLedger(this.services.store);
    let count = 0;
    for (const request of await ledger.redriveRequests()) {
      const taken = await this.services.store.digestDeliveries.findOneAndUpdate(
        { _id: request._id, state: 'redrive' },
        { $set: { state: 'failed', error: 're-drive queued' } },
      );
      if (!taken) continue;
      const subscription = await this.services.store.digestSubscriptions.findById(request.subscriptionId);
      const timezone = subscription?.timezone ?? 'UTC';
      await this.scheduler.enqueue(
        this.job,
        { subscriptionId: request.subscriptionId, timezone },
        request.firedAt,
        {
          replace: true,
        },
      );
      count++;
    }
    return count;
  }
}
