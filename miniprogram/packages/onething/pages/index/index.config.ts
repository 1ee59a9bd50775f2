export default definePageConfig({ navigationBarTitleText: '就医费用报销一件事' });
