import { readFileSync } from 'node:fs';
import path from 'node:path';
import { columnInfoOf, EXPORT_COLLECTIONS } from '../../src/skills/shared/record-columns';

const DICTIONARY = readFileSync(path.join(__dirname, '..', '..', 'docs', 'data-dictionary.md'), 'utf8');

/** The rows of the table under `## heading` in the data dictionary, as [column, type, meaning, example]. */
function documentedColumns(heading: string): string[][] {
  const section = DICTIONARY.split(/^## /m).find((part) => part.startsWith(`${heading}\n`)) ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) =>
      line
        .slice(2, -2)
        .split(/ (?<!\\)\| /)
        .map((cell) => cell.replace(/\\\|/g, '|').replace(/^`|`$/g, '')),
    );
}

describe('docs/data-dictionary.md', () => {
  it.each(EXPORT_COLLECTIONS.map((c) => [c]))(
    'documents every exported column of %s, in order, as the code defines it',
    (collection) => {
      expect(documentedColumns(collection)).toEqual(
        columnInfoOf(collection).map((c) => [c.name, c.type, c.meaning, c.example]),
      );
    },
  );

  it('every collection exports its id first and its timestamps last, and names are unique', () => {
    for (const collection of EXPORT_COLLECTIONS) {
      const names = columnInfoOf(collection).map((c) => c.name);
      expect(names[0]).toBe('id');
      expect(names.slice(-2)).toEqual(['createdAt', 'updatedAt']);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('contacts carry their preferences and opt-outs', () => {
    expect(columnInfoOf('contacts').map((c) => c.name)).toEqual(
      expect.arrayContaining(['preferredChannel', 'preferredLanguage', 'emailOptOut', 'phoneOptOut']),
    );
  });
});
