import { startApp, type App } from '../../src/app';
import { purgeTranscriptsJob, segmentSnapshotJob } from '../../src/jobs/crm-jobs';
import { silentLogger } from '../../src/core/logger';
import { inboundActivity, LoopbackConnector } from '../fixtures/loopback-connector';
import { lastMessage, OpenAiLoopback } from '../fixtures/openai-loopback';
import { FIXTURE_NOW, loadSmallCrm, temporaryStore } from '../fixtures/small-crm';
import { testConfig } from '../fixtures/test-config';
import {
  histogramSamples,
  labelSets,
  metricFamilies,
  sampleValue,
  type MetricFamily,
} from '../fixtures/prometheus-text';

/**
 * GET /metrics over real HTTP after real traffic: a Bot Framework conversation, the local web chat,
 * a question the LLM (a loopback OpenAI-protocol server) answers after a failing skill call, and a
 * forecast; the exposition is parsed as Prometheus text and each series checked for its labels and
 * for having moved.
 */
describe('GET /metrics: the series an operator watches, parsed as Prometheus text', () => {
  const temp = temporaryStore();
  const connector = new LoopbackConnector();
  let llm: OpenAiLoopback;
  let app: App;
  let base: string;
  let serviceUrl: string;

  const scrape = async (): Promise<Map<string, MetricFamily>> => {
    const response = await fetch(`${base}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return metricFamilies(await response.text());
  };

  const botFrameworkTurn = async (text: string, conversation: string) => {
    const before = connector.posts.length;
    const response = await fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(inboundActivity(serviceUrl, text, { conversation: { id: conversation } })),
    });
    expect(response.status).toBe(200);
    const [reply] = (await connector.received(before + 1)).slice(before);
    return (reply!.activity as { text: string }).text;
  };

  const jobsDone = (families: Map<string, MetricFamily>) =>
    sampleValue(families, 'crmpro_job_failures_total', {
      job: 'purge-old-transcripts',
      retryable: 'false',
    }) > 0 &&
    histogramSamples(families, 'crmpro_job_duration_seconds').some(
      (s) => s.labels.job === 'segment-snapshot',
    );

  beforeAll(async () => {
    await loadSmallCrm(temp.store);
    serviceUrl = await connector.start();
    // The LLM looks an account up that does not exist (a skill error), then answers in words.
    llm = await OpenAiLoopback.start((request) =>
      lastMessage(request).role === 'tool'
        ? { content: 'I could not find that account.' }
        : { toolCalls: [{ name: 'account-briefing', arguments: { account: 'Zyxwv Quantum Holdings' } }] },
    );
    app = await startApp(
      testConfig(temp.dataDir, { OPENAI_BASE_URL: llm.baseUrl, OPENAI_MODEL: 'loopback-model' }),
      temp.store,
      silentLogger(),
      () => FIXTURE_NOW,
    );
    base = `http://127.0.0.1:${app.port}`;
  });
  afterAll(async () => {
    await app.stop();
    await llm.close();
    await connector.stop();
    await temp.cleanup();
  });

  it('exposes every series, with its labels, and the values move with the traffic', async () => {
    const before = await scrape();
    const turnsBefore = sampleValue(before, 'crmpro_turns_total', {
      channel: 'emulator',
      intent: 'briefing',
    });

    expect(await botFrameworkTurn('tell me about Acme', 'metrics-bf')).toContain('Acme Corporation');
    const webchat = await fetch(`${base}/api/webchat/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: 'forecast this quarter', conversationId: 'metrics-webchat' }),
    });
    expect(webchat.status).toBe(200);
    expect(await botFrameworkTurn('zzkq wibble flarn quux', 'metrics-llm')).toBe(
      'I could not find that account.',
    );
    expect((await fetch(`${base}/no-such-page`)).status).toBe(404);

    const after = await scrape();
    // Turns by channel and intent; the round trip histogram by channel.
    expect(sampleValue(after, 'crmpro_turns_total', { channel: 'emulator', intent: 'briefing' })).toBe(
      turnsBefore + 1,
    );
    expect(sampleValue(after, 'crmpro_turns_total', { channel: 'webchat-local', intent: 'forecast' })).toBe(
      1,
    );
    expect(sampleValue(after, 'crmpro_turns_total', { channel: 'emulator', intent: 'oos' })).toBe(1);
    expect(after.get('crmpro_message_round_trip_seconds')?.type).toBe('histogram');
    const emulatorTrips = histogramSamples(after, 'crmpro_message_round_trip_seconds').find(
      (sample) => sample.labels.channel === 'emulator',
    )!;
    expect(emulatorTrips.count).toBe(2);
    expect(emulatorTrips.sum).toBeGreaterThan(0);
    expect(Object.keys(emulatorTrips.buckets)).toEqual(
      expect.arrayContaining(['0.001', '0.01', '0.1', '1', '10', '+Inf']),
    );

    // Skill calls, and the LLM's failed lookup as an error by code.
    expect(sampleValue(after, 'crmpro_skill_calls_total', { skill: 'account-briefing' })).toBe(2);
    expect(sampleValue(after, 'crmpro_skill_calls_total', { skill: 'forecast' })).toBe(1);
    expect(
      sampleValue(after, 'crmpro_skill_errors_total', { skill: 'account-briefing', code: 'NOT_FOUND' }),
    ).toBe(1);

    // LLM calls and the tokens the server reported (10 prompt + 5 completion per call).
    expect(sampleValue(after, 'crmpro_llm_calls_total', { operation: 'chat', outcome: 'ok' })).toBe(2);
    expect(sampleValue(after, 'crmpro_llm_tokens_total', { kind: 'prompt' })).toBe(20);
    expect(sampleValue(after, 'crmpro_llm_tokens_total', { kind: 'completion' })).toBe(10);

    // Model versions: the intent model at start, the lead-score model and forecaster with the forecast.
    const models = new Map(labelSets(after, 'crmpro_model_info').map((l) => [l.model, l.version]));
    expect(models.get('intent')).toBe('2');
    expect(models.get('lead-score')).toMatch(/^v\d{8}-\d{6}$/);
    expect(models.get('forecast')).toMatch(/^combination-[0-9a-f]{12}$/);
    expect(sampleValue(after, 'crmpro_model_info', { model: 'intent', version: '2' })).toBe(1);

    // Store latencies by collection and operation, measured in the store.
    const store = histogramSamples(after, 'crmpro_store_operation_duration_seconds');
    const dealFinds = store.find((s) => s.labels.collection === 'deals' && s.labels.operation === 'find');
    expect(dealFinds?.count).toBeGreaterThan(0);
    const accountReads = store.filter((s) => s.labels.collection === 'accounts');
    expect(accountReads.reduce((sum, s) => sum + s.count, 0)).toBeGreaterThan(0);
    expect(store.every((s) => Object.keys(s.labels).sort().join() === 'collection,operation')).toBe(true);

    // HTTP requests by route pattern and status; an unknown path is `unmatched`, not its raw path.
    expect(
      sampleValue(after, 'crmpro_http_requests_total', {
        method: 'POST',
        route: '/api/messages',
        status: '200',
      }),
    ).toBe(2);
    expect(
      sampleValue(after, 'crmpro_http_requests_total', { method: 'GET', route: '/metrics', status: '200' }),
    ).toBe(1);
    expect(
      sampleValue(after, 'crmpro_http_requests_total', { method: 'GET', route: 'unmatched', status: '404' }),
    ).toBe(1);
    const routes = labelSets(after, 'crmpro_http_requests_total').map((l) => l.route);
    expect(routes).not.toContain('/no-such-page');

    // The process's default metrics.
    expect(sampleValue(after, 'crmpro_process_cpu_seconds_total', {})).toBeGreaterThan(0);
    expect(after.get('crmpro_nodejs_eventloop_lag_seconds')?.type).toBe('gauge');
  });

  it('times job runs, counts failed ones, reports queue depth and the segment model loaded by a job', async () => {
    await app.jobs.enqueue(segmentSnapshotJob, {}, FIXTURE_NOW);
    // A payload the job refuses: a permanent failure, not retried.
    await app.jobs.enqueue(purgeTranscriptsJob, { retentionDays: 0 } as never, FIXTURE_NOW);
    let families = await scrape();
    for (let i = 0; i < 200 && !jobsDone(families); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      families = await scrape();
    }
    const runs = histogramSamples(families, 'crmpro_job_duration_seconds');
    const snapshot = runs.find((s) => s.labels.job === 'segment-snapshot' && s.labels.outcome === 'ok');
    expect(snapshot?.count).toBe(1);
    expect(snapshot?.sum).toBeGreaterThan(0);
    expect(
      sampleValue(families, 'crmpro_job_failures_total', {
        job: 'purge-old-transcripts',
        retryable: 'false',
      }),
    ).toBe(1);
    expect(families.get('crmpro_queue_depth')?.type).toBe('gauge');
    expect(labelSets(families, 'crmpro_model_info').find((l) => l.model === 'segments')?.version).toMatch(
      /^\d{4}-\d\d-\d\dT/,
    );
  });

  it('never labels a series with people or raw text', async () => {
    const families = await scrape();
    const text = JSON.stringify([...families.values()]);
    for (const personal of ['Sam Rivera', 'sam.rivera', 'Zyxwv', 'zzkq', 'emulator-user', 'metrics-bf'])
      expect(text).not.toContain(personal);
  });
});
