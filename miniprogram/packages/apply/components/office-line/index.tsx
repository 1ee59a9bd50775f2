import { Text } from '@tarojs/components';
import { officeDetails, type OfficeRef } from '../../../../../shared/applications/offices';

/**
 * "受理机构：巴中市 通江县医保经办中心（电话 0827-7200248）": the office that handles the application, with its phone as
 * its document prints it (004 第七章 四问, 003 附件4); nothing for an application no office is known for yet.
 */
export function OfficeLine(props: { id: string; office: OfficeRef | null }) {
  const details = props.office ? officeDetails(props.office) : null;
  if (!details) return null;
  const phones = details.contact?.phones ?? [];
  return (
    <Text id={props.id} className='apply-line'>
      受理机构：{details.name}
      {phones.length ? `（电话 ${phones.join('、')}）` : ''}
    </Text>
  );
}
