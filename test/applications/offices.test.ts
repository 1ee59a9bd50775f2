/**
 * Which office handles an application (issue 16): the offices each type goes to, from the documents (004 第一章
 * 二十七, 第七章 四问; 003 三、四, 附件4; 000 第六条), the 参保地 chosen in a filing's content and checked by type, the
 * office and the number's letters stored on the record, and a claim sent to the veteran's own region and 乡镇.
 */
import fs from 'fs';
import path from 'path';
import * as apps from '../../server/applications';
import { importRoster } from '../../server/veteran/import/roster';
import { allRegionOffices, choosesOffice, officeDetails, officeLabel, officeProblem, officeRegionsFor, regionOffices } from '../../shared/applications/offices';
import { applicationType } from '../../shared/applications/registry';
import { citationText } from '../../shared/source';
import { freshContext, longTermForFather, reimbursementForSelf, rejection, verifiedSelf } from './helpers';
import { LI, ROSTER_HEADER, csv, ledgerContext, rosterRows, writeFile } from '../veteran/ledger-helpers';

const SEEDS = path.join(__dirname, '../../../shared/seeds');
const seed = (file: string) => fs.readFileSync(path.join(SEEDS, file), 'utf8').replace(/\s+/g, '');
const daughter = { openid: 'o-daughter' };
let n = 0;
const submit = (ctx: ReturnType<typeof freshContext>, who: { openid: string }, content: unknown, signer = '张小红') =>
  apps.submit(ctx, who, { requestId: `req-office-${++n}`.padEnd(12, '0'), content, commitment: { accepted: true, signerName: signer } });

describe('the offices, as the documents list them', () => {
  test('备案 goes to 巴中 (its six 经办中心) or 山西 (省本级 and 11 cities); 手工报销 to 山西 only; the claim to the veteran’s region', () => {
    expect(officeRegionsFor('remoteFiling').map((r) => r.place)).toEqual(['巴中市', '山西省']);
    expect(officeRegionsFor('manualReimbursement').map((r) => r.place)).toEqual(['山西省']);
    expect(officeRegionsFor('veteranSubsidy').map((r) => [r.region, r.place, r.numberPrefix, r.areas])).toEqual([['yangcheng', '阳城县', 'YC', null]]);
    expect(regionOffices('bazhong')?.areas?.map((a) => a.name)).toEqual(['市本级', '巴州区', '恩阳区', '南江县', '通江县', '平昌县']);
    expect(regionOffices('shanxi')?.areas?.map((a) => a.name)).toEqual([
      '省本级', '太原市', '大同市', '阳泉市', '长治市', '晋城市', '朔州市', '忻州市', '晋中市', '吕梁市', '临汾市', '运城市',
    ]);
    expect([regionOffices('bazhong')?.numberPrefix, regionOffices('shanxi')?.numberPrefix]).toEqual(['BZ', 'SX']);
    expect(choosesOffice('remoteFiling')).toBe(true);
    expect(choosesOffice('veteranSubsidy')).toBe(false);
  });

  test('each region cites its sections; 巴中 says it prints no 备案承诺书 and names the form it signs instead', () => {
    const bz = regionOffices('bazhong')!;
    expect(citationText(bz.handling.source)).toBe('《巴中市医保政策宣传手册（2025-11）》第一章 二十七；第七章 四问');
    expect(citationText(regionOffices('shanxi')!.handling.source)).toBe('《山西省就医费用报销一件事办事指南（2025-03-31）》三、实施单位；四、层级时限');
    expect(citationText(regionOffices('yangcheng')!.handling.source)).toBe('《阳城县优抚对象医疗保障实施细则（2026-03-26）》第六条');
    expect(bz.handling.when).toBeNull();
    expect(bz.commitmentNote).toContain('没有印备案承诺书');
    expect(bz.commitmentNote).toContain('附件1《异地就医登记备案个人承诺书》');
    expect(officeDetails({ region: 'bazhong', area: '通江县' })).toMatchObject({ name: '巴中市 通江县医保经办中心', contact: { phones: ['0827-7200248'] } });
    expect(officeDetails({ region: 'shanxi', area: '太原市' })).toMatchObject({ name: '山西省 太原市医保经办机构', contact: { phones: ['0351-2377283'] } });
    expect(officeLabel({ region: 'yangcheng', area: '凤城镇' })).toBe('阳城县 凤城镇');
  });

  (fs.existsSync(SEEDS) ? test : test.skip)('every office’s phones and the quoted 备案 words are in its seed (whitespace aside)', () => {
    const text004 = seed('004_6dc5632ce2988a73.txt');
    const text003 = seed('003_721ce283759161d0.txt');
    for (const a of regionOffices('bazhong')!.areas!) {
      expect(text004).toContain(a.name);
      for (const p of a.contact!.phones) expect(text004).toContain(p);
    }
    for (const a of regionOffices('shanxi')!.areas!) for (const p of a.contact!.phones) expect(text003).toContain(p);
    expect(text004).toContain('出院结算前应向参保地医保经办机构申报备案');
    expect(text004).toContain('参保地医保经办机构窗口以及乡镇便民服务中心医保窗口');
    expect(text003).toContain('省、市、县三级均可受理');
    expect(seed('000_22e2e209a52c8b7a.txt')).toContain('由所在乡(镇)退役军人服务站审核后统一收缴登记');
    // 004 prints no 承诺书 for a 备案 (the word appears nowhere in it).
    expect(text004).not.toContain('承诺书');
  });

  test('an office that does not take the type is refused in Chinese, naming where it is taken', () => {
    const mr = applicationType('manualReimbursement');
    expect(officeProblem(mr, { region: 'bazhong', area: '通江县' })).toBe('参保地：巴中市的经办机构不受理住院省内异地线上手工报销，这项业务只有山西省受理');
    expect(officeProblem(applicationType('remoteFiling'), { region: 'bazhong', area: '太原市' })).toBe('参保地：巴中市没有“太原市”这个经办机构，请从列表中选择');
    expect(officeProblem(applicationType('remoteFiling'), { region: 'bazhong', area: null })).toBe('参保地：请选择巴中市的哪一个经办机构');
    expect(officeProblem(applicationType('remoteFiling'), { region: 'atlantis', area: null })).toContain('没有这个地区的经办机构');
    expect(allRegionOffices().every((r) => /^[A-Z]{2,4}$/.test(r.numberPrefix))).toBe(true);
  });
});

