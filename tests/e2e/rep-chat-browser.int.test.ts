import { chromium, type Browser, type Page } from 'playwright-core';
import { startApp, type App } from '../../src/app';
import { silentLogger } from '../../src/core/logger';
import { FIXTURE_NOW, loadSmallCrm, temporaryStore } from '../fixtures/small-crm';
import { testConfig } from '../fixtures/test-config';

/** The local rep chat (GET /chat) in Debian's chromium: every list and every source is shown once. */
describe('the local rep chat in a real browser', () => {
  const temp = temporaryStore();
  let app: App;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    await loadSmallCrm(temp.store);
    app = await startApp(testConfig(temp.dataDir), temp.store, silentLogger(), () => FIXTURE_NOW);
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${app.port}/chat`);
    // The page says 'hello' on load; its greeting must be in before the first question is counted.
    await page.locator('.msg.bot').first().waitFor({ timeout: 60_000 });
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await app.stop();
    await temp.cleanup();
  });

  /** Sends `text` and returns the text of the bot's answer to it. */
  async function ask(text: string): Promise<string> {
    const before = await page.locator('.msg.bot').count();
    await page.locator('#text').fill(text);
    await page.locator('#text').press('Enter');
    await page.locator('.msg.bot').nth(before).waitFor({ timeout: 60_000 });
    return (await page.locator('.msg.bot').nth(before).innerText()).trim();
  }

  it('shows a knowledge answer with its source once', async () => {
    const answer = await ask('do you have an SLA?');
    expect(answer).toMatch(/99\.9/);
    expect(answer.match(/Service level agreement/g)?.length).toBe(1);
    expect(answer.match(/Sources?:/g)?.length).toBe(1);
  }, 90_000);

  it('shows a list of deals once', async () => {
    const answer = await ask('open deals for Acme');
    const deal = /Acme[^\n]*renewal[^\n]*/i.exec(answer)?.[0]?.split(' — ')[0];
    expect(deal).toBeDefined();
    expect(answer.split(deal!).length - 1).toBe(1);
  }, 90_000);

  it('shows a ranked list (numbered in the text) once', async () => {
    const answer = await ask('my top deals');
    const first = /win chance/i.test(answer) ? /Acme[^\n]*?(?= —|\n)/.exec(answer)?.[0] : undefined;
    expect(first).toBeDefined();
    expect(answer.split(first!).length - 1).toBe(1);
  }, 90_000);

  it('answers messages typed before the previous answer arrived, in order, in one conversation', async () => {
    const before = await page.locator('.msg.bot').count();
    await page.locator('#text').fill('tell me about Acme');
    await page.locator('#text').press('Enter');
    await page.locator('#text').fill('who is their decision maker?');
    await page.locator('#text').press('Enter');
    await page
      .locator('.msg.bot')
      .nth(before + 1)
      .waitFor({ timeout: 60_000 });
    const texts = await page.locator('.msg.bot').allInnerTexts();
    const answers = texts.slice(before).join('\n');
    expect(answers).not.toMatch(/started a new conversation/);
    expect(texts[before]).toMatch(/Acme/);
  }, 90_000);
});
