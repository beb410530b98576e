import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startApp, type App } from '../src/app';
import { loadConfig } from '../src/config/config';
import { silentLogger } from '../src/core/logger';
import { openEmbeddedStore } from '../src/store/embedded/embedded-store';
import { DEMO_REP_EMAIL, seedDemoCrm } from '../src/store/seed';
import type { Store } from '../src/store/store';
import { inboundActivity, LoopbackConnector } from '../tests/fixtures/loopback-connector';
import { bootstrapMedianCi, percentiles } from './message-round-trip';

/** One of the two servers of a paired bench: its environment and the options `startApp` gets. */
export interface PairedServer {
  env?: Record<string, string>;
  app?: Parameters<typeof startApp>[4];
}

/** What a paired round-trip bench measures: a feature on (`on`) against the same server without it. */
export interface PairedRoundTripOptions {
  /** Paired requests measured (each is one question to each server). */
  requests: number;
  /** Requests to each server before measuring (models, caches, statement caches warm). */
  warmUp?: number;
  on: PairedServer;
  off: PairedServer;
  log?: (line: string) => void;
  /** How long a reply may take before the bench fails (a loaded machine must not fail it). */
  replyTimeoutMs?: number;
  /** Called on the store right before and right after the measured requests (e.g. to count rows). */
  beforeMeasured?: (store: Store) => Promise<void>;
  afterMeasured?: (store: Store) => Promise<void>;
}

/** The samples and the summary figures every paired bench reports. */
export interface PairedRoundTrips {
  questions: string[];
  /** Round-trip milliseconds of each measured request, in pair order. */
  on: number[];
  off: number[];
  /**
   * CPU milliseconds of this process (server and client) for each request, from sending it until
   * the server's work of the turn is over (transcript and audit writes included): less swayed by
   * other processes' load than the wall-clock figures.
   */
  onCpuMs: ReturnType<typeof percentiles>;
  offCpuMs: ReturnType<typeof percentiles>;
  cpuOverheadMedianPairPercent: number;
  cpuOverheadMedianPairPercentCi95: [number, number];
  /** True when both servers gave the same reply (text and attachments) to every question. */
  sameAnswersOnAndOff: boolean;
  onMs: ReturnType<typeof percentiles>;
  offMs: ReturnType<typeof percentiles>;
  /** The median of the per-pair ratios on/off, as a percentage over 1, and its 95% bootstrap interval. */
  overheadMedianPairPercent: number;
  overheadMedianPairPercentCi95: [number, number];
  overheadP50Percent: number;
  overheadMeanPercent: number;
  overheadP99Percent: number;
}

const percent = (ratio: number) => Math.round((ratio - 1) * 1000) / 10;

/**
 * The paired round-trip design the overhead benches share: the full demo CRM seeded into one
 * temporary embedded store, two bot servers on it (the feature on and off) and a loopback Bot
 * Framework connector; then each question ("tell me about <one of the demo rep's accounts>", so
 * both servers give the same answer) goes through `POST /api/messages` to both servers back to
 * back, the order alternating, until its reply reaches the connector (wall clock), and until the
 * server's work of the turn is over (this process's CPU time). Pairing makes a load drift on the
 * machine hit both halves of a pair alike; the figures are the medians of the pairs' ratios.
 */
export async function runPairedRoundTrips(options: PairedRoundTripOptions): Promise<PairedRoundTrips> {
  const log = options.log ?? (() => undefined);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'crmpro-bench-paired-'));
  const store = openEmbeddedStore({ dataDir });
  const connector = new LoopbackConnector();
  const apps: App[] = [];
  try {
    log('seeding the demo CRM (full size)...');
    await seedDemoCrm(store, { anchor: new Date(), log });
    const rep = await store.users.findOne({ email: DEMO_REP_EMAIL });
    const ownAccounts = await store.accounts.find({ ownerId: String(rep!._id) }, { limit: 5 });
    if (ownAccounts.length === 0) throw new Error('the demo rep owns no account');
    const questions = ownAccounts.map((account) => `tell me about ${account.name}`);
    const serviceUrl = await connector.start();
    const start = async (server: PairedServer) => {
      const config = loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'silent',
        ...server.env,
      });
      const app = await startApp(config, store, silentLogger(), () => new Date(), server.app ?? {});
      apps.push(app);
      return app;
    };
    const on = await start(options.on);
    const off = await start(options.off);

    const replies = new Map<string, string>();
    const cpu = { on: [] as number[], off: [] as number[] };
    const servers = { on, off };
    const roundTrip = async (variant: 'on' | 'off', label: string, i: number): Promise<number> => {
      const app = servers[variant];
      const text = questions[i % questions.length]!;
      const before = connector.posts.length;
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      const response = await fetch(`http://127.0.0.1:${app.port}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(
          inboundActivity(serviceUrl, text, { conversation: { id: `bench-${label}-${i}` } }),
        ),
      });
      await connector.received(before + 1, options.replyTimeoutMs ?? 60_000);
      const elapsed = performance.now() - started;
      await app.core.tracker.idle(60_000);
      const used = process.cpuUsage(cpuBefore);
      if (label === variant) cpu[variant].push((used.user + used.system) / 1000);
      if (response.status !== 200) throw new Error(`${label} answered ${response.status}`);
      const { text: replyText, attachments } = connector.posts[before]!.activity;
      replies.set(`${variant} ${text}`, JSON.stringify({ replyText, attachments }));
      return elapsed;
    };

    for (let i = 0; i < (options.warmUp ?? 20); i++) {
      await roundTrip('on', 'warm-on', i);
      await roundTrip('off', 'warm-off', i);
    }
    await options.beforeMeasured?.(store);
    const onSamples: number[] = [];
    const offSamples: number[] = [];
    for (let i = 0; i < options.requests; i++) {
      if (i % 2 === 0) {
        onSamples.push(await roundTrip('on', 'on', i));
        offSamples.push(await roundTrip('off', 'off', i));
      } else {
        offSamples.push(await roundTrip('off', 'off', i));
        onSamples.push(await roundTrip('on', 'on', i));
      }
    }
    await options.afterMeasured?.(store);

    const ratios = onSamples.map((ms, i) => ms / offSamples[i]!);
    const onMs = percentiles(onSamples);
    const offMs = percentiles(offSamples);
    const ci = bootstrapMedianCi(ratios);
    const cpuRatios = cpu.on.map((ms, i) => ms / cpu.off[i]!);
    const cpuCi = bootstrapMedianCi(cpuRatios);
    return {
      questions,
      on: onSamples,
      off: offSamples,
      onCpuMs: percentiles(cpu.on),
      offCpuMs: percentiles(cpu.off),
      cpuOverheadMedianPairPercent: percent(percentiles(cpuRatios).p50),
      cpuOverheadMedianPairPercentCi95: [percent(cpuCi[0]), percent(cpuCi[1])],
      sameAnswersOnAndOff: questions.every((q) => replies.get(`on ${q}`) === replies.get(`off ${q}`)),
      onMs,
      offMs,
      overheadMedianPairPercent: percent(percentiles(ratios).p50),
      overheadMedianPairPercentCi95: [percent(ci[0]), percent(ci[1])],
      overheadP50Percent: percent(onMs.p50 / offMs.p50),
      overheadMeanPercent: percent(onMs.mean / offMs.mean),
      overheadP99Percent: percent(onMs.p99 / offMs.p99),
    };
  } finally {
    for (const app of apps) await app.stop();
    await connector.stop();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
