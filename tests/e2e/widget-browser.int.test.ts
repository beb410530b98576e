import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startApp, type App } from '../../src/app';
import { silentLogger } from '../../src/core/logger';
import { SlackApiStandIn, slackSignatureHeaders } from '../fixtures/slack-api-stand-in';
import { FIXTURE_NOW, loadSmallCrm, temporaryStore } from '../fixtures/small-crm';
import { testConfig } from '../fixtures/test-config';

const SIGNING_SECRET = 'widget-browser-signing-secret';
const BOT_TOKEN = 'xoxb-widget-browser';
const DANA = { id: 'U0DANA', name: 'Dana Kim', email: 'dana.kim@demo.crmpro.dev' };
/** The screenshot the widget's documentation shows: rewritten only when WIDGET_SCREENSHOT=1. */
const SCREENSHOT = process.env.WIDGET_SCREENSHOT
  ? path.join(__dirname, '..', '..', 'docs', 'images', 'widget.png')
  : path.join(tmpdir(), `crmpro-widget-${process.pid}.png`);

/** Debian's chromium, headless, as the CI runs it. */
function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

describe('the widget in a real browser on the demo site', () => {
  const temp = temporaryStore();
  const slack = new SlackApiStandIn(BOT_TOKEN, [DANA]);
  const postedTs = new Map<object, string>();
  let app: App;
  let base: string;
  let browser: Browser;
  // Two other websites on loopback: a customer's shop that may embed the widget, and one that may not.
  let shop: Server;
  let stranger: Server;

  beforeAll(async () => {
    shop = await siteEmbeddingTheWidget(() => base);
    stranger = await siteEmbeddingTheWidget(() => base);
    await loadSmallCrm(temp.store);
    await slack.start();
    let nextTs = 100;
    slack.answer('chat.postMessage', (args) => {
      const ts = `1700000000.${String((nextTs += 1)).padStart(6, '0')}`;
      postedTs.set(args, ts);
      return { channel: args.channel, ts, message: { text: args.text } };
    });
    app = await startApp(
      testConfig(temp.dataDir, {
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: slack.url,
        SUPPORT_SLACK_CHANNEL: 'C0SUPPORT',
        WIDGET_ALLOWED_ORIGINS: originOf(shop),
      }),
      temp.store,
      silentLogger(),
      () => FIXTURE_NOW,
    );
    base = `http://127.0.0.1:${app.port}`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    shop.close();
    stranger.close();
    await app.stop();
    await slack.stop();
    await temp.cleanup();
  });

  /** Types a message into the open widget and sends it with Enter. */
  async function say(page: Page, text: string): Promise<void> {
    await page.locator('#crmpro-input').fill(text);
    await page.locator('#crmpro-input').press('Enter');
  }

  it('answers a pricing question with its source, takes a demo request, and shows what a person wrote in Slack', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 760 } });
    await page.goto(`${base}/`);
    await expectVisible(page, 'h1', 'The CRM your team talks to');
    await page.getByRole('button', { name: /Open chat/ }).click();
    await page.locator('.msg.bot').first().waitFor(); // the greeting

    await say(page, 'How much is the Team plan?');
    const answer = page.locator('.msg.bot', { hasText: '$29' });
    await answer.waitFor();
    const source = answer.locator('.sources a').first();
    expect(await source.textContent()).toContain('Pricing plans');
    expect(await source.getAttribute('href')).toBe('https://crmpro.example/pricing');

    await page.getByRole('button', { name: "I'd like a demo" }).first().click();
    await page.locator('.msg.bot', { hasText: "What's your name?" }).waitFor();
    await say(page, 'Ada Lovelace');
    await page.locator('.msg.bot', { hasText: 'work e-mail' }).waitFor();
    await say(page, 'ada@analytical.example');
    await page.locator('.msg.bot', { hasText: 'Which company' }).waitFor();
    await say(page, 'Analytical Engines');
    await page.locator('.msg.bot', { hasText: 'Thanks, Ada!' }).waitFor();
    expect(await temp.store.leads.findOne({ email: 'ada@analytical.example' })).toMatchObject({
      source: 'chat',
    });

    await say(page, 'Can I talk to a human?');
    await page.locator('.note', { hasText: 'Waiting for someone' }).waitFor();
    const opened = await slack.waitForCall(
      (call) =>
        call.method === 'chat.postMessage' && JSON.stringify(call.args.blocks ?? '').includes('handoff_end'),
    );
    const body = JSON.stringify({
      type: 'event_callback',
      team_id: 'T0STANDIN',
      api_app_id: 'A0CRMPRO',
      event_id: 'Ev0BROWSER1',
      event_time: Math.floor(Date.now() / 1000),
      event: {
        type: 'message',
        channel: 'C0SUPPORT',
        channel_type: 'channel',
        user: DANA.id,
        text: 'Hi Ada, Dana here. Happy to help with your plan choice. See https://crmpro.example/pricing',
        ts: '1700000009.000100',
        thread_ts: postedTs.get(opened.args),
      },
    });
    const delivered = await fetch(`${base}/api/slack/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...slackSignatureHeaders(SIGNING_SECRET, body) },
      body,
    });
    expect(delivered.status).toBe(200);
    const fromDana = page.locator('.msg.person', { hasText: 'Dana here' });
    await fromDana.waitFor();
    expect(await fromDana.locator('.who').textContent()).toContain('Dana Kim');
    expect(await fromDana.locator('a').getAttribute('href')).toBe('https://crmpro.example/pricing');
    await page.screenshot({ path: SCREENSHOT });

    // The visitor ends it from the widget; the thread is told and the bot answers again.
    await page.getByRole('button', { name: 'End chat with our team' }).click();
    await page.locator('.msg.bot', { hasText: "You've ended the chat" }).waitFor();
    await slack.waitForCall(
      (call) =>
        call.method === 'chat.postMessage' &&
        call.args.thread_ts === postedTs.get(opened.args) &&
        String(call.args.text).includes('Hand-off ended'),
    );
    await page.close();
  });

  it('works from the keyboard alone: Tab to the bubble, Enter opens, Enter sends, Escape closes and focus returns', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 760 } });
    await page.goto(`${base}/`);
    await page.locator('[data-crmpro-widget]').waitFor({ state: 'attached' });
    // What has the focus inside the widget's shadow root (run in the page: no DOM types here).
    const focusedLabel = () =>
      page.evaluate<string | null>(
        "document.activeElement?.shadowRoot?.activeElement?.getAttribute('aria-label') ?? null",
      );
    let label: string | null = null;
    for (let i = 0; i < 12 && !label?.startsWith('Open chat'); i += 1) {
      await page.keyboard.press('Tab');
      label = await focusedLabel();
    }
    expect(label).toBe('Open chat: CRMPro assistant');
    await page.keyboard.press('Enter');
    expect(await page.getByRole('dialog', { name: 'CRMPro assistant' }).isVisible()).toBe(true);
    expect(await page.evaluate<string>('document.activeElement?.shadowRoot?.activeElement?.id')).toBe(
      'crmpro-input',
    );
    await page.keyboard.type('Is there a free trial?');
    await page.keyboard.press('Enter');
    await page.locator('.msg.bot', { hasText: '14-day' }).waitFor();
    expect(await page.getByRole('log').count()).toBe(1);
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog').isVisible()).toBe(false);
    expect(await focusedLabel()).toBe('Open chat: CRMPro assistant');

    // A reload keeps the conversation (the session survives in localStorage).
    await page.reload();
    await page.getByRole('button', { name: /Open chat/ }).click();
    await page.locator('.msg.bot', { hasText: '14-day' }).waitFor();
    await page.close();
  });

  it('works embedded in an allowed website (CORS, preflight and stream), and not in another', async () => {
    const page = await browser.newPage();
    await page.goto(`${originOf(shop)}/`);
    await page.getByRole('button', { name: /Open chat/ }).click();
    await page.locator('.msg.bot').first().waitFor();
    await say(page, 'Is there a free trial?');
    await page.locator('.msg.bot', { hasText: '14-day' }).waitFor();
    await page.close();

    const refused = await browser.newPage();
    await refused.goto(`${originOf(stranger)}/`);
    await refused.getByRole('button', { name: /Open chat/ }).click();
    await refused.getByRole('status').filter({ hasText: 'not available' }).waitFor();
    expect(await refused.locator('.msg').count()).toBe(0);
    await refused.close();
  });

  it('fills a phone screen when open', async () => {
    const page = await browser.newPage({
      viewport: { width: 375, height: 700 },
      isMobile: true,
      hasTouch: true,
    });
    await page.goto(`${base}/`);
    await page.getByRole('button', { name: /Open chat/ }).click();
    const box = await page.getByRole('dialog').boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: 375, height: 700 });
    expect(await page.locator('#crmpro-input').isVisible()).toBe(true);
    await page.close();
  });
});

/** A page of another website (another origin on loopback) with the widget's script tag. */
async function siteEmbeddingTheWidget(bot: () => string): Promise<Server> {
  const server = createServer((_req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(
      `<!doctype html><html lang="en"><title>Shop</title><h1>Shop</h1><script src="${bot()}/widget.js" data-title="Shop help"></script></html>`,
    );
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return server;
}

function originOf(server: Server): string {
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function expectVisible(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector, { hasText: text }).waitFor();
}
