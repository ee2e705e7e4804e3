export * from './LoginScreen';
