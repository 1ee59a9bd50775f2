export default definePageConfig({ navigationBarTitleText: '申请县外住院补助' });
