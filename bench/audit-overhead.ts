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

/**
 * What the audit log costs a message: the same round trip through `POST /api/messages` on the
 * seeded demo CRM, with the audit log written (one fsync'd insert per skill call that returns
 * records) against a server of the same store with it left out. Paired as in security-overhead: each
 * question goes to both servers back to back, the order alternating. Goal: within 5%.
 */
export async function runAuditOverheadBench(
  options: { requests?: number; log?: (line: string) => void } = {},
): Promise<Record<string, unknown>> {
  const log = options.log ?? (() => undefined);
  const requests = options.requests ?? 200;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'crmpro-bench-audit-'));
  const store = openEmbeddedStore({ dataDir });
  const connector = new LoopbackConnector();
  const apps: App[] = [];
  try {
    log('seeding the demo CRM (full size)...');
    await seedDemoCrm(store, { anchor: new Date(), log });
    const rep = await store.users.findOne({ email: DEMO_REP_EMAIL });
    const ownAccounts = await store.accounts.find({ ownerId: String(rep!._id) }, { limit: 5 });
    const questions = ownAccounts.map((account) => `tell me about ${account.name}`);
    const serviceUrl = await connector.start();
    const start = async (audit: boolean) => {
      // Rate limits off (0) on both: hundreds of messages from one sender in minutes are the point here.
      const config = loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'silent',
        RATE_LIMIT_ADDRESS_PER_MINUTE: '0',
        RATE_LIMIT_SENDER_PER_MINUTE: '0',
      });
      const app = await startApp(config, store, silentLogger(), () => new Date(), { audit });
      apps.push(app);
      return app;
    };
    const audited = await start(true);
    const unaudited = await start(false);

    const roundTrip = async (app: App, label: string, i: number): Promise<number> => {
      const text = questions[i % questions.length]!;
      const before = connector.posts.length;
      const started = performance.now();
      const response = await fetch(`http://127.0.0.1:${app.port}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(
          inboundActivity(serviceUrl, text, { conversation: { id: `bench-${label}-${i}` } }),
        ),
      });
      // Generous: a loaded machine (other tests, other benches) must not turn a slow reply into a failure.
      await connector.received(before + 1, 60_000);
      if (response.status !== 200) throw new Error(`${label} answered ${response.status}`);
      return performance.now() - started;
    };
    for (let i = 0; i < 20; i++) {
      await roundTrip(audited, 'warm-on', i);
      await roundTrip(unaudited, 'warm-off', i);
    }
    const entriesBefore = await store.auditEntries.countDocuments({});
    const on: number[] = [];
    const off: number[] = [];
    for (let i = 0; i < requests; i++) {
      if (i % 2 === 0) {
        on.push(await roundTrip(audited, 'on', i));
        off.push(await roundTrip(unaudited, 'off', i));
      } else {
        off.push(await roundTrip(unaudited, 'off', i));
        on.push(await roundTrip(audited, 'on', i));
      }
    }
    const entriesWritten = (await store.auditEntries.countDocuments({})) - entriesBefore;
    const ratios = on.map((ms, i) => ms / off[i]!);
    const onStats = percentiles(on);
    const offStats = percentiles(off);
    const pct = (ratio: number) => Math.round((ratio - 1) * 1000) / 10;
    const result = {
      requests,
      questions,
      auditEntriesWritten: entriesWritten,
      auditOnMs: onStats,
      auditOffMs: offStats,
      overheadMedianPairPercent: pct(percentiles(ratios).p50),
      overheadMedianPairPercentCi95: bootstrapMedianCi(ratios).map(pct),
      overheadP50Percent: pct(onStats.p50 / offStats.p50),
      overheadMeanPercent: pct(onStats.mean / offStats.mean),
      goalPercent: 5,
    };
    log(
      `audit: median paired overhead ${result.overheadMedianPairPercent}% (95% CI ${result.overheadMedianPairPercentCi95.join(' to ')}); on p50 ${onStats.p50} ms, off p50 ${offStats.p50} ms; ${entriesWritten} entries for ${requests} audited messages`,
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
  void runAuditOverheadBench({ log: (line) => process.stderr.write(`${line}\n`) }).then((result) =>
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`),
  );
}
