export default definePageConfig({ navigationBarTitleText: '估算结果' });
