import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import {
  interactionDraftFrom,
  leadDraftFrom,
  stageDraftFrom,
} from '../../src/dialogs/intents/crm-write-requests';
import { contactDetailsIn, leadSourceIn } from '../../src/dialogs/intents/create-lead-dialog';
import { stageIn } from '../../src/dialogs/intents/deal-stage-questions';
import { movementOf, regionOf, segmentPhraseOf } from '../../src/dialogs/intents/insight-handlers';
import { interactionTypeIn } from '../../src/dialogs/intents/log-interaction-questions';
import { CrmUnderstander } from '../../src/dialogs/routing/crm-understander';
import { PatternUnderstander } from '../../src/dialogs/routing/pattern-understander';
import { supportRequestOf } from '../../src/dialogs/routing/support-questions';
import {
  reportsProductProblem,
  visitorSupportRequestOf,
} from '../../src/dialogs/routing/visitor-support-requests';
import { isWrittenInAnotherLanguage } from '../../src/ml/knowledge/text/message-language';
import type { Understanding } from '../../src/dialogs/routing/understanding';
import { extractEmails, extractPhones } from '../../src/dialogs/understanding/entities/contact-details';
import { extractDealStages } from '../../src/dialogs/understanding/entities/deal-stages';
import { extractEntities } from '../../src/dialogs/understanding/entities/extract-entities';
import { extractMoney } from '../../src/dialogs/understanding/entities/money';
import { NameMatcher } from '../../src/dialogs/understanding/entities/name-matcher';
import { extractPeople } from '../../src/dialogs/understanding/entities/people';
import { extractPeriodsAndDates } from '../../src/dialogs/understanding/entities/periods';
import { loadIntentModel } from '../../src/dialogs/understanding/intent-model';
import { recognize } from '../../src/dialogs/understanding/recognizer';
import { guardQuestion } from '../../src/ml/knowledge/answers/question-guard';
import { analyze } from '../../src/ml/knowledge/text/analyzer';
import { normaliseMessage, wordTokens } from '../../src/ml/nlu/text-normaliser';
import { parseForecastPeriod } from '../../src/skills/shared/forecast-period';
import { CrmNameIndex } from '../../src/skills/shared/crm-names';
import { warmUpSkills } from '../../src/skills/warm-up';
import type { DemoCrm } from '../../src/store/seed';
import { adversarialInputs, WARM_UP_MESSAGES, type AdversarialInput } from '../fixtures/adversarial-inputs';
import { ChatDriver } from '../fixtures/chat-driver';
import { loadDemoCrmNames } from '../fixtures/demo-names-crm';
import { servicesFor, temporaryStore } from '../fixtures/small-crm';

/**
 * No message stalls the server (issue 13). Every understander, entity reader and write-request
 * parser gets each hostile message of up to the length limit with a time budget; then the same
 * messages go through the whole bot turn on the full demo CRM's names, and the event loop's worst
 * delay must stay under 100 ms. Before the parsers were made linear, single messages here took
 * from 0.2 s (names, phones) to over 30 s (a lazy capture before a run of spaces).
 */

const NOW = new Date('2026-03-15T12:00:00Z');
/** What one parser may take on one message: generous for a loaded test machine, and still a hundredth of the old worst. */
const BUDGET_MS = 250;
/** The worst event-loop delay the issue allows while hostile messages go through whole turns. */
const MAX_EVENT_LOOP_DELAY_MS = 100;

const model = loadIntentModel(path.join(__dirname, '..', '..', 'models', 'intent'));
const temp = temporaryStore();
const services = servicesFor(temp.store, NOW);
let crm: DemoCrm;
let inputs: AdversarialInput[];

beforeAll(async () => {
  crm = await loadDemoCrmNames(temp.store, NOW);
  const contact = crm.contacts[0]!;
  inputs = adversarialInputs({
    account: crm.accounts[0]!.name,
    person: `${contact.firstName} ${contact.lastName}`,
  });
}, 180_000);
afterAll(() => temp.cleanup());

/** Milliseconds `work` takes, awaited. */
async function timed(work: () => unknown): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

