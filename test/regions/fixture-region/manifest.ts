import type { RegionManifest } from '../../../shared/regions/manifest';

/**
 * A region that lives only in the test tree: what a new region's folder starts as (manifest, documents, params,
 * programs). It cites a document of seeds/ that no product region uses, under a section no product figure uses.
 */
export const DOC = '003_721ce283759161d0.txt' as const;

export const manifest = {
  id: 'fixture',
  name: '测试市',
  documents: [DOC],
  verifiedAt: '2025-01',
  firstDate: '2025-01-01',
  schemes: ['resident'],
  visitTypes: ['inpatient'],
  categories: [],
  notCovered: ['夹具地区只收录住院'],
  form: {
    categoriesFor: [],
    diseaseCatalogue: false,
    pharmacy: false,
    classBCost: false,
    outpatientSetting: false,
    specialTreatment: false,
    insuredHistoryFor: [],
    ytdKeys: () => [],
  },
  programs: ['estimate'],
} as const satisfies RegionManifest;
