export default definePageConfig({ navigationBarTitleText: '本人信息与核验' });