describe('filed through the functions', () => {
  let ctx: ReturnType<typeof freshContext>;
  beforeEach(() => {
    ctx = freshContext();
  });
  afterEach(() => ctx.cleanup());

  test('a 巴中 备案 gets BZ-…, office {bazhong, 通江县}, shown on its summary and listed in 通江县’s queue only', async () => {
    const view = await submit(ctx, daughter, { ...longTermForFather(), office: { region: 'bazhong', area: '通江县' } });
    expect(view.number).toMatch(/^BZ-\d{4}-000001$/);
    expect(view.office).toEqual({ region: 'bazhong', area: '通江县', label: '巴中市 通江县' });
    expect((await ctx.store.getApplication(view.id))?.office).toEqual({ region: 'bazhong', area: '通江县' });
    const sx = await submit(ctx, daughter, { ...longTermForFather(), office: { region: 'shanxi', area: '太原市' } });
    expect(sx.number).toMatch(/^SX-\d{4}-000001$/);
    // The counters are per prefix and year: the second 巴中 filing is BZ-…-000002.
    expect((await submit(ctx, daughter, { ...longTermForFather(), office: { region: 'bazhong', area: '南江县' } })).number).toMatch(/^BZ-\d{4}-000002$/);
    const queue = await apps.staffList(ctx, { status: 'submitted', office: { region: 'bazhong', area: '通江县' } });
    expect(queue.items.map((a) => a.id)).toEqual([view.id]);
    expect((await apps.staffList(ctx, { status: 'submitted', office: { region: 'bazhong' } })).total).toBe(2);
    expect((await apps.staffList(ctx, { number: sx.number!, office: { region: 'bazhong' } })).items).toEqual([]);
  });

  test('手工报销 for 巴中 is refused in Chinese and nothing is written; without a 参保地 a filing stays a 山西 one', async () => {
    const before = await ctx.store.count('applications');
    const refused = await rejection(submit(ctx, daughter, { ...reimbursementForSelf(), office: { region: 'bazhong', area: '通江县' } }, '张大山'));
    expect(refused).toMatchObject({ code: 'INVALID_INPUT' });
    expect(refused.message).toContain('巴中市的经办机构不受理住院省内异地线上手工报销，这项业务只有山西省受理');
    expect(await ctx.store.count('applications')).toBe(before);
    const draft = await rejection(apps.createDraft(ctx, daughter, { content: { type: 'manualReimbursement', office: { region: 'bazhong', area: '通江县' } } }));
    expect(draft.message).toContain('不受理住院省内异地线上手工报销');
    const old = await submit(ctx, daughter, longTermForFather());
    expect(old.office).toEqual({ region: 'shanxi', area: null, label: '山西省' });
    expect(old.number).toMatch(/^SX-/);
  });

  test('a draft that changes its 参保地 gets the new letters; after submission it stays unless staff ask for another', async () => {
    const draft = await apps.createDraft(ctx, daughter, { content: { type: 'remoteFiling', office: { region: 'shanxi', area: '太原市' } } });
    expect(draft.number).toMatch(/^SX-/);
    const moved = await apps.updateDraft(ctx, daughter, { id: draft.id, content: { ...longTermForFather(), office: { region: 'bazhong', area: '通江县' } } });
    expect(moved.number).toMatch(/^BZ-\d{4}-000001$/);
    await apps.submit(ctx, daughter, { requestId: 'req-office-move-1', id: draft.id, commitment: { accepted: true, signerName: '张小红' } });
    await apps.returnApplication(ctx, { id: draft.id, staff: '王经办', reason: '居住证明看不清' });
    const frozen = await rejection(apps.updateDraft(ctx, daughter, { id: draft.id, content: { type: 'remoteFiling', office: { region: 'bazhong', area: '南江县' } } }));
    expect(frozen).toMatchObject({ code: 'INVALID_STATE', field: 'office' });
    expect(frozen.message).toBe('参保地（受理机构）提交后不能修改；只有经办机构退回时要求更正参保地，才能修改');
    await apps.submit(ctx, daughter, { requestId: 'req-office-move-2', id: draft.id, commitment: { accepted: true, signerName: '张小红' } });
    await apps.returnApplication(ctx, { id: draft.id, staff: '王经办', reason: '您在南江县参保，请改参保地', concerns: { fields: ['office'], materials: [] } });
    const fixed = await apps.updateDraft(ctx, daughter, { id: draft.id, content: { type: 'remoteFiling', office: { region: 'bazhong', area: '南江县' } } });
    expect(fixed.office).toMatchObject({ area: '南江县' });
    expect(fixed.number).toBe(moved.number);
  });
});

