// enableShareAppMessage: Taro registers the page's onShareAppMessage (useShareAppMessage) only when the config asks.
export default definePageConfig({ navigationBarTitleText: '估算结果', enableShareAppMessage: true });
