import { checkCharacter, idNumberProblem, isValidIdNumber, maskIdNumber, maskIdNumbersInText, genderOf } from '../../shared/idcard';
import { isMobileNumber, maskPhone, phoneProblem } from '../../shared/phone';
import { idWith } from './helpers';

// GB 11643-1999 公民身份号码: weights 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2; sum mod 11 indexes "10X98765432".
describe('citizen ID numbers (GB 11643-1999)', () => {
  test('the standard example 11010519491231002X is valid, its check character X computed from the weights', () => {
    expect(checkCharacter('11010519491231002')).toBe('X');
    expect(isValidIdNumber('11010519491231002X', '2025-06-01')).toBe(true);
    expect(isValidIdNumber('11010519491231002x', '2025-06-01')).toBe(true);
    expect(genderOf('11010519491231002X')).toBe('female');
  });

  test('a check digit computed by hand: 44052419800101001 → 3', () => {
    // 4·7+4·9+0·10+5·5+2·8+4·4+1·2+9·1+8·6+0·3+0·7+1·9+0·10+1·5+0·8+0·4+1·2 = 196; 196 mod 11 = 9; "10X98765432"[9] = "3".
    expect(checkCharacter('44052419800101001')).toBe('3');
    expect(isValidIdNumber('440524198001010013', '2025-06-01')).toBe(true);
    expect(isValidIdNumber('44052419800101001X', '2025-06-01')).toBe(false);
  });

  test('every wrong check character is refused, with a Chinese message', () => {
    for (const c of '0123456789X'.replace('X', '')) {
      expect(idNumberProblem(`11010519491231002${c}`, '2025-06-01')).toBe('身份证号校验位不正确，请逐位核对');
    }
  });

  test('shape: 18 characters, X only last', () => {
    expect(idNumberProblem('1101051949123100', '2025-06-01')).toMatch('18 位');
    expect(idNumberProblem('X10105194912310020', '2025-06-01')).toMatch('18 位');
    expect(idNumberProblem('110105194912310021A', '2025-06-01')).toMatch('18 位');
  });

  test('the birth date must be a real date, not after today', () => {
    expect(idNumberProblem(idWith('11010519490230002'), '2025-06-01')).toMatch('不是真实存在的日期'); // 2月30日
    expect(idNumberProblem(idWith('11010519491301002'), '2025-06-01')).toMatch('不是真实存在的日期'); // 13月
    expect(idNumberProblem(idWith('11010520000229002'), '2025-06-01')).toBeNull(); // 2000 was a leap year
    expect(idNumberProblem(idWith('11010519000229002'), '2025-06-01')).toMatch('不是真实存在的日期'); // 1900 was not
    expect(idNumberProblem(idWith('11010520250602002'), '2025-06-01')).toBe('身份证号中的出生日期晚于今天，请核对');
    expect(idNumberProblem(idWith('11010520250601002'), '2025-06-01')).toBeNull();
  });

  test('masking keeps the first 6 and the last 4', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
    expect(maskIdNumbersInText('请核对 11010519491231002X 的户口簿')).toBe('请核对 110105********002X 的户口簿');
  });
});

describe('mainland mobile numbers', () => {
  test('1 then 3–9, 11 digits', () => {
    expect(isMobileNumber('13812345678')).toBe(true);
    expect(isMobileNumber('19912345678')).toBe(true);
    expect(isMobileNumber('12812345678')).toBe(false);
    expect(isMobileNumber('1381234567')).toBe(false);
    expect(isMobileNumber('138123456789')).toBe(false);
    expect(phoneProblem('0351-4957436')).toBe('手机号须为 11 位数字，以 13–19 开头');
  });

  test('masking: 138****5678', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
});
