import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildBot, type Bot } from '../../bots/core/build-bot';
import { InProcessChannel } from '../../bots/in-process/in-process-channel';
import { silentLogger } from '../../core/logger';
import { createUnderstander } from '../../dialogs/routing/create-understander';
import { scoreSentiment } from '../../ml/sentiment';
import type { Understander } from '../../dialogs/routing/understanding';
import { CrmNameIndex } from '../../skills/shared/crm-names';
import { knowledgeRelevanceOf } from '../../skills/shared/knowledge/knowledge-relevance';
import { skillRunnerOf, type SkillRunner, type SkillServices } from '../../skills/skill';
import { buildSkillServices } from '../../skills/skill-services';
import { openEmbeddedStore } from '../../store/embedded/embedded-store';
import { seedDemoCrm } from '../../store/seed';
import { shortfalls, readableText, type SkillCall } from './check-answer';
import { DEMO_USER_OF_ROLE, type EvalCase } from './eval-cases';

/** The demo CRM every evaluation runs on: same seed, anchor and scale, same records, same answers. */
export const EVAL_ANCHOR = new Date('2026-12-04T00:00:00Z');
/** "Now" during the evaluation: a Friday afternoon in December (so "Q3" is the quarter just past). */
export const EVAL_NOW = new Date('2026-12-04T15:00:00Z');
/** The demo CRM at a fifth of full size (400 accounts, 2,000 deals): every question's records exist at this size. */
export const EVAL_SCALE = 0.2;

/** One question's result. */
export interface CaseResult {
  id: string;
  role: string;
  kind: string;
  question: string;
  right: boolean;
  problems: string[];
  skills: string[];
  reply: string;
}

/** Share answered right in a group. */
export interface Tally {
  right: number;
  total: number;
  share: number;
}

/** The evaluation's report. */
export interface ConversationEvalReport {
  cases: number;
  right: number;
  share: number;
  byRole: Record<string, Tally>;
  byKind: Record<string, Tally>;
  results: CaseResult[];
}

/** A demo CRM seeded into a temporary embedded store, with skill services on the evaluation's clock. */
export interface EvalWorld {
  services: SkillServices;
  understander: Understander;
  close(): Promise<void>;
}

/** Seeds the evaluation's demo CRM in a temporary directory (removed by `close`). */
export async function openEvalWorld(options: {
  modelsDir: string;
  knowledgeDir: string;
  scale?: number;
}): Promise<EvalWorld> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'crmpro-eval-'));
  const scratchModels = mkdtempSync(path.join(tmpdir(), 'crmpro-eval-models-'));
  const store = openEmbeddedStore({ dataDir });
  try {
    await seedDemoCrm(store, {
      anchor: EVAL_ANCHOR,
      scale: options.scale ?? EVAL_SCALE,
      sentimentOf: scoreSentiment,
    });
  } catch (error) {
    await store.close();
    throw error;
  }
  const logger = silentLogger();
  const services = buildSkillServices({
    store,
    logger,
    clock: () => EVAL_NOW,
    // Models a skill trains on first use go to a scratch directory, never into the shipped models/.
    modelsDir: scratchModels,
    knowledgeDir: options.knowledgeDir,
  });
  const understander = createUnderstander({
    names: new CrmNameIndex(store),
    modelsDir: options.modelsDir,
    logger,
    knowledge: knowledgeRelevanceOf(services),
  });
  return {
    services,
    understander,
    close: async () => {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(scratchModels, { recursive: true, force: true });
    },
  };
}

/**
 * The evaluation checks what the bot answers, not how fast (that is `npm run bench`). The server
 * trains its models before it opens its port; the evaluation's world trains each on the first
 * question that needs it, inside that turn, which on a busy machine passed the server's 20 s turn
 * budget and scored a right answer as "took me too long". A turn still cannot run forever.
 */
export const EVAL_TURN_TIMEOUT_MS = 300_000;

/** A skill runner that notes every call its caller's role allows, for the turn being checked. */
function recordingRunner(inner: SkillRunner, calls: SkillCall[]): SkillRunner {
  return {
    clock: inner.clock,
    logger: inner.logger,
    mayCall: (skill, caller) => inner.mayCall(skill, caller),
    call: (skill, input, caller) => {
      if (inner.mayCall(skill, caller)) calls.push({ skill: skill.name, input });
      return inner.call(skill, input, caller);
    },
    withoutLlm: () => recordingRunner(inner.withoutLlm(), calls),
  };
}

