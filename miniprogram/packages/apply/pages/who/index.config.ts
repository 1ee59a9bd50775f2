export default definePageConfig({ navigationBarTitleText: '为谁办理' });
