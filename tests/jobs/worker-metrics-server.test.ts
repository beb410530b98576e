import { Gauge } from 'prom-client';
import { silentLogger } from '../../src/core/logger';
import { CrmMetrics } from '../../src/core/metrics';
import { startWorkerMetricsServer } from '../../src/jobs/worker-metrics-server';
import { metricFamilies } from '../fixtures/prometheus-text';

describe("a worker's metrics listener", () => {
  it("writes a sample with no measurement yet as the format's NaN, which a strict parser reads", async () => {
    const metrics = new CrmMetrics();
    // What the event-loop lag mean reports before its first measurement.
    new Gauge({ name: 'crmpro_test_unmeasured', help: 'no value yet', registers: [metrics.registry] }).set(
      NaN,
    );
    const server = await startWorkerMetricsServer(metrics, { port: 0, host: '127.0.0.1' }, silentLogger());
    try {
      const text = await (await fetch(server.url)).text();
      expect(text).toMatch(/^crmpro_test_unmeasured NaN$/m);
      expect(text).not.toMatch(/ Nan$/m);
      expect((await metricFamilies(text)).has('crmpro_turns_total')).toBe(true);
    } finally {
      await server.close();
    }
  });
});