function tally(results: readonly CaseResult[], key: (r: CaseResult) => string): Record<string, Tally> {
  const groups: Record<string, Tally> = {};
  for (const result of results) {
    const group = (groups[key(result)] ??= { right: 0, total: 0, share: 0 });
    group.total++;
    if (result.right) group.right++;
  }
  for (const group of Object.values(groups))
    group.share = Math.round((group.right / group.total) * 1000) / 1000;
  return Object.fromEntries(Object.entries(groups).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Runs every case end to end through the bot core (an in-process channel, no LLM) on `world`:
 * each case in a conversation of its own, as the demo user of its role, and checks the replies to
 * its last message against its expectation.
 */
export async function runConversationEval(
  cases: readonly EvalCase[],
  world: EvalWorld,
  options: { modelsDir: string; onCase?: (result: CaseResult) => void; turnTimeoutMs?: number },
): Promise<ConversationEvalReport> {
  const calls: SkillCall[] = [];
  const channels = new Map<string, InProcessChannel>();
  const channelFor = (user: string): InProcessChannel => {
    let channel = channels.get(user);
    if (!channel) {
      const core: Bot = buildBot({
        services: world.services,
        understander: world.understander,
        logger: silentLogger(),
        localUser: user,
        defaultTimezone: 'UTC',
        modelsDir: options.modelsDir,
        skills: recordingRunner(skillRunnerOf(world.services), calls),
        turnTimeoutMs: options.turnTimeoutMs ?? EVAL_TURN_TIMEOUT_MS,
      });
      channel = new InProcessChannel(core, { channelId: 'eval', trust: 'local', name: 'eval' });
      channels.set(user, channel);
    }
    return channel;
  };
  const results: CaseResult[] = [];
  for (const item of cases) {
    const channel = channelFor(item.as ?? DEMO_USER_OF_ROLE[item.role]);
    let replies: Awaited<ReturnType<InProcessChannel['send']>> = [];
    for (const text of item.turns) {
      calls.length = 0;
      replies = await channel.send({
        conversationId: `eval-${item.id}`,
        text,
        from: { id: `eval-${item.role}` },
      });
    }
    const problems = shortfalls({ replies, calls: [...calls] }, item.expect);
    const result: CaseResult = {
      id: item.id,
      role: item.role,
      kind: item.kind,
      question: item.turns.join(' → '),
      right: problems.length === 0,
      problems,
      skills: calls.map((c) => c.skill),
      reply: readableText(replies).slice(0, 400),
    };
    options.onCase?.(result);
    results.push(result);
  }
  const right = results.filter((r) => r.right).length;
  return {
    cases: results.length,
    right,
    share: results.length ? Math.round((right / results.length) * 1000) / 1000 : 0,
    byRole: tally(results, (r) => r.role),
    byKind: tally(results, (r) => r.kind),
    results,
  };
}

/** The report as lines for a terminal: the share right overall, by role and by kind, then each miss. */
export function formatEvalReport(
  report: ConversationEvalReport,
  options: { misses?: boolean } = {},
): string[] {
  const pct = (t: { share: number }) => `${(t.share * 100).toFixed(1)}%`;
  const lines = [`answered right: ${report.right}/${report.cases} (${pct(report)})`, '', 'by role:'];
  for (const [role, t] of Object.entries(report.byRole))
    lines.push(`  ${role.padEnd(22)} ${t.right}/${t.total} ${pct(t)}`);
  lines.push('', 'by kind:');
  for (const [kind, t] of Object.entries(report.byKind))
    lines.push(`  ${kind.padEnd(22)} ${t.right}/${t.total} ${pct(t)}`);
  if (options.misses !== false) {
    const misses = report.results.filter((r) => !r.right);
    if (misses.length) lines.push('', 'missed:');
    for (const miss of misses) {
      lines.push(`  ${miss.id} [${miss.role}/${miss.kind}] ${miss.question}`);
      for (const problem of miss.problems) lines.push(`      - ${problem}`);
      lines.push(`      reply: ${miss.reply.replace(/\s+/g, ' ').slice(0, 200)}`);
    }
  }
  return lines;
}
