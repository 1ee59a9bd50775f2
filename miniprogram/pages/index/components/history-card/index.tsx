import { Text, View } from '@tarojs/components';
import { ChoiceGroup } from '../../../../components/choice-group';
import { Field } from '../../../../components/field';
import { FIRST_HISTORY_YEAR, historyForCase, historyYears, type InsuredHistory } from '../../../../models/profile';
import './index.css';

type Insured = 'yes' | 'no';
type Claim = 'claimed' | 'none' | 'unsure';

/**
 * The 参保 history that moves a 巴中 resident's 大病保险 cap (004 第三章 九问、十问（一）), asked once in plain words:
 * for each year from 2025 to last year "交了医保吗", and for last year, if insured, "用医保报销过吗" (only the year
 * before counts: 九问 "次年提高"). Ids: `history-insured-<year>-yes|no`, `history-claim-<year>-claimed|none|unsure`,
 * `history-clear`, `history-state`.
 */
export function HistoryCard(props: { year: number; history: InsuredHistory | undefined; onChange: (history: InsuredHistory | undefined) => void }) {
  const { year, history, onChange } = props;
  const years = historyYears(year);
  const last = year - 1;
  const insured = history?.insured ?? {};
  const zeroClaim = history?.zeroClaim ?? {};

  const setInsured = (y: number, value: boolean) => {
    const nextZero = { ...zeroClaim };
    if (!value) delete nextZero[y];
    onChange({ insured: { ...insured, [y]: value }, zeroClaim: nextZero });
  };
  const setClaim = (y: number, value: Claim) => {
    const nextZero = { ...zeroClaim };
    if (value === 'unsure') delete nextZero[y];
    else nextZero[y] = value === 'none';
    onChange({ insured: { ...insured }, zeroClaim: nextZero });
  };

  const used = historyForCase(history, year);
  const state = !history
    ? '还没填：估算时大病保险限额按原来的封顶线算，结果里会写明。'
    : !used
      ? '还有年份没选：选完以后估算才按这几年的情况算。'
      : used.zeroClaimYears === undefined
        ? `已记下：估算时按这几年的参保情况算大病保险限额；${last} 年报销过没有没选，按报销过算。`
        : '已记下：估算时按这几年的参保情况算大病保险限额，结果里会写明怎么算的。';

  if (years.length === 0) return null;
  return (
    <View id='profile-history' className='history-card'>
      <Text className='history-title'>这几年交没交医保</Text>
      <Text className='muted'>
        从 {FIRST_HISTORY_YEAR} 年起连续交医保的、上一年没用医保报销过的，大病保险一年最多能报的钱会提高；中间断交的会降低。只问一次，记在这台手机上。
      </Text>
      {years.map((y) => (
        <Field key={y} id={`history-year-${y}`} label={`${y} 年交了医保吗？`} help='职工医保、城乡居民医保都算。'>
          <ChoiceGroup<Insured>
            id={`history-insured-${y}`}
            options={[
              { value: 'yes', label: '交了' },
              { value: 'no', label: '没交（断了）' },
            ]}
            selected={insured[y] === undefined ? [] : [insured[y] ? 'yes' : 'no']}
            onChange={([v]) => setInsured(y, v === 'yes')}
          />
        </Field>
      ))}
      {insured[last] === true ? (
        <Field id='history-last-claim' label={`${last} 年用医保报销过吗？`} help='住院、门诊、慢特病，只要用医保报销过一次就算报销过。'>
          <ChoiceGroup<Claim>
            id={`history-claim-${last}`}
            options={[
              { value: 'claimed', label: '报销过' },
              { value: 'none', label: '一次都没报销过' },
              { value: 'unsure', label: '记不清' },
            ]}
            selected={[zeroClaim[last] === undefined ? 'unsure' : zeroClaim[last] ? 'none' : 'claimed']}
            onChange={([v]) => setClaim(last, v)}
          />
        </Field>
      ) : null}
      <Text id='history-state' className='history-state'>
        {state}
      </Text>
      {history ? (
        <Text id='history-clear' className='history-clear' onClick={() => onChange(undefined)}>
          记不清，清空不填
        </Text>
      ) : null}
    </View>
  );
}
