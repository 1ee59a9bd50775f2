import { canEdit, canWithdraw, chinaTime, detailRows, editLabel, nextStepText, toneOf } from '../../miniprogram/packages/apply/model/status';
import type { ApplicationView } from '../../shared/contract/applications';

describe('我的申请: status in words, and what may be done now', () => {
  test('times are shown in China time, to the minute', () => {
    expect(chinaTime('2026-11-23T16:05:09.123Z')).toBe('2026-11-24 00:05');
    expect(chinaTime('not a time')).toBe('not a time');
  });

  test('withdraw before acceptance; edit only one’s own draft or returned application of these pages', () => {
    expect(['draft', 'submitted', 'returned', 'accepted', 'rejected', 'withdrawn'].filter(canWithdraw)).toEqual(['draft', 'submitted', 'returned']);
    expect(canEdit({ status: 'returned', type: 'remoteFiling', myRole: 'filer' })).toBe(true);
    expect(canEdit({ status: 'returned', type: 'remoteFiling', myRole: 'principal' })).toBe(false);
    expect(canEdit({ status: 'submitted', type: 'manualReimbursement', myRole: 'filer' })).toBe(false);
    // The 优抚 claim has its own pages.
    expect(canEdit({ status: 'draft', type: 'veteranSubsidy', myRole: 'filer' })).toBe(false);
    expect(editLabel('returned')).toBe('修改后重新提交');
    expect(editLabel('draft')).toBe('继续填写');
  });

  test('every status has a colour and a next step; an unknown one still shows', () => {
    expect(toneOf('accepted')).toBe('ok');
    expect(toneOf('returned')).toBe('warn');
    expect(toneOf('something-new')).toBe('pending');
    expect(nextStepText('returned')).toContain('修改后重新提交');
    expect(nextStepText('something-new')).toBe('');
  });

  test('a type this page does not file still shows its common parts', () => {
    const view = {
      typeLabel: '优抚对象非一站式住院医疗补助',
      principal: { name: '王五', idNumberMasked: '140522********0011' },
      agent: null,
      remoteFiling: null,
      manualReimbursement: null,
      veteranSubsidy: { hospital: '晋城市人民医院', admissionDate: '2026-03-01', dischargeDate: '2026-03-09' },
    } as unknown as ApplicationView;
    expect(detailRows(view)).toEqual([
      { label: '办理事项', value: '优抚对象非一站式住院医疗补助' },
      { label: '参保人', value: '王五　140522********0011' },
      { label: '医疗机构', value: '晋城市人民医院' },
      { label: '住院时间', value: '2026-03-01 至 2026-03-09' },
    ]);
  });
});
