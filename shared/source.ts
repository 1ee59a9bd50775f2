/** The policy documents the figures come from (../shared/seeds/). A citation must name one of them. */
export const DOCUMENTS = {
  '000_22e2e209a52c8b7a.txt': '阳城县优抚对象医疗保障实施细则（2026-03-26）',
  '001_67989e468fe6913d.txt': '广西残疾退役军人医疗保障实施办法（2023-12-29）',
  '002_711c23464f3dfc1b.txt': '随州市/随县城乡居民医保政策宣讲（2025）',
  '003_721ce283759161d0.txt': '山西省就医费用报销一件事办事指南（2025-03-31）',
  '004_6dc5632ce2988a73.txt': '巴中市医保政策宣传手册（2025-11）',
} as const;

export type DocumentId = keyof typeof DOCUMENTS;

export interface Source {
  doc: DocumentId;
  section: string;
}

export function cite(doc: DocumentId, section: string): Source {
  return { doc, section };
}

/** "《巴中市医保政策宣传手册（2025-11）》第三章 十一问": how a citation reads to a person. */
export function citationText(source: Source): string {
  return `《${DOCUMENTS[source.doc]}》${source.section}`;
}
