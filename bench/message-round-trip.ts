import { performance } from 'node:perf_hooks';
import { DatabaseSync, StatementSync } from 'node:sqlite';
import { Agent, fetch as pooledFetch } from 'undici';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { Request, Response } from 'restify';
import { BRIEFING_QUESTION, startRoundTripServer } from './message-round-trip-server';

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

const medianOf = (samples: number[]) => percentiles(samples).p50;
const round2 = (x: number) => Math.round(x * 100) / 100;

/** A 95% bootstrap interval of the median (1,000 resamples, fixed seed), for paired ratios. */
export function bootstrapMedianCi(values: number[]): [number, number] {
  let seed = 12345;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const medians: number[] = [];
  for (let r = 0; r < 1000; r++)
    medians.push(percentiles(values.map(() => values[Math.floor(random() * values.length)]!)).p50);
  medians.sort((a, b) => a - b);
  return [medians[25]!, medians[974]!];
}

/**
 * Counts the COMMITs of every SQLite connection of this process (the embedded store's transactions)
 * and the prepared statements run (queries, writes and PRAGMAs such as the change checks).
 */
function commitCounter(): { count: () => number; statements: () => number; stop: () => void } {
  const exec = DatabaseSync.prototype.exec;
  let commits = 0;
  let statements = 0;
  DatabaseSync.prototype.exec = function (this: DatabaseSync, sql: string) {
    if (sql === 'COMMIT') commits++;
    return exec.call(this, sql);
  };
  const methods = ['all', 'get', 'run', 'iterate'] as const;
  const originals = methods.map((method) => StatementSync.prototype[method]);
  methods.forEach((method, index) => {
    const original = originals[index] as (...args: unknown[]) => unknown;
    (StatementSync.prototype as unknown as Record<string, unknown>)[method] = function (
      this: StatementSync,
      ...args: unknown[]
    ) {
      statements++;
      return original.apply(this, args);
    };
  });
  return {
    count: () => commits,
    statements: () => statements,
    stop: () => {
      DatabaseSync.prototype.exec = exec;
      methods.forEach((method, index) => {
        (StatementSync.prototype as unknown as Record<string, unknown>)[method] = originals[index];
      });
    },
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
  const server = await startRoundTripServer({ log });
  const { app, connector, seeded } = server;
  try {
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
        const started = performance.now();
        await server.send(text, `bench-${route}-${i}`, route);
        samples.push(performance.now() - started);
      }
      return samples;
    };

    // Warm up both paths (JIT, caches), then measure alternately in blocks so load drifts hit both.
    await roundTrip('/api/echo', 'hello', 20);
    await roundTrip('/api/messages', BRIEFING_QUESTION, 20);
    const echoSamples: number[] = [];
    const briefingSamples: number[] = [];
    for (let block = 0; block < 5; block++) {
      echoSamples.push(...(await roundTrip('/api/echo', 'hello', Math.ceil(requests / 5))));
      briefingSamples.push(...(await roundTrip('/api/messages', BRIEFING_QUESTION, Math.ceil(requests / 5))));
    }
    const echoStats = percentiles(echoSamples);
    const briefingStats = percentiles(briefingSamples);

    // CPU and commits per briefing turn (this process runs the server and the client).
    const commits = commitCounter();
    const cpuBefore = process.cpuUsage();
    const perTurnRuns = 100;
    await roundTrip('/api/messages', BRIEFING_QUESTION, perTurnRuns);
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMsPerTurn = Math.round(((cpu.user + cpu.system) / 1000 / perTurnRuns) * 100) / 100;
    const commitsPerTurn = Math.round((commits.count() / perTurnRuns) * 100) / 100;
    const statementsPerTurn = Math.round((commits.statements() / perTurnRuns) * 100) / 100;

    // 50 conversations at once, each sending its next message when the reply to the last arrived.
    const waiting = new Map<string, () => void>();
    connector.onPost = (post) => {
      const id = /conversations\/([^/]+)\/activities/.exec(post.path)?.[1];
      if (id) waiting.get(decodeURIComponent(id))?.();
    };
    // Idle connections close well before the server's keep-alive, so none is reused as it closes.
    const dispatcher = new Agent({ keepAliveTimeout: 1_000, keepAliveMaxTimeout: 1_000, connections: 100 });
    const concurrent = async (route: string, text: string) => {
      const samples: number[] = [];
      const started = performance.now();
      await Promise.all(
        Array.from({ length: 50 }, async (_, c) => {
          for (let turn = 0; turn < 6; turn++) {
            const id = `bench-50-${route}-${c}`;
            const replied = new Promise<void>((resolve) => waiting.set(id, resolve));
            const sent = performance.now();
            const response = await pooledFetch(`http://127.0.0.1:${app.port}${route}`, {
              method: 'POST',
              dispatcher,
              headers: { 'Content-Type': 'application/json' },
              body: server.activity(text, id),
            });
            if (response.status !== 200) throw new Error(`${route} answered ${response.status}`);
            await replied;
            samples.push(performance.now() - sent);
          }
        }),
      );
      return {
        ...percentiles(samples),
        perSecond: Math.round((samples.length / ((performance.now() - started) / 1000)) * 10) / 10,
      };
    };
    const commitsBefore50 = commits.count();
    const briefing50 = await concurrent('/api/messages', BRIEFING_QUESTION);
    const commitsPerTurnAt50 = Math.round(((commits.count() - commitsBefore50) / 300) * 100) / 100;
    const echo50 = await concurrent('/api/echo', 'hello');
    commits.stop();
    await dispatcher.close();
    connector.onPost = undefined;

    // One conversation of 300 turns: does a turn get slower as the conversation grows?
    // Besides the mean of 20 turns (the first figure, kept for comparison with older files), the
    // median of 50 turns' wall and CPU time: one GC pause or a neighbour's burst moves a mean of 20
    // by a third on a shared machine, and the medians do not follow it. Neither can tell growth
    // from a neighbour that starts working mid-run (on this VM the two cores share their caches, so
    // even CPU time per turn doubles then), so each turn of the long conversation is paired with a
    // turn of a young one (a new conversation every 20 turns) sent just before or after it: the
    // growth of the ratio long ÷ young cancels what the machine does meanwhile.
    const timedTurn = async (conversationId: string) => {
      const cpuBefore = process.cpuUsage();
      const sent = performance.now();
      await server.send(BRIEFING_QUESTION, conversationId);
      const wall = performance.now() - sent;
      const cpu = process.cpuUsage(cpuBefore);
      return { wall, cpu: (cpu.user + cpu.system) / 1000 };
    };
    const longTurns: number[] = [];
    const longTurnsCpu: number[] = [];
    const wallOverYoung: number[] = [];
    const cpuOverYoung: number[] = [];
    for (let i = 0; i < 300; i++) {
      const youngId = `bench-young-${Math.floor(i / 20)}`;
      const youngFirst = i % 2 === 1;
      const youngBefore = youngFirst ? await timedTurn(youngId) : undefined;
      const long = await timedTurn('bench-long');
      const young = youngBefore ?? (await timedTurn(youngId));
      longTurns.push(long.wall);
      longTurnsCpu.push(long.cpu);
      wallOverYoung.push(long.wall / young.wall);
      cpuOverYoung.push(long.cpu / Math.max(young.cpu, 0.001));
    }
    const meanOf = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const firstTurns = meanOf(longTurns.slice(0, 20));
    const lastTurns = meanOf(longTurns.slice(-20));
    const growthOfMedians = (xs: number[]) => {
      const first = medianOf(xs.slice(0, 50));
      const last = medianOf(xs.slice(-50));
      return { first: round2(first), last: round2(last), growth: round2(last / first) };
    };
    const wallMedians = growthOfMedians(longTurns);
    const cpuMedians = growthOfMedians(longTurnsCpu);
    const wallAgainstYoung = growthOfMedians(wallOverYoung);
    const cpuAgainstYoung = growthOfMedians(cpuOverYoung);
    const result = {
      seeded: seeded.counts,
      echoBotMs: echoStats,
      briefingMs: briefingStats,
      ratioP50: Math.round((briefingStats.p50 / echoStats.p50) * 100) / 100,
      ratioP99: Math.round((briefingStats.p99 / echoStats.p99) * 100) / 100,
      cpuMsPerTurn,
      commitsPerTurn,
      storeStatementsPerTurn: statementsPerTurn,
      at50Concurrent: {
        echoBotMs: echo50,
        briefingMs: briefing50,
        commitsPerTurn: commitsPerTurnAt50,
        ratioP50: Math.round((briefing50.p50 / echo50.p50) * 100) / 100,
        ratioP99: Math.round((briefing50.p99 / echo50.p99) * 100) / 100,
      },
      longConversation: {
        turns: 300,
        meanFirst20Ms: Math.round(firstTurns * 100) / 100,
        meanLast20Ms: Math.round(lastTurns * 100) / 100,
        growth: Math.round((lastTurns / firstTurns) * 100) / 100,
        medianFirst50Ms: wallMedians.first,
        medianLast50Ms: wallMedians.last,
        medianGrowth: wallMedians.growth,
        cpuMedianFirst50Ms: cpuMedians.first,
        cpuMedianLast50Ms: cpuMedians.last,
        cpuMedianGrowth: cpuMedians.growth,
        againstYoung: {
          what: 'each long-conversation turn over a turn of a young conversation (new every 20 turns) sent next to it; median ratio of the last 50 turns over that of the first 50',
          wallRatioFirst50: wallAgainstYoung.first,
          wallRatioLast50: wallAgainstYoung.last,
          wallGrowth: wallAgainstYoung.growth,
          cpuRatioFirst50: cpuAgainstYoung.first,
          cpuRatioLast50: cpuAgainstYoung.last,
          cpuGrowth: cpuAgainstYoung.growth,
        },
      },
      goals: { ratioP50: 1.3, ratioP99At50: 2, longConversationGrowth: 1.2 },
    };
    log(
      `echo p50 ${echoStats.p50} ms p99 ${echoStats.p99} ms; briefing p50 ${briefingStats.p50} ms p99 ${briefingStats.p99} ms; ratio p50 ${result.ratioP50}x; CPU ${cpuMsPerTurn} ms, ${commitsPerTurn} commits and ${statementsPerTurn} store statements a turn`,
    );
    log(
      `at 50 conversations: briefing p50 ${briefing50.p50} p99 ${briefing50.p99} ms (${briefing50.perSecond}/s, ${commitsPerTurnAt50} commits a turn), echo p50 ${echo50.p50} p99 ${echo50.p99} ms (${echo50.perSecond}/s); 300-turn conversation: ${result.longConversation.meanFirst20Ms} -> ${result.longConversation.meanLast20Ms} ms (${result.longConversation.growth}x; medians of 50 turns ${wallMedians.first} -> ${wallMedians.last} ms, ${wallMedians.growth}x, CPU ${cpuMedians.first} -> ${cpuMedians.last} ms, ${cpuMedians.growth}x; against a young conversation at the same moment ${wallAgainstYoung.growth}x wall, ${cpuAgainstYoung.growth}x CPU)`,
    );
    return result;
  } finally {
    await server.close();
  }
}

if (require.main === module) {
  void runMessageBench({ log: (line) => process.stderr.write(`${line}\n`) }).then((result) => {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  });
}
