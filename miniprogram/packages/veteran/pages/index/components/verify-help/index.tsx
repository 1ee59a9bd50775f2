import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { identityUrl } from '../../../../../../models/routes';

/**
 * The ledger needs a verified binding (NEEDS_VERIFICATION): the function's own words on where to verify, and the way
 * to 本人信息与核验 — for oneself, or straight to the relative's code form.
 */
export function VerifyHelp({ message, memberId, memberName }: { message: string; memberId?: string; memberName?: string }) {
  const title = memberId ? `还没有核验您和${memberName ?? '这位家人'}的关系` : '您的身份还没有核验';
  return (
    <View id='vet-verify' className='card'>
      <Text id='vet-verify-title' className='vet-title'>
        {title}
      </Text>
      <Text id='vet-verify-message' className='vet-line'>
        {message}
      </Text>
      <Text className='vet-line'>核验一次以后，就能在这里查看补助台账、名册信息和发放记录，并在线申请住院补助。</Text>
      <View className='vet-actions'>
        <View
          id='vet-verify-go'
          className='btn btn-primary'
          hoverClass='btn-hover'
          ariaRole='button'
          onClick={() => Taro.navigateTo({ url: identityUrl(memberId) })}
        >
          {memberId ? '去核验（输入服务站给的核验码）' : '去核验'}
        </View>
      </View>
    </View>
  );
}
