import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { CRM_INTENTS } from '../../../src/dialogs/understanding/crm-intents';
import { loadIntentModel } from '../../../src/dialogs/understanding/intent-model';
import { recognize } from '../../../src/dialogs/understanding/recognizer';
import { evaluateIntents } from '../../../src/ml/nlu/intent-evaluation';

const root = join(__dirname, '..', '..', '..');
const model = loadIntentModel(join(root, 'models', 'intent'));

describe('the shipped intent model', () => {
  it('knows every product intent', () => {
    expect([...model.classifier.intents].sort()).toEqual([...CRM_INTENTS].sort());
  });

  // Fixed floors, not the model's own card: a rebuilt model that understands less fails here. They
  // sit a little under the model built from nlu-data/ (accuracy 82.3%, macro-F1 78.7%, oos
  // precision 70.6% and recall 63.2% on 19 oos rows, 1.5% of in-scope rows called oos), so an edit
  // of the templates that moves a row or two passes and a real step back does not (the model before
  // issue 17 had 48.1% oos precision and called 4.2% of in-scope rows oos).
  it('meets fixed floors on the held-back template lines it never saw', () => {
    const rows = parse(readFileSync(join(root, 'nlu-data', 'crm-intents.heldback.csv')), {
      columns: true,
    }) as {
      text: string;
      label: string;
    }[];
    const evaluation = evaluateIntents(
      rows.map((r) => r.label),
      rows.map((r) => model.classifier.classify(r.text).intent),
    );
    expect(rows.length).toBeGreaterThan(300);
    expect(evaluation.oos.support).toBeGreaterThanOrEqual(15);
    expect(evaluation.accuracy).toBeGreaterThanOrEqual(0.8);
    expect(evaluation.macroF1).toBeGreaterThanOrEqual(0.76);
    expect(evaluation.oos.precision).toBeGreaterThanOrEqual(0.6);
    expect(evaluation.oos.recall).toBeGreaterThanOrEqual(0.55);
    expect(evaluation.falseOosRate).toBeLessThanOrEqual(0.03);
  });

  it.each([
    ['@crm brief acme', 'briefing'],
    ['tell me about Globex', 'briefing'],
    ['open deals for Initech', 'deal_lookup'],
    ['pipe', 'deal_lookup'],
    ['who is our contact at Umbrella', 'contact_lookup'],
    ['my top leads', 'top_leads'],
    ['why is acme scored so low', 'lead_score'],
    ['log a call with Jane at Initech: discussed renewal, follow up in May', 'log_interaction'],
    ['q3 fcst', 'forecast'],
    ['which deals are at risk?', 'at_risk_deals'],
    ['move the globex deal to closed won', 'update_deal_stage'],
    ['what should i pitch to hooli', 'recommendations'],
    ['how much does the pro plan cost', 'knowledge_question'],
    ['stop sending me the digest', 'digest_unsubscribe'],
    ['talk to a human', 'handoff'],
    ['thx', 'thanks'],
    ['nvm', 'cancel'],
    ['start over', 'start_over'],
    ['yep', 'confirm'],
    ['nope', 'deny'],
  ])('reads "%s" as %s', (text, intent) => {
    expect(recognize(model, text).intent).toBe(intent);
  });

  it.each(['what is the weather like in paris', 'tell me a joke', 'book me a flight to rome'])(
    'calls "%s" out of scope',
    (text) => {
      const recognition = recognize(model, text);
      expect(recognition.isOutOfScope).toBe(true);
      expect(recognition.intent).toBe('oos');
      expect(recognition.alternatives.length).toBeGreaterThan(0);
    },
  );
});
