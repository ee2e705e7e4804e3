export * from './SupportText';
