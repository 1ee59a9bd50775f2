/**
 * Filing in a real browser, on the H5 build served by the local gateway (issue 4, "Done means"): a daughter files a
 * 异地长期居住 备案 for her father (saved once as a family member), sees it in her list; staff return it with the
 * `yibao staff` command; she reads the reason, fixes it and resubmits; staff accept it and she sees 已受理. Another
 * user sees nothing of it, not even by opening its address. At the end she cancels the accepted 备案 (已取消备案). A second test covers 手工报销's form: 人民币大写 as the
 * amount is typed, and the date-order and amount messages beside their boxes, in 长辈模式.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { staffShow } from '../../server/applications';
import type { Gateway } from '../../server/gateway/server';
import { addDays, todayInChina } from '../../shared/dates';
import { applicationType } from '../../shared/applications/registry';
import { idNumberProblem } from '../../shared/idcard';
import { phoneProblem } from '../../shared/phone';
import { rmbUppercaseLabelled } from '../../shared/rmb';
import { DAUGHTER_ID, FATHER_ID } from '../applications/helpers';
import { ensureH5Build, launchBrowser, phoneOf as signedIn, startGateway } from './harness';
import { shown, text, tap, type, inputValue, waitText, fillDate, screenshot } from './page';

const commitmentFormFor = (typeId: string, hasAgent: boolean) => applicationType(typeId).commitmentFor(hasAgent);

jest.setTimeout(240_000);

const BIN = path.resolve(__dirname, '../../bin/yibao.js');
/** Where miniprogram/services/api.ts keeps the gateway session (Taro's H5 storage wraps values as { data }). */
/** A real 1×1 PNG: Taro's H5 chooseImage loads the file as an image before handing it over. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const NOT_FOUND = '未找到该申请，或您无权查看';

let gateway: Gateway;
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  await ensureH5Build();
  dataDir = mkdtempSync(path.join(tmpdir(), 'yibao-apply-'));
  gateway = await startGateway({ dataDir });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await gateway?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** A phone signed in as a named development user (see harness). */
function phoneOf(user: string): Promise<{ context: BrowserContext; page: Page }> {
  return signedIn(browser, gateway.url, user);
}

async function uploadFor(page: Page, item: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), tap(page, `#mat-${item}-upload`)]);
  await chooser.setFiles({ name: `${item}.png`, mimeType: 'image/png', buffer: PNG });
}

function staff(...args: string[]): unknown {
  const r = spawnSync(process.execPath, [BIN, 'staff', ...args], { encoding: 'utf8', env: { ...process.env, DATA_DIR: dataDir } });
  if (r.status !== 0) throw new Error(`yibao staff ${args.join(' ')} failed: ${r.stderr || r.stdout}`);
  return JSON.parse(r.stdout);
}

function idFromUrl(page: Page): string {
  const id = /[?&]id=([A-Za-z0-9_-]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`no id in ${page.url()}`);
  return id;
}

/** 签署承诺书: the signer types their name, ticks 同意, submits; the detail page then shows 已提交. */
async function signAndSubmit(page: Page, signer: string): Promise<void> {
  await shown(page, '#commit-title').waitFor();
  await type(page, 'signer-name', signer);
  await tap(page, '#commit-accept');
  await tap(page, '#commit-submit');
  await page.waitForURL(/pages\/detail\/index/);
  await waitText(page, '#detail-status', '已提交，待受理');
}

