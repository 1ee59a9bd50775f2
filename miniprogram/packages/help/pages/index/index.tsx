import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useMemo } from 'react';
import { FILING_HANDLING } from '../../../../../shared/applications/contacts';
import { citationText } from '../../../../../shared/source';
import { ThemedPage } from '../../../../components/themed-page';
import { loadProfile } from '../../../../services/profile';
import { dialable, sectionsFor } from '../../model/sections';
import './index.css';

function call(phone: string) {
  Taro.makePhoneCall({ phoneNumber: dialable(phone) }).catch(() => {
    // A cancelled dial is the person's choice; a phone that cannot dial (a tablet, the desktop) gets the number to copy.
    Taro.setClipboardData({ data: phone }).catch(() => undefined);
  });
}

/**
 * 帮助与电话 (issue 15): who handles what and how to reach them, region by region, exactly as the documents print
 * the offices, addresses, hours and numbers; the person's own region first. A number is a button that dials it.
 */
export default function HelpPage() {
  const sections = useMemo(() => sectionsFor(loadProfile().region), []);
  return (
    <ThemedPage id='help' className='help'>
      <View className='card'>
        <Text className='card-title'>帮助与电话</Text>
        <Text id='help-intro' className='muted'>
          办理进度、材料要求、报销政策，可以打下面的电话问，或到窗口办理。号码和地址都照政策文件抄录，点号码可直接拨打。
        </Text>
      </View>
      <View id='help-handling' className='card'>
        <Text className='card-title'>异地就医备案、手工报销谁来办</Text>
        <Text className='help-line'>{FILING_HANDLING.who}。</Text>
        <Text className='help-line'>{FILING_HANDLING.when}</Text>
        <Text className='muted help-source'>依据：{citationText(FILING_HANDLING.source)}</Text>
      </View>
      {sections.map((section) => (
        <View key={section.id} id={`help-${section.id}`} className='help-section'>
          <Text className='help-section-title'>{section.title}</Text>
          {section.groups.map((group) => (
            <View key={group.id} id={`help-group-${group.id}`} className='card'>
              <Text className='card-title help-topic'>{group.topic}</Text>
              {group.contacts.map((c) => (
                <View key={c.name} className='help-contact'>
                  <Text className='help-contact-name'>{c.name}</Text>
                  {c.address ? <Text className='help-line'>地址：{c.address}</Text> : null}
                  {c.hours ? <Text className='help-line'>办理时间：{c.hours}</Text> : null}
                  <View className='help-phones'>
                    {c.phones.map((p) => (
                      <View key={p} className='btn btn-secondary help-phone' hoverClass='btn-hover' ariaRole='button' ariaLabel={`拨打${c.name}电话 ${p}`} onClick={() => call(p)}>
                        {p}
                      </View>
                    ))}
                  </View>
                </View>
              ))}
              {group.note ? <Text className='muted help-line'>{group.note}</Text> : null}
              <Text className='muted help-source'>依据：{citationText(group.contacts[0].source)}</Text>
            </View>
          ))}
        </View>
      ))}
    </ThemedPage>
  );
}