describe('a 优抚 claim', () => {
  test('goes to the veteran’s region and 乡镇 from the roster, numbered YC-…', async () => {
    const ctx = ledgerContext();
    try {
      await importRoster(ctx, { file: writeFile(ctx.dataDir, 'roster.csv', csv([ROSTER_HEADER, ...rosterRows()])), region: 'yangcheng', allowErrors: false });
      const li = { openid: 'o-li' };
      await verifiedSelf(ctx, li, LI);
      const view = await submit(
        ctx,
        li,
        {
          type: 'veteranSubsidy',
          principal: { name: LI.name, idNumber: LI.idNumber, phone: '13800002222' },
          veteranSubsidy: {
            hospital: '山西省人民医院',
            admissionDate: '2026-09-28',
            dischargeDate: '2026-10-08',
            totalCost: '30000',
            inScopeSelfPay: '12000',
            outOfScope: '1500',
            settlementSheet: 'sealedCopy',
            exclusions: { falseInformation: false, misconduct: false, liableThirdParty: false, cosmeticOrRehabilitation: false, notSettledByInsurance: false },
          },
        },
        LI.name,
      );
      expect(view.office).toEqual({ region: 'yangcheng', area: '凤城镇', label: '阳城县 凤城镇' });
      expect(view.number).toMatch(/^YC-2026-000001$/);
      expect(officeDetails(view.office!)?.name).toBe('阳城县 凤城镇退役军人服务站');
      // A claim's office is the roster's, never the applicant's: an office in its content is an unknown key.
      const chosen = await rejection(apps.createDraft(ctx, li, { content: { type: 'veteranSubsidy', office: { region: 'bazhong', area: '通江县' } } }));
      expect(chosen.code).toBe('INVALID_INPUT');
      expect((await apps.staffList(ctx, { status: 'submitted', office: { region: 'yangcheng', area: '凤城镇' } })).items.map((a) => a.id)).toEqual([view.id]);
      expect((await apps.staffList(ctx, { status: 'submitted', office: { region: 'yangcheng', area: '北留镇' } })).items).toEqual([]);
    } finally {
      await ctx.cleanup();
    }
  });
});
