import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import type { FamilyMemberView } from '../../../../../shared/contract/family';
import { ThemedPage } from '../../../../components/themed-page';
import { toServiceError } from '../../../../services/errors';
import {
  AFTER_VERIFICATION,
  FACE_UNSUPPORTED,
  faceOffer,
  selfCard,
  type IdentityStatus,
} from '../../../../models/identity';
import { LIST_URL } from '../../model/routes';
import { getIdentity, listFamily } from '../../../../services/applications';
import { loadMe } from '../../../../services/me-store';
import { canRequestFacialVerify, isWeapp, verifyByFace } from '../../services/face-verify';
import { backOrRedirect } from '../../../../services/nav';
import { CodeForm } from './components/code-form';
import { DeclareForm } from './components/declare-form';
import { MemberRow } from './components/member-row';
import { SelfCard } from './components/self-card';
import '../../apply.css';
import './index.css';

type Loaded = { kind: 'loading' } | { kind: 'ok'; status: IdentityStatus } | { kind: 'error'; message: string };

/**
 * 本人信息与核验: who this account says it is, whether that is verified, and how to verify it — at a counter with the
 * 核验编号, with the 服务站's code, or by WeChat 人脸核身 where it is switched on. Then the family members saved here,
 * each with their own level. `?member=<id>` opens that member's code form (the 优抚 page links here).
 */
