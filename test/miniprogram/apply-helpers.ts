import { emptyDraft, splitDate, type ApplyDraft } from '../../miniprogram/packages/apply/model/draft';
import { DAUGHTER_ID, FATHER_ID } from '../applications/helpers';

/** The saved father as family.list returns him (the ID number masked). */
export const SAVED_FATHER = {
  id: 'member-father-0001',
  name: '张大山',
  relation: 'parent' as const,
  relationLabel: '父母',
  idNumberMasked: '110105********002X',
  phoneMasked: null,
  level: 'declared' as const,
  ref: 'P4M8RT',
};

/** A daughter's 异地长期居住 备案 for her father, filled in as the pages would have it. */
export function longTermForFatherDraft(patch: Partial<ApplyDraft> = {}): ApplyDraft {
  return {
    ...emptyDraft(),
    type: 'remoteFiling',
    kind: 'longTermResident',
    who: 'family',
    memberId: SAVED_FATHER.id,
    member: { name: '张大山', relation: 'parent', relationLabel: '父母', idNumberMasked: SAVED_FATHER.idNumberMasked, phoneMasked: '' },
    principal: { name: '', idNumber: '', phone: '13800005678', idNumberMasked: '', phoneMasked: '' },
    agent: { name: '张小红', idNumber: DAUGHTER_ID, phone: '13900001234', idNumberMasked: '', phoneMasked: '' },
    agentRelation: 'child',
    scheme: 'resident',
    province: '广东省',
    city: '深圳市',
    residenceAddress: '深圳市南山区某街道 1 号',
    step: 'form',
    ...patch,
  };
}

/** The father's own 手工报销 (test/applications/helpers reimbursementForSelf), as typed. */
export function reimbursementForSelfDraft(patch: Partial<ApplyDraft> = {}): ApplyDraft {
  return {
    ...emptyDraft(),
    type: 'manualReimbursement',
    who: 'self',
    principal: { name: '张大山', idNumber: FATHER_ID, phone: '13800005678', idNumberMasked: '', phoneMasked: '' },
    hospital: '太原市某医院',
    admission: splitDate('2025-03-01'),
    discharge: splitDate('2025-03-10'),
    amount: '1680.32',
    bank: '中国工商银行太原迎泽支行',
    account: '6222021234567894',
    step: 'form',
    ...patch,
  };
}
