import { REGIONS } from '../../../shared/regions';
import { DOCUMENTS } from '../../../shared/source';
import { CATEGORY_NAMES } from '../../../shared/schemas/estimate';
import { printJson } from '../io';

/** `yibao regions`: what each region covers and what it does not, so the app can say "本地区暂未收录". */
export function regionsCommand(): number {
  printJson(
    Object.values(REGIONS).map((r) => ({
      id: r.id,
      name: r.name,
      documents: r.documents.map((doc) => ({ doc, title: DOCUMENTS[doc] })),
      verifiedAt: r.verifiedAt,
      firstDate: r.firstDate,
      schemes: r.schemes,
      visitTypes: r.visitTypes,
      categories: r.categories.map((id) => ({ id, name: CATEGORY_NAMES[id] })),
      notCovered: r.notCovered,
    })),
  );
  return 0;
}
