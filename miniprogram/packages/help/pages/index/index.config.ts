export default definePageConfig({ navigationBarTitleText: '帮助与电话' });
