import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { updateKnowledgeIndex } from '../../src/ml/knowledge/ingestion/knowledge-indexer';
import { openEmbeddedStore } from '../../src/store/embedded/embedded-store';
import { loadSmallCrm } from '../fixtures/small-crm';

const root = path.join(__dirname, '..', '..');
const EMAIL = 'dana.quill@initech.example';
const NAME = 'Dana Quillfeather';
/** The knowledge documents and their index (outside DATA_DIR): one document names the person. */
const knowledgeDir = mkdtempSync(path.join(tmpdir(), 'crmpro-privacy-knowledge-'));
const modelsDir = mkdtempSync(path.join(tmpdir(), 'crmpro-privacy-models-'));
writeFileSync(
  path.join(knowledgeDir, 'team.md'),
  `# Who to ask\n\nSSO questions go to ${NAME} (${EMAIL}).\n`,
);
writeFileSync(path.join(knowledgeDir, 'pricing.md'), '# Pricing\n\nPlans start at 10 USD a seat.\n');

function crmpro(args: string[], dataDir: string) {
  return new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src', 'cli.ts'), ...args], {
      cwd: root,
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        KNOWLEDGE_DIR: knowledgeDir,
        MODELS_DIR: modelsDir,
        MONGODB_URI: '',
        LOG_LEVEL: 'warn',
      },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => resolve({ code, out, err }));
  });
}

/** Every file under `dir` (recursively) whose bytes contain `needle`, in UTF-8 or UTF-16. */
function filesContaining(dir: string, needle: string): string[] {
  const hits: string[] = [];
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, name);
    if (!statSync(file).isFile()) continue;
    const bytes = readFileSync(file);
    const lower = Buffer.from(bytes.toString('latin1').toLowerCase(), 'latin1');
    if (lower.includes(Buffer.from(needle.toLowerCase())) || bytes.includes(Buffer.from(needle, 'utf16le')))
      hits.push(name);
  }
  return hits;
}

