export default definePageConfig({ navigationBarTitleText: '换个地方看病，花多少' });
