import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');

/**
 * What registering command groups loads, in a fresh Node process over the built dist/ (jest's
 * global setup builds it): the packages (node_modules names) and our own top folders (dist/src/*).
 */
function loadedBy(argv: string[]): { packages: string[]; folders: string[] } {
  const output = execFileSync(
    process.execPath,
    [
      '-e',
      `
      const { Command } = require('commander');
      const { registerAllCommands } = require('./dist/src/cli/register-all.js');
      registerAllCommands(new Command('crmpro'), {}, ${JSON.stringify(['node', 'crmpro', ...argv])});
      const files = Object.keys(require.cache);
      const packages = new Set(files.flatMap((f) => /node_modules\\/((?:@[^/]+\\/)?[^/]+)/.exec(f)?.[1] ?? []));
      const folders = new Set(files.flatMap((f) => /dist\\/src\\/([^/]+)\\//.exec(f)?.[1] ?? []));
      process.stdout.write(JSON.stringify({ packages: [...packages], folders: [...folders] }));
      `,
    ],
    { cwd: root, encoding: 'utf8', timeout: 60_000 },
  );
  return JSON.parse(output) as { packages: string[]; folders: string[] };
}

/** The packages behind the bot, the store engines, the jobs and the LLM: a command's own work. */
const HEAVY = [
  'botbuilder',
  'botframework-connector',
  'mingo',
  'chrono-node',
  'bullmq',
  'ioredis',
  'zod',
  'langchain',
  '@langchain/core',
  'pino',
];

describe('registering commands loads no command implementation', () => {
  it('every group (what `crmpro --help` registers) loads none of the bot, store engine (mongoose), job or LLM packages', () => {
    const { packages, folders } = loadedBy(['--help']);
    expect(packages.filter((name) => [...HEAVY, 'mongoose', 'mongodb'].includes(name))).toEqual([]);
    expect(folders).not.toContain('dialogs');
    expect(folders).not.toContain('jobs');
  }, 70_000);

  it.each(['scoring', 'segment', 'forecast', 'nlu', 'recommend'])(
    'the %s group loads no store, skill, dialog or bot code',
    (group) => {
      const { packages, folders } = loadedBy([group, '--help']);
      expect(packages.filter((name) => [...HEAVY, 'mongoose', 'mongodb'].includes(name))).toEqual([]);
      for (const layer of ['store', 'skills', 'dialogs', 'bots', 'jobs', 'config'])
        expect(folders).not.toContain(layer);
    },
    70_000,
  );
});
