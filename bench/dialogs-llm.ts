import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ConversationState, type Activity } from 'botbuilder';
import { DialogSet, TextPrompt, WaterfallDialog, type DialogState } from 'botbuilder-dialogs';
import { buildBot } from '../src/bots/core/build-bot';
import { InProcessAdapter } from '../src/bots/in-process/in-process-adapter';
import { InProcessChannel } from '../src/bots/in-process/in-process-channel';
import { silentLogger } from '../src/core/logger';
import type { Understander } from '../src/dialogs/routing/understanding';
import { accountBriefing } from '../src/skills/account-briefing';
import { invokeSkill } from '../src/skills/skill';
import { BotStateStorage } from '../src/skills/shared/bot-state-storage';
import { dealsMatching } from '../src/skills/shared/deal-lookup';
import { buildSkillServices } from '../src/skills/skill-services';
import { openEmbeddedStore } from '../src/store/embedded/embedded-store';
import { seedDemoCrm } from '../src/store/seed/seed-demo-crm';
import { lastMessage, OpenAiLoopback } from '../tests/fixtures/openai-loopback';
import { percentiles } from './message-round-trip';

const root = path.join(__dirname, '..');

function activity(text: string, conversation: string): Partial<Activity> {
  return {
    type: 'message',
    channelId: 'bench',
    serviceUrl: 'local://bench',
    text,
    conversation: { id: conversation, isGroup: false, conversationType: 'personal', name: 'bench' },
    from: { id: 'bench-user', name: 'Bench', role: 'user' },
    recipient: { id: 'crmpro', name: 'CRMPro', role: 'bot' },
  };
}

/**
 * Turns of the write dialogs through the bot core on the full demo CRM (log a call: request,
 * confirm, decline the task; move a deal: request, decline), beside a bare botbuilder-dialogs
 * waterfall of two text prompts on the same store-backed state (the framework's floor), and the
 * LLM fallback (langchain's agent, its checkpoints in the store) against a loopback
 * chat-completions server: a question (two model calls: the tool call, then the answer) beside the
 * same two HTTP requests made with fetch (what langchain, the agent and its checkpoints add), and a
 * change held for confirmation (one model call) then made on "yes" (none); plus the cold load of
 * langchain.
 */
