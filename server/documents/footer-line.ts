import type { ApplicationRecord } from '../store/types';
import { chinaMinute } from './china-time';

/** The footer every PDF carries: which application, when it was generated, and that it is the signed content. */
export function footerLine(record: ApplicationRecord, generatedAt: string): string {
  return `业务编号：${record.number ?? record.id}　　生成时间：${chinaMinute(generatedAt)}　　由医保明白纸生成，与线上签署内容一致`;
}
