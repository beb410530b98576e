import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { registerAudienceCommands } from '../../src/cli/audience-commands';
import type { CliEnvironment } from '../../src/cli/cli-environment';
import { readDelimitedTable } from '../../src/core/delimited-text';
import { silentLogger } from '../../src/core/logger';
import { buildAudience } from '../../src/skills/audiences';
import { invokeSkill } from '../../src/skills/skill';
import { seedDemoCrm } from '../../src/store/seed';
import { servicesFor, temporaryStore } from '../fixtures/small-crm';
import { testConfig } from '../fixtures/test-config';

const ANCHOR = new Date('2026-03-01T00:00:00Z');
const MARKETING = 'alex.kim@demo.crmpro.dev';
const REP = 'sam.rivera@demo.crmpro.dev';
const temp = temporaryStore();
const services = servicesFor(temp.store, ANCHOR);
const out = mkdtempSync(path.join(tmpdir(), 'crmpro-audiences-'));

/** `crmpro audiences ...` in this process, through the real commands and error boundary. */
async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const lines = { out: [] as string[], err: [] as string[] };
  const config = testConfig(temp.dataDir);
  const env: CliEnvironment = {
    config: () => config,
    openStore: async () => services.store,
    services: async () => services,
    llm: () => undefined,
    logger: silentLogger(),
    out: (line) => lines.out.push(line),
    err: (line) => lines.err.push(line),
  };
  const program = new Command('crmpro').exitOverride();
  registerAudienceCommands(program, env);
  const previous = process.exitCode;
  process.exitCode = 0;
  try {
    await program.parseAsync(['node', 'crmpro', ...args]);
    return { code: Number(process.exitCode ?? 0), out: lines.out.join('\n'), err: lines.err.join('\n') };
  } finally {
    process.exitCode = previous;
  }
}

let optedOutEmails: string[];
beforeAll(async () => {
  await seedDemoCrm(temp.store, { anchor: ANCHOR, scale: 0.05 });
  const alex = (await temp.store.users.findOne({ email: MARKETING }))!;
  const view = await invokeSkill(
    buildAudience,
    { definition: { region: 'EMEA' }, name: 'CLI EMEA' },
    { caller: { role: 'marketing', userId: alex._id, timezone: 'UTC' }, services },
  );
  // One more opt-out after the build: the export reads the contacts as they are now.
  const contactId = view.members.flatMap((m) => m.contactIds)[0]!;
  await temp.store.contacts.updateOne({ _id: contactId }, { $set: { emailOptOut: true } });
  const accounts = view.members.map((m) => m.accountId);
  optedOutEmails = (await temp.store.contacts.find({ accountId: { $in: accounts }, emailOptOut: true }))
    .filter((c) => !c.leftAt && c.email)
    .map((c) => c.email!);
}, 120_000);
afterAll(async () => {
  await temp.cleanup();
  rmSync(out, { recursive: true, force: true });
});

describe('crmpro audiences', () => {
  it('exports the contacts with a header row, never a contact who opted out, and counts them', async () => {
    const file = path.join(out, 'emea.csv');
    const result = await cli(['audiences', 'export', 'cli emea', '--out', file, '--as', MARKETING]);
    expect(result.code).toBe(0);
    const table = await readDelimitedTable(file, { sameWidth: true });
    expect(table.header).toEqual(['account', 'region', 'segment', 'contact', 'title', 'email', 'language']);
    expect(table.rows.length).toBeGreaterThan(0);
    const emails = table.rows.map((row) => row[5]);
    expect(optedOutEmails.length).toBeGreaterThan(0);
    for (const email of optedOutEmails) expect(emails).not.toContain(email);
    expect(result.err).toContain(`left out: ${optedOutEmails.length} opted out of marketing e-mail`);
  });

  it('lists and shows audiences, and refuses a rep naming who may', async () => {
    const list = await cli(['audiences', 'list', '--as', MARKETING]);
    expect(list.out).toMatch(/^CLI EMEA\t\d+ accounts/);
    const show = await cli(['audiences', 'show', 'CLI EMEA', '--as', MARKETING]);
    expect(show.out).toMatch(/CLI EMEA: \d+ accounts/);
    const refused = await cli([
      'audiences',
      'export',
      'CLI EMEA',
      '--out',
      path.join(out, 'x.csv'),
      '--as',
      REP,
    ]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(
      /Audience exports is for marketings and managers and admins; sam\.rivera@demo\.crmpro\.dev is a rep/,
    );
  });
});
