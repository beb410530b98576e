import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');

describe('the LLM is loaded only when configured', () => {
  it('the server and terminal chat load nothing of langchain without an LLM; an LLM setting loads it from the CommonJS build', () => {
    // A fresh Node process over the built dist/ (jest's global setup builds it).
    const output = execFileSync(
      process.execPath,
      [
        '-e',
        `
        const loaded = () => Object.keys(require.cache).filter((f) => f.includes('@langchain') || f.includes('node_modules/langchain/') || f.includes('node_modules/openai') || f.endsWith('/llm-fallback.js') || f.endsWith('/agent-checkpoints.js')).length;
        require('./dist/src/app.js');
        require('./dist/src/cli/chat-commands.js');
        const { loadLlmFallback } = require('./dist/src/dialogs/llm/load-llm-fallback.js');
        const without = loadLlmFallback(undefined, { logger: console });
        const before = loaded();
        const checkpoints = () => new (require('./dist/src/skills/shared/agent-checkpoints.js').StoreCheckpointSaver)({});
        const fallback = loadLlmFallback({ baseUrl: 'http://127.0.0.1:9/v1', model: 'm' }, { logger: console, checkpoints });
        process.stdout.write(JSON.stringify({ without: without === undefined, before, after: loaded() > 0, intents: fallback.intents }));
        `,
      ],
      // langchain's agent and LangGraph load in a few seconds; a busy machine may take many times that.
      { cwd: root, encoding: 'utf8', timeout: 110_000 },
    );
    expect(JSON.parse(output)).toEqual({ without: true, before: 0, after: true, intents: [] });
  }, 120_000);
});
