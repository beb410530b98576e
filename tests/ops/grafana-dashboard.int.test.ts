import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startApp, type App } from '../../src/app';
import { silentLogger } from '../../src/core/logger';
import { metricFamilies } from '../fixtures/prometheus-text';
import { FIXTURE_NOW, loadSmallCrm, temporaryStore } from '../fixtures/small-crm';
import { testConfig } from '../fixtures/test-config';

// The grammar ships as an ES module with a CommonJS build, which jest loads through require.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parser } = require('@prometheus-io/lezer-promql') as {
  parser: { parse(source: string): { cursor(): PromQlCursor } };
};

/** The parts of lezer's tree cursor the check walks with. */
interface PromQlCursor {
  readonly name: string;
  readonly from: number;
  readonly to: number;
  readonly type: { readonly isError: boolean };
  next(): boolean;
}

const DASHBOARD = path.join(__dirname, '..', '..', 'ops', 'grafana', 'crmpro-dashboard.json');

interface Target {
  expr: string;
  refId: string;
}
interface Panel {
  type: string;
  title: string;
  description?: string;
  datasource?: { type: string; uid: string };
  targets?: (Target & { datasource?: { uid: string } })[];
}
interface Dashboard {
  __inputs: { name: string; type: string; pluginId: string }[];
  panels: Panel[];
  templating: { list: { name: string; query: { query: string } }[] };
}

/** Grafana's variables replaced by values PromQL accepts, so the parser sees what Prometheus will. */
function asPromQl(expr: string): string {
  return expr.replaceAll('$__rate_interval', '5m').replaceAll('$instance', '.*');
}

/** The metric names a PromQL expression selects; throws on a syntax error (the real grammar). */
function selectedMetrics(expr: string): string[] {
  const source = asPromQl(expr);
  const names: string[] = [];
  const cursor = parser.parse(source).cursor();
  do {
    if (cursor.type.isError) throw new Error(`PromQL syntax error at ${cursor.from} in: ${expr}`);
    if (cursor.name === 'Identifier') names.push(source.slice(cursor.from, cursor.to));
  } while (cursor.next());
  return names;
}

/**
 * ops/grafana/crmpro-dashboard.json: valid JSON for Grafana's import (a `${DS_PROMETHEUS}` input
 * used by every panel), every query valid PromQL (the Prometheus project's grammar) naming only
 * series a live server exports on /metrics, and every CRMPro series on some panel.
 */
describe('the Grafana dashboard queries only what /metrics exports', () => {
  const temp = temporaryStore();
  let app: App;
  let exported: Set<string>;
  let appFamilies: string[];
  const dashboard = JSON.parse(readFileSync(DASHBOARD, 'utf8')) as Dashboard;
  const panels = dashboard.panels.filter((panel) => panel.type !== 'row');
  const queries = panels.flatMap((panel) => (panel.targets ?? []).map((target) => ({ panel, target })));

  beforeAll(async () => {
    await loadSmallCrm(temp.store);
    app = await startApp(testConfig(temp.dataDir), temp.store, silentLogger(), () => FIXTURE_NOW);
    const base = `http://127.0.0.1:${app.port}`;
    // One turn, so the labelled series have samples as well as their HELP and TYPE lines.
    await fetch(`${base}/api/webchat/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: 'tell me about Acme', conversationId: 'dashboard-check' }),
    });
    const families = await metricFamilies(await (await fetch(`${base}/metrics`)).text());
    exported = new Set(
      [...families].flatMap(([name, family]) =>
        family.type === 'histogram'
          ? [name, `${name}_bucket`, `${name}_sum`, `${name}_count`]
          : family.type === 'summary'
            ? [name, `${name}_sum`, `${name}_count`]
            : [name],
      ),
    );
    appFamilies = [...families.keys()].filter(
      (name) => !name.startsWith('crmpro_process_') && !name.startsWith('crmpro_nodejs_'),
    );
  });
  afterAll(async () => {
    await app.stop();
    await temp.cleanup();
  });

  it('is a dashboard Grafana imports with the Prometheus data source as an input', () => {
    expect(dashboard.__inputs).toEqual([
      expect.objectContaining({ name: 'DS_PROMETHEUS', type: 'datasource', pluginId: 'prometheus' }),
    ]);
    expect(panels.length).toBeGreaterThanOrEqual(12);
    for (const panel of panels) {
      expect(panel.datasource).toEqual({ type: 'prometheus', uid: '${DS_PROMETHEUS}' });
      expect(panel.description).toBeTruthy();
      expect(panel.targets?.length).toBeGreaterThan(0);
      for (const target of panel.targets!) expect(target.datasource?.uid).toBe('${DS_PROMETHEUS}');
    }
    const titles = panels.map((panel) => panel.title);
    for (const wanted of [
      /turns per second by channel/i,
      /round trip p50 \/ p95 \/ p99/i,
      /skill errors by code/i,
      /LLM tokens/i,
      /store latency p95 by collection/i,
      /queue depth/i,
      /job duration/i,
      /job failures/i,
      /HTTP requests per second by status/i,
    ])
      expect(titles.some((title) => wanted.test(title))).toBe(true);
  });

  it('queries only series the server exports, in valid PromQL', () => {
    expect(queries.length).toBeGreaterThan(15);
    const unknown: string[] = [];
    for (const { panel, target } of queries) {
      const names = selectedMetrics(target.expr);
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) if (!exported.has(name)) unknown.push(`${panel.title}: ${name}`);
    }
    for (const variable of dashboard.templating.list) {
      const metric = /label_values\((\w+),/.exec(variable.query.query)?.[1];
      if (!metric || !exported.has(metric)) unknown.push(`variable ${variable.name}: ${metric}`);
    }
    expect(unknown).toEqual([]);
  });

  it('shows every CRMPro series somewhere', () => {
    const used = new Set(queries.flatMap(({ target }) => selectedMetrics(target.expr)));
    const base = (name: string) => name.replace(/_(bucket|sum|count)$/, '');
    const shown = new Set([...used].map(base));
    expect(appFamilies.filter((name) => !shown.has(name))).toEqual([]);
  });

  it('rejects a query naming a series the server does not export (the check can fail)', () => {
    expect(() => selectedMetrics('sum(rate(crmpro_turns_total[$__rate_interval]')).toThrow(/syntax error/);
    expect(
      selectedMetrics('sum(rate(crmpro_no_such_series_total[5m]))').filter((n) => !exported.has(n)),
    ).toEqual(['crmpro_no_such_series_total']);
  });
});