describe('a daughter files a 异地长期居住 备案 for her father', () => {
  test('filed, listed, returned with a reason, fixed and resubmitted, accepted — and invisible to a stranger', async () => {
    const { context, page } = await phoneOf('daughter');
    try {
      // Step 1: which application and which situation; 急诊抢救 needs none (视同已备案).
      await page.goto(`${gateway.url}/#/pages/index/index`);
      await tap(page, '#task-filing');
      await tap(page, '#apply-type-remoteFiling');
      await tap(page, '#apply-kind-emergency');
      expect(await text(page, '#apply-deemed-title')).toContain('视同已备案');
      expect(await page.locator('#apply-next >> visible=true').count()).toBe(0);
      await tap(page, '#apply-kind-longTermResident');
      expect(await text(page, '#apply-kind-info')).toContain('异地长期居住人员备案');
      // 参保地 (issue 16): the office that handles it. Not chosen yet: refused in Chinese; 巴中 names its 经办中心 and says
      // its handbook prints no 承诺书; her father is insured in 山西 (省本级).
      await tap(page, '#apply-next');
      expect(await text(page, '#apply-choose-error')).toContain('参保地');
      await tap(page, '#apply-office-region-bazhong');
      await tap(page, '#apply-office-area-通江县');
      expect(await text(page, '#apply-office-info')).toContain('受理机构：巴中市 通江县医保经办中心');
      expect(await text(page, '#apply-office-info')).toContain('0827-7200248');
      expect(await text(page, '#apply-office-commitment')).toContain('没有印备案承诺书');
      await screenshot(page, '#apply-office', 'apply-office-bazhong.png');
      await tap(page, '#apply-office-region-shanxi');
      await tap(page, '#apply-office-area-省本级');
      expect(await text(page, '#apply-office-info')).toContain('受理机构：山西省 省本级医保经办机构');
      await screenshot(page, '#apply-choose', 'apply-choose.png');
      await tap(page, '#apply-next');

      // Step 2: for a family member, saved once; a wrong check digit is refused beside the box.
      await tap(page, '#who-family');
      await shown(page, '#member-form').waitFor();
      await type(page, 'member-name', '张大山');
      await tap(page, '#member-relation-parent');
      const wrongCheckDigit = `${FATHER_ID.slice(0, 17)}1`;
      await type(page, 'member-id', wrongCheckDigit);
      await tap(page, '#member-save');
      expect(await text(page, '#field-member-id-error')).toBe(idNumberProblem(wrongCheckDigit));
      await type(page, 'member-id', FATHER_ID);
      await tap(page, '#member-save');
      expect(await text(page, '#who-relation')).toBe('您是张大山的子女，由您作为代办人签署承诺书。');
      await tap(page, '#who-next');

      // Step 3: the form. The father was saved without a phone, so it is asked here; a short phone is refused.
      await shown(page, '#form-agent').waitFor();
      await type(page, 'principal-phone', '13800005678');
      await type(page, 'agent-name', '张小红');
      await type(page, 'agent-id', DAUGHTER_ID);
      await type(page, 'agent-phone', '1390000123');
      await type(page, 'destination-province', '广东省');
      // Checked as she leaves the box, before 下一步 (issue 15: "每一项都会马上检查" was not true).
      expect(await text(page, '#field-agent-phone-error')).toBe(phoneProblem('1390000123'));
      await type(page, 'destination-city', '深圳市');
      await tap(page, '#form-next');
      expect(await text(page, '#field-agent-phone-error')).toBe(phoneProblem('1390000123'));
      expect(await text(page, '#field-residence-address-error')).toBe('长期备案须填写异地长期居住住址');
      await type(page, 'agent-phone', '13900001234');
      await type(page, 'residence-address', '深圳市南山区某街道 1 号');

      // Nothing typed is lost when the app is closed and opened again.
      await page.reload();
      await shown(page, '#form-agent').waitFor();
      expect(await inputValue(page, 'destination-city')).toBe('深圳市');
      expect(await inputValue(page, 'agent-phone')).toBe('13900001234');
      expect(await shown(page, '#scheme-resident').getAttribute('class')).toContain('choice--on');
      // Opened again from the home page, the task offers to resume where she was.
      await page.goto(`${gateway.url}/#/pages/index/index`);
      await tap(page, '#task-filing');
      expect(await text(page, '#apply-resume-title')).toBe('异地长期居住人员备案（为张大山代办）');
      await tap(page, '#apply-resume-go');
      expect(await inputValue(page, 'residence-address')).toBe('深圳市南山区某街道 1 号');
      await tap(page, '#form-next');

      // Step 4: the checklist of 异地长期居住 with an agent; one photo uploaded, one left for later.
      await shown(page, '#mat-residenceProof').waitFor();
      await shown(page, '#mat-agentAndPrincipalIdentity').waitFor();
      await uploadFor(page, 'residenceProof');
      await waitText(page, '#mat-residenceProof-state', '已上传 1 张');
      expect(await text(page, '#mat-agentAndPrincipalIdentity-state')).toBe('还没有上传');
      expect(await text(page, '#mat-summary')).toContain('还有 1 项没上传');
      await screenshot(page, '#apply-materials', 'apply-materials.png');
      await tap(page, '#mat-next');

      // Step 5: the form's full text; the signature and the accept box are required before anything is sent.
      expect(await text(page, '#commit-title')).toBe(commitmentFormFor('remoteFiling', true).title);
      expect(await page.locator('#commit-text .commit-para >> visible=true').count()).toBe(commitmentFormFor('remoteFiling', true).paragraphs.length);
      await tap(page, '#commit-submit');
      expect(await text(page, '#commit-accept-error')).toBe('须阅读并同意承诺书后才能提交');
      expect(await text(page, '#field-signer-name-error')).toBe('请输入签名人的姓名');
      // The daughter signs the 备案 个人承诺书 as 代办人 on her father's behalf, not as if she were the 本人 (issue 15).
      expect(await text(page, '#commit-signer-line')).toBe('承诺人(签名)：张小红（代办人，张大山的子女，代张大山签署）');
      await screenshot(page, '#apply-commit', 'apply-commit.png');
      await signAndSubmit(page, '张小红');
      const id = idFromUrl(page);
      // After 提交: who handles it, how long 003 四 says it takes, and the number to ask (003 附件4 省本级).
      const handling = await text(page, '#detail-handling');
      expect(handling).toContain('谁来办：参保地医保经办机构（省、市、县三级均可受理）');
      expect(handling).toContain('多久：材料齐全、符合条件的，即时办结');
      expect(handling).toContain('0351-4957436、0351-7797041');
      expect(await text(page, '#detail-office')).toBe('受理机构：山西省 省本级医保经办机构（电话 0351-4957436、0351-7797041）');
      await screenshot(page, '#apply-detail', 'apply-submitted.png');

      // The server holds both identities: the father as principal (his phone typed on the form), she as his child.
      const stored = await staffShow(gateway.app, { id });
      expect(stored).toMatchObject({
        status: 'submitted',
        principal: { name: '张大山', idNumberMasked: '110105********002X', phoneMasked: '138****5678' },
        agent: { name: '张小红', relation: 'child', phoneMasked: '139****1234' },
        commitment: { signerName: '张小红' },
      });

      // 我的申请 lists it.
      await tap(page, '#detail-list');
      await waitText(page, `#list-item-${id} .list-item-status`, '已提交，待受理');

      // Staff return it with a reason, naming the box and the material it is about (the CLI on the same data directory).
      const reason = '请补传代办人及备案人身份证照片，并写明居住地址的门牌号';
      expect(
        staff('return', id, '--staff', '王经办', '--reason', reason, '--field', 'remoteFiling.residenceAddress', '--material', 'agentAndPrincipalIdentity'),
      ).toMatchObject({ status: 'returned', returnConcerns: { fields: ['remoteFiling.residenceAddress'], materials: ['agentAndPrincipalIdentity'] } });

      // She sees the reason, fixes the address, uploads the missing photo and resubmits.
      await page.reload();
      await waitText(page, `#list-item-${id} .list-item-status`, '已退回，待修改');
      await tap(page, `#list-item-${id}`);
      await waitText(page, '#detail-status', '已退回，待修改');
      expect(await text(page, '#detail-reason')).toBe(reason);
      await screenshot(page, '#apply-detail', 'apply-returned.png');
      await tap(page, '#detail-edit');
      await shown(page, '#form-returned').waitFor();
      // Where she fixes it (issue 15): the reason at the top, what it concerns in words, and the box it names marked —
      // as "退回时指出", not as an error of hers.
      await waitText(page, '#form-return-reason', `经办机构退回了这份申请：${reason}`);
      expect(await text(page, '#form-return-fields')).toBe('要改的内容：异地长期居住住址');
      const idPhotos = applicationType('remoteFiling').materialItems.find((m) => m.id === 'agentAndPrincipalIdentity')!.name;
      expect(await text(page, '#form-return-materials')).toBe(`要重新上传的材料：${idPhotos}`);
      expect(await text(page, '#field-residence-address-flag')).toBe('退回时指出');
      expect(await page.locator('#field-residence-address-error').count()).toBe(0);
      expect(await page.locator('#field-destination-city-flag').count()).toBe(0);
      await screenshot(page, '#apply-form', 'apply-form-returned.png');
      // Stored ID numbers come back masked only: the boxes are empty and keep the stored number.
      expect(await inputValue(page, 'agent-id')).toBe('');
      expect(await text(page, '#form-principal-summary')).toContain('110105********002X');
      await type(page, 'residence-address', '深圳市南山区某街道 1 号 3 栋 502');
      await tap(page, '#form-next');
      await shown(page, '#mat-agentAndPrincipalIdentity').waitFor();
      await uploadFor(page, 'agentAndPrincipalIdentity');
      await waitText(page, '#mat-agentAndPrincipalIdentity-state', '已上传 1 张');
      expect(await text(page, '#mat-summary')).toBe('2 项材料都已上传。');
      await tap(page, '#mat-next');
      await signAndSubmit(page, '张小红');
      expect(idFromUrl(page)).toBe(id);
      expect(await text(page, '#detail-timeline')).toContain('修改后重新提交');
      // The short business number, on the detail page and in 我的申请 (not the long id).
      const number = (await staffShow(gateway.app, { id })).number!;
      expect(number).toMatch(/^SX-\d{4}-000001$/);
      expect(await text(page, '#detail-number')).toBe(`业务编号 ${number}`);
      await tap(page, '#detail-list');
      await waitText(page, `#list-item-${id}-number`, `业务编号 ${number}`);
      await tap(page, `#list-item-${id}`);
      await waitText(page, '#detail-status', '已提交，待受理');

      // Staff accept; she sees 已受理, and withdrawing is no longer offered.
      expect(staff('accept', id, '--staff', '王经办')).toMatchObject({ status: 'accepted' });
      await page.reload();
      await waitText(page, '#detail-status', '已受理');
      expect(await page.locator('#detail-withdraw >> visible=true').count()).toBe(0);
      expect(await text(page, '#detail-content')).toContain('深圳市南山区某街道 1 号 3 栋 502');
      const timeline = await text(page, '#detail-timeline');
      for (const step of ['创建草稿', '提交申请', `退回：${reason}`, '修改后重新提交', '受理']) expect(timeline).toContain(step);
      // Accepted is not the end: the 备案凭证 says what the filing is and what it lets her father do (003 附件1 温馨提示).
      const voucher = await text(page, '#detail-voucher');
      expect(voucher).toContain('异地就医备案凭证');
      expect(voucher).toContain('业务编号SX-');
      expect(voucher).toContain('备案类型异地长期居住人员备案（长期备案）');
      expect(voucher).toContain('就医备案地广东省 深圳市');
      expect(voucher).toContain('在备案地和参保地都可以享受医保待遇（双向享受）');
      expect(voucher).toContain('出示医保码（医保电子凭证）或社会保障卡');
      expect(await page.locator('#detail-handling >> visible=true').count()).toBe(0);
      await screenshot(page, '#apply-detail', 'apply-accepted.png');

      // Her father on his own phone: declared only, he sees nothing; verified by staff at the counter (the CLI), he sees
      // the filing she made for him, marked as hers.
      const dad = await phoneOf('father');
      try {
        await dad.page.goto(`${gateway.url}/#/packages/apply/pages/identity/index`);
        await type(dad.page, 'identity-name', '张大山');
        await type(dad.page, 'identity-id', FATHER_ID);
        await tap(dad.page, '#identity-declare');
        await waitText(dad.page, '#identity-level', '待核验');
        const ref = (await text(dad.page, '#identity-ref')).replace(' ', '');
        await dad.page.goto(`${gateway.url}/#/packages/apply/pages/list/index`);
        await shown(dad.page, '#list-empty').waitFor();
        expect(await dad.page.locator(`#list-item-${id}`).count()).toBe(0);
        staff('identity', 'verify', '--id-number', FATHER_ID, '--name', '张大山', '--ref', ref, '--staff', '王经办', '--evidence', '核对身份证原件');
        await dad.page.reload();
        await waitText(dad.page, `#list-item-${id}-by`, '由 张小红（子女）代办');
        expect(await text(dad.page, `#list-item-${id}-number`)).toBe(`业务编号 ${number}`);
        await screenshot(dad.page, '#apply-list', 'apply-father-list.png');
        await tap(dad.page, `#list-item-${id}`);
        await waitText(dad.page, '#detail-filed-by', '由 张小红（子女）代办');
      } finally {
        await dad.context.close();
      }

      // Another person: an empty list, and the application's own address says "not found".
      const stranger = await phoneOf('stranger');
      try {
        await stranger.page.goto(`${gateway.url}/#/packages/apply/pages/list/index`);
        await shown(stranger.page, '#list-empty').waitFor();
        expect(await stranger.page.locator(`#list-item-${id}`).count()).toBe(0);
        await stranger.page.goto(`${gateway.url}/#/packages/apply/pages/detail/index?id=${id}`);
        expect(await text(stranger.page, '#detail-error')).toBe(NOT_FOUND);
        expect(await stranger.page.locator('#detail-status').count()).toBe(0);
        await screenshot(stranger.page, '#apply-detail', 'apply-stranger.png');
      } finally {
        await stranger.context.close();
      }

      // The accepted 备案 is in force until changed or cancelled; she cancels it, with a reason, on the page.
      expect(await text(page, '#detail-validity')).toContain('长期有效，变更或取消前一直有效');
      await shown(page, '#detail-change').waitFor();
      await tap(page, '#detail-cancel');
      await type(page, 'detail-cancel-reason', '父亲已回本地居住');
      await tap(page, '#detail-cancel-confirm');
      await waitText(page, '#detail-status', '已取消备案');
      expect(await text(page, '#detail-cancelled')).toContain('原因：父亲已回本地居住');
      expect(await page.locator('#detail-change >> visible=true').count()).toBe(0);
      expect(await page.locator('#detail-cancel >> visible=true').count()).toBe(0);
      await screenshot(page, '#apply-detail', 'apply-cancelled.png');

      // Her next filing for him: with one saved family member, 替家人办 picks him without a tap (issue 15).
      await page.goto(`${gateway.url}/#/packages/apply/pages/index/index`);
      await tap(page, '#apply-type-manualReimbursement');
      await tap(page, '#apply-office-area-省本级');
      await tap(page, '#apply-next');
      await tap(page, '#who-family');
      await waitText(page, '#who-relation', '您是张大山的子女，由您作为代办人签署承诺书。');
    } finally {
      await context.close();
    }
  });
});

