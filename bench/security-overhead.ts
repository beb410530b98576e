import { runPairedRoundTrips } from './paired-round-trip';

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
 * limiters on, against both off (`CRM_VISIBILITY=all`, limits 0), measured in pairs by
 * `runPairedRoundTrips`. The questions are about the demo rep's own accounts, so both servers give
 * the same answer and only the checks differ. Goal: within 5%.
 */
export async function runSecurityOverheadBench(
  options: { requests?: number; log?: (line: string) => void } = {},
): Promise<Record<string, unknown>> {
  const log = options.log ?? (() => undefined);
  const paired = await runPairedRoundTrips({
    requests: options.requests ?? 400,
    on: { env: { CRM_VISIBILITY: 'team', ...LIMITS_THAT_NEVER_REFUSE } },
    off: { env: { CRM_VISIBILITY: 'all', ...NO_LIMITS } },
    log,
  });
  const result = {
    questions: paired.questions,
    sameAnswersOnAndOff: paired.sameAnswersOnAndOff,
    checksOnMs: paired.onMs,
    checksOffMs: paired.offMs,
    overheadMedianPairPercent: paired.overheadMedianPairPercent,
    overheadMedianPairPercentCi95: paired.overheadMedianPairPercentCi95,
    overheadP50Percent: paired.overheadP50Percent,
    overheadMeanPercent: paired.overheadMeanPercent,
    cpuOnMs: paired.onCpuMs,
    cpuOffMs: paired.offCpuMs,
    cpuOverheadMedianPairPercent: paired.cpuOverheadMedianPairPercent,
    cpuOverheadMedianPairPercentCi95: paired.cpuOverheadMedianPairPercentCi95,
    overheadP99Percent: paired.overheadP99Percent,
    goalPercent: 5,
  };
  log(
    `median paired overhead ${result.overheadMedianPairPercent}% (95% CI ${result.overheadMedianPairPercentCi95.join(' to ')}); checks on p50 ${paired.onMs.p50} ms mean ${paired.onMs.mean} ms; off p50 ${paired.offMs.p50} ms mean ${paired.offMs.mean} ms; overhead p50 ${result.overheadP50Percent}% mean ${result.overheadMeanPercent}%; same answers: ${result.sameAnswersOnAndOff}`,
  );
  return result;
}

if (require.main === module) {
  void runSecurityOverheadBench({ log: (line) => process.stderr.write(`${line}\n`) }).then((result) =>
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`),
  );
}
