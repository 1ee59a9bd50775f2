import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { officeDetails, regionOffices, type OfficeRef } from '../../../../../shared/applications/offices';
import { citationText } from '../../../../../shared/source';
import { HELP_URL } from '../../../../models/routes';

/**
 * What happens after 提交: who handles it and how long it takes, as the office's documents say (003 三、四 for 山西;
 * 004 第一章 二十七, 第七章 四问 for 巴中, which gives no time limit), and the number of that office — or, for a filing
 * stored before the 参保地 was chosen (no office named), its region's first listed one (山西: 003 附件4 省本级) — with
 * the way to every office's number (帮助与电话).
 */
export function Handling(props: { id: string; office: OfficeRef | null }) {
  const details = props.office ? officeDetails(props.office) : null;
  if (!props.office || !details) return null;
  const contact = details.contact ?? (props.office.area === null ? (regionOffices(props.office.region)?.areas?.[0]?.contact ?? null) : null);
  return (
    <View id={props.id} className='card'>
      <Text className='card-title'>接下来</Text>
      <Text className='apply-line'>受理机构：{details.name}</Text>
      <Text className='apply-line'>谁来办：{details.handling.who}</Text>
      <Text className='apply-line'>多久：{details.handling.when ?? '文件没有写办理时限，可打电话问经办机构。'}</Text>
      {contact ? (
        <Text className='apply-line'>
          想问进度：{contact.name} {contact.phones.join('、')}
        </Text>
      ) : null}
      <Text className='apply-note'>
        依据：{citationText(details.handling.source)}
        {contact ? `；${citationText(contact.source)}` : ''}
      </Text>
      <View id={`${props.id}-help`} className='btn btn-secondary' hoverClass='btn-hover' ariaRole='button' onClick={() => Taro.navigateTo({ url: HELP_URL })}>
        查看各地经办机构电话
      </View>
    </View>
  );
}
