import type { NamedRecord } from '../../../vocabulary';
import type { NameCandidate } from './name-matcher';
import { withClearMisspelling } from './clear-misspellings';
import { SoundAlikeNames } from './sound-alike-names';

/** Sound-alike indexes, built once per list of names (the lists keep their identity until the data changes). */
const indexes = new WeakMap<readonly NamedRecord[], SoundAlikeNames>();
function indexFor(records: readonly NamedRecord[], bySound: boolean): SoundAlikeNames {
  let index = indexes.get(records);
  if (!index) {
    index = new SoundAlikeNames(records, bySound);
    indexes.set(records, index);
  }
  return index;
}

/** Most candidates a name search returns (as `NameMatcher.find`). */
const LIMIT = 5;

/**
 * The name matcher's candidates with the names `text` says joined or split otherwise
 * ("samrivera") or, for company names (`bySound`), as they sound ("inner tech"), added where the
 * matcher found none as good, best first; for company names, a misspelling far closer to one name
 * than to any other is read as that name (`withClearMisspelling`).
 */
export function withSoundAlikes(
  found: NameCandidate[],
  text: string,
  records: readonly NamedRecord[],
  bySound = false,
): NameCandidate[] {
  const alike = indexFor(records, bySound).find(text, found);
  if (alike.length === 0) return bySound ? withClearMisspelling(found, text) : found;
  const best = new Map(found.map((candidate) => [candidate.id, candidate]));
  for (const candidate of alike) {
    const current = best.get(candidate.id);
    if (!current || candidate.score > current.score) best.set(candidate.id, candidate);
  }
  const merged = [...best.values()]
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, LIMIT);
  return bySound ? withClearMisspelling(merged, text) : merged;
}
