import { rmbUppercase, rmbUppercaseLabelled } from '../../shared/rmb';

// 《正确填写票据和结算凭证的基本规定》（中国人民银行）: its own examples, and the rules they illustrate.
describe('人民币大写 per 《正确填写票据和结算凭证的基本规定》', () => {
  test.each([
    // (一) 阿拉伯数字中间有"0"时，中文大写金额要写"零"字
    ['1409.50', '人民币壹仟肆佰零玖元伍角'],
    // (二) 中间连续有几个"0"时，中文大写金额中间可以只写一个"零"字
    ['6007.14', '人民币陆仟零柒元壹角肆分'],
    // (三) 万位或元位是"0"…但千位、角位不是"0"时，可以只写一个零字，也可以不写 — the first form of each example
    ['1680.32', '人民币壹仟陆佰捌拾元零叁角贰分'],
    ['107000.53', '人民币壹拾万柒仟元零伍角叁分'],
    // (四) 角位是"0"，而分位不是"0"时，"元"后面应写"零"字
    ['16409.02', '人民币壹万陆仟肆佰零玖元零贰分'],
    ['325.04', '人民币叁佰贰拾伍元零肆分'],
    // 最高位是"1"的，加写"壹"字
    ['16.80', '人民币壹拾陆元捌角'],
  ])('¥%s → %s', (amount, words) => {
    expect(rmbUppercaseLabelled(amount)).toBe(words);
  });

  test('整 after 元 when there is no 角 or 分; none after 角 or 分', () => {
    expect(rmbUppercase('10')).toBe('壹拾元整');
    expect(rmbUppercase('10.00')).toBe('壹拾元整');
    expect(rmbUppercase('0.50')).toBe('伍角');
    expect(rmbUppercase('0.05')).toBe('伍分');
    expect(rmbUppercase('0')).toBe('零元整');
  });

  test('zeros across the 万 and 亿 sections', () => {
    expect(rmbUppercase('100500')).toBe('壹拾万零伍佰元整'); // 万位 and 千位 both 0: a zero in the middle
    expect(rmbUppercase('10500')).toBe('壹万零伍佰元整');
    expect(rmbUppercase('100000000')).toBe('壹亿元整');
    expect(rmbUppercase('100010000')).toBe('壹亿零壹万元整');
    expect(rmbUppercase('110000000')).toBe('壹亿壹仟万元整');
    expect(rmbUppercase('1600.30')).toBe('壹仟陆佰元零叁角');
  });

  test('input is an amount string; anything else is refused in Chinese', () => {
    expect(() => rmbUppercase('-1')).toThrow('金额须为不小于 0 的数字');
    expect(() => rmbUppercase('1.234')).toThrow('最多两位小数');
  });
});
