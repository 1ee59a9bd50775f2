export default definePageConfig({ navigationBarTitleText: '费用估算' });