export default function IdentityPage() {
  const router = useRouter();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [members, setMembers] = useState<FamilyMemberView[] | null>(null);
  const [declaring, setDeclaring] = useState(false);
  const [coding, setCoding] = useState(false);
  const [openMember, setOpenMember] = useState<string>(() => router.params.member ?? '');
  const [faceBusy, setFaceBusy] = useState(false);
  const [faceError, setFaceError] = useState('');
  const [done, setDone] = useState('');
  const ticket = useRef(0);

  const load = async () => {
    const mine = ++ticket.current;
    try {
      const [status, list] = await Promise.all([getIdentity(), listFamily().catch(() => null)]);
      if (mine !== ticket.current) return;
      setLoaded({ kind: 'ok', status });
      setMembers(list);
    } catch (e) {
      if (mine === ticket.current) setLoaded({ kind: 'error', message: toServiceError(e).message });
    }
  };

  useDidShow(() => void load());

  // Opened for one member (from the 优抚 page): bring their row into view once the list is there.
  const wanted = router.params.member ?? '';
  useEffect(() => {
    if (!wanted || !members?.some((m) => m.id === wanted)) return;
    const timer = setTimeout(() => {
      try {
        Taro.pageScrollTo({ selector: `#identity-member-${wanted}`, duration: 200 })?.catch(() => undefined);
      } catch {
        // A courtesy: the row is on the page either way.
      }
    }, 50);
    return () => clearTimeout(timer);
  }, [members, wanted]);

  const show = (status: IdentityStatus, message = '') => {
    ticket.current++;
    setLoaded({ kind: 'ok', status });
    setDeclaring(false);
    setCoding(false);
    setDone(message);
  };

  const face = async () => {
    if (faceBusy) return;
    setFaceBusy(true);
    setFaceError('');
    try {
      show(await verifyByFace(), '人脸核身通过，已核验。');
    } catch (e) {
      setFaceError(toServiceError(e).message);
    } finally {
      setFaceBusy(false);
    }
  };

  if (loaded.kind === 'loading') {
    return (
      <ThemedPage id='apply-identity' className='apply-identity'>
        <Text id='identity-loading' className='muted'>
          正在读取…
        </Text>
      </ThemedPage>
    );
  }

  if (loaded.kind === 'error') {
    return (
      <ThemedPage id='apply-identity' className='apply-identity'>
        <Text id='identity-error' className='banner-error'>
          {loaded.message}
        </Text>
        <View id='identity-retry' className='btn btn-secondary' hoverClass='btn-hover' ariaRole='button' onClick={() => void load()}>
          再试一次
        </View>
      </ThemedPage>
    );
  }

  const { status } = loaded;
  const card = selfCard(status);
  const offer = faceOffer(status, { weapp: isWeapp, canRequestFacialVerify: canRequestFacialVerify() });
  const me = loadMe();
  // Opened for one relative (the 优抚 page's button): their row comes first, so the code form is what one sees.
  const familyFirst = Boolean(wanted) && Boolean(members?.some((m) => m.id === wanted));
  const family = members && members.length > 0 ? (
    <View id='identity-family' className='card'>
      <Text className='card-title'>保存的家人</Text>
      <Text className='apply-note'>替家人办理，您说了他们是谁；查看优抚对象的补助台账，还要核验您和家人的关系是真的。</Text>
      {members.map((m) => (
        <MemberRow
          key={m.id}
          member={m}
          open={openMember === m.id}
          onOpen={(open) => setOpenMember(open ? m.id : '')}
          onVerified={() => {
            setOpenMember('');
            setDone(`${m.name}已核验。`);
            void load();
          }}
        />
      ))}
    </View>
  ) : null;

  return (
    <ThemedPage id='apply-identity' className='apply-identity'>
      <View className='card'>
        <Text className='apply-title'>本人信息与核验</Text>
        <Text className='apply-line'>
          在这里填写的是您本人的信息。知道一个身份证号，不等于就是这个人：核验一次以后，别人替您办的事、您的补助信息才会显示出来。
        </Text>
      </View>

      {done ? (
        <Text id='identity-done' className='apply-ok'>
          {done}
        </Text>
      ) : null}

      {familyFirst ? family : null}

      <SelfCard card={card} />

      {card.kind === 'none' ? (
        <View className='card'>
          <DeclareForm onDeclared={(s) => show(s, '已保存。下面是您的核验编号。')} />
        </View>
      ) : null}

      {card.kind === 'declared' ? (
        <View id='identity-ways' className='card'>
          <Text className='card-title'>其他核验办法</Text>
          {offer === 'ready' ? (
            <View className='identity-way'>
              <View id='identity-face' className='btn btn-primary' hoverClass='btn-hover' ariaRole='button' onClick={() => void face()}>
                {faceBusy ? '正在核验…' : '用微信刷脸核验'}
              </View>
              <Text className='apply-note'>用微信人脸核身，核对您本人和身份证上的照片。要在光线好的地方，按提示做。</Text>
              {faceError ? (
                <Text id='identity-face-error' className='banner-error'>
                  {faceError}
                </Text>
              ) : null}
            </View>
          ) : null}
          {offer === 'unsupported' ? (
            <Text id='identity-face-unsupported' className='apply-line identity-way'>
              {FACE_UNSUPPORTED}
            </Text>
          ) : null}
          {coding ? (
            <CodeForm
              prefix='identity-code'
              title='输入服务站给您的核验码'
              who='您'
              initial={{ name: status.self?.name ?? me.name, idNumber: me.idNumber }}
              onVerified={(s) => show(s, '核验码正确，已核验。')}
              onCancel={() => setCoding(false)}
            />
          ) : (
            <View id='identity-code-open' className='apply-link' hoverClass='btn-hover' ariaRole='button' onClick={() => setCoding(true)}>
              我是优抚对象，有服务站给的核验码 ›
            </View>
          )}
          {declaring ? (
            <DeclareForm again onDeclared={(s) => show(s, '已重新保存。到窗口核验时，请以这里显示的核验编号为准。')} />
          ) : (
            <View id='identity-declare-again' className='apply-link' hoverClass='btn-hover' ariaRole='button' onClick={() => setDeclaring(true)}>
              姓名或身份证号填错了？重新填写 ›
            </View>
          )}
        </View>
      ) : null}

      <View id='identity-after' className='card'>
        <Text className='card-title'>{card.kind === 'verified' ? '现在可以看到、可以办' : '核验以后可以看到、可以办'}</Text>
        {AFTER_VERIFICATION.map((line, i) => (
          <Text key={line} id={`identity-after-${i}`} className='apply-line'>
            · {line}
          </Text>
        ))}
        {card.kind === 'verified' ? (
          <View id='identity-open-list' className='apply-link' hoverClass='btn-hover' ariaRole='button' onClick={() => backOrRedirect(LIST_URL)}>
            去看我的申请 ›
          </View>
        ) : null}
      </View>

      {familyFirst ? null : family}

      <View className='apply-actions'>
        <View id='identity-home' className='btn btn-secondary' hoverClass='btn-hover' ariaRole='button' onClick={() => Taro.reLaunch({ url: '/pages/index/index' })}>
          回到首页
        </View>
      </View>
    </ThemedPage>
  );
}
