import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chunkDocument, chunkTitle } from '../../../src/ml/knowledge/ingestion/chunker';
import { readKnowledgeDocument } from '../../../src/ml/knowledge/ingestion/document-reader';

const kb = join(__dirname, '..', '..', 'fixtures', 'knowledge', 'kb');
const read = (path: string) => readKnowledgeDocument(path, readFileSync(join(kb, path), 'utf8'));

describe('reading and chunking knowledge documents', () => {
  it('splits markdown at headings, keeps front-matter title and URL, and strips markdown syntax', () => {
    const doc = read('policies/returns.md');
    expect(doc.title).toBe('Returns and exchanges');
    expect(doc.url).toBe('https://acme.example/returns');
    const chunks = chunkDocument(doc);
    expect(chunks.map((c) => c.headingPath)).toEqual([['Returning a widget'], ['Damaged parcels']]);
    expect(chunks[0]!.text).toMatch(/^You can return any unused widget within 45 days/);
    expect(chunks[0]!.id).toBe('policies/returns.md#0');
    expect(chunkTitle(chunks[1]!)).toBe('Returns and exchanges › Damaged parcels');
    expect(chunks.every((c) => c.url === 'https://acme.example/returns')).toBe(true);
  });

  it('cuts a long section into windows that overlap, so a sentence at a boundary is whole in one chunk', () => {
    const chunks = chunkDocument(read('policies/shipping.md'), { maxWords: 60, overlapWords: 20 });
    const international = chunks.filter((c) => c.headingPath[0] === 'International orders');
    expect(international.length).toBeGreaterThanOrEqual(3);
    for (const chunk of international) expect(chunk.text.split(/\s+/).length).toBeLessThanOrEqual(60);
    for (let i = 1; i < international.length; i++) {
      const previousLast = international[i - 1]!.text.split(/(?<=\.)\s+/).pop()!;
      expect(international[i]!.text).toContain(previousLast);
    }
    const sentences = read('policies/shipping.md').sections[1]!.text.split(/(?<=\.)\s+/);
    for (const sentence of sentences) expect(international.some((c) => c.text.includes(sentence))).toBe(true);
  });

  it('reads HTML: title, canonical URL, sections at h2, list items; drops scripts, styles and navigation', () => {
    const doc = read('warranty.html');
    expect(doc.title).toBe('Warranty');
    expect(doc.url).toBe('https://acme.example/warranty');
    expect(doc.sections.map((s) => s.headingPath)).toEqual([['How long is the warranty?'], ['Claiming']]);
    expect(doc.sections[0]!.text).toBe(
      'Every widget has a three-year warranty covering manufacturing defects.',
    );
    expect(doc.sections[1]!.text).toContain('- Describe the fault & attach a photo.');
    const all = doc.sections.map((s) => s.text).join(' ');
    expect(all).not.toMatch(/tracking|color|Home \| Shop/);
  });

  it('reads plain text with its first short line as the title, and untitled markdown by its H1', () => {
    const text = read('contact.txt');
    expect(text.title).toBe('Contact us');
    expect(text.sections[0]!.text).toMatch(/^Our phone line is open/);
    expect(read('products.md').title).toBe('Products');
    expect(read('products.md').sections.map((s) => s.headingPath)).toEqual([
      ['Standard widget'],
      ['Turbo widget'],
    ]);
  });

  it('never splits inside a fenced code block heading-like line', () => {
    const doc = readKnowledgeDocument(
      'x.md',
      '# Setup\n\nRun this:\n\n```sh\n# not a heading\nnpm start\n```\n\n## Next\n\nDone.',
    );
    expect(doc.sections.map((s) => s.headingPath)).toEqual([[], ['Next']]);
    expect(doc.sections[0]!.text).toContain('# not a heading');
  });
});
