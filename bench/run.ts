import { runAdversarialInputBench } from './adversarial-input';
import { writeBenchRecord } from './bench-record';
import { runChannelsBench } from './channels';
import { runDialogsLlmBench } from './dialogs-llm';
import { runDigestsBench } from './digests';
import { runExportBench } from './export';
import { runForecastBench } from './forecast-m3';
import { runKnowledgeAnswersBench } from './knowledge-answers';
import { runKnowledgeBeirBench } from './knowledge-beir';
import { runKnowledgeScaleBench } from './knowledge-scale';
import { runLeadConversionBench } from './lead-conversion';
import { runChurnBench } from './churn';
import { runMessageBench } from './message-round-trip';
import { runNluBench } from './nlu-intents';
import { runRecommendRetailBench } from './recommend-retail';
import { runRecommendScaleBench } from './recommend-scale';
import { runScoringBankBench } from './scoring-bank-marketing';
import { runScoringCrmBench } from './scoring-crm-demo';
import { runScoringScaleBench } from './scoring-scale';
import { runSecurityOverheadBench } from './security-overhead';
import { runAuditOverheadBench } from './audit-overhead';
import { runSegmentRetailBench } from './segment-retail';
import { runSegmentScaleBench } from './segment-scale';
import { runStoreBench } from './store-lookup';
import { runStoreMaintenanceBench } from './store-maintenance';
import { runUnderstandingBench } from './understanding';

type Bench = (options: { log: (line: string) => void }) => Promise<Record<string, unknown>>;

/**
 * Every benchmark of the product, each beside its peer in the same run. `npm run bench` runs them
 * all; `npm run bench -- messages store` runs some. Each writes bench/results/<name>.json with the
 * date, commit, machine and command beside its figures.
 */
const BENCHES: Record<string, Bench> = {
  messages: (o) => runMessageBench(o),
  store: () => runStoreBench(),
  'store-maintenance': (o) => runStoreMaintenanceBench(o),
  'nlu-banking77': (o) => runNluBench(o),
  'scoring-bank-marketing': (o) => runScoringBankBench(o),
  'scoring-scale': (o) => runScoringScaleBench(o),
  'scoring-crm-demo': (o) => runScoringCrmBench(o),
  'lead-conversion': (o) => runLeadConversionBench(o),
  churn: (o) => runChurnBench(o),
  'forecast-m3': (o) => runForecastBench(o),
  'knowledge-beir': (o) => runKnowledgeBeirBench(o),
  'knowledge-scale': (o) => runKnowledgeScaleBench(o),
  'knowledge-answers': (o) => runKnowledgeAnswersBench(o),
  'segment-retail': (o) => runSegmentRetailBench(o),
  'segment-scale': (o) => runSegmentScaleBench(o),
  'recommend-retail': (o) => runRecommendRetailBench(o),
  'recommend-scale': (o) => runRecommendScaleBench(o),
  'dialogs-llm': (o) => runDialogsLlmBench(o),
  'adversarial-input': (o) => runAdversarialInputBench(o),
  'security-overhead': (o) => runSecurityOverheadBench(o),
  'audit-overhead': (o) => runAuditOverheadBench(o),
  understanding: (o) => runUnderstandingBench(o),
  channels: (o) => runChannelsBench(o),
  digests: (o) => runDigestsBench(o),
  export: (o) => runExportBench(o),
};

/** The short names earlier versions took, kept so existing scripts still run. */
const ALIASES: Record<string, string> = {
  nlu: 'nlu-banking77',
  'scoring-bank': 'scoring-bank-marketing',
  'scoring-crm': 'scoring-crm-demo',
  forecast: 'forecast-m3',
  dialogs: 'dialogs-llm',
};

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).map((name) => ALIASES[name] ?? name);
  const unknown = wanted.filter((name) => !(name in BENCHES));
  if (unknown.length) {
    process.stderr.write(
      `unknown benchmark(s): ${unknown.join(', ')}; choose from ${Object.keys(BENCHES).join(', ')}\n`,
    );
    process.exit(2);
  }
  let failed = false;
  for (const name of wanted.length ? wanted : Object.keys(BENCHES)) {
    process.stderr.write(`\n== ${name}\n`);
    const started = Date.now();
    try {
      const result = await BENCHES[name]!({ log: (line) => process.stderr.write(`  ${line}\n`) });
      const seconds = (Date.now() - started) / 1000;
      await writeBenchRecord(`${name}.json`, name, result, seconds);
      process.stderr.write(`  -> bench/results/${name}.json (${seconds.toFixed(1)} s)\n`);
    } catch (error) {
      failed = true;
      const cause = (error as { cause?: unknown }).cause;
      process.stderr.write(
        `  FAILED: ${(error as Error).stack ?? String(error)}${cause ? `\n  caused by: ${String((cause as Error).stack ?? cause)}` : ''}\n`,
      );
    }
  }
  process.exit(failed ? 1 : 0);
}

void main();
