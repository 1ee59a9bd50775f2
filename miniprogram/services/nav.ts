import Taro from '@tarojs/taro';

function routeOf(url: string): string {
  return url.replace(/^\//, '').split('?')[0];
}

/**
 * Goes to a page of the flow: back to it when it is already open under this one (so the stack holds one copy of each
 * page), otherwise in place of this page.
 */
export function backOrRedirect(url: string): void {
  const pages = Taro.getCurrentPages();
  const target = routeOf(url);
  for (let i = pages.length - 2; i >= 0; i--) {
    if (routeOf(String(pages[i].route ?? '')) === target) {
      Taro.navigateBack({ delta: pages.length - 1 - i });
      return;
    }
  }
  Taro.redirectTo({ url });
}