describe('every parser of person-written text within its time budget on hostile messages', () => {
  it('the understanders, entity readers and write-request parsers', async () => {
    const names = await new CrmNameIndex(temp.store).current();
    expect(names.contacts.length).toBeGreaterThan(5_000);
    const pattern = new PatternUnderstander();
    const understander = new CrmUnderstander(model, { current: async () => names });
    const context = { ...names, now: NOW, timeZone: 'UTC' };
    const accountNames = new NameMatcher(names.accounts);
    const contactNames = new NameMatcher(names.contacts);
    const memory = { lastAccount: { id: crm.accounts[0]!._id, name: crm.accounts[0]!.name } };
    const clock = { now: NOW, timezone: 'UTC' };
    const parsers: Record<string, (text: string, understanding: Understanding) => unknown> = {
      'pattern understander': (text) => pattern.understand(text),
      'CRM understander': (text) => understander.understand(text, { now: NOW, timezone: 'UTC' }),
      'intent model and entities': (text) => recognize(model, text, context),
      'intent features': (text) => wordTokens(normaliseMessage(text)),
      entities: (text) => extractEntities(text, context),
      'account names': (text) => accountNames.find(text),
      'contact names': (text) => contactNames.find(text),
      people: (text) => extractPeople(text, names.reps),
      'periods and dates': (text) => extractPeriodsAndDates(text, { now: NOW, timeZone: 'UTC' }),
      money: (text) => extractMoney(text),
      'e-mail addresses': (text) => extractEmails(text),
      'phone numbers': (text) => extractPhones(text),
      'deal stages': (text) => extractDealStages(text),
      'log-interaction request': (text, understanding) =>
        interactionDraftFrom(text, understanding, memory, clock),
      'new-lead request': (text, understanding) => leadDraftFrom(text, understanding),
      'deal-stage request': (text, understanding) => stageDraftFrom(text, understanding, memory),
      'interaction type': (text) => interactionTypeIn(text),
      'contact details': (text) => contactDetailsIn(text),
      'lead source': (text) => leadSourceIn(text),
      'stage answer': (text) => stageIn(text),
      region: (text) => regionOf(text),
      'segment phrase': (text) => segmentPhraseOf(text),
      'segment movement': (text) => movementOf(text),
      'support requests': (text) => supportRequestOf(text),
      'visitor support requests': (text) => visitorSupportRequestOf(text),
      'visitor problem reports': (text) => reportsProductProblem(text),
      'knowledge question guard': (text) => guardQuestion(text),
      'knowledge analyzer': (text) => analyze(text),
      'message language': (text) => isWrittenInAnotherLanguage(text),
      'forecast period': (text) => {
        try {
          return parseForecastPeriod(text, NOW);
        } catch {
          return undefined;
        }
      },
    };
    const overBudget: string[] = [];
    for (const input of inputs) {
      const understanding = await understander.understand(input.text, { now: NOW, timezone: 'UTC' });
      for (const [name, parse] of Object.entries(parsers)) {
        // Other test files share the machine's two cores: a parse is tried up to three times and its
        // fastest run counts. A pattern that backtracks is slow every time.
        let ms = Infinity;
        for (let attempt = 0; attempt < 3 && ms > BUDGET_MS; attempt++)
          ms = Math.min(ms, await timed(() => parse(input.text, understanding)));
        if (ms > BUDGET_MS) overBudget.push(`${name} on ${input.name}: ${Math.round(ms)} ms`);
      }
    }
    expect(overBudget).toEqual([]);
  }, 600_000);
});

describe('hostile messages through the whole bot turn on the full demo CRM', () => {
  it('keep the worst event-loop delay under 100 ms', async () => {
    await warmUpSkills(services);
    const rep = crm.users.find((user) => user.role === 'rep')!;
    // The first turn of each kind loads names and models and compiles its dialog: not a message's cost.
    for (const [index, text] of WARM_UP_MESSAGES.entries())
      await new ChatDriver(services, `adversarial-warm-up-${index}`, { localUser: rep.email }).say(text);

    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    await new Promise((resolve) => setTimeout(resolve, 20)); // the monitor starts on the next turn of the loop
    const tooSlow: string[] = [];
    let worstMs = 0;
    let replied = 0;
    for (const [index, input] of inputs.entries()) {
      // The delay a message causes is its own blocking plus whatever else the machine's scheduler
      // does meanwhile (other test files run in parallel): a message is tried up to three times and
      // its smallest delay counts. A pattern that backtracks blocks every time.
      let messageMs = Infinity;
      for (let attempt = 0; attempt < 3 && messageMs >= MAX_EVENT_LOOP_DELAY_MS; attempt++) {
        // A conversation each: what is measured is the message, not a transcript hundreds of turns long.
        const chat = new ChatDriver(services, `adversarial-${index}-${attempt}`, { localUser: rep.email });
        delay.reset();
        const replies = await chat.say(input.text);
        if (attempt === 0 && replies.length > 0) replied++;
        await new Promise((resolve) => setTimeout(resolve, 20)); // a delay is recorded when the timer fires
        messageMs = Math.min(messageMs, delay.max / 1e6);
      }
      worstMs = Math.max(worstMs, messageMs);
      if (messageMs >= MAX_EVENT_LOOP_DELAY_MS) tooSlow.push(`${input.name}: ${Math.round(messageMs)} ms`);
    }
    delay.disable();

    expect(replied).toBe(inputs.length);
    expect(tooSlow).toEqual([]);
    expect(worstMs).toBeGreaterThan(0); // the monitor did measure
    expect(worstMs).toBeLessThan(MAX_EVENT_LOOP_DELAY_MS);
  }, 900_000);
});
