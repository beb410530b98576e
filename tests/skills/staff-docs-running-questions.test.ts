import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '../../src/core/logger';
import { ArtifactCache } from '../../src/skills/artifact-cache';
import { knowledgeAnswer } from '../../src/skills/knowledge';
import {
  isAboutRunningTheProduct,
  withStaffDocumentTerms,
} from '../../src/skills/shared/knowledge/staff-docs-answer';
import { invokeSkill, type Caller, type SkillServices } from '../../src/skills/skill';
import type { Store } from '../../src/store/store';

const admin: Caller = { role: 'admin', userId: 'u-admin', timezone: 'UTC' };
const visitor: Caller = { role: 'visitor', timezone: 'UTC' };
const ROOT = join(__dirname, '..', '..');
const operations = readFileSync(join(ROOT, 'docs', 'operations.md'), 'utf8');
/** The liveness route, as the operations page's route table lists it. */
const liveness = /\|\s*`GET (\/\w+)`\s*\|\s*liveness/.exec(operations)![1]!;
/** The variables whose row says they enable the LLM (`OPENAI_API_KEY`, `OPENAI_BASE_URL`). */
const llmSwitches = [
  ...operations.matchAll(/\|\s*`(\w+)`\s*\|[^|\n]*\|[^|\n]*enables the (?:optional )?LLM/g),
].map((match) => match[1]!);

/**
 * Issue 19, thirteenth round (W14-A): staff asking how to run their own installation. "how do i take a
 * backup of the data" was answered with the help centre's Cloud ("backups are taken every hour"),
 * "how do i switch the llm off", "which env vars do i need" and "where's the health check endpoint"
 * had no answer. Asked by the asker of their installation (take a backup, restore one, switch the
 * LLM, its variables, its health check), such a question goes to the staff pages first, in their
 * words; whether or how often backups are taken for them, or whether it runs without an LLM, stays
 * the help centre's. Wordings written for this test, with typos and negatives.
 */
describe('W14-A: running this installation, answered from the staff pages first', () => {
  const modelsDir = mkdtempSync(join(tmpdir(), 'staff-running-'));
  const services: SkillServices = {
    store: {} as Store,
    logger: createLogger({ level: 'silent' }),
    clock: () => new Date('2026-12-04T09:00:00Z'),
    modelsDir,
    knowledgeDir: join(ROOT, 'knowledge'),
    artifacts: new ArtifactCache(),
  };
  const ask = (question: string, caller: Caller = admin) =>
    invokeSkill(knowledgeAnswer, { question }, { caller, services });
  afterAll(() => rmSync(modelsDir, { recursive: true, force: true }));

  it('reads the figures from the operations page', () => {
    expect(liveness).toMatch(/^\/\w+$/);
    expect(llmSwitches.length).toBeGreaterThanOrEqual(2);
  });

  it.each([
    // taking a backup, restoring one
    ['how do i take a backup of the data', true],
    ['how do we make a backup of the crm', true],
    ['How to backup crmpro?', true],
    ['we need to take a full backup before the upgrade, how', true],
    ['backup the db please', true],
    ['and how do i restore one?', true],
    ['how can i restore the data from yesterdays backup', true],
    ['how do we restore?', true],
    // the LLM as a setting
    ['how do i switch the llm off?', true],
    ['how do i swtich off the LLM', true],
    ['how to point it at our own openai server', true],
    ['how do I change the llm', true],
    // the settings as environment variables
    ['which env vars do i need to set to get it running?', true],
    ['what environment variables are there', true],
    ['what goes in the .env', true],
    // the health check
    ["where's the health check endpoint", true],
    ['whats the healthcheck url', true],
    ['is there a liveness probe', true],
    // the help centre's, or a task in the product
    ['do you guys take backups', false],
    ['how often are backups taken', false],
    ['how often do you back up our data in the cloud', false],
    ['where are backups stored when self hosting?', false],
    ['if we cancel, how long until our data and backups are actually gone', false],
    ['how do i restore a deleted deal', false],
    ['i need to restore a contact i deleted', false],
    ["we don't want anything going to openai. can it run with the llm switched off?", false],
    ['health check deals closing this month', false],
    ['who bought the health check package', false],
  ])('about running the product: %s -> %s', (question, expected) => {
    expect(isAboutRunningTheProduct(question)).toBe(expected);
  });

  it.each([
    ['how do i take a backup of the data', 'how do i back up of the data'],
    ['we need to make a backup', 'we need to back up'],
    ['which env vars do i need', 'which environment variables do i need'],
    ['what envs are there', 'what environment variables are there'],
  ])("in the staff pages' words: %s", (question, worded) => {
    expect(withStaffDocumentTerms(question).startsWith(worded)).toBe(true);
  });

  it.each([
    ['how do i take a backup of the data', /crmpro store backup/],
    ['how do we make a backup of the crm', /crmpro store backup/],
    ['how to backup crmpro', /crmpro store backup/],
    ['how can i restore the data from yesterdays backup', /crmpro store restore/],
    ['how do i restore a backup', /crmpro store restore/],
    ['how do i switch the llm off?', new RegExp(llmSwitches.join('|'))],
    ['how do i disable the LLM', new RegExp(llmSwitches.join('|'))],
    ['how do i turn on the llm', new RegExp(llmSwitches.join('|'))],
    ['which env vars do i need to set to get it running?', /PORT/],
    ['what environment variables are there', /PORT/],
    ["where's the health check endpoint", new RegExp(liveness)],
    ['whats the healthcheck url', new RegExp(liveness)],
    ['is there a health check page for the install', new RegExp(liveness)],
  ])('staff: %s', async (question, expected) => {
    const result = await ask(question);
    expect({ question, answer: result.answer, noAnswer: result.noAnswer }).toEqual({
      question,
      answer: expect.stringMatching(expected),
      noAnswer: false,
    });
  });

  it.each([
    ['do you guys take backups', /every hour/],
    ['how often are backups taken', /every hour/],
    ['how often do you back up our data in the cloud', /every hour/],
    ['can it run without an llm', /LLM is optional/],
  ])('the help centre keeps what it answers for customers: %s', async (question, expected) => {
    const result = await ask(question);
    expect(result.answer).toMatch(expected);
    // a help-centre document, not a staff page (README.md, docs__*.md)
    expect(result.sources[0]?.path).toMatch(/^[a-z-]+\/[a-z-]+\.md$|^[a-z-]+\.md$/);
    expect(result.sources[0]?.path).not.toMatch(/^README|^docs__/);
  });

  it.each([
    ['how do i take a backup of the data'],
    ["where's the health check endpoint"],
    ['how do i switch the llm off?'],
  ])('a visitor is never answered from the staff pages: %s', async (question) => {
    const result = await ask(question, visitor);
    expect(result.answer).not.toMatch(/crmpro store|healthz|OPENAI_/);
  });
});
