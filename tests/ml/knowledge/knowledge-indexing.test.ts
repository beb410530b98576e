import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isCrmError } from '../../../src/core/errors';
import {
  knowledgeIndexRoot,
  updateKnowledgeIndex,
} from '../../../src/ml/knowledge/ingestion/knowledge-indexer';
import {
  currentIndexDirectory,
  loadKnowledgeIndex,
} from '../../../src/ml/knowledge/ingestion/knowledge-index-files';
import { KnowledgeBase } from '../../../src/ml/knowledge/knowledge-base';
import { temporaryKnowledge } from './knowledge-fixture';

describe('incremental indexing of knowledge/', () => {
  const temp = temporaryKnowledge();
  afterAll(() => temp.cleanup());
  const update = (options = {}) =>
    updateKnowledgeIndex(temp.knowledgeDir, temp.modelsDir, {
      clock: () => new Date('2026-01-05T10:00:00Z'),
      ...options,
    });

  it('first run indexes every file and writes a versioned index with its model card', async () => {
    const report = await update();
    expect(report.added).toHaveLength(6);
    expect(report.retrained).toBe(true);
    expect(report.chunksEmbedded).toBe(report.chunksTotal);
    const card = JSON.parse(
      readFileSync(join(currentIndexDirectory(knowledgeIndexRoot(temp.modelsDir))!, 'model.json'), 'utf8'),
    );
    expect(card.version).toBe(report.version);
    expect(card.version.startsWith(card.embedding.fingerprint)).toBe(true);
    expect(card.vectorIndex).toMatchObject({
      library: 'hnswlib-node',
      space: 'cosine',
      liveVectors: report.chunksTotal,
    });
    expect(card.corpus).toEqual({ files: 6, chunks: report.chunksTotal });
  });

  it('a second run with nothing changed embeds nothing and keeps the version', async () => {
    const before = loadKnowledgeIndex(knowledgeIndexRoot(temp.modelsDir))!.card.version;
    const report = await update();
    expect(report).toMatchObject({
      added: [],
      changed: [],
      removed: [],
      unchanged: 6,
      chunksEmbedded: 0,
      version: before,
    });
  });

  it('re-embeds only the chunks of a changed file, and answers from the new text', async () => {
    const previous = loadKnowledgeIndex(knowledgeIndexRoot(temp.modelsDir))!;
    const chunksBefore = previous.catalog;
    appendFileSync(
      join(temp.knowledgeDir, 'payments.md'),
      '\n## Gift cards\n\nGift cards can be bought in values of 25, 50 or 100 euros and never expire.\n',
    );
    const report = await update();
    const after = loadKnowledgeIndex(knowledgeIndexRoot(temp.modelsDir))!;
    expect(report.changed).toEqual(['payments.md']);
    expect(report.retrained).toBe(false);
    expect(report.chunksEmbedded).toBe(after.catalog.files['payments.md']!.labels.length);
    expect(report.chunksEmbedded).toBeLessThan(report.chunksTotal);
    // Unchanged files keep their vector labels (their vectors were not recomputed).
    expect(after.catalog.files['policies/returns.md']!.labels).toEqual(
      chunksBefore.files['policies/returns.md']!.labels,
    );
    // Same embedding, next generation of its vector index.
    expect(report.version).toBe(`${previous.card.embedding.fingerprint}.2`);
    const base = await KnowledgeBase.open({ ...temp, refresh: false });
    const answer = base.ask('Do gift cards expire?');
    expect(answer.noAnswer).toBe(false);
    expect(answer.answer).toContain('never expire');
    expect(answer.sources[0]).toMatchObject({ path: 'payments.md', section: 'Gift cards' });
  });

  it('drops a removed file from answers and picks up a new HTML or text file', async () => {
    rmSync(join(temp.knowledgeDir, 'contact.txt'));
    writeFileSync(
      join(temp.knowledgeDir, 'careers.html'),
      '<html><head><title>Careers</title></head><body><h2>Openings</h2><p>We are hiring a quantum widget engineer in Lisbon.</p></body></html>',
    );
    const report = await update();
    expect(report.removed).toEqual(['contact.txt']);
    expect(report.added).toEqual(['careers.html']);
    const base = await KnowledgeBase.open({ ...temp, refresh: false });
    expect(base.ask('Are you hiring engineers in Lisbon?').sources[0]?.path).toBe('careers.html');
    const phone = base.ask('What is your phone number?');
    expect(phone.sources.map((s) => s.path)).not.toContain('contact.txt');
  });

  it('retrains the embedding (new version) once most chunks were embedded after training, or on --rebuild', async () => {
    const before = loadKnowledgeIndex(knowledgeIndexRoot(temp.modelsDir))!.card;
    const report = await update({ rebuild: true });
    expect(report.retrained).toBe(true);
    expect(report.version.endsWith('.1')).toBe(true);
    expect(report.version).not.toBe(before.version);
    const shareReport = await (async () => {
      appendFileSync(join(temp.knowledgeDir, 'products.md'), '\nThe mini widget fits in a pocket.\n');
      return update({ retrainShare: 0 });
    })();
    expect(shareReport.retrained).toBe(true);
  });

  it('refuses an index whose vectors do not belong to its embedding', async () => {
    const directory = currentIndexDirectory(knowledgeIndexRoot(temp.modelsDir))!;
    const cardFile = join(directory, 'model.json');
    const card = JSON.parse(readFileSync(cardFile, 'utf8'));
    writeFileSync(
      cardFile,
      JSON.stringify({ ...card, embedding: { ...card.embedding, fingerprint: '0000' } }),
    );
    let error: unknown;
    try {
      loadKnowledgeIndex(knowledgeIndexRoot(temp.modelsDir));
    } catch (caught) {
      error = caught;
    }
    expect(isCrmError(error, 'UNAVAILABLE')).toBe(true);
    expect((error as Error).message).toMatch(/--rebuild/);
  });
});
