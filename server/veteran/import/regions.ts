import { manifestsWith } from '../../../shared/regions/vocabulary';
import type { VeteranRegion } from '../../../shared/schemas/veteran';
import type { VeteranVocabulary } from '../../../shared/veteran/vocabulary';

/** The words the roster import and `yibao staff` use for the regions with a 优抚 program, from their manifests. */
export interface RosterRegionWords {
  /** Cell text (id or alias) → region id. */
  choices: Record<string, VeteranRegion>;
  /** "<简称>、<简称>": what a 地区 cell may say. */
  cell: string;
  /** "<简称>（<id>）或 <简称>（<id>）": the 地区 column's content. */
  column: string;
  /** "<id>（<label>）或 <id>（<label>）": what --region takes. */
  option: string;
  /** "<id> <label>，或 <id> <label>": asked for when the file has no 地区 column. */
  missing: string;
  /** "<id>|<id>": the usage line. */
  ids: string;
  /** The regions' notes on the 致残原因 column, "；"-joined ("" when none). */
  causeNotes: string;
  /** The first region's name, as an example of a 县 cell. */
  exampleCounty: string;
}

export function rosterRegionWords(): RosterRegionWords {
  const regions = manifestsWith('veteran').map((m) => ({ id: m.id as VeteranRegion, name: m.name, words: m.veteran as VeteranVocabulary }));
  const choices: Record<string, VeteranRegion> = {};
  for (const r of regions) {
    for (const alias of r.words.rosterAliases) choices[alias] = r.id;
    choices[r.id] = r.id;
  }
  return {
    choices,
    cell: regions.map((r) => r.words.shortName).join('、'),
    column: regions.map((r) => `${r.words.shortName}（${r.id}）`).join('或 '),
    option: regions.map((r) => `${r.id}（${r.words.label}）`).join('或 '),
    missing: regions.map((r) => `${r.id} ${r.words.label}`).join('，或 '),
    ids: regions.map((r) => r.id).join('|'),
    causeNotes: regions.flatMap((r) => (r.words.causeNote ? [r.words.causeNote] : [])).join('；'),
    exampleCounty: regions[0]?.name ?? '',
  };
}
