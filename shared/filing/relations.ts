import { cite, Source } from '../source';

/**
 * Who may file for an insured person: the 近亲属. 004 第二章 二十五问 defines them — "近亲属：指配偶、父母、子女、
 * 兄弟姐妹、祖父母、外祖父母、孙子女、外孙子女" — and 003 六（一） lists the same eight. A relation reads
 * "the agent is the principal's …": a daughter filing for her father is his `child`.
 */
export const CLOSE_RELATIVES = [
  { id: 'spouse', label: '配偶' },
  { id: 'parent', label: '父母' },
  { id: 'child', label: '子女' },
  { id: 'sibling', label: '兄弟姐妹' },
  { id: 'grandparent', label: '祖父母' },
  { id: 'maternalGrandparent', label: '外祖父母' },
  { id: 'grandchild', label: '孙子女' },
  { id: 'maternalGrandchild', label: '外孙子女' },
] as const;

export type CloseRelative = (typeof CLOSE_RELATIVES)[number]['id'];

export const CLOSE_RELATIVE_IDS = CLOSE_RELATIVES.map((r) => r.id) as [CloseRelative, ...CloseRelative[]];

export const CLOSE_RELATIVES_SOURCES: Source[] = [
  cite('004_6dc5632ce2988a73.txt', '第二章 二十五问'),
  cite('003_721ce283759161d0.txt', '六、提交资料（一）'),
];

export function relationLabel(id: CloseRelative): string {
  return CLOSE_RELATIVES.find((r) => r.id === id)!.label;
}

/**
 * The same tie seen from the other side: a saved member is "my parent", so when I file for them I am their child.
 * The eight relations pair up exactly (外祖父母 ↔ 外孙子女).
 */
const INVERSE: Record<CloseRelative, CloseRelative> = {
  spouse: 'spouse',
  parent: 'child',
  child: 'parent',
  sibling: 'sibling',
  grandparent: 'grandchild',
  grandchild: 'grandparent',
  maternalGrandparent: 'maternalGrandchild',
  maternalGrandchild: 'maternalGrandparent',
};

export function inverseRelation(relation: CloseRelative): CloseRelative {
  return INVERSE[relation];
}
