import { Text, View } from '@tarojs/components';
import type { FamilyMemberView } from '../../../../../../../shared/contract/family';
import { memberLevelLine } from '../../../../../../models/identity';
import { CodeForm } from '../code-form';
import type { IdentityStatus } from '../../../../../../models/identity';

/**
 * One saved family member and how far this account's word for them goes: 已核验, or 待核验 with what that means for a
 * 优抚 relative's ledger and the 服务站's code form.
 */
export function MemberRow(props: {
  member: FamilyMemberView;
  open: boolean;
  onOpen: (open: boolean) => void;
  onVerified: (status: IdentityStatus) => void;
}) {
  const { member: m, open, onOpen, onVerified } = props;
  const line = memberLevelLine(m);
  const prefix = `identity-member-${m.id}`;
  return (
    <View id={prefix} className='identity-member'>
      <View className='identity-head'>
        <Text className='identity-member-name'>
          {m.name}（我的{m.relationLabel}）
        </Text>
        <Text id={`${prefix}-level`} className={`status-badge status-badge--${line.tone}`}>
          {line.badge}
        </Text>
      </View>
      <Text className='apply-note'>
        身份证号 <Text className='id-number'>{m.idNumberMasked}</Text>
      </Text>
      <Text id={`${prefix}-explain`} className='apply-line'>
        {line.explain}
      </Text>
      {m.level !== 'verified' ? (
        open ? (
          <CodeForm
            prefix={`${prefix}-code`}
            title={`输入服务站给${m.name}的核验码`}
            who={m.name}
            initial={{ name: m.name, idNumber: '' }}
            familyMemberId={m.id}
            onVerified={onVerified}
            onCancel={() => onOpen(false)}
          />
        ) : (
          <View id={`${prefix}-open`} className='apply-link' hoverClass='btn-hover' ariaRole='button' onClick={() => onOpen(true)}>
            输入服务站给的核验码 ›
          </View>
        )
      ) : null}
    </View>
  );
}