describe('crmpro privacy export and erase', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'crmpro-privacy-'));
  const outDir = mkdtempSync(path.join(tmpdir(), 'crmpro-privacy-out-'));
  let contactId: string;
  let keptInteraction: string;
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
    rmSync(knowledgeDir, { recursive: true, force: true });
    rmSync(modelsDir, { recursive: true, force: true });
  });

  beforeAll(async () => {
    const store = openEmbeddedStore({ dataDir });
    const crm = await loadSmallCrm(store);
    const contact = await store.contacts.insertOne({
      accountId: crm.globexId,
      firstName: 'Dana',
      lastName: 'Quillfeather',
      nameKey: 'dana quillfeather',
      email: EMAIL,
      phone: '+1 415 555 0199',
      primary: false,
    });
    contactId = contact._id;
    await store.leads.insertOne({ name: NAME, email: EMAIL, source: 'chat', status: 'new' });
    await store.interactions.insertOne({
      type: 'call',
      accountId: crm.globexId,
      contactId,
      occurredAt: new Date(),
      summary: 'renewal call, asked for a discount',
    });
    await store.interactions.insertOne({
      type: 'note',
      accountId: crm.globexId,
      occurredAt: new Date(),
      summary: `met ${NAME} at the fair`,
    });
    keptInteraction = (
      await store.interactions.insertOne({
        type: 'note',
        accountId: crm.globexId,
        occurredAt: new Date(),
        summary: 'unrelated note about Globex pricing',
      })
    )._id;
    await store.tasks.insertOne({ title: `send ${NAME} the proposal`, ownerId: crm.repId, status: 'open' });
    await store.cases.insertOne({
      number: 1001,
      subject: 'Login fails for every user',
      description: `${NAME} (${EMAIL}) cannot sign in since the SSO change`,
      status: 'resolved',
      priority: 'high',
      channel: 'email',
      accountId: crm.globexId,
      contactId,
      resolution: 'reset the SAML certificate',
      history: [{ at: new Date(), action: 'note', value: `called ${NAME} back` }],
    });
    await store.audiences.insertOne({
      name: 'Globex people',
      nameKey: 'globex people',
      definition: { region: 'NA' },
      builtAt: new Date(),
      members: [
        {
          accountId: crm.globexId,
          accountName: 'Globex',
          spend: 10,
          currency: 'USD',
          contactIds: [contactId, 'someone-else'],
        },
      ],
      history: [],
    });
    await store.conversations.insertOne({
      _id: 'webchat:c1',
      channel: 'webchat',
      channelConversationId: 'c1',
      startedAt: new Date(),
      lastActivityAt: new Date(),
      messageCount: 4,
    });
    await store.transcriptTurns.insertMany([
      {
        conversationId: 'webchat:c1',
        channel: 'webchat',
        userId: crm.repId,
        at: new Date(),
        messages: [
          { at: new Date(), direction: 'in', text: `who is ${NAME}? mail ${EMAIL}` },
          { at: new Date(), direction: 'out', text: 'Globex has 1 open deal' },
        ],
      },
      {
        conversationId: 'webchat:c1',
        channel: 'webchat',
        userId: crm.repId,
        at: new Date(),
        messages: [
          { at: new Date(), direction: 'in', text: 'and Initech?' },
          { at: new Date(), direction: 'out', text: 'Initech has 2 open deals' },
        ],
      },
    ]);
    // A widget conversation still open: the lead dialog holds the e-mail the person typed, and the
    // LLM agent saved a step naming them (base64, as its checkpointer stores values).
    await store.botState.insertOne({
      _id: 'widget/conversations/w1',
      eTag: '1',
      data: JSON.stringify({ dialogState: { lead: { name: NAME, email: EMAIL } } }),
    });
    await store.botState.insertOne({ _id: 'widget/conversations/w2', eTag: '1', data: '{"turns":1}' });
    for (const [id, threadId, text] of [
      ['s1', 'thread-named', `lead ${NAME}`],
      ['s2', 'thread-named', 'step two'],
      ['s3', 'thread-other', 'pricing question'],
    ] as const)
      await store.agentCheckpoints.insertOne({
        _id: id,
        kind: 'checkpoint',
        threadId,
        checkpointNs: '',
        type: 'json',
        data: Buffer.from(JSON.stringify({ text })).toString('base64'),
        expiresAt: new Date(Date.now() + 86_400_000),
      });
    await store.close();
    expect(filesContaining(dataDir, EMAIL).length).toBeGreaterThan(0); // the search can find it
    await updateKnowledgeIndex(knowledgeDir, modelsDir);
    expect(filesContaining(modelsDir, 'Quillfeath').length).toBeGreaterThan(0); // and in the index
  });

  it('exports everything about the person as JSON files and summary.md', async () => {
    const result = await crmpro(
      ['privacy', 'export', '--email', EMAIL.toUpperCase(), '--out', outDir],
      dataDir,
    );
    expect(result.code).toBe(0);
    const read = (name: string) =>
      JSON.parse(readFileSync(path.join(outDir, name), 'utf8')) as { _id: string }[];
    expect(read('contacts.json').map((each) => each._id)).toEqual([contactId]);
    expect(read('leads.json')).toHaveLength(1);
    expect(read('interactions.json')).toHaveLength(2);
    expect(read('interactions.json').map((each) => each._id)).not.toContain(keptInteraction);
    expect(read('tasks.json')).toHaveLength(1);
    expect(read('conversations.json')).toHaveLength(1);
    expect(read('cases.json')).toHaveLength(1);
    expect(
      read('conversationState.json')
        .map((each) => each._id)
        .sort(),
    ).toEqual(['s1', 'widget/conversations/w1']);
    expect(read('knowledge-mentions.json')).toEqual([expect.objectContaining({ file: 'team.md', line: 3 })]);
    const summary = readFileSync(path.join(outDir, 'summary.md'), 'utf8');
    expect(summary).toContain(NAME);
    expect(summary).toMatch(/\| interactions \| 2 \|/);
  }, 60_000);

  it('a dry run changes nothing', async () => {
    const dry = await crmpro(['privacy', 'erase', '--email', EMAIL, '--dry-run'], dataDir);
    expect(dry.out).toContain(
      'would erase: contacts 1, leads 1, interactions 2, tasks 1, conversations 1, conversationState 2, cases 1',
    );
    expect(dry.out).toContain('would anonymise the knowledge documents');
    expect(dry.out).toContain('team.md: line 3');
    expect(readFileSync(path.join(knowledgeDir, 'team.md'), 'utf8')).toContain(NAME);
    expect(filesContaining(dataDir, EMAIL).length).toBeGreaterThan(0);
  }, 60_000);

  it('erases: no file of DATA_DIR holds the name or e-mail, a second export finds nothing, the audit keeps only ids', async () => {
    const erased = await crmpro(['privacy', 'erase', '--email', EMAIL], dataDir);
    expect(erased.code).toBe(0);
    // The knowledge documents (KNOWLEDGE_DIR) and their index (MODELS_DIR) live outside DATA_DIR:
    // the document naming them is anonymised and the index rebuilt from it, the other left alone.
    expect(erased.out).toContain('anonymised 1 knowledge document(s)');
    expect(erased.out).toContain('team.md: line 3');
    expect(erased.out).toMatch(/knowledge index rebuilt/);
    expect(erased.out).not.toContain('pricing.md');
    expect(readFileSync(path.join(knowledgeDir, 'team.md'), 'utf8')).toBe(
      '# Who to ask\n\nSSO questions go to [erased] ([erased]).\n',
    );
    expect(readFileSync(path.join(knowledgeDir, 'pricing.md'), 'utf8')).toContain('10 USD a seat');
    expect(readdirSync(modelsDir, { recursive: true }).length).toBeGreaterThan(0);
    for (const dir of [knowledgeDir, modelsDir])
      for (const needle of [EMAIL, 'Quillfeath']) expect(filesContaining(dir, needle)).toEqual([]);
    expect(filesContaining(dataDir, EMAIL)).toEqual([]);
    expect(filesContaining(dataDir, NAME)).toEqual([]);
    expect(filesContaining(dataDir, 'Quillfeather')).toEqual([]);

    const again = mkdtempSync(path.join(tmpdir(), 'crmpro-privacy-again-'));
    await crmpro(['privacy', 'export', '--email', EMAIL, '--out', again], dataDir);
    for (const name of [
      'contacts',
      'leads',
      'interactions',
      'tasks',
      'conversations',
      'conversationState',
      'cases',
    ])
      expect(JSON.parse(readFileSync(path.join(again, `${name}.json`), 'utf8'))).toEqual([]);
    rmSync(again, { recursive: true, force: true });

    const store = openEmbeddedStore({ dataDir });
    try {
      expect(await store.interactions.findById(keptInteraction)).not.toBeNull();
      const trail = await store.auditEntries.find({ action: 'erase' });
      expect(trail).toHaveLength(1);
      expect(trail[0]!.recordIds).toContain(contactId);
      expect(trail[0]!.recordCount).toBe(9);
      const turns = await store.transcriptTurns.find({ conversationId: 'webchat:c1' }, { sort: { at: 1 } });
      const texts = turns.flatMap((turn) => turn.messages.map((message) => message.text));
      expect(texts).toContain('who is [erased]? mail [erased]');
      expect(texts).toContain('Initech has 2 open deals'); // the turn not naming them is kept as it was
      const supportCase = (await store.cases.findOne({ number: 1001 }))!;
      expect(supportCase.description).toBe('[erased] ([erased]) cannot sign in since the SSO change');
      expect(supportCase.history[0]!.value).toBe('called [erased] back');
      expect(supportCase.resolution).toBe('reset the SAML certificate');
      expect(supportCase).not.toHaveProperty('contactId');
      // The open conversation holding them starts afresh; the one that does not is kept. The
      // agent thread that named them goes whole (its later steps build on the first).
      expect(await store.botState.findById('widget/conversations/w1')).toBeNull();
      expect(await store.botState.findById('widget/conversations/w2')).not.toBeNull();
      expect((await store.agentCheckpoints.find({})).map((step) => step._id)).toEqual(['s3']);
      const audience = (await store.audiences.findOne({ nameKey: 'globex people' }))!;
      expect(audience.members[0]!.contactIds).toEqual(['someone-else']);
    } finally {
      await store.close();
    }
  }, 60_000);
});
