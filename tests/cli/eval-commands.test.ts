import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import type { CliEnvironment } from '../../src/cli/cli-environment';
import type { ConversationEvalReport } from '../../src/cli/conversation-eval/run-conversation-eval';
import { registerEvalCommands } from '../../src/cli/eval-commands';
import type { Config } from '../../src/config/config';
import { silentLogger } from '../../src/core/logger';

const root = path.join(__dirname, '..', '..');
const fixture = path.join(__dirname, 'fixtures', 'conversations-small.jsonl');

/** Runs `crmpro eval ...` in this process through the real command and its error boundary. */
async function crmproEval(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const unavailable = () => {
    throw new Error('the evaluation seeds its own store');
  };
  const env: CliEnvironment = {
    config: () =>
      ({ modelsDir: path.join(root, 'models'), knowledgeDir: path.join(root, 'knowledge') }) as Config,
    openStore: unavailable,
    services: unavailable,
    llm: () => undefined,
    logger: silentLogger(),
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  };
  const program = new Command('crmpro').exitOverride();
  registerEvalCommands(program, env);
  const previous = process.exitCode;
  process.exitCode = 0;
  try {
    await program.parseAsync(['node', 'crmpro', 'eval', ...args]);
    return { code: Number(process.exitCode ?? 0), out: out.join('\n'), err: err.join('\n') };
  } finally {
    process.exitCode = previous;
  }
}

describe('crmpro eval conversations', () => {
  it('runs each question through the bot on the seeded demo CRM and reports the share right by role and kind', async () => {
    const run = await crmproEval(['conversations', fixture, '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.out) as ConversationEvalReport;
    expect(report.cases).toBe(4);
    const byId = Object.fromEntries(report.results.map((r) => [r.id, r]));
    expect(byId['rep-briefing-01']).toMatchObject({ right: true, skills: ['account-briefing'] });
    expect(byId['rep-count-01']!.right).toBe(true);
    expect(byId['rep-count-01']!.reply).toMatch(/^\d+ open deals in negotiation/);
    expect(byId['marketing-refusal-01']).toMatchObject({ right: true, skills: [] });
    // The last case expects a phrase no answer has: it is reported as missed, with the reason.
    expect(byId['rep-follow-up-01']).toMatchObject({
      right: false,
      problems: ['reply lacks /this phrase is not in any answer/'],
    });
    expect(report).toMatchObject({
      right: 3,
      share: 0.75,
      byRole: { rep: { right: 2, total: 3 }, marketing: { right: 1, total: 1 } },
      byKind: { briefing: { right: 1, total: 1 }, 'follow-up': { right: 0, total: 1 } },
    });
  }, 120_000);

  it('names a bad line of the file and fails', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'crmpro-eval-test-'));
    try {
      const bad = path.join(dir, 'bad.jsonl');
      writeFileSync(bad, '{"id":"x","role":"pilot","kind":"k","turns":["hi"],"expect":{}}\n');
      const run = await crmproEval(['conversations', bad]);
      expect(run.code).toBe(1);
      expect(run.err).toMatch(/bad\.jsonl:1: role/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
