import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { loadSmallCrm, temporaryStore } from '../fixtures/small-crm';

const root = path.join(__dirname, '..', '..');

describe('crmpro chat', () => {
  const temp = temporaryStore();
  beforeAll(async () => {
    await loadSmallCrm(temp.store);
    await temp.store.close();
  });
  afterAll(() => temp.cleanup());

  it('answers lines piped in, through the same bot core, as the local user', () => {
    const result = spawnSync(process.execPath, [path.join(root, 'bin', 'crmpro.js'), 'chat'], {
      cwd: root,
      env: { ...process.env, DATA_DIR: temp.dataDir, LOG_LEVEL: 'silent' },
      input: 'tell me about Acme\nwho is our contact at Initech?\nexit\n',
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Acme Corporation');
    expect(result.stdout).toContain('owned by Sam Rivera');
    expect(result.stdout).toContain('Our main contact at Initech is Jane Park');
  }, 300_000);

  it('acts as another CRM user with --as', () => {
    const result = spawnSync(
      process.execPath,
      [path.join(root, 'bin', 'crmpro.js'), 'chat', '--as', 'morgan.lee@demo.crmpro.dev'],
      {
        cwd: root,
        env: { ...process.env, DATA_DIR: temp.dataDir, LOG_LEVEL: 'silent' },
        input: 'hello\n',
        encoding: 'utf8',
        timeout: 240_000,
      },
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Hi Morgan!/);
  }, 300_000);

  it('says plainly when the user is unknown (an empty store), and chats as a website visitor', () => {
    const result = spawnSync(
      process.execPath,
      [path.join(root, 'bin', 'crmpro.js'), 'chat', '--as', 'nobody@example.com'],
      {
        cwd: root,
        env: { ...process.env, DATA_DIR: temp.dataDir, LOG_LEVEL: 'silent' },
        input: 'hello\n',
        encoding: 'utf8',
        timeout: 240_000,
      },
    );
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('No active CRM user nobody@example.com in');
    expect(result.stderr).toContain('npm run seed');
    expect(result.stdout).toMatch(/product, pricing and policy questions/);
  }, 300_000);
});
