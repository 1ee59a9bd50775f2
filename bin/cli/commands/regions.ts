import { manifestsWith } from '../../../shared/regions/vocabulary';
import { DOCUMENTS } from '../../../shared/source';
import { printJson } from '../io';

/** `yibao regions`: what each region's estimate covers and what it does not, so the app can say "本地区暂未收录". */
export function regionsCommand(): number {
  printJson(
    manifestsWith('estimate').map((r) => ({
      id: r.id,
      name: r.name,
      documents: r.documents.map((doc) => ({ doc, title: DOCUMENTS[doc] })),
      verifiedAt: r.verifiedAt,
      firstDate: r.firstDate,
      schemes: r.schemes,
      visitTypes: r.visitTypes,
      categories: r.categories.map(({ id, name }) => ({ id, name })),
      notCovered: r.notCovered,
    })),
  );
  return 0;
}
