/**
 * Card numbers staff type into a 退回 or 不予受理 reason (shared/mask.ts maskBankCardNumbers) are masked like the payee
 * card ("6222 **** **** 7890"); dates, amounts and business numbers in the same text are left as typed.
 */
import fc from 'fast-check';
import { maskBankCardNumbers, maskPersonalNumbers } from '../../shared/mask';
import { parseReasonBody } from '../../server/staff/applications/requests';

test('12 to 19 digits, in one piece or in fours, are masked to the first and last four', () => {
  expect(maskBankCardNumbers('请核对卡号 6222021234567890 是否本人')).toBe('请核对卡号 6222 **** **** 7890 是否本人');
  expect(maskBankCardNumbers('卡号6222 0212 3456 7890 123有误')).toBe('卡号6222 **** **** 0123有误');
  expect(maskBankCardNumbers('6222-0212-3456-7890')).toBe('6222 **** **** 7890');
  expect(maskBankCardNumbers('旧卡 622202123456（12 位）')).toBe('旧卡 6222 **** **** 3456（12 位）');
  // Full-width digits, as an input method may give them.
  expect(maskBankCardNumbers('６２２２０２１２３４５６７８９０')).toBe('6222 **** **** 7890');
});

test('not a card: dates, amounts, business numbers, too short or too long, odd groupings', () => {
  for (const text of [
    '住院 2026-11-01 至 2026-11-10，20261201 复核',
    '申请金额 12,345.67 元，合计 1234567890123.45 元',
    '业务编号 BZ-2026-000123，SX-2026-1234567',
    '手机 13800005678 已打码前的样子',
    '11 位以内 12345678901',
    '20 位 12345678901234567890',
    '分组不对 123456 789012 3456',
    '发票号 NO12345678901234',
  ]) {
    expect(maskBankCardNumbers(text)).toBe(text);
  }
});

test('ID numbers and mobiles are masked first, as before; the card masker leaves what they masked alone', () => {
  const text = '身份证 110105194912310021，手机 13800005678，卡 6222021234567890';
  expect(maskBankCardNumbers(maskPersonalNumbers(text))).toBe('身份证 110105********0021，手机 138****5678，卡 6222 **** **** 7890');
});

test('a staff reason reaches the store with the card masked (the console and `staff return --as`)', () => {
  expect(parseReasonBody({ reason: '收款卡号 6222 0212 3456 7890 与户名不符，请核对' }).reason).toBe('收款卡号 6222 **** **** 7890 与户名不符，请核对');
  expect(parseReasonBody({ reason: '请补交 2026-11-10 出院的结算单，金额 8,000.05 元' }).reason).toBe('请补交 2026-11-10 出院的结算单，金额 8,000.05 元');
});

test('property: no run of 12–19 digits survives, and text without one comes back unchanged', () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[0-9]{12,19}$/), fc.string({ maxLength: 20 }), (card, words) => {
      const plain = words.replace(/[0-9０-９]/g, '');
      const out = maskBankCardNumbers(`${plain} ${card} ${plain}`);
      expect(out).not.toMatch(/[0-9]{12}/);
      expect(out).toContain(`${card.slice(0, 4)} **** **** ${card.slice(-4)}`);
      expect(maskBankCardNumbers(plain)).toBe(plain);
    }),
  );
});
