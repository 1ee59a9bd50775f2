export default definePageConfig({ navigationBarTitleText: '待遇等待期' });
