export * from './NotificationScreen';
export * from './PaperScreen';
