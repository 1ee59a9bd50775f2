export default definePageConfig({ navigationBarTitleText: '优抚医疗补助' });
