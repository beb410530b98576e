import { writeFileSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import type { Command } from 'commander';
import { CrmError, ErrorCode } from '../core/errors';
import { buildCrmIntentModel } from '../ml/nlu/crm-intent-build';
import { fingerprintUtterances, loadIntentClassifier, saveIntentModel } from '../ml/nlu/intent-artifact';
import { evaluateIntents, formatEvaluation } from '../ml/nlu/intent-evaluation';
import { DEFAULT_TRAINING_SETTINGS, trainIntentClassifier } from '../ml/nlu/intent-training';
import { readLabelledUtterances, readMessageTable } from '../ml/nlu/labelled-csv';
import { libraryVersions } from '../ml/nlu/library-versions';
import { DEFAULT_OOS_RULE } from '../ml/nlu/oos-threshold';
import type { CliEnvironment } from './cli-environment';
import { runCommand } from './run-command';

function fraction(name: string): (value: string) => number {
  return (value: string) => {
    const parsed = Number(value);
    if (!(parsed >= 0 && parsed < 1))
      throw new CrmError(ErrorCode.InvalidInput, `${name} must be a number in [0, 1) (got '${value}')`);
    return parsed;
  };
}

/** `crmpro nlu train|predict|eval`: the stable interface for training and judging the intent model on any labelled CSV. */
export function registerNluCommands(program: Command, env: CliEnvironment): void {
  const nlu = program
    .command('nlu')
    .description(
      'Intent classifier: train, predict and evaluate on labelled CSV files (text + label/intent/category; oos = out of scope)',
    );

  nlu
    .command('train')
    .description('Train an intent model from a labelled CSV into a model directory')
    .requiredOption('--data <file>', 'labelled CSV: a text column and a label, intent or category column')
    .requiredOption('--out <dir>', 'model directory to write (model.json, features.json, weights.bin)')
    .option('--svm-only', 'train the linear SVM alone (several times faster, about a point less accurate)')
    .option(
      '--target-false-oos <rate>',
      'share of held-out in-scope messages the out-of-scope threshold rejects (the least it rejects when there are oos rows)',
      fraction('--target-false-oos'),
      DEFAULT_OOS_RULE.falseOosBudget,
    )
    .option(
      '--oos-recall <share>',
      'with oos rows: share of held-out oos rows the threshold must catch, rejecting as few in-scope messages as it can',
      fraction('--oos-recall'),
      DEFAULT_OOS_RULE.oosRecallTarget,
    )
    .action(
      runCommand(
        env,
        async (options: {
          data: string;
          out: string;
          svmOnly?: boolean;
          targetFalseOos: number;
          oosRecall: number;
        }) => {
          const utterances = readLabelledUtterances(options.data);
          const settings = {
            ...DEFAULT_TRAINING_SETTINGS,
            mlp: options.svmOnly ? null : DEFAULT_TRAINING_SETTINGS.mlp,
            oosRule: {
              ...DEFAULT_OOS_RULE,
              falseOosBudget: options.targetFalseOos,
              oosRecallTarget: options.oosRecall,
            },
          };
          env.err(`training on ${utterances.length} rows from ${options.data} ...`);
          const { classifier, report } = trainIntentClassifier(utterances, settings);
          saveIntentModel(options.out, classifier, {
            createdAt: new Date().toISOString(),
            data: {
              source: options.data,
              rows: utterances.length,
              sha256: fingerprintUtterances(utterances),
            },
            training: { settings, report },
            metrics: {},
            libraries: libraryVersions(),
          });
          env.out(
            `trained ${report.intents} intents (${report.oosRows} oos rows) on ${report.rows} rows in ${report.trainingSeconds.toFixed(1)} s; ` +
              `held-out accuracy ${(100 * report.heldOutAccuracy).toFixed(2)}%, oos threshold ${report.oosThreshold.threshold.toFixed(3)} ` +
              `(${report.oosThreshold.method}: held out, ${(100 * report.oosThreshold.heldOutFalseOosRate).toFixed(1)}% of in-scope rejected` +
              `${report.oosThreshold.heldOutOosRecall === undefined ? '' : `, ${(100 * report.oosThreshold.heldOutOosRecall).toFixed(1)}% of oos caught`}` +
              `${report.oosThreshold.heldOutAccuracyFloor === undefined ? '' : `, in-scope accuracy ${(100 * report.oosThreshold.heldOutInScopeAccuracy).toFixed(2)}% against the linear SVM's ${(100 * report.oosThreshold.heldOutAccuracyFloor).toFixed(2)}%`}); ` +
              `model written to ${options.out}`,
          );
          return 0;
        },
      ),
    );

  nlu
    .command('predict')
    .description(
      'Label every row of a CSV (text column) and write text,label in input order (oos = no intent)',
    )
    .requiredOption('--model <dir>', 'model directory written by `nlu train`')
    .requiredOption('--data <file>', 'CSV with a text column')
    .requiredOption('--out <file>', 'CSV to write: text,label')
    .action(
      runCommand(env, async (options: { model: string; data: string; out: string }) => {
        const { classifier } = loadIntentClassifier(options.model);
        const table = readMessageTable(options.data, { requireLabels: false });
        const rows = table.texts.map((text) => [text, classifier.classify(text).intent]);
        writeFileSync(options.out, stringify(rows, { header: true, columns: ['text', 'label'] }));
        env.err(`labelled ${rows.length} rows into ${options.out}`);
        return 0;
      }),
    );

  nlu
    .command('eval')
    .description(
      'Accuracy, macro-F1, per-intent scores and confusions, out-of-scope precision/recall on a labelled CSV',
    )
    .requiredOption('--model <dir>', 'model directory written by `nlu train`')
    .requiredOption('--data <file>', 'labelled CSV (rows labelled oos are out-of-scope examples)')
    .option('--json', 'print the full evaluation as JSON')
    .action(
      runCommand(env, async (options: { model: string; data: string; json?: boolean }) => {
        const { classifier } = loadIntentClassifier(options.model);
        const table = readMessageTable(options.data, { requireLabels: true });
        const predicted = table.texts.map((text) => classifier.classify(text).intent);
        const evaluation = evaluateIntents(table.labels!, predicted);
        if (options.json) env.out(JSON.stringify(evaluation, null, 2));
        else for (const line of formatEvaluation(evaluation)) env.out(line);
        return 0;
      }),
    );

  nlu
    .command('build-crm')
    .description(
      "Rebuild the product's shipped intent model from nlu-data/ templates (holds back whole template lines to measure it)",
    )
    .option('--templates <dir>', 'folder of <intent>.txt template files', 'nlu-data/crm-intents')
    .option('--slots <file>', 'slot values JSON', 'nlu-data/slot-values.json')
    .option('--out <dir>', 'model root; writes <dir>/<version>/', 'models/intent')
    .option('--version <name>', 'model version folder', '2')
    .action(
      runCommand(env, async (options: { templates: string; slots: string; out: string; version: string }) => {
        const result = buildCrmIntentModel({
          templatesDir: options.templates,
          slotsFile: options.slots,
          modelRoot: options.out,
          version: options.version,
          heldBackShare: 0.15,
          seed: 42,
          // On the product's held-back lines the networks add nothing measurable (SVM alone 82.3%,
          // with two networks 81.2%, within noise on 356 rows), and without them the model is 20 times smaller.
          // The shipped model keeps the rule it was built with: an SVM alone has no accuracy margin
          // over itself, so the accuracy floor would stop every threshold.
          settings: {
            ...DEFAULT_TRAINING_SETTINGS,
            mlp: null,
            oosRule: { ...DEFAULT_OOS_RULE, accuracyFloor: 'none' },
          },
        });
        const pct = (value: number | null) => (value === null ? 'n/a' : `${(100 * value).toFixed(1)}%`);
        env.out(
          `wrote ${result.modelDir}: ${result.card.training.report.rows} training rows, ${result.card.training.report.intents} intents; ` +
            `held back ${result.heldBack.rows} rows: accuracy ${pct(result.heldBack.accuracy)}, macro-F1 ${pct(result.heldBack.macroF1)}, ` +
            `oos precision ${pct(result.heldBack.oos.precision)} recall ${pct(result.heldBack.oos.recall)}`,
        );
        return 0;
      }),
    );
}
