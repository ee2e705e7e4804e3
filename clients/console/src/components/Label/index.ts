export * from './Label';
