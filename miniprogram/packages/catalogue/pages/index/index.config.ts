export default definePageConfig({ navigationBarTitleText: '慢特病病种目录' });
