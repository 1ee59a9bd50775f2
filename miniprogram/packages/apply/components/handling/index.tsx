import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { FILING_CONTACTS, FILING_HANDLING } from '../../../../../shared/applications/contacts';
import { citationText } from '../../../../../shared/source';
import { HELP_URL } from '../../../../models/routes';

/**
 * What happens after 提交, for a filing this product takes (003): who handles it, how long it takes as 003 四 says,
 * and the province's hotline, with the way to every city's number (帮助与电话).
 */
export function Handling(props: { id: string }) {
  const province = FILING_CONTACTS.contacts[0];
  return (
    <View id={props.id} className='card'>
      <Text className='card-title'>接下来</Text>
      <Text className='apply-line'>谁来办：{FILING_HANDLING.who}</Text>
      <Text className='apply-line'>多久：{FILING_HANDLING.when}</Text>
      <Text className='apply-line'>
        想问进度：{FILING_CONTACTS.place}
        {province.name} {province.phones.join('、')}
      </Text>
      <Text className='apply-note'>依据：{citationText(FILING_HANDLING.source)}；{citationText(province.source)}</Text>
      <View id={`${props.id}-help`} className='btn btn-secondary' hoverClass='btn-hover' ariaRole='button' onClick={() => Taro.navigateTo({ url: HELP_URL })}>
        查看各地经办机构电话
      </View>
    </View>
  );
}
