export * from './SearchScreen';
