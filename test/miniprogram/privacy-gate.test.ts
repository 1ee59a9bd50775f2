import { readFileSync } from 'fs';
import path from 'path';
import { AGREE_BUTTON_ID, agreePrivacy, disagreePrivacy, listenForPrivacyPrompts, resetPrivacyGate, type PrivacyResolve, watchPrivacyPrompt } from '../../miniprogram/components/privacy-dialog/gate';

jest.mock('@tarojs/taro', () => ({ __esModule: true, default: {} }));

/** A stand-in for wx.onNeedPrivacyAuthorization: keeps the listener so the test can fire it as WeChat would. */
function fakeWeChat() {
  let listener: ((resolve: PrivacyResolve, info?: { referrer?: string }) => void) | undefined;
  const register = (l: typeof listener) => {
    listener = l;
  };
  const call = (referrer: string) => {
    const answers: { event: string; buttonId?: string }[] = [];
    listener!((option) => answers.push(option), { referrer });
    return answers;
  };
  return { register, call };
}

beforeEach(() => resetPrivacyGate());

describe('privacy gate (wx.onNeedPrivacyAuthorization)', () => {
  it('opens the dialog, reports its exposure, and answers agree with the agree button id', () => {
    const wechat = fakeWeChat();
    expect(listenForPrivacyPrompts(wechat.register)).toBe(true);
    const shown: [boolean, string][] = [];
    watchPrivacyPrompt((open, referrer) => shown.push([open, referrer]));
    const answers = wechat.call('chooseMedia');
    expect(shown).toEqual([[true, 'chooseMedia']]);
    expect(answers).toEqual([{ event: 'exposureAuthorization' }]);
    agreePrivacy();
    expect(answers).toEqual([{ event: 'exposureAuthorization' }, { buttonId: AGREE_BUTTON_ID, event: 'agree' }]);
    expect(shown.at(-1)).toEqual([false, 'chooseMedia']);
  });

  it('a refusal answers disagree, so the waiting call fails (and the page shows why)', () => {
    const wechat = fakeWeChat();
    listenForPrivacyPrompts(wechat.register);
    watchPrivacyPrompt(() => undefined);
    const answers = wechat.call('setClipboardData');
    disagreePrivacy();
    expect(answers.at(-1)).toEqual({ event: 'disagree' });
  });

  it('two calls waiting at once are settled by one answer', () => {
    const wechat = fakeWeChat();
    listenForPrivacyPrompts(wechat.register);
    watchPrivacyPrompt(() => undefined);
    const first = wechat.call('chooseMedia');
    const second = wechat.call('setClipboardData');
    agreePrivacy();
    expect(first.at(-1)).toEqual({ buttonId: AGREE_BUTTON_ID, event: 'agree' });
    expect(second.at(-1)).toEqual({ buttonId: AGREE_BUTTON_ID, event: 'agree' });
  });

  it('with no dialog on screen the call is refused at once rather than left waiting', () => {
    const wechat = fakeWeChat();
    listenForPrivacyPrompts(wechat.register);
    expect(wechat.call('chooseMedia')).toEqual([{ event: 'disagree' }]);
  });

  it('a dialog mounted while a call waits opens at once; on an old base library nothing is registered', () => {
    const wechat = fakeWeChat();
    listenForPrivacyPrompts(wechat.register);
    const stop = watchPrivacyPrompt(() => undefined);
    wechat.call('chooseMedia');
    const late: boolean[] = [];
    watchPrivacyPrompt((open) => late.push(open));
    expect(late).toEqual([true]);
    stop();
    expect(listenForPrivacyPrompts(undefined)).toBe(false);
  });

  it('the dialog agrees through an agreePrivacyAuthorization button whose id is the one resolve names', () => {
    const source = readFileSync(path.join(__dirname, '../../miniprogram/components/privacy-dialog/index.tsx'), 'utf8');
    expect(source).toMatch(/id=\{AGREE_BUTTON_ID\}[^>]*openType='agreePrivacyAuthorization'[^>]*onAgreePrivacyAuthorization=\{agreePrivacy\}/);
    // Every page root carries the dialog, so a privacy API on any page finds it.
    expect(readFileSync(path.join(__dirname, '../../miniprogram/components/themed-page/index.tsx'), 'utf8')).toContain('<PrivacyDialog />');
  });
});
