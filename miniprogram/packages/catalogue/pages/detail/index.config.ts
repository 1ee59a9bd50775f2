export default definePageConfig({ navigationBarTitleText: '病种详情' });
