export default definePageConfig({ navigationBarTitleText: '我这一年' });
