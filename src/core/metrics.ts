import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Counts of jobs by state, as a queue reports them (waiting, active, delayed, failed…). */
export type QueueDepthSource = () => Promise<Record<string, number>>;

/**
 * The Prometheus metrics of one process (prom-client): job durations and failures, digest
 * deliveries by outcome, and queue depth read from the scheduler when scraped. Built once by a
 * composition root and passed down; `GET /metrics` serves `text()`.
 */
export class CrmMetrics {
  readonly registry = new Registry();
  /** Seconds a job run took, by job name and outcome (`ok`, `failed`). */
  readonly jobDuration = new Histogram({
    name: 'crmpro_job_duration_seconds',
    help: 'Duration of job runs in seconds, by job and outcome',
    labelNames: ['job', 'outcome'] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers: [this.registry],
  });
  /** Job runs that failed (each attempt), by job and whether it will be retried. */
  readonly jobFailures = new Counter({
    name: 'crmpro_job_failures_total',
    help: 'Failed job attempts, by job and whether the failure is retried',
    labelNames: ['job', 'retryable'] as const,
    registers: [this.registry],
  });
  /** Digests by channel and outcome (`delivered`, `failed`, `undeliverable`, `skipped`). */
  readonly digestDeliveries = new Counter({
    name: 'crmpro_digest_deliveries_total',
    help: 'Digest delivery outcomes, by channel and outcome',
    labelNames: ['channel', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly depthSources: QueueDepthSource[] = [];

  constructor(options: { processMetrics?: boolean } = {}) {
    const sources = this.depthSources;
    new Gauge({
      name: 'crmpro_queue_depth',
      help: 'Jobs in the queue by state (waiting, active, delayed, prioritized, failed)',
      labelNames: ['state'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const source of sources) {
          const counts = await source().catch(() => ({}) as Record<string, number>);
          for (const [state, count] of Object.entries(counts)) this.inc({ state }, count);
        }
      },
    });
    if (options.processMetrics) collectDefaultMetrics({ register: this.registry, prefix: 'crmpro_' });
  }

  /** Adds a queue whose depth is reported on each scrape. */
  addQueueDepth(source: QueueDepthSource): void {
    this.depthSources.push(source);
  }

  /** The Prometheus text exposition of every metric. */
  text(): Promise<string> {
    return this.registry.metrics();
  }

  /** The content type of `text()`. */
  get contentType(): string {
    return this.registry.contentType;
  }
}