export async function runDialogsLlmBench(
  options: { conversations?: number; log?: (line: string) => void } = {},
): Promise<Record<string, unknown>> {
  const log = options.log ?? (() => undefined);
  const n = options.conversations ?? 40;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'crmpro-bench-dialogs-'));
  const store = openEmbeddedStore({ dataDir });
  const llm = await OpenAiLoopback.start(() => ({ content: 'unused' }));
  try {
    log('seeding the demo CRM (full size)...');
    await seedDemoCrm(store, { anchor: new Date(), log });
    const services = buildSkillServices({
      store,
      logger: silentLogger(),
      modelsDir: path.join(root, 'models'),
      knowledgeDir: path.join(root, 'knowledge'),
    });
    const core = buildBot({
      services,
      logger: silentLogger(),
      localUser: 'demo',
      defaultTimezone: 'UTC',
      modelsDir: services.modelsDir,
    });
    const channel = new InProcessChannel(core, { channelId: 'bench', trust: 'local' });
    // The floor below runs bare botbuilder-dialogs through the same kind of in-process adapter.
    const adapter = new InProcessAdapter('local');
    const turn = async (text: string, conversation: string): Promise<{ ms: number; text: string }> => {
      const started = performance.now();
      const replies = await channel.send({ conversationId: conversation, text });
      return { ms: performance.now() - started, text: replies.map((r) => r.text).join(' | ') };
    };

    const rep = (await store.users.findOne({ email: 'sam.rivera@demo.crmpro.dev' }))!;
    const initech = (await store.accounts.findOne({ name: 'Initech' }))!;
    const contact = (await store.contacts.findOne({ accountId: initech._id }))!;
    const openDeal = (await store.deals.findOne({ ownerId: rep._id, stage: 'proposal' }))!;
    const logTurns: number[] = [];
    const stageTurns: number[] = [];
    const floorTurns: number[] = [];

    // The floor: botbuilder-dialogs alone, two text prompts, state in the same store.
    const state = new ConversationState(new BotStateStorage(store));
    const dialogs = new DialogSet(state.createProperty<DialogState>('dialogState'));
    dialogs.add(new TextPrompt('text'));
    dialogs.add(
      new WaterfallDialog('form', [
        (s) => s.prompt('text', 'Which account?'),
        (s) => s.prompt('text', 'What about?'),
        (s) => s.endDialog(),
      ]),
    );
    const floorTurn = async (text: string, conversation: string): Promise<number> => {
      const started = performance.now();
      await adapter.processActivity(activity(text, conversation), async (context) => {
        const dc = await dialogs.createContext(context);
        const result = await dc.continueDialog();
        if (result.status === 'empty') await dc.beginDialog('form');
        await state.saveChanges(context);
      });
      return performance.now() - started;
    };

    const warmUp = 5;
    for (let i = -warmUp; i < n; i++) {
      const measured = (ms: number, into: number[]) => i >= 0 && into.push(ms);
      const request = await turn(
        `log a call with ${contact.firstName} at Initech: bench ${i}, follow up next week`,
        `log-${i}`,
      );
      if (!request.text.startsWith('Log a call')) throw new Error(`unexpected reply: ${request.text}`);
      measured(request.ms, logTurns);
      measured((await turn('yes', `log-${i}`)).ms, logTurns);
      measured((await turn('no', `log-${i}`)).ms, logTurns);
      const move = await turn(`move ${openDeal.name} to negotiation`, `stage-${i}`);
      if (!move.text.startsWith('Move')) throw new Error(`unexpected reply: ${move.text}`);
      measured(move.ms, stageTurns);
      measured((await turn('no', `stage-${i}`)).ms, stageTurns);
      for (const text of ['log something', 'Initech', 'bench'])
        measured(await floorTurn(text, `floor-${i}`), floorTurns);
    }
    const logStats = percentiles(logTurns);
    const stageStats = percentiles(stageTurns);
    const floorStats = percentiles(floorTurns);
    log(
      `log-interaction turn p50 ${logStats.p50.toFixed(1)} ms, deal-stage turn p50 ${stageStats.p50.toFixed(1)} ms, bare waterfall p50 ${floorStats.p50.toFixed(1)} ms`,
    );

    // Deal lookup by words with no account given: found through the account the words name, and
    // (no account in the words) the full scan of every deal, the slowest lookup a dialog makes.
    const timed = async (mention: string): Promise<number[]> => {
      const samples: number[] = [];
      for (let i = 0; i < 20; i++) {
        const started = performance.now();
        await dealsMatching(store, mention);
        samples.push(performance.now() - started);
      }
      return samples;
    };
    const viaAccount = await timed('initech data integration');
    const fullScan = await timed('data integration q4 2026');
    const deals = await store.deals.countDocuments({});
    const briefingSkill: number[] = [];
    for (let i = 0; i < 20; i++) {
      const started = performance.now();
      await invokeSkill(
        accountBriefing,
        { account: 'initech' },
        { caller: { role: 'rep', userId: rep._id, timezone: 'UTC' }, services },
      );
      briefingSkill.push(performance.now() - started);
    }

    // LLM fallback: one tool round plus the answer, against the loopback server.
    llm.reset((request) =>
      lastMessage(request).role === 'tool'
        ? { content: 'Initech is a customer owned by Sam Rivera.' }
        : { toolCalls: [{ name: 'account-briefing', arguments: { account: 'initech' } }] },
    );
    const unsure: Understander = { understand: async () => ({ intent: 'oos', confidence: 0 }) };
    const llmCore = buildBot({
      services,
      understander: unsure,
      logger: silentLogger(),
      localUser: 'demo',
      defaultTimezone: 'UTC',
      modelsDir: services.modelsDir,
      llm: { baseUrl: llm.baseUrl, model: 'bench' },
    });
    const llmChannel = new InProcessChannel(llmCore, { channelId: 'bench', trust: 'local' });
    const agentTurns: number[] = [];
    const fetchFloor: number[] = [];
    for (let i = -warmUp; i < n; i++) {
      const before = llm.requests.length;
      const started = performance.now();
      await llmChannel.send({ conversationId: `llm-${i}`, text: 'how is initech' });
      const ms = performance.now() - started;
      const bodies = llm.requests.slice(before).map((r) => JSON.stringify(r));
      if (bodies.length !== 2) throw new Error(`expected 2 model calls, got ${bodies.length}`);
      // The floor: the same two requests, posted with fetch, no client library, no tools run.
      const floorStarted = performance.now();
      for (const body of bodies) {
        const response = await fetch(`${llm.baseUrl}/chat/completions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
        await response.json();
      }
      const floorMs = performance.now() - floorStarted;
      if (i >= 0) {
        agentTurns.push(ms);
        fetchFloor.push(floorMs);
      }
    }
    const agentStats = percentiles(agentTurns);
    const fetchStats = percentiles(fetchFloor);

    // A change the model makes: held for the person's yes (one model call), then made (no model call).
    llm.reset(() => ({
      toolCalls: [{ name: 'create-task', arguments: { title: 'Bench follow-up', account: 'Initech' } }],
    }));
    const proposeTurns: number[] = [];
    const confirmTurns: number[] = [];
    const tasksBefore = await store.tasks.countDocuments({ title: 'Bench follow-up' });
    for (let i = -warmUp; i < n; i++) {
      const before = llm.requests.length;
      let started = performance.now();
      const [held] = await llmChannel.send({
        conversationId: `llm-write-${i}`,
        text: 'remind me to follow up',
      });
      const proposeMs = performance.now() - started;
      if (!held?.text.startsWith('Before I save anything'))
        throw new Error(`unexpected reply: ${held?.text}`);
      started = performance.now();
      const [done] = await llmChannel.send({ conversationId: `llm-write-${i}`, text: 'yes' });
      const confirmMs = performance.now() - started;
      if (!done?.text.startsWith('Created the task')) throw new Error(`unexpected reply: ${done?.text}`);
      if (llm.requests.length - before !== 1)
        throw new Error(`expected 1 model call, got ${llm.requests.length - before}`);
      if (i >= 0) {
        proposeTurns.push(proposeMs);
        confirmTurns.push(confirmMs);
      }
    }
    const created = (await store.tasks.countDocuments({ title: 'Bench follow-up' })) - tasksBefore;
    if (created !== n + warmUp) throw new Error(`expected ${n + warmUp} tasks, got ${created}`);
    const proposeStats = percentiles(proposeTurns);
    const confirmStats = percentiles(confirmTurns);
    const coldLoad = Number(
      execFileSync(
        process.execPath,
        [
          '-e',
          "const t=performance.now(); require('@langchain/openai'); require('langchain'); require('@langchain/langgraph'); process.stdout.write(String(performance.now()-t))",
        ],
        { cwd: root, encoding: 'utf8' },
      ),
    );
    log(
      `LLM fallback turn p50 ${agentStats.p50.toFixed(1)} ms vs fetch floor ${fetchStats.p50.toFixed(1)} ms; held change p50 ${proposeStats.p50.toFixed(1)} ms, its "yes" p50 ${confirmStats.p50.toFixed(1)} ms; langchain cold load ${coldLoad.toFixed(0)} ms`,
    );
    return {
      conversations: n,
      logInteractionTurnMs: logStats,
      dealStageTurnMs: stageStats,
      bareWaterfallTurnMs: floorStats,
      writeDialogVsBareWaterfallP50: Math.round((logStats.p50 / floorStats.p50) * 10) / 10,
      dealLookupAccountInWordsMs: percentiles(viaAccount),
      dealLookupFullScanMs: { ...percentiles(fullScan), deals },
      llmFallbackTurnMs: agentStats,
      accountBriefingSkillMs: percentiles(briefingSkill),
      llmFetchFloorMs: fetchStats,
      llmFallbackVsFetchFloorP50: Math.round((agentStats.p50 / fetchStats.p50) * 10) / 10,
      llmModelCallsPerQuestion: 2,
      llmHeldChangeTurnMs: proposeStats,
      llmConfirmedChangeTurnMs: confirmStats,
      llmModelCallsPerConfirmedChange: 1,
      langchainColdLoadMs: Math.round(coldLoad),
    };
  } finally {
    await llm.close();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  // Standalone: prints the result; `npm run bench -- dialogs-llm` writes bench/results/dialogs-llm.json.
  void runDialogsLlmBench({ log: (line) => process.stderr.write(`  ${line}\n`) }).then((result) =>
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`),
  );
}
