export default definePageConfig({ navigationBarTitleText: '异地就医备案与手工报销' });
