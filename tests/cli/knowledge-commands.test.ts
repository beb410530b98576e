import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import type { CliEnvironment } from '../../src/cli/cli-environment';
import { registerKnowledgeCommands } from '../../src/cli/knowledge-commands';
import type { Config } from '../../src/config/config';
import { createLogger } from '../../src/core/logger';
import type { LlmServices } from '../../src/ml/llm/language-model';
import { createOpenAiServices } from '../../src/ml/llm/openai-models';
import { OpenAiLoopback } from '../fixtures/openai-loopback';

const root = join(__dirname, '..', '..');
const beir = join(root, 'tests', 'fixtures', 'knowledge', 'beir-mini');
/** `crmpro knowledge eval` on the mini BEIR fixture (48 documents, 8 judged queries). */
const EVAL_MINI_BEIR = [
  'knowledge',
  'eval',
  '--corpus',
  join(beir, 'corpus.jsonl'),
  '--queries',
  join(beir, 'queries.jsonl'),
  '--qrels',
  join(beir, 'qrels.tsv'),
];

/**
 * Runs `crmpro knowledge …` in-process through commander with the real command code (the
 * binary's only extra is the composition root), capturing standard output and error.
 */
async function crmpro(
  args: string[],
  env: { KNOWLEDGE_DIR?: string; MODELS_DIR?: string } = {},
  llm?: LlmServices,
): Promise<{ status: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliEnvironment = {
    config: () =>
      ({
        knowledgeDir: env.KNOWLEDGE_DIR ?? join(root, 'knowledge'),
        modelsDir: env.MODELS_DIR ?? join(root, 'models'),
      }) as Config,
    openStore: () => Promise.reject(new Error('knowledge commands must not open the CRM store')),
    services: () => Promise.reject(new Error('knowledge commands must not open the CRM store')),
    llm: () => llm,
    logger: createLogger({ level: 'silent' }),
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  };
  const program = new Command('crmpro').exitOverride();
  registerKnowledgeCommands(program, cli);
  process.exitCode = 0;
  await program.parseAsync(['node', 'crmpro', ...args]);
  const status = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return {
    status,
    stdout: out.map((line) => `${line}\n`).join(''),
    stderr: err.map((line) => `${line}\n`).join(''),
  };
}

