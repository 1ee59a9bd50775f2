import type { ReturnTemplate } from '../contract/staff';
import type { MaterialItem } from './types';

/**
 * The return reasons every type with photos has: a photo that cannot be read, a paper that is missing. Each names
 * the checklist item by the documents' own name (the type's MaterialItem, with its source), so the applicant sees
 * which paper to photograph again.
 */
export function photoTemplates(items: MaterialItem[]): ReturnTemplate[] {
  return items.flatMap((item) => [
    { id: `unclear.${item.id}`, text: `“${item.name}”的照片不清晰，请重新拍照上传`, concerns: { fields: [], materials: [item.id] } },
    { id: `missing.${item.id}`, text: `缺少“${item.name}”，请补充上传`, concerns: { fields: [], materials: [item.id] } },
  ]);
}

/** The insured person's name and number against the papers that show them (every form asks for both). */
export const PRINCIPAL_MISMATCH: ReturnTemplate = {
  id: 'principal.mismatch',
  text: '参保人姓名或身份证号与所附证件不一致，请核对后修改',
  concerns: { fields: ['principal.name', 'principal.idNumber'], materials: [] },
};
