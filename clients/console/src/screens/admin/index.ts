export * from './AdminScreen';
