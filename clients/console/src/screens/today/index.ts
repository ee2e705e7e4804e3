export * from './TodayScreen';
