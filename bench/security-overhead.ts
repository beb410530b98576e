import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startApp, type App } from '../src/app';
import { loadConfig } from '../src/config/config';
import { silentLogger } from '../src/core/logger';
import { openEmbeddedStore } from '../src/store/embedded/embedded-store';
import { DEMO_REP_EMAIL, seedDemoCrm } from '../src/store/seed';
import { inboundActivity, LoopbackConnector } from '../tests/fixtures/loopback-connector';
import { bootstrapMedianCi, percentiles } from './message-round-trip';

/** Rate limits high enough that no request is refused: the buckets are still kept and checked. */
const LIMITS_THAT_NEVER_REFUSE = {
  RATE_LIMIT_ADDRESS_PER_MINUTE: '1000000',
  RATE_LIMIT_ADDRESS_BURST: '1000000',
  RATE_LIMIT_SENDER_PER_MINUTE: '1000000',
  RATE_LIMIT_SENDER_BURST: '1000000',
};
const NO_LIMITS = { RATE_LIMIT_ADDRESS_PER_MINUTE: '0', RATE_LIMIT_SENDER_PER_MINUTE: '0' };

/**
 * What the security issue's checks cost a message: the same round trip through `POST /api/messages`
 * on the seeded demo CRM, with the record visibility policy (`CRM_VISIBILITY=team`) and both rate
 * limiters on, against both off (`CRM_VISIBILITY=all`, limits 0). The two servers share one store
 * and are measured in pairs (one question to each, back to back), so load drifts hit both. The questions are about the demo
 * rep's own accounts, so both servers give the same answer and only the checks differ.
 * Goal: within 5%.
 */
export async function runSecurityOverheadBench(
  options: { requests?: number; log?: (line: string) => void } = {},
): Promise<Record<string, unknown>> {
  const log = options.log ?? (() => undefined);
  const requests = options.requests ?? 400;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'crmpro-bench-'));
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
    const start = async (env: Record<string, string>) => {
      const app = await startApp(
        loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...env }),
        store,
        silentLogger(),
      );
      apps.push(app);
      return app;
    };
    const checked = await start({ CRM_VISIBILITY: 'team', ...LIMITS_THAT_NEVER_REFUSE });
    const unchecked = await start({ CRM_VISIBILITY: 'all', ...NO_LIMITS });

    const replies = new Map<string, string>();
    const roundTrip = async (app: App, label: string, n: number, offset: number): Promise<number[]> => {
      const samples: number[] = [];
      for (let i = 0; i < n; i++) {
        const text = questions[(offset + i) % questions.length]!;
        const before = connector.posts.length;
        const started = performance.now();
        const response = await fetch(`http://127.0.0.1:${app.port}/api/messages`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(
            inboundActivity(serviceUrl, text, { conversation: { id: `bench-${label}-${offset + i}` } }),
          ),
        });
        await connector.received(before + 1);
        samples.push(performance.now() - started);
        if (response.status !== 200) throw new Error(`${label} answered ${response.status}`);
        const { text: replyText, attachments } = connector.posts[before]!.activity;
        replies.set(`${label} ${text}`, JSON.stringify({ replyText, attachments }));
      }
      return samples;
    };

    await roundTrip(checked, 'on', 20, 0);
    await roundTrip(unchecked, 'off', 20, 0);
    // Paired: each question goes to both servers back to back (the order alternating), so a load
    // drift on the machine hits both halves of a pair alike.
    const on: number[] = [];
    const off: number[] = [];
    for (let i = 0; i < requests; i++) {
      if (i % 2 === 0) {
        on.push(...(await roundTrip(checked, 'on', 1, i)));
        off.push(...(await roundTrip(unchecked, 'off', 1, i)));
      } else {
        off.push(...(await roundTrip(unchecked, 'off', 1, i)));
        on.push(...(await roundTrip(checked, 'on', 1, i)));
      }
    }
    const pairedRatios = on.map((ms, i) => ms / off[i]!);
    const sameAnswers = questions.every((q) => replies.get(`on ${q}`) === replies.get(`off ${q}`));
    const onStats = percentiles(on);
    const offStats = percentiles(off);
    const result = {
      questions,
      sameAnswersOnAndOff: sameAnswers,
      checksOnMs: onStats,
      checksOffMs: offStats,
      overheadMedianPairPercent: Math.round((percentiles(pairedRatios).p50 - 1) * 1000) / 10,
      overheadMedianPairPercentCi95: bootstrapMedianCi(pairedRatios).map(
        (r) => Math.round((r - 1) * 1000) / 10,
      ),
      overheadP50Percent: Math.round((onStats.p50 / offStats.p50 - 1) * 1000) / 10,
      overheadMeanPercent: Math.round((onStats.mean / offStats.mean - 1) * 1000) / 10,
      overheadP99Percent: Math.round((onStats.p99 / offStats.p99 - 1) * 1000) / 10,
      goalPercent: 5,
    };
    log(
      `median paired overhead ${result.overheadMedianPairPercent}% (95% CI ${result.overheadMedianPairPercentCi95.join(' to ')}); checks on p50 ${onStats.p50} ms mean ${onStats.mean} ms; off p50 ${offStats.p50} ms mean ${offStats.mean} ms; overhead p50 ${result.overheadP50Percent}% mean ${result.overheadMeanPercent}%; same answers: ${sameAnswers}`,
    );
    return result;
  } finally {
    for (const app of apps) await app.stop();
    await connector.stop();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void runSecurityOverheadBench({ log: (line) => process.stderr.write(`${line}\n`) }).then((result) =>
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`),
  );
}
