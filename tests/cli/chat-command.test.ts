import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { loadSmallCrm, temporaryStore } from '../fixtures/small-crm';

const root = path.join(__dirname, '..', '..');

/** Runs `crmpro chat` with the given arguments, piping `input` in, against the test store. */
function chat(dataDir: string, args: string[], input: string) {
  return spawnSync(process.execPath, [path.join(root, 'bin', 'crmpro.js'), 'chat', ...args], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
    input,
    encoding: 'utf8',
    timeout: 240_000,
  });
}

describe('crmpro chat', () => {
  const temp = temporaryStore();
  beforeAll(async () => {
    await loadSmallCrm(temp.store);
    await temp.store.close();
  });
  afterAll(() => temp.cleanup());

  it('answers lines piped in, through the same bot core, as the local user', () => {
    const result = chat(temp.dataDir, [], 'tell me about Acme\nwho is our contact at Initech?\nexit\n');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Acme Corporation');
    expect(result.stdout).toContain('owned by Sam Rivera');
    expect(result.stdout).toContain('Our main contact at Initech is Jane Park');
  }, 300_000);

  it('acts as another CRM user with --as', () => {
    const result = chat(temp.dataDir, ['--as', 'morgan.lee@demo.crmpro.dev'], 'hello\n');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Hi Morgan!/);
  }, 300_000);

  it('says plainly when the user is unknown, names the users a mistyped --as may mean, and chats as a website visitor', () => {
    // Issue 19: a CRM with users is not told to load the demo CRM; the likely address is named.
    const result = chat(temp.dataDir, ['--as', 'morgan.le@demo.crmpro.dev'], 'hello\n');
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(
      'No active CRM user morgan.le@demo.crmpro.dev: you are chatting as a website visitor',
    );
    expect(result.stderr).toContain('Did you mean morgan.lee@demo.crmpro.dev?');
    expect(result.stderr).not.toContain('npm run seed');
    expect(result.stdout).toMatch(/product, pricing and policy questions/);
  }, 300_000);
});
