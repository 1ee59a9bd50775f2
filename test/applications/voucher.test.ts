import fs from 'fs';
import path from 'path';
import * as apps from '../../server/applications';
import { filingVoucher } from '../../shared/applications/remote-filing/voucher';
import { DOCUMENTS } from '../../shared/source';
import { freshContext, longTermForFather } from './helpers';

const SEEDS = path.join(__dirname, '../../../shared/seeds');
const SEEDS_PRESENT = fs.existsSync(SEEDS);

/** The 备案凭证 (issue 15): shown once a 备案 is accepted, in the documents' words, and gone once it is cancelled. */
describe('备案凭证', () => {
  let ctx: ReturnType<typeof freshContext>;
  beforeEach(() => (ctx = freshContext()));
  afterEach(() => ctx.cleanup());

  test('none while submitted; once accepted: 直接结算 and 双向享受 for a long-term filing; none once cancelled', async () => {
    const daughter = { openid: 'o-daughter' };
    const a = await apps.submit(ctx, daughter, { requestId: 'req-voucher-01', content: longTermForFather(), commitment: { accepted: true, signerName: '张小红' } });
    expect(a.remoteFiling?.voucher).toBeUndefined();
    const accepted = await apps.accept(ctx, { id: a.id, staff: '王经办' });
    const voucher = accepted.remoteFiling?.voucher;
    expect(voucher?.allows.map((l) => l.source.section)).toEqual(['附件1 温馨提示 2', '附件1 温馨提示 1', '附件1 温馨提示 6']);
    expect(voucher?.bring.map((l) => l.source.section)).toEqual(['第一章 三十一、三十三', '六、提交资料（四）']);
    const mine = await apps.getOne(ctx, daughter, { id: a.id });
    expect(mine.remoteFiling?.voucher).toEqual(voucher);
    const cancelled = await apps.cancelFiling(ctx, daughter, { id: a.id, reason: '已回参保地' });
    expect(cancelled.remoteFiling?.voucher).toBeUndefined();
  });

  test('filed with a 巴中 经办中心, which takes no 手工报销: the 凭证 does not offer one (003 六 is 山西\'s)', async () => {
    const content = { ...longTermForFather(), office: { region: 'bazhong', area: '通江县' } };
    const a = await apps.submit(ctx, { openid: 'o-bz' }, { requestId: 'req-voucher-bz', content, commitment: { accepted: true, signerName: '张小红' } });
    const accepted = await apps.accept(ctx, { id: a.id, staff: '何经办' });
    expect(accepted.remoteFiling?.voucher?.bring.map((l) => l.source.section)).toEqual(['第一章 三十一、三十三']);
  });

  test('a temporary filing has no 双向享受; a referral says where its filing reaches (温馨提示 3)', () => {
    expect(filingVoucher('temporary', false).allows.map((l) => l.source.section)).toEqual(['附件1 温馨提示 2', '附件1 温馨提示 1']);
    expect(filingVoucher('temporary', true).allows.map((l) => l.source.section)).toContain('附件1 温馨提示 3');
  });

  (SEEDS_PRESENT ? test : test.skip)('every line rests on words its document prints', () => {
    const phrases: Record<string, string> = {
      '附件1 温馨提示 2': '自主选择就医地开通的跨省定点医疗机构住院就医直接结算',
      '附件1 温馨提示 1': '执行就医地规定的支付范围',
      '附件1 温馨提示 6': '备案地和参保地双向享受医保待遇',
      '附件1 温馨提示 3': '只需备案到转诊医疗机构所在地市',
      '第一章 三十一、三十三': '可不依托医保卡',
      '六、提交资料（四）': '住院费用省内异地线上手工报销结算服务',
    };
    const v = filingVoucher('longTerm', true);
    for (const line of [...v.allows, ...v.bring]) {
      expect(Object.keys(DOCUMENTS)).toContain(line.source.doc);
      expect(fs.readFileSync(path.join(SEEDS, line.source.doc), 'utf8')).toContain(phrases[line.source.section]);
    }
  });
});
