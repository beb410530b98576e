import type { Store } from '../src/store/store';
import { runPairedRoundTrips } from './paired-round-trip';

/** Rate limits off (0) on both servers: hundreds of messages from one sender in minutes are the point. */
const NO_LIMITS = { RATE_LIMIT_ADDRESS_PER_MINUTE: '0', RATE_LIMIT_SENDER_PER_MINUTE: '0' };

/**
 * What the audit log costs a message: the same round trip through `POST /api/messages` on the
 * seeded demo CRM, with the audit log written (one entry per skill call that returns records,
 * committed with the turn's transcript) against a server of the same store with it left out,
 * measured in pairs by `runPairedRoundTrips`. Goal: within 5%.
 */
export async function runAuditOverheadBench(
  options: { requests?: number; log?: (line: string) => void } = {},
): Promise<Record<string, unknown>> {
  const log = options.log ?? (() => undefined);
  const requests = options.requests ?? 200;
  let entriesBefore = 0;
  let entriesWritten = 0;
  const count = (store: Store) => store.auditEntries.countDocuments({});
  const paired = await runPairedRoundTrips({
    requests,
    on: { env: NO_LIMITS, app: { audit: true } },
    off: { env: NO_LIMITS, app: { audit: false } },
    log,
    beforeMeasured: async (store) => {
      entriesBefore = await count(store);
    },
    afterMeasured: async (store) => {
      // The entries of the last turns commit with their transcripts, just after the replies.
      await new Promise((resolve) => setTimeout(resolve, 200));
      entriesWritten = (await count(store)) - entriesBefore;
    },
  });
  const result = {
    requests,
    questions: paired.questions,
    sameAnswersOnAndOff: paired.sameAnswersOnAndOff,
    auditEntriesWritten: entriesWritten,
    auditOnMs: paired.onMs,
    auditOffMs: paired.offMs,
    overheadMedianPairPercent: paired.overheadMedianPairPercent,
    overheadMedianPairPercentCi95: paired.overheadMedianPairPercentCi95,
    overheadP50Percent: paired.overheadP50Percent,
    overheadMeanPercent: paired.overheadMeanPercent,
    cpuOnMs: paired.onCpuMs,
    cpuOffMs: paired.offCpuMs,
    cpuOverheadMedianPairPercent: paired.cpuOverheadMedianPairPercent,
    cpuOverheadMedianPairPercentCi95: paired.cpuOverheadMedianPairPercentCi95,
    goalPercent: 5,
  };
  log(
    `audit: median paired overhead ${result.overheadMedianPairPercent}% (95% CI ${result.overheadMedianPairPercentCi95.join(' to ')}); on p50 ${paired.onMs.p50} ms, off p50 ${paired.offMs.p50} ms; CPU a turn ${paired.onCpuMs.p50} vs ${paired.offCpuMs.p50} ms (paired ${result.cpuOverheadMedianPairPercent}%); ${entriesWritten} entries for ${requests} audited messages`,
  );
  return result;
}

if (require.main === module) {
  void runAuditOverheadBench({ log: (line) => process.stderr.write(`${line}\n`) }).then((result) =>
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`),
  );
}
