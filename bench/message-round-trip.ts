import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { Request, Response } from 'restify';
import { startApp } from '../src/app';
import { loadConfig } from '../src/config/config';
import { silentLogger } from '../src/core/logger';
import { openEmbeddedStore } from '../src/store/embedded/embedded-store';
import { seedDemoCrm } from '../src/store/seed';
import { inboundActivity, LoopbackConnector } from '../tests/fixtures/loopback-connector';

/** p50/p99/mean of a list of milliseconds. */
export function percentiles(samples: number[]): { p50: number; p99: number; mean: number; n: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    p50: round(at(0.5)),
    p99: round(at(0.99)),
    mean: round(sorted.reduce((a, b) => a + b, 0) / sorted.length),
    n: sorted.length,
  };
}

/**
 * Message round trip through `POST /api/messages` until the reply reaches the connector, for the
 * briefing question on the seeded demo CRM, against a bare echo bot mounted on the same server
 * (same restify, same Bot Framework adapter code, no store, no dialogs). The ratio is what the
 * bot core, dialogs and store add to a turn.
 */
export async function runMessageBench(
  options: { requests?: number; log?: (line: string) => void } = {},
): Promise<Record<string, unknown>> {
  const log = options.log ?? (() => undefined);
  const requests = options.requests ?? 300;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'crmpro-bench-'));
  const store = openEmbeddedStore({ dataDir });
  const connector = new LoopbackConnector();
  try {
    log('seeding the demo CRM (full size)...');
    const seeded = await seedDemoCrm(store, { anchor: new Date(), log });
    const serviceUrl = await connector.start();
    const app = await startApp(
      loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'silent',
        // One client sends every request: rate limits (on by default) would measure the limiter.
        RATE_LIMIT_ADDRESS_PER_MINUTE: '0',
        RATE_LIMIT_SENDER_PER_MINUTE: '0',
      }),
      store,
      silentLogger(),
    );

    // The echo bot: same server, same adapter type, nothing else.
    const echoAdapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
    const echo = new ActivityHandler().onMessage(async (context, next) => {
      await context.sendActivity(`echo: ${context.activity.text}`);
      await next();
    });
    app.http.server.post('/api/echo', async (req: Request, res: Response) => {
      await echoAdapter.process(req as never, res as never, (context) => echo.run(context));
    });

    const roundTrip = async (route: string, text: string, n: number): Promise<number[]> => {
      const samples: number[] = [];
      for (let i = 0; i < n; i++) {
        const before = connector.posts.length;
        const started = performance.now();
        const response = await fetch(`http://127.0.0.1:${app.port}${route}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(
            inboundActivity(serviceUrl, text, { conversation: { id: `bench-${route}-${i}` } }),
          ),
        });
        await connector.received(before + 1);
        samples.push(performance.now() - started);
        if (response.status !== 200) throw new Error(`${route} answered ${response.status}`);
      }
      return samples;
    };

    // Warm up both paths (JIT, caches), then measure alternately in blocks so load drifts hit both.
    await roundTrip('/api/echo', 'hello', 20);
    await roundTrip('/api/messages', 'tell me about Acme', 20);
    const echoSamples: number[] = [];
    const briefingSamples: number[] = [];
    for (let block = 0; block < 5; block++) {
      echoSamples.push(...(await roundTrip('/api/echo', 'hello', Math.ceil(requests / 5))));
      briefingSamples.push(
        ...(await roundTrip('/api/messages', 'tell me about Acme', Math.ceil(requests / 5))),
      );
    }
    const echoStats = percentiles(echoSamples);
    const briefingStats = percentiles(briefingSamples);
    await app.stop();
    const result = {
      seeded: seeded.counts,
      echoBotMs: echoStats,
      briefingMs: briefingStats,
      ratioP50: Math.round((briefingStats.p50 / echoStats.p50) * 100) / 100,
      ratioP99: Math.round((briefingStats.p99 / echoStats.p99) * 100) / 100,
    };
    log(
      `echo p50 ${echoStats.p50} ms p99 ${echoStats.p99} ms; briefing p50 ${briefingStats.p50} ms p99 ${briefingStats.p99} ms; ratio p50 ${result.ratioP50}x`,
    );
    return result;
  } finally {
    await connector.stop();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void runMessageBench({ log: (line) => process.stderr.write(`${line}\n`) }).then((result) => {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  });
}
