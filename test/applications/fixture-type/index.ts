import { z } from 'zod';
import type { ApplicationTypeModule } from '../../../shared/applications/types';
import { typedText } from '../../../shared/schemas/common';
import { cite } from '../../../shared/source';

/**
 * A fixture application type, the whole of it in this one module (issue 13: "a test adds a fixture application type
 * from one module and files it through the generic lifecycle"). A 领取证件 request: where to collect a card, and a
 * few yes/no answers that merge one by one (as a draft is fixed box by box). It cites a real document so the
 * citation helpers accept it; the words are the fixture's own.
 */
export interface CardPickupSection {
  office?: string;
  answers?: { byPost?: boolean; replacement?: boolean };
}

const fields = {
  office: typedText({ max: 30 }),
  answers: z.object({ byPost: z.boolean().optional(), replacement: z.boolean().optional() }).strict().optional(),
};

export const CARD_PICKUP_FORM = {
  id: 'cardPickupPromise',
  kind: 'personalCommitment' as const,
  title: '领取证件承诺书（测试）',
  signerLabel: '申请人',
  source: cite('003_721ce283759161d0.txt', '附件1'),
  paragraphs: ['本人{principalName}承诺到{office}领取。'],
};

export const cardPickup: ApplicationTypeModule<'cardPickup', CardPickupSection, CardPickupSection & { officeLabel: string }> = {
  id: 'cardPickup',
  label: '领取证件（测试）',
  schema: { complete: z.object(fields).strict(), draft: z.object(fields).partial().strict() },
  fieldLabels: { '': '领取信息', office: '领取地点' },
  numberPrefix: () => 'LQ',
  materialItems: [{ id: 'oldCard', name: '旧证件照片', source: cite('003_721ce283759161d0.txt', '附件1') }],
  checklist: (s) => (s?.answers?.replacement ? [{ id: 'oldCard', name: '旧证件照片', source: cite('003_721ce283759161d0.txt', '附件1') }] : []),
  commitmentForms: [CARD_PICKUP_FORM],
  commitmentFor: () => CARD_PICKUP_FORM,
  commitmentValues: (s): Record<string, string> => (s?.office ? { office: s.office } : {}),
  // The answers merge one by one: a plain spread of the section would lose the earlier answers.
  mergeDraft(before, draft) {
    const { answers, ...rest } = draft;
    const out: CardPickupSection = { ...before, ...rest };
    if (answers) out.answers = { ...before?.answers, ...answers };
    return out;
  },
  view: (s, ctx) => ({ ...s, officeLabel: `${s.office ?? '未填写'}（${ctx.viewer === 'staff' ? '经办' : '本人'}查看）` }),
};
