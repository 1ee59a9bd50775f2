export default definePageConfig({ navigationBarTitleText: '医保明白纸' });
