export * from './AccountScreen';
