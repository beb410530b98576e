import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startApp, type App } from '../src/app';
import { loadConfig } from '../src/config/config';
import { silentLogger } from '../src/core/logger';
import { scoreSentiment } from '../src/ml/sentiment';
import { openEmbeddedStore } from '../src/store/embedded/embedded-store';
import { seedDemoCrm } from '../src/store/seed';
import type { Store } from '../src/store/store';
import { inboundActivity, LoopbackConnector } from '../tests/fixtures/loopback-connector';

/** The question every message round-trip bench asks: a briefing on the demo rep's best-known account. */
export const BRIEFING_QUESTION = 'tell me about Acme';

/** The server the message round-trip benches measure, with the connector its replies go to. */
export interface RoundTripServer {
  app: App;
  store: Store;
  connector: LoopbackConnector;
  /** Where the connector listens (the activities' serviceUrl). */
  serviceUrl: string;
  seeded: Awaited<ReturnType<typeof seedDemoCrm>>;
  /** The body of a message activity saying `text` in conversation `conversationId`. */
  activity: (text: string, conversationId: string) => string;
  /**
   * Posts `text` to `route` (default the bot's `/api/messages`) and resolves once the reply reached
   * the connector; throws when the server does not answer 200.
   */
  send: (text: string, conversationId: string, route?: string) => Promise<void>;
  /** Stops the server and the connector, closes the store and removes its directory. */
  close: () => Promise<void>;
}

/**
 * Seeds the full demo CRM in a fresh embedded store (as the server seeds it: interactions with
 * their sentiment) and starts the app on it, logging nothing and with the rate limits off (one
 * client sends every request: the limiter would be measured otherwise).
 */
export async function startRoundTripServer(
  options: { log?: (line: string) => void } = {},
): Promise<RoundTripServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'crmpro-bench-'));
  const store = openEmbeddedStore({ dataDir });
  const connector = new LoopbackConnector();
  let app: App | undefined;
  const close = async () => {
    await app?.stop();
    await connector.stop();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    options.log?.('seeding the demo CRM (full size)...');
    const seeded = await seedDemoCrm(store, {
      anchor: new Date(),
      sentimentOf: scoreSentiment,
      ...(options.log ? { log: options.log } : {}),
    });
    const serviceUrl = await connector.start();
    app = await startApp(
      loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'silent',
        RATE_LIMIT_ADDRESS_PER_MINUTE: '0',
        RATE_LIMIT_SENDER_PER_MINUTE: '0',
      }),
      store,
      silentLogger(),
    );
    const started = app;
    const activity = (text: string, conversationId: string) =>
      JSON.stringify(inboundActivity(serviceUrl, text, { conversation: { id: conversationId } }));
    const send = async (text: string, conversationId: string, route = '/api/messages') => {
      const before = connector.posts.length;
      const response = await fetch(`http://127.0.0.1:${started.port}${route}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: activity(text, conversationId),
      });
      await connector.received(before + 1);
      if (response.status !== 200) throw new Error(`${route} answered ${response.status}`);
    };
    return { app: started, store, connector, serviceUrl, seeded, activity, send, close };
  } catch (error) {
    await close();
    throw error;
  }
}
