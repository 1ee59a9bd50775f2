import { Text, View } from '@tarojs/components';
import { useState, type ReactNode } from 'react';
import { Field } from '../../../../components/field';
import { TextBox } from '../../../../components/text-box';
import { CardNumberBox } from '../card-number-box';
import type { ApplyDraft } from '../../model/draft';
import type { Box, FormErrors } from '../../model/content';
import { accountWarning, PAYEE_NOTE, PAYEE_SOURCE_TEXT, payeeName } from '../../model/payee';
import './index.css';

/**
 * 收款账户 of a 手工报销, after the stay: the payee is the insured person, by name (not a box: an account in anyone
 * else's name cannot be given), the bank, and the card number. A number the server holds shows only masked, with 修改
 * to type a new one; the server never sends it back.
 */
export function PayeeFields(props: {
  draft: ApplyDraft;
  errors: FormErrors;
  note: (box: Box, help?: ReactNode) => ReactNode;
  onChange: (patch: Partial<ApplyDraft>, box: Box) => void;
  onLeave: (box: Box) => () => void;
}) {
  const { draft, errors, note, onChange, onLeave } = props;
  const [retyping, setRetyping] = useState(false);
  const [left, setLeft] = useState(false);
  const held = draft.accountMasked !== '' && draft.account === '' && !retyping;
  const warning = left && !errors['payee-account'] ? accountWarning(draft.account) : undefined;
  return (
    <View id='form-payee' className='card'>
      <Text className='card-title'>收款账户</Text>
      <Text className='apply-note'>报销款付到这张银行卡。</Text>
      <View className='apply-summary-row'>
        <Text className='apply-summary-label'>收款人</Text>
        <Text id='payee-name' className='apply-summary-value'>
          {payeeName(draft) || '参保人'}
          {PAYEE_NOTE}
        </Text>
      </View>
      <Field id='field-payee-bank' label='开户银行' help={note('payee-bank', '写到支行，例如：中国工商银行太原迎泽支行。')} error={errors['payee-bank']} onLeave={onLeave('payee-bank')}>
        <TextBox id='payee-bank' value={draft.bank} maxlength={40} onChange={(bank) => onChange({ bank }, 'payee-bank')} />
      </Field>
      {held ? (
        <View id='field-payee-account' className='field'>
          <Text className='field-label'>银行卡号</Text>
          {note('payee-account')}
          <View className='payee-held'>
            <Text id='payee-account-masked' className='payee-held-number'>
              {draft.accountMasked}
            </Text>
            <View id='payee-account-change' className='btn btn-secondary payee-change' hoverClass='btn-hover' ariaRole='button' ariaLabel='修改银行卡号' onClick={() => setRetyping(true)}>
              修改
            </View>
          </View>
          <Text className='apply-note'>为保护隐私，已保存的卡号只显示前四位和后四位。要换卡，点“修改”重新输入。</Text>
        </View>
      ) : (
        <Field
          id='field-payee-account'
          label='银行卡号'
          help={note('payee-account', draft.accountMasked ? `已保存 ${draft.accountMasked}；输入新卡号会替换它，空着就保留原来的。` : '卡正面的卡号，12 到 19 位数字。')}
          error={errors['payee-account']}
          onLeave={() => {
            setLeft(true);
            onLeave('payee-account')();
          }}
        >
          <CardNumberBox
            id='payee-account'
            digits={draft.account}
            onChange={(account) => {
              setLeft(false);
              onChange({ account }, 'payee-account');
            }}
          />
        </Field>
      )}
      {warning ? (
        <Text id='payee-account-warning' className='payee-warning'>
          {warning}
        </Text>
      ) : null}
      <Text id='payee-source' className='apply-note'>
        {PAYEE_SOURCE_TEXT}
      </Text>
    </View>
  );
}
