export * from './HomeScreen';