describe('住院省内异地线上手工报销 form, in 长辈模式', () => {
  test('人民币大写 follows the amount as it is typed; wrong dates and amounts are refused beside their boxes', async () => {
    const { context, page } = await phoneOf('reimburser');
    try {
      await page.goto(`${gateway.url}/#/pages/index/index`);
      await tap(page, '#elder-toggle');
      await waitText(page, '#elder-state', '已开启');
      await tap(page, '#task-filing');
      await tap(page, '#apply-type-manualReimbursement');
      // 手工报销 is 山西's only (003): no other province is offered; she picks her city, the whole box taps.
      expect(await page.locator('#apply-office-region-bazhong').count()).toBe(0);
      await tap(page, '#apply-office-area-太原市');
      await screenshot(page, '#apply-office', 'apply-office-elder.png');
      await tap(page, '#apply-next');
      await tap(page, '#who-self');
      await tap(page, '#who-next');
      await shown(page, '#form-reimburse').waitFor();

      for (const [typed, words] of [
        ['1680.32', rmbUppercaseLabelled('1680.32')],
        ['325.04', '人民币叁佰贰拾伍元零肆分'],
        ['16.8', '人民币壹拾陆元捌角'],
      ]) {
        await type(page, 'amount', typed);
        await waitText(page, '#amount-words', words);
      }
      expect(rmbUppercaseLabelled('1680.32')).toBe('人民币壹仟陆佰捌拾元零叁角贰分');

      const today = todayInChina();
      await type(page, 'principal-name', '李四');
      await type(page, 'principal-id', DAUGHTER_ID);
      await type(page, 'principal-phone', '13900001234');
      await type(page, 'hospital', '太原市某医院');
      await fillDate(page, 'admission', addDays(today, -3));
      await fillDate(page, 'discharge', addDays(today, -5));
      await type(page, 'amount', '12.345');
      await tap(page, '#form-next');
      expect(await text(page, '#field-discharge-error')).toBe('入院日期不能晚于出院日期');
      expect(await text(page, '#field-amount-error')).toBe('金额须为不小于 0 的数字，最多两位小数');
      expect(await text(page, '#amount-words')).toBe('（输入金额后显示）');

      await fillDate(page, 'discharge', addDays(today, 1));
      await tap(page, '#form-next');
      expect(await text(page, '#field-discharge-error')).toBe('出院日期不能晚于今天');

      // 长辈模式: body text ≥ 18px, the 大写 line ≥ 18px, buttons ≥ 60px tall.
      const fontSize = (selector: string) => shown(page, selector).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(await fontSize('#amount-words')).toBeGreaterThanOrEqual(18);
      expect(await fontSize('#field-discharge-error')).toBeGreaterThanOrEqual(18);
      expect((await shown(page, '#form-next').boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(60);
      expect((await shown(page, '#amount').boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(56);
      await screenshot(page, '#apply-form', 'apply-reimbursement-elder.png');
    } finally {
      await context.close();
    }
  });
});
