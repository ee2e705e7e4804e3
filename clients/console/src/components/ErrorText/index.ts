export * from './ErrorText';