describe('crmpro knowledge search | eval | index | ask', () => {
  const dir = mkdtempSync(join(tmpdir(), 'knowledge-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('search writes a TREC run (qid Q0 docid rank score crmpro) for every query', async () => {
    const out = join(dir, 'run.tsv');
    const result = await crmpro([
      'knowledge',
      'search',
      '--corpus',
      join(beir, 'corpus.jsonl'),
      '--queries',
      join(beir, 'queries.jsonl'),
      '--top',
      '5',
      '--out',
      out,
    ]);
    expect(result.stderr).toMatch(/9 queries over 48 documents/);
    expect(result.status).toBe(0);
    const lines = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(' '));
    expect(lines).toHaveLength(45);
    for (const fields of lines) {
      expect(fields).toHaveLength(6);
      expect(fields[1]).toBe('Q0');
      expect(fields[5]).toBe('crmpro');
      expect(Number(fields[4])).toBeGreaterThan(0);
    }
    const q0 = lines.filter((f) => f[0] === 'q0');
    expect(q0.map((f) => f[3])).toEqual(['1', '2', '3', '4', '5']);
    expect(q0[0]![2]).toBe('volcano-key');
  });

  it('eval reports nDCG@10 and Recall@100 over the judged queries, as text or JSON', async () => {
    const args = EVAL_MINI_BEIR;
    const json = await crmpro([...args, '--json']);
    expect(json.status).toBe(0);
    const summary = JSON.parse(json.stdout);
    expect(summary).toMatchObject({ ndcgAt10: 1, recallAt100: 1, queries: 8, documents: 48 });
    expect(summary.queryLatencyMs.p50).toBeGreaterThan(0);
    const text = await crmpro(args);
    expect(text.stdout).toMatch(/nDCG@10\s+1\.0000/);
    expect(text.stdout).toMatch(/Recall@100\s+1\.0000/);
  });

  it('a missing file is a clear error with exit code 1', async () => {
    const result = await crmpro([
      'knowledge',
      'eval',
      '--corpus',
      join(dir, 'nope.jsonl'),
      '--queries',
      join(beir, 'queries.jsonl'),
      '--qrels',
      join(beir, 'qrels.tsv'),
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/error: File not found: .*nope\.jsonl/);
  });

  it('index re-embeds only changed files, and ask answers with the source', async () => {
    const knowledgeDir = join(dir, 'knowledge');
    cpSync(join(root, 'tests', 'fixtures', 'knowledge', 'kb'), knowledgeDir, { recursive: true });
    const env = { KNOWLEDGE_DIR: knowledgeDir, MODELS_DIR: join(dir, 'models') };
    expect((await crmpro(['knowledge', 'index'], env)).stdout).toMatch(
      /6 added, 0 changed, 0 removed, 0 unchanged; (\d+) of \1 chunks embedded \(embedding retrained\)/,
    );
    expect((await crmpro(['knowledge', 'index'], env)).stdout).toMatch(/is up to date \(6 files/);
    appendFileSync(join(knowledgeDir, 'contact.txt'), '\nWe also answer on WhatsApp.\n');
    const changed = (await crmpro(['knowledge', 'index'], env)).stdout;
    expect(changed).toMatch(/0 added, 1 changed, 0 removed, 5 unchanged; 1 of \d+ chunks embedded in/);
    const ask = await crmpro(['knowledge', 'ask', 'How', 'long', 'is', 'the', 'warranty?'], env);
    expect(ask.status).toBe(0);
    expect(ask.stdout).toMatch(
      /three-year warranty[\s\S]*Sources?: Warranty › How long is the warranty\? \(https:\/\/acme\.example\/warranty\)/,
    );
  });

  describe('with an LLM and a remote embeddings model configured (OpenAI protocol, loopback server)', () => {
    let llm: OpenAiLoopback;
    let services: LlmServices;
    beforeAll(async () => {
      llm = await OpenAiLoopback.start(() => ({ content: 'The warranty lasts three years [1].' }));
      services = createOpenAiServices(
        { baseUrl: llm.baseUrl, model: 'loopback-model', embeddingModel: 'loopback-embed' },
        5_000,
      );
    });
    afterAll(() => llm.close());

    it('eval embeds the corpus and queries with the remote model, and says so', async () => {
      const json = await crmpro([...EVAL_MINI_BEIR, '--json'], {}, services);
      expect(json.status).toBe(0);
      const summary = JSON.parse(json.stdout);
      expect(summary).toMatchObject({ vectors: 'openai:loopback-embed', queries: 8, documents: 48 });
      expect(summary.ndcgAt10).toBeGreaterThan(0.8);
      const embedded = llm.embeddingRequests.flatMap((r) => (Array.isArray(r.input) ? r.input : [r.input]));
      expect(embedded).toHaveLength(48 + 8);
    });

    it('index records the remote model, and ask answers in the words of the LLM with the cited source', async () => {
      const knowledgeDir = join(dir, 'knowledge-llm');
      cpSync(join(root, 'tests', 'fixtures', 'knowledge', 'kb'), knowledgeDir, { recursive: true });
      const env = { KNOWLEDGE_DIR: knowledgeDir, MODELS_DIR: join(dir, 'models-llm') };
      const index = await crmpro(['knowledge', 'index'], env, services);
      expect(index.stdout).toMatch(/6 added/);
      expect(index.stdout).toMatch(/vectors: openai:loopback-embed/);
      const ask = await crmpro(['knowledge', 'ask', 'How', 'long', 'is', 'the', 'warranty?'], env, services);
      expect(ask.status).toBe(0);
      expect(ask.stdout).toMatch(/^The warranty lasts three years\.\n\nSources?: Warranty/);
      expect(llm.requests.at(-1)!.messages.at(-1)!.content).toContain('How long is the warranty?');
    });
  });
});
